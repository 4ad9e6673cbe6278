package dev.plumbline.core.testing;

import static org.assertj.core.api.Assertions.fail;

import dev.plumbline.core.report.TerminalText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares output with a file under {@code testdata/snapshots/}. Run the tests with
 * {@code -Dplumbline.updateSnapshots=true} to write the current output instead. Shared with the
 * other modules' tests through core's test jar.
 */
public final class Snapshots {

  private static final int CONTEXT = 2;

  private Snapshots() {}

  public static Path directory() {
    return TestData.testdata().resolve("snapshots");
  }

  public static void assertMatches(String name, String actual) throws IOException {
    Path file = directory().resolve(name);
    if (Boolean.getBoolean("plumbline.updateSnapshots")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("snapshot " + file + " does not exist; create it with -Dplumbline.updateSnapshots=true");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("output differs from snapshot " + file + " (- snapshot, + actual; control characters"
          + " escaped; rerun with -Dplumbline.updateSnapshots=true if the change is intended):\n"
          + diff(expected, actual));
    }
  }

  /** A line diff with a little context, each changed line prefixed by - or +. */
  public static String diff(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    List<Boolean> changed = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add("  " + (i + 1) + ": " + show(a[i]));
        changed.add(false);
        i++;
        j++;
      } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
        lines.add("- " + (i + 1) + ": " + show(a[i]));
        changed.add(true);
        i++;
      } else {
        lines.add("+ " + (j + 1) + ": " + show(b[j]));
        changed.add(true);
        j++;
      }
    }
    StringBuilder out = new StringBuilder();
    int lastShown = -1;
    for (int k = 0; k < lines.size(); k++) {
      boolean near = false;
      for (int d = Math.max(0, k - CONTEXT); d <= Math.min(lines.size() - 1, k + CONTEXT); d++) {
        near |= changed.get(d);
      }
      if (near) {
        if (lastShown >= 0 && k > lastShown + 1) {
          out.append("  ...\n");
        }
        out.append(lines.get(k)).append('\n');
        lastShown = k;
      }
    }
    return out.toString();
  }

  private static String show(String line) {
    return TerminalText.escape(line);
  }

}
