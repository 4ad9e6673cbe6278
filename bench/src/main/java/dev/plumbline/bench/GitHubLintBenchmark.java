package dev.plumbline.bench;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlLimits;
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
 * Every GitHub workflow of the corpus, on one thread: YAML parsing alone against the whole lint
 * (parse, model, every rule, suppressions). The ratio of the two is what the rules cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GitHubLintBenchmark {

  private List<SourceFile> workflows;
  private YamlParser parser;
  private Engine engine;

  @Setup
  public void load() {
    workflows = CorpusFiles.load(Set.of("github-actions", "github-actions-starter"));
    parser = new YamlParser(YamlLimits.DEFAULT, false);
    engine = CorpusFiles.defaultEngine();
  }

  @Benchmark
  public void parseOnly(Blackhole sink) {
    for (SourceFile file : workflows) {
      sink.consume(parser.parse(file));
    }
  }

  @Benchmark
  public void parseAndLint(Blackhole sink) {
    for (SourceFile file : workflows) {
      sink.consume(engine.lint(file, FileKind.GITHUB_WORKFLOW));
    }
  }
}
