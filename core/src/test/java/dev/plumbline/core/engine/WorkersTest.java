package dev.plumbline.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WorkersTest {

  @Test
  void resultsComeInTheTasksOrderWhateverThreadRanThem() {
    try (Workers workers = Workers.of(4)) {
      List<Supplier<Integer>> tasks = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        tasks.add(() -> n * n);
      }
      List<Integer> results = workers.all(tasks, (i, e) -> -1);
      assertThat(results).hasSize(200);
      for (int i = 0; i < 200; i++) {
        assertThat(results.get(i)).isEqualTo(i * i);
      }
    }
  }

  @Test
  void aFailingTaskGivesItsFailureResultAndTheOthersStillRun() {
    for (int jobs : new int[] {1, 3}) {
      try (Workers workers = Workers.of(jobs)) {
        List<Supplier<String>> tasks = List.of(() -> "a", () -> {
          throw new IllegalStateException("boom");
        }, () -> "c");
        assertThat(workers.all(tasks, (i, e) -> "failed " + i + ": " + e.getMessage()))
            .containsExactly("a", "failed 1: boom", "c");
      }
    }
  }

  @Test
  void nestedTasksRunOnTheSameThreadsWithoutDeadlock() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (Workers workers = Workers.of(2)) {
      List<Supplier<Integer>> outer = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        outer.add(() -> {
          List<Supplier<Integer>> inner = new ArrayList<>();
          for (int j = 0; j < 8; j++) {
            inner.add(() -> {
              threads.add(Thread.currentThread().getName());
              return 1;
            });
          }
          return workers.all(inner, (k, e) -> 0).stream().mapToInt(Integer::intValue).sum();
        });
      }
      assertThat(workers.all(outer, (i, e) -> 0)).containsOnly(8).hasSize(8);
    }
    assertThat(threads).allMatch(name -> name.startsWith("plumbline-worker-"))
        .hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void oneJobRunsEverythingOnTheCallingThread() {
    String caller = Thread.currentThread().getName();
    List<String> seen = new ArrayList<>();
    Workers.of(1).runAll(List.of(() -> seen.add(Thread.currentThread().getName()),
        () -> seen.add(Thread.currentThread().getName())));
    assertThat(seen).containsExactly(caller, caller);
  }
}
