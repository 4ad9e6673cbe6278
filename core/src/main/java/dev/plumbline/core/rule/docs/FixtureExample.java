package dev.plumbline.core.rule.docs;

import dev.plumbline.core.docker.DockerfileParser;
import dev.plumbline.core.source.Comment;
import dev.plumbline.core.source.CommentScanner;
import dev.plumbline.core.source.Expectation;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's test fixture shown as an example: its text without the {@code # expect:} and
 * {@code # expect-next-line:} markers, and the lines where the markers say Plumbline reports
 * something, numbered as in the text shown.
 *
 * @param name     the file name, such as {@code bad-tags.yml}
 * @param bad      whether it is a {@code bad-} fixture
 * @param language the code block's language ({@code yaml}, {@code dockerfile}, {@code hcl}), or
 *                 empty
 * @param text       the fixture without markers, {@code \n} line breaks
 * @param reported   for each rule ID, the lines of {@link #text} where it reports a finding
 * @param suppressed for each rule ID, the lines of {@link #text} where an inline suppression
 *                   silences its finding
 */
public record FixtureExample(String name, boolean bad, String language, String text,
    Map<String, SortedSet<Integer>> reported, Map<String, SortedSet<Integer>> suppressed) {

  private static final Pattern MARKER = Pattern.compile("^\\s*expect(-next-line)?:.*$");

  public FixtureExample {
    reported = Map.copyOf(reported);
    suppressed = Map.copyOf(suppressed);
  }

  /**
   * Whether a file in a fixture directory is a companion that a fixture needs beside it (the
   * {@code good-x.Dockerfile.dockerignore} of {@code good-x.Dockerfile}) rather than a fixture.
   */
  public static boolean isCompanion(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".dockerignore");
  }

  /**
   * The fixtures of a rule: the files in {@code <fixtures>/<platform>/<ruleId>/} (any platform
   * directory) other than companions, sorted by name, so {@code bad-} before {@code good-}.
   *
   * @throws UncheckedIOException     when a fixture cannot be read
   * @throws IllegalArgumentException for a fixture that is not UTF-8 or has a malformed marker
   */
  public static List<FixtureExample> load(Path fixtures, String ruleId) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> platforms = Files.newDirectoryStream(fixtures, Files::isDirectory)) {
      for (Path platform : platforms) {
        Path dir = platform.resolve(ruleId);
        if (Files.isDirectory(dir)) {
          try (DirectoryStream<Path> entries =
              Files.newDirectoryStream(dir, f -> Files.isRegularFile(f)
                  && !isCompanion(f.getFileName().toString()))) {
            entries.forEach(files::add);
          }
        }
      }
      files.sort(Comparator.comparing((Path p) -> p.getFileName().toString())
          .thenComparing(Path::toString));
      List<FixtureExample> examples = new ArrayList<>();
      for (Path file : files) {
        examples.add(of(file.getFileName().toString(), Files.readAllBytes(file)));
      }
      return examples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One fixture from its name and content. */
  static FixtureExample of(String name, byte[] content) {
    SourceFile file;
    try {
      file = SourceFile.decode(name, content);
    } catch (SourceFile.NotUtf8Exception e) {
      throw new IllegalArgumentException("fixture " + name + " is not UTF-8", e);
    }
    // in a Dockerfile only comment lines are comments; a '#' after an instruction is an argument
    List<Comment> comments = language(name).equals("dockerfile")
        ? DockerfileParser.parse(file).comments() : CommentScanner.scan(file);
    List<Expectation> expectations = Expectation.parse(file, comments);

    int lineCount = file.lines().lineCount();
    String[] lines = new String[lineCount + 1];
    boolean[] dropped = new boolean[lineCount + 1];
    for (int line = 1; line <= lineCount; line++) {
      lines[line] = file.lineText(line);
    }
    for (Comment comment : comments) {
      Matcher marker = MARKER.matcher(comment.body());
      if (!marker.matches()) {
        continue;
      }
      int line = comment.line();
      if (comment.ownLine(file) && marker.group(1) != null) {
        dropped[line] = true;
      } else {
        int column = comment.span().start().offset() - file.lines().lineStart(line);
        lines[line] = lines[line].substring(0, column).stripTrailing();
      }
    }

    StringBuilder text = new StringBuilder();
    int[] shownAs = new int[lineCount + 2];
    int shown = 0;
    for (int line = 1; line <= lineCount; line++) {
      if (dropped[line]) {
        continue;
      }
      shownAs[line] = ++shown;
      text.append(lines[line]).append('\n');
    }
    Map<String, SortedSet<Integer>> reported = new TreeMap<>();
    Map<String, SortedSet<Integer>> suppressed = new TreeMap<>();
    for (Expectation e : expectations) {
      int line = e.line();
      while (line <= lineCount && dropped[line]) {
        line++;
      }
      (e.suppressed() ? suppressed : reported).computeIfAbsent(e.ruleId(), id -> new TreeSet<>())
          .add(line <= lineCount ? shownAs[line] : shown);
    }
    String body = text.toString().replaceAll("\\n+$", "\n");
    return new FixtureExample(name, name.startsWith("bad-"), language(name),
        body.isBlank() ? "" : body, reported, suppressed);
  }

  private static String language(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
      return "yaml";
    }
    if (lower.endsWith(".tf") || lower.endsWith(".tfvars") || lower.endsWith(".hcl")) {
      return "hcl";
    }
    if (lower.contains("dockerfile") || lower.contains("containerfile")) {
      return "dockerfile";
    }
    if (lower.endsWith(".sh")) {
      return "sh";
    }
    return "";
  }
}
