package dev.plumbline.core.engine.external;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a program once: its input given on standard input, with an empty environment (nothing of
 * Plumbline's environment reaches it, such as {@code SHELLCHECK_OPTS}), in the system's temporary
 * directory (no configuration file of the scanned project is found from there), within a time
 * limit and with a bound on what it may print. A program that overruns either is killed, with
 * the processes it started.
 */
final class BoundedProcess {

  /** What a finished program printed and returned. */
  record Result(int exitCode, byte[] stdout, String stderr) {}

  private static final int MAX_STDERR_BYTES = 4096;

  /** Pipes are pumped on these threads so that no program blocks on a full pipe. */
  private static final ExecutorService PUMPS = Executors.newCachedThreadPool(runnable -> {
    Thread t = new Thread(runnable, "plumbline-tool-io");
    t.setDaemon(true);
    return t;
  });

  private static final Path WORKING_DIRECTORY =
      Path.of(System.getProperty("java.io.tmpdir", "/"));

  private BoundedProcess() {}

  /**
   * Runs {@code command} to its end.
   *
   * @throws ToolFailure when it cannot start, overruns {@code timeout} or {@code maxOutputBytes}
   */
  static Result run(List<String> command, byte[] input, Duration timeout, int maxOutputBytes)
      throws ToolFailure {
    long deadline = System.nanoTime() + timeout.toNanos();
    Process process = start(command);
    Future<?> writer = PUMPS.submit(() -> write(process.getOutputStream(), input));
    Future<byte[]> stdout = PUMPS.submit(() -> {
      byte[] bytes = read(process.getInputStream(), maxOutputBytes, false);
      if (bytes.length > maxOutputBytes) {
        kill(process); // it has said too much already: no need to wait for the time limit
      }
      return bytes;
    });
    Future<byte[]> stderr = PUMPS.submit(() ->
        read(process.getErrorStream(), MAX_STDERR_BYTES, true));
    try {
      boolean finished = process.waitFor(remaining(deadline), TimeUnit.NANOSECONDS);
      if (stdout.isDone() && stdout.get().length > maxOutputBytes) {
        throw new ToolFailure("printed more than " + maxOutputBytes + " bytes");
      }
      if (!finished) {
        throw new ToolFailure("did not finish within " + seconds(timeout));
      }
      // a process it left behind may hold the pipes open: the same deadline applies
      byte[] out = stdout.get(remaining(deadline), TimeUnit.NANOSECONDS);
      if (out.length > maxOutputBytes) {
        throw new ToolFailure("printed more than " + maxOutputBytes + " bytes");
      }
      byte[] err = stderr.get(remaining(deadline), TimeUnit.NANOSECONDS);
      return new Result(process.exitValue(), out, new String(err, StandardCharsets.UTF_8));
    } catch (TimeoutException e) {
      throw new ToolFailure("did not finish within " + seconds(timeout));
    } catch (ExecutionException e) {
      throw new ToolFailure("could not be read from: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolFailure("was interrupted");
    } finally {
      kill(process);
      writer.cancel(true);
      stdout.cancel(true);
      stderr.cancel(true);
    }
  }

  private static Process start(List<String> command) throws ToolFailure {
    ProcessBuilder builder = new ProcessBuilder(command).directory(WORKING_DIRECTORY.toFile());
    Map<String, String> environment = builder.environment();
    String systemRoot = environment.get("SystemRoot");
    environment.clear();
    if (systemRoot != null) {
      environment.put("SystemRoot", systemRoot); // Windows programs do not start without it
    }
    try {
      return builder.start();
    } catch (IOException e) {
      throw new ToolFailure("could not be started: " + e.getMessage());
    }
  }

  private static Void write(OutputStream stdin, byte[] input) {
    try (stdin) {
      stdin.write(input);
    } catch (IOException e) {
      // the program stopped reading; what it printed tells the rest
    }
    return null;
  }

  /**
   * Reads a stream up to one byte more than {@code limit}; then stops, or with {@code drain}
   * reads on to the end and drops the rest, so that the program is not blocked by a full pipe.
   */
  private static byte[] read(InputStream stream, int limit, boolean drain) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (stream) {
      byte[] buffer = new byte[8192];
      int n;
      while ((drain || bytes.size() <= limit) && (n = stream.read(buffer)) >= 0) {
        bytes.write(buffer, 0, Math.max(0, Math.min(n, limit + 1 - bytes.size())));
      }
    }
    return bytes.toByteArray();
  }

  private static void kill(Process process) {
    // a program that has ended has no descendants left to find (they belong to init now), and
    // looking for them reads every process of the machine
    if (process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    closeQuietly(process.getInputStream());
    closeQuietly(process.getErrorStream());
  }

  private static void closeQuietly(InputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // nothing more to read anyway
    }
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private static String seconds(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s"
        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
