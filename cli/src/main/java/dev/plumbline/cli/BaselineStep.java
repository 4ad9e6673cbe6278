package dev.plumbline.cli;

import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.baseline.Baseline;
import dev.plumbline.core.engine.baseline.BaselineFile;
import dev.plumbline.core.engine.baseline.BaselineFormatException;
import dev.plumbline.core.engine.baseline.BaselinePaths;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --baseline} and {@code --write-baseline}: the baseline to apply is read before the run
 * (a broken one stops it early, exit 2); after the run it hides what it accepts, and the new
 * baseline is written from every finding not suppressed in the source, before the old one is
 * applied, so that re-writing the file that was read records the complete current state.
 */
final class BaselineStep {

  private final Path base;
  private final Optional<Loaded> apply;
  private final Optional<Path> writeTo;

  private record Loaded(Baseline baseline, BaselinePaths paths, String name) {}

  private BaselineStep(Path base, Optional<Loaded> apply, Optional<Path> writeTo) {
    this.base = base;
    this.apply = apply;
    this.writeTo = writeTo;
  }

  /** Reads {@code --baseline FILE} if given. */
  static BaselineStep prepare(Path readFrom, Path writeTo, Path base) {
    Optional<Loaded> loaded = Optional.empty();
    if (readFrom != null) {
      String name = shown(readFrom);
      try {
        Baseline baseline = BaselineFile.read(base.resolve(readFrom), name);
        loaded = Optional.of(new Loaded(baseline, BaselinePaths.forFile(base, readFrom), name));
      } catch (NoSuchFileException e) {
        throw new UserException("cannot read the baseline " + name + ": no such file (create it "
            + "with --write-baseline " + name + ")");
      } catch (IOException e) {
        throw new UserException("cannot read the baseline " + name + ": " + e.getMessage());
      } catch (BaselineFormatException e) {
        throw new UserException(e.getMessage());
      }
    }
    return new BaselineStep(base, loaded, Optional.ofNullable(writeTo));
  }

  /** Whether findings are being accepted: writing a baseline exits with 0. */
  boolean acceptsFindings() {
    return writeTo.isPresent();
  }

  /** Writes the new baseline, if asked, then hides what the given one accepts. */
  LintResult apply(LintResult result) {
    List<Notification> written = new ArrayList<>();
    if (writeTo.isPresent()) {
      Path file = writeTo.get();
      Baseline baseline = Baseline.of(result.findings(), BaselinePaths.forFile(base, file));
      try {
        BaselineFile.write(baseline, base.resolve(file));
      } catch (IOException e) {
        throw new UserException("cannot write the baseline " + shown(file) + ": "
            + e.getMessage());
      }
      int n = baseline.entries().size();
      written.add(Notification.note(null, "wrote " + n + (n == 1 ? " finding" : " findings")
          + " to baseline " + shown(file) + "."));
    }
    LintResult applied = apply.map(a -> a.baseline().apply(result, a.paths(), a.name()).result())
        .orElse(result);
    if (written.isEmpty()) {
      return applied;
    }
    List<Notification> notifications = new ArrayList<>(applied.notifications());
    notifications.addAll(written);
    notifications.sort(Notification.ORDER);
    return new LintResult(applied.findings(), applied.rules(), notifications, applied.files());
  }

  private static String shown(Path path) {
    String text = path.toString();
    return File.separatorChar == '/' ? text : text.replace(File.separatorChar, '/');
  }
}
