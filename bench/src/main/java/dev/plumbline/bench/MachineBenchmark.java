package dev.plumbline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a second thread can give on this machine at best, to read the lint's own two-thread
 * speed-up against: the same fixed work split over {@code threads}, with nothing shared.
 *
 * <ul>
 *   <li>{@code compute}: arithmetic in registers only;
 *   <li>{@code allocate}: short-lived small objects and strings, as parsers and rules make them,
 *       so that the collector and the memory bus take their share as they do in a lint.
 * </ul>
 *
 * <p>On a machine whose two processors are two real cores, both approach 2x; where they share
 * a core, or the host is busy, they stay well below.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 7, time = 2)
@Fork(1)
public class MachineBenchmark {

  private static final int PARTS = 64;
  private static final int COMPUTE_STEPS = 2_000_000;
  private static final int ALLOCATE_STEPS = 40_000;

  @Param({"1", "2"})
  public int threads;

  @Benchmark
  public long compute() {
    return split(part -> {
      long x = part;
      for (int i = 0; i < COMPUTE_STEPS; i++) {
        x += 0x9E3779B97F4A7C15L;
        long z = x;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        x ^= z ^ (z >>> 31);
      }
      return x;
    });
  }

  @Benchmark
  public long allocate() {
    return split(part -> {
      long sum = 0;
      List<String> words = new ArrayList<>();
      for (int i = 0; i < ALLOCATE_STEPS; i++) {
        String word = "w" + part + ':' + i;
        words.add(word);
        if (words.size() == 64) {
          for (String w : words) {
            sum += w.hashCode();
          }
          words = new ArrayList<>();
        }
      }
      return sum;
    });
  }

  private long split(java.util.function.IntToLongFunction part) {
    if (threads == 1) {
      long total = 0;
      for (int p = 0; p < PARTS; p++) {
        total += part.applyAsLong(p);
      }
      return total;
    }
    Thread[] workers = new Thread[threads];
    long[] totals = new long[threads];
    for (int t = 0; t < threads; t++) {
      int worker = t;
      workers[t] = new Thread(() -> totals[worker] = IntStream.range(0, PARTS)
          .filter(p -> p % threads == worker).mapToLong(part::applyAsLong).sum());
      workers[t].start();
    }
    long total = 0;
    for (int t = 0; t < threads; t++) {
      try {
        workers[t].join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      total += totals[t];
    }
    return total;
  }
}
