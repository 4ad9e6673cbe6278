package dev.plumbline.cli;

import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.FixApplier;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code --fix}: applies the safe fixes of the findings that count (not suppressed, not hidden by
 * a baseline) to the files on disk, then lints again so that the report shows what remains.
 *
 * <p>Each finding contributes its first safe fix. Each file is read, changed in memory with all
 * of its fixes ({@link FixApplier}: when two overlap, the first wins and the other waits for a
 * later run) and written once, in UTF-8 with its byte order mark if it had one; the fixes bring
 * the file's own line breaks, so those are kept. Only the files findings name are written.
 */
final class FixStep {

  private FixStep() {}

  /** Refuses {@code --fix} for standard input, which has no file to rewrite. */
  static void check(boolean fix, Optional<StdinInput> stdin) {
    if (fix && stdin.isPresent()) {
      throw new UserException("--fix rewrites files and cannot fix standard input; "
          + "lint the file itself to fix it");
    }
  }

  /**
   * Applies the safe fixes of a result, prints how many were applied in how many files, and
   * returns the result of linting again (or the given one when nothing changed).
   *
   * @param base the directory finding paths are relative to
   * @param lint lints the same files again
   */
  static LintResult run(LintResult result, Path base, PrintWriter err,
      Supplier<LintResult> lint) {
    Map<String, List<Fix>> byPath = new TreeMap<>();
    for (Finding f : result.findings()) {
      if (!f.isSuppressed() && !f.safeFixes().isEmpty()) {
        byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f.safeFixes().get(0));
      }
    }
    int fixes = 0;
    int files = 0;
    for (Map.Entry<String, List<Fix>> entry : byPath.entrySet()) {
      int applied = rewrite(base.resolve(entry.getKey()), entry.getKey(), entry.getValue());
      if (applied > 0) {
        fixes += applied;
        files++;
      }
    }
    err.println("plumbline: applied " + fixes + (fixes == 1 ? " fix" : " fixes") + " in "
        + files + (files == 1 ? " file" : " files"));
    err.flush();
    return files == 0 ? result : lint.get();
  }

  /** Rewrites one file with its fixes; returns how many were applied. */
  private static int rewrite(Path file, String shown, List<Fix> fixes) {
    try {
      SourceFile source = SourceFile.decode(shown, Files.readAllBytes(file));
      FixApplier.Outcome outcome = FixApplier.apply(source.text(), fixes);
      if (outcome.applied().isEmpty() || outcome.text().equals(source.text())) {
        return 0;
      }
      String text = (source.hasByteOrderMark() ? "\uFEFF" : "") + outcome.text();
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
      return outcome.applied().size();
    } catch (IOException | IllegalArgumentException e) {
      // the file changed under us, or cannot be written: say so, and change nothing
      throw new UserException("cannot fix " + shown + ": " + e.getMessage());
    }
  }
}
