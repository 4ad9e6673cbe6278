package dev.plumbline.bench;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
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
 * One platform's files of the corpus, linted together on one thread as the command line lints
 * them: {@link Engine#run} over the files as discovered, so that the project phase sees every
 * pipeline with its includes, every Terraform module, every set of manifests. Parsing alone reads
 * the same files from disk the same way and parses them with the platform's parser (see
 * {@link LintInputs}); the ratio of the two is what the models and the rules cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class PlatformLintBenchmark {

  private List<DiscoveredFile> files;
  private LintInputs inputs;
  private Engine engine;

  /** The corpus manifest's kinds of the platform's files. */
  protected abstract Set<String> manifestKinds();

  @Setup
  public void load() {
    files = CorpusFiles.discovered(manifestKinds());
    inputs = LintInputs.of(files);
    engine = CorpusFiles.defaultEngine();
    System.out.println("corpus files of kinds " + manifestKinds() + ": " + inputs.summary());
  }

  @Benchmark
  public void parseOnly(Blackhole sink) {
    inputs.readAndParse(sink);
  }

  @Benchmark
  public LintResult parseAndLint() {
    return engine.run(files, List.of());
  }
}
