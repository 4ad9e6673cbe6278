package dev.plumbline.bench;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlParser;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The YAML parser alone, building the tree with positions, over every YAML file of the corpus of
 * one platform, in memory, on one thread, configured as that platform's linter configures it
 * (merge keys for GitLab and Kubernetes, GitLab's higher alias limit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class YamlParseBenchmark {

  private List<SourceFile> github;
  private List<SourceFile> gitlab;
  private List<SourceFile> kubernetes;

  @Setup
  public void load() {
    github = CorpusFiles.load(
        Set.of("github-actions", "github-actions-starter", "github-actions-composite"));
    gitlab = CorpusFiles.load(Set.of("gitlab-ci"));
    kubernetes = CorpusFiles.load(Set.of("kubernetes"));
  }

  @Benchmark
  public void github(Blackhole sink) {
    parse(Parsers.GITHUB, github, sink);
  }

  @Benchmark
  public void gitlab(Blackhole sink) {
    parse(Parsers.GITLAB, gitlab, sink);
  }

  @Benchmark
  public void kubernetes(Blackhole sink) {
    parse(Parsers.KUBERNETES, kubernetes, sink);
  }

  private static void parse(YamlParser parser, List<SourceFile> files, Blackhole sink) {
    for (SourceFile file : files) {
      sink.consume(parser.parse(file));
    }
  }
}
