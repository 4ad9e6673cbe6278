package dev.plumbline.core.engine;

import java.util.Objects;

/**
 * How the engine runs.
 *
 * @param jobs   files linted in parallel
 * @param limits what a file may cost; files over the size limit are skipped with a warning
 */
public record EngineOptions(int jobs, Limits limits) {

  public static final long DEFAULT_MAX_FILE_BYTES = Limits.DEFAULT.maxFileBytes();

  public EngineOptions {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    Objects.requireNonNull(limits, "limits");
  }

  /** The default limits, but for the file size. */
  public EngineOptions(int jobs, long maxFileBytes) {
    this(jobs, Limits.DEFAULT.withMaxFileBytes(maxFileBytes));
  }

  /** Files larger than this are skipped with a warning. */
  public long maxFileBytes() {
    return limits.maxFileBytes();
  }

  public static EngineOptions defaults() {
    return new EngineOptions(Runtime.getRuntime().availableProcessors(), Limits.DEFAULT);
  }
}
