package dev.plumbline.bench;

import dev.plumbline.core.docker.DockerfileParser;
import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
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
 * Every Dockerfile of the corpus, on one thread: parsing alone against the whole lint (parse,
 * model, scripts, every DKR and SH rule, suppressions). The ratio of the two is what the rules
 * and the script extraction cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DockerfileLintBenchmark {

  private List<SourceFile> dockerfiles;
  private Engine engine;

  @Setup
  public void load() {
    dockerfiles = CorpusFiles.load(Set.of("dockerfile"));
    engine = CorpusFiles.defaultEngine();
  }

  @Benchmark
  public void parseOnly(Blackhole sink) {
    for (SourceFile file : dockerfiles) {
      sink.consume(DockerfileParser.parse(file));
    }
  }

  @Benchmark
  public void parseAndModel(Blackhole sink) {
    for (SourceFile file : dockerfiles) {
      Dockerfile dockerfile = Dockerfile.parse(file);
      for (Run run : dockerfile.instructions(Run.class)) {
        sink.consume(run.script());
      }
    }
  }

  @Benchmark
  public void parseAndLint(Blackhole sink) {
    for (SourceFile file : dockerfiles) {
      sink.consume(engine.lint(file, FileKind.DOCKERFILE));
    }
  }
}
