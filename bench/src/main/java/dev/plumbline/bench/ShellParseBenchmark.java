package dev.plumbline.bench;

import dev.plumbline.core.engine.github.GitHubScripts;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Onbuild;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.shell.ShellScript;
import dev.plumbline.core.shell.TextRange;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlDocument;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The shell lexer alone, on one thread, over every script a lint of the corpus's GitHub workflows,
 * composite actions and Dockerfiles hands to the script rules: the {@code run:} steps that run in
 * a shell Plumbline reads, and the {@code RUN} instructions (those of {@code ONBUILD} too). The
 * scripts are taken out of their files beforehand, with the ranges the lexer keeps opaque
 * ({@code ${{ }}}), so that only the lexing is timed, as {@link Script#lexed()} does it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ShellParseBenchmark {

  private List<String> texts;
  private List<List<TextRange>> opaque;

  @Setup
  public void extract() {
    List<Script> scripts = new ArrayList<>();
    for (SourceFile file : CorpusFiles.load(Set.of("github-actions", "github-actions-starter"))) {
      root(file).map(Workflow::new).ifPresent(workflow -> {
        for (Job job : workflow.jobs()) {
          add(job.steps(), scripts);
        }
      });
    }
    for (SourceFile file : CorpusFiles.load(Set.of("github-actions-composite"))) {
      root(file).map(ActionMetadata::new).ifPresent(action -> add(action.steps(), scripts));
    }
    for (SourceFile file : CorpusFiles.load(Set.of("dockerfile"))) {
      for (Instruction instruction : Dockerfile.parse(file).instructions()) {
        Instruction run = instruction instanceof Onbuild onbuild
            ? onbuild.trigger().orElse(instruction) : instruction;
        if (run instanceof Run r) {
          r.script().ifPresent(scripts::add);
        }
      }
    }
    texts = scripts.stream().map(Script::text).toList();
    opaque = scripts.stream().map(Script::opaqueRanges).toList();
    System.out.println("ShellParseBenchmark: " + texts.size() + " scripts, "
        + texts.stream().mapToInt(String::length).sum() + " characters");
  }

  private static Optional<YamlMapping> root(SourceFile file) {
    YamlStream stream = Parsers.GITHUB.parse(file);
    if (stream.fatalProblem().isPresent() || stream.documents().isEmpty()) {
      return Optional.empty();
    }
    YamlDocument first = stream.documents().get(0);
    return first.root() instanceof YamlMapping root ? Optional.of(root) : Optional.empty();
  }

  private static void add(List<Step> steps, List<Script> scripts) {
    GitHubScripts.of(steps).forEach(script -> script.ifPresent(scripts::add));
  }

  @Benchmark
  public void parse(Blackhole sink) {
    for (int i = 0; i < texts.size(); i++) {
      sink.consume(ShellScript.parse(texts.get(i), opaque.get(i)));
    }
  }
}
