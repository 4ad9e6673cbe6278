package dev.plumbline.rules.secrets;

import dev.plumbline.core.source.LineIndex;
import dev.plumbline.core.source.SourceFile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values written beside a name in raw text, the way people write settings in every format
 * Plumbline reads: {@code key: value} (YAML, JSON), {@code key = "value"} (HCL),
 * {@code ENV KEY=value}, {@code ENV KEY value}, {@code export KEY=value}, {@code KEY=value}
 * anywhere on a line (a command's environment, a build argument), and Kubernetes' and GitLab's
 * {@code name:}/{@code value:} pairs. Textual on purpose: it reads comments and files that do
 * not parse as well as the rest.
 */
final class Assignments {

  /**
   * A value and the name it is assigned to.
   *
   * @param key        the name, as written
   * @param line       the line of the value
   * @param valueStart offset of the value's first character, inside any quotes
   * @param valueEnd   offset just past its last character
   * @param quoted     whether the value is written in quotes
   */
  record Assignment(String key, int line, int valueStart, int valueEnd, boolean quoted) {}

  /** How many lines below its name a {@code value:} may be. */
  private static final int VALUE_BELOW_NAME = 4;
  private static final String NAME = "[A-Za-z_][A-Za-z0-9_.-]*";
  /** What may come before a setting: a comment's start (a commented-out setting counts too). */
  private static final String LEAD = "^\\s*(?:(?:#+|//)\\s*)?";
  /** A whole-line setting: its name and where its value starts. */
  private static final Pattern SETTING = Pattern.compile(LEAD + "(?:-\\s+)?(?:(?:export|ENV|ARG)"
      + "\\s+)?([\"']?)(" + NAME + ")\\1\\s*(?::(?=\\s|$)|=)[ \\t]*");
  /** Dockerfile's legacy {@code ENV NAME value}. */
  private static final Pattern LEGACY_ENV = Pattern.compile(LEAD + "ENV\\s+(" + NAME
      + ")\\s+(?=\\S)");
  /** {@code NAME=value} inside a line. */
  private static final Pattern INLINE = Pattern.compile(
      "(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_]*)=(?=[^\\s=])");
  private static final Pattern NAME_LINE = Pattern.compile(
      "^(\\s*)(?:-\\s+)?name:\\s*([\"']?)(" + NAME + ")\\2\\s*(?:#.*)?$");
  private static final Pattern PARENT_LINE = Pattern.compile(
      "^(\\s*)([\"']?)(" + NAME + ")\\2:\\s*(?:#.*)?$");
  private static final Pattern VALUE_LINE = Pattern.compile("^(\\s*)(?:-\\s+)?value:[ \\t]*");

  private Assignments() {}

  /**
   * The assignments of the file whose names may contain one of {@code keyWords} (lower case,
   * matched in any case): only the lines where they occur, and the few lines after them (a
   * {@code value:} below its {@code name:}), are read, which keeps a large file cheap.
   */
  static List<Assignment> of(SourceFile file, List<String> keyWords) {
    List<Assignment> found = new ArrayList<>();
    Set<Integer> starts = new HashSet<>();
    LineIndex lines = file.lines();
    String text = file.text();
    String lower = asciiLowerCase(text);
    BitSet candidates = new BitSet(lines.lineCount() + 1);
    for (String word : keyWords) {
      for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
        int line = lines.lineOf(at);
        candidates.set(line, Math.min(line + VALUE_BELOW_NAME + 1, lines.lineCount() + 1));
      }
    }
    for (int line = candidates.nextSetBit(1); line >= 0; line = candidates.nextSetBit(line + 1)) {
      int start = lines.lineStart(line);
      String lineText = lines.lineText(line);
      Matcher value = VALUE_LINE.matcher(lineText);
      if (value.lookingAt()) {
        Optional<String> key = keyAbove(lines, line, value.group(1).length());
        if (key.isPresent()) {
          add(found, starts, key.get(), line, text, start + value.end(),
              start + lineText.length(), true);
        }
        continue;
      }
      Matcher setting = SETTING.matcher(lineText);
      Matcher legacy = LEGACY_ENV.matcher(lineText);
      if (setting.lookingAt()) {
        add(found, starts, setting.group(2), line, text, start + setting.end(),
            start + lineText.length(), true);
      } else if (legacy.lookingAt()) {
        add(found, starts, legacy.group(1), line, text, start + legacy.end(),
            start + lineText.length(), true);
      }
      Matcher inline = INLINE.matcher(lineText);
      while (inline.find()) {
        add(found, starts, inline.group(1), line, text, start + inline.end(),
            start + lineText.length(), false);
      }
    }
    return found;
  }

  /**
   * The name a {@code value:} line belongs to: a {@code name:} a few lines above at the same
   * indentation (Kubernetes env), or the key of the mapping it is in (GitLab's expanded
   * variables).
   */
  private static Optional<String> keyAbove(LineIndex lines, int line, int indent) {
    for (int above = line - 1; above >= Math.max(1, line - VALUE_BELOW_NAME); above--) {
      String text = lines.lineText(above);
      Matcher name = NAME_LINE.matcher(text);
      if (name.matches() && name.group(1).length() <= indent) {
        return Optional.of(name.group(3));
      }
      Matcher parent = PARENT_LINE.matcher(text);
      if (parent.matches() && parent.group(1).length() < indent) {
        return Optional.of(parent.group(3));
      }
    }
    return Optional.empty();
  }

  /**
   * Adds the value that starts at {@code from}: a quoted string, or else the rest of the line up
   * to a comment ({@code toEndOfLine}, for a setting that fills its line) or one word.
   */
  private static void add(List<Assignment> found, Set<Integer> starts, String key, int line,
      String text, int from, int lineEnd, boolean toEndOfLine) {
    if (from >= lineEnd) {
      return;
    }
    char first = text.charAt(from);
    int start = from;
    int end;
    if (first == '"' || first == '\'') {
      start = from + 1;
      end = closingQuote(text, start, lineEnd, first);
      if (end < 0) {
        return;
      }
    } else if (toEndOfLine) {
      end = from;
      while (end < lineEnd && !(text.charAt(end) == '#'
          && Character.isWhitespace(text.charAt(end - 1)))) {
        end++; // up to a comment: a '#' after a space
      }
      while (end > start && (Character.isWhitespace(text.charAt(end - 1))
          || ",;".indexOf(text.charAt(end - 1)) >= 0)) {
        end--;
      }
    } else {
      end = start;
      while (end < lineEnd && !Character.isWhitespace(text.charAt(end))
          && ",;&|)}]\"'".indexOf(text.charAt(end)) < 0) {
        end++;
      }
    }
    if (end > start && starts.add(start)) {
      found.add(new Assignment(key, line, start, end, start > from));
    }
  }

  /** The text with A-Z in lower case: every offset stays where it was. */
  private static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  private static int closingQuote(String text, int from, int lineEnd, char quote) {
    for (int i = from; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote == '"') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }
}
