package dev.plumbline.bench;

import dev.plumbline.core.hcl.HclParser;
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
 * The HCL parser alone over every Terraform file of the corpus ({@code .tf}, {@code .tf.json},
 * {@code .tfvars}), in memory, on one thread, as the Terraform linter parses them. Where
 * {@link HclParseBenchmark} shows how parse time grows with the size of one file, this is the
 * time for real modules' many small files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HclCorpusParseBenchmark {

  private List<SourceFile> files;

  @Setup
  public void load() {
    files = CorpusFiles.load(Set.of("terraform"));
  }

  @Benchmark
  public void parse(Blackhole sink) {
    for (SourceFile file : files) {
      sink.consume(HclParser.parse(file));
    }
  }
}
