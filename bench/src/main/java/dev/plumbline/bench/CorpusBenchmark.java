package dev.plumbline.bench;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.engine.discovery.DiscoveryResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole corpus, every file {@code plumbline check CORPUS} lints, found once by the same
 * discovery.
 *
 * <ul>
 *   <li>{@code lint}: {@link Engine#run} over the discovered files with every default rule, on
 *       {@code jobs} threads — read, parse, model, rules, project phases, suppressions, sorting;
 *       what the command line does before its reporters. No external program runs (ShellCheck's
 *       rule reports nothing).
 *   <li>{@code parseOnly}: the same files read from disk the same way, each parsed with the
 *       parser of the kind the engine lints it as (YAML, Dockerfile, HCL), on one thread, and
 *       nothing else (see {@link LintInputs}).
 * </ul>
 *
 * <p>{@code lint} with one job over {@code parseOnly} is what everything after parsing costs;
 * {@code lint} with one job over {@code lint} with two is how well the engine uses a second core.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class CorpusBenchmark {

  /** The engine of the lint benchmark, so that only it runs once per number of jobs. */
  @State(Scope.Benchmark)
  public static class Lint {

    @Param({"1", "2"})
    public int jobs;

    private List<DiscoveredFile> files;
    private List<Notification> notifications;
    private Engine engine;

    @Setup
    public void discover() {
      DiscoveryResult discovered = CorpusFiles.discoverAll();
      files = discovered.files();
      notifications = discovered.notifications();
      engine = CorpusFiles.engine(jobs);
    }
  }

  /** What the lint reads and parses, learnt from one lint of the discovered files. */
  @State(Scope.Benchmark)
  public static class Parsing {

    private LintInputs inputs;

    @Setup
    public void discover() {
      inputs = LintInputs.of(CorpusFiles.discoverAll().files());
      System.out.println("CorpusBenchmark: " + inputs.summary());
    }
  }

  @Benchmark
  public LintResult lint(Lint state) {
    return state.engine.run(state.files, state.notifications);
  }

  @Benchmark
  public void parseOnly(Parsing state, Blackhole sink) {
    state.inputs.readAndParse(sink);
  }
}
