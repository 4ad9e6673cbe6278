package dev.plumbline.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The threads of one run ({@code --jobs}): runs independent tasks side by side and gives their
 * results in the tasks' order, whatever thread ran which. A task may hand tasks of its own to the
 * same workers (a project phase splitting its work per repository or module); a worker waiting
 * for them runs them itself rather than sitting idle, so no more than {@code jobs} threads ever
 * work.
 */
public final class Workers implements AutoCloseable {

  private static final Workers SERIAL = new Workers(null);

  private final ForkJoinPool pool;

  private Workers(ForkJoinPool pool) {
    this.pool = pool;
  }

  /** Workers that run every task on the calling thread, one after the other. */
  public static Workers serial() {
    return SERIAL;
  }

  /** Up to {@code jobs} threads; one job runs everything on the calling thread. */
  public static Workers of(int jobs) {
    if (jobs <= 1) {
      return SERIAL;
    }
    return new Workers(new ForkJoinPool(jobs, pool -> {
      ForkJoinWorkerThread thread =
          ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
      thread.setName("plumbline-worker-" + thread.getPoolIndex());
      return thread;
    }, null, false));
  }

  /**
   * Runs the tasks; their results in the tasks' order. A task that throws gives
   * {@code onFailure} of its index and what it threw instead, on one thread as on many.
   */
  public <T> List<T> all(List<? extends Supplier<T>> tasks,
      BiFunction<Integer, Throwable, T> onFailure) {
    List<Supplier<T>> guarded = new ArrayList<>(tasks.size());
    for (int i = 0; i < tasks.size(); i++) {
      int index = i;
      Supplier<T> task = tasks.get(i);
      guarded.add(() -> {
        try {
          return task.get();
        } catch (Throwable e) {
          Containment.rethrowFatal(e);
          return onFailure.apply(index, e);
        }
      });
    }
    if (pool == null || guarded.size() < 2) {
      List<T> results = new ArrayList<>(guarded.size());
      for (Supplier<T> task : guarded) {
        results.add(task.get());
      }
      return results;
    }
    if (ForkJoinTask.getPool() == pool) {
      return forkAndJoin(guarded);
    }
    return pool.invoke(ForkJoinTask.adapt(() -> forkAndJoin(guarded)));
  }

  /** Runs tasks that keep their own results and failures; returns when all have run. */
  public void runAll(List<Runnable> tasks) {
    List<Supplier<Void>> suppliers = new ArrayList<>(tasks.size());
    for (Runnable task : tasks) {
      suppliers.add(() -> {
        task.run();
        return null;
      });
    }
    all(suppliers, (i, e) -> {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    });
  }

  private static <T> List<T> forkAndJoin(List<Supplier<T>> tasks) {
    List<ForkJoinTask<T>> forked = new ArrayList<>(tasks.size());
    for (Supplier<T> task : tasks) {
      forked.add(ForkJoinTask.adapt(task::get));
    }
    ForkJoinTask.invokeAll(forked);
    List<T> results = new ArrayList<>(forked.size());
    for (ForkJoinTask<T> task : forked) {
      results.add(task.join());
    }
    return results;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
