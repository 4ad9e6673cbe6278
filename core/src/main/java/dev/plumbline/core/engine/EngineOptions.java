package dev.plumbline.core.engine;

/**
 * How the engine runs.
 *
 * @param jobs         files linted in parallel
 * @param maxFileBytes files larger than this are skipped with a notice
 */
public record EngineOptions(int jobs, long maxFileBytes) {

  public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

  public EngineOptions {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be positive");
    }
  }

  public static EngineOptions defaults() {
    return new EngineOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_FILE_BYTES);
  }
}
