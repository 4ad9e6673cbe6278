package dev.plumbline.core.model.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobGraphTest {

  private static Workflow workflow(String jobs) {
    SourceFile file = SourceFile.of("ci.yml", "on: push\njobs:\n" + jobs);
    return new Workflow((YamlMapping) new YamlParser().parse(file).documents().get(0).root());
  }

  private static List<String> ids(java.util.Collection<Job> jobs) {
    return jobs.stream().map(Job::id).toList();
  }

  @Test
  void ancestorsFollowNeedsTransitivelyIgnoringCase() {
    Workflow w = workflow("""
          lint: {runs-on: ubuntu-latest, steps: [{run: make lint}]}
          test: {runs-on: ubuntu-latest, needs: LINT, steps: [{run: make test}]}
          build: {runs-on: ubuntu-latest, needs: [test], steps: [{run: make}]}
          deploy: {runs-on: ubuntu-latest, needs: [build, docs], steps: [{run: make deploy}]}
        """);
    JobGraph graph = w.jobGraph();
    Job deploy = graph.job("deploy").orElseThrow();

    assertThat(ids(graph.needs(deploy))).containsExactly("build");
    assertThat(ids(graph.ancestors(deploy))).containsExactlyInAnyOrder("build", "test", "lint");
    assertThat(graph.unknownNeeds(deploy)).extracting(YamlScalar::value).containsExactly("docs");
    assertThat(graph.cycles()).isEmpty();
  }

  @Test
  void eachCycleIsFoundOnce() {
    Workflow w = workflow("""
          a: {needs: c, steps: [{run: x}]}
          b: {needs: a, steps: [{run: x}]}
          c: {needs: b, steps: [{run: x}]}
          d: {needs: [a, d], steps: [{run: x}]}
        """);
    JobGraph graph = w.jobGraph();

    assertThat(graph.cycles()).extracting(JobGraphTest::ids)
        .containsExactly(List.of("a", "c", "b"), List.of("d"));
    assertThat(ids(graph.ancestors(graph.job("a").orElseThrow())))
        .containsExactlyInAnyOrder("b", "c");
  }
}
