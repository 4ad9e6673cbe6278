package dev.plumbline.core.docker;

import dev.plumbline.core.source.Comment;
import dev.plumbline.core.source.LineIndex;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Dockerfiles the way Docker's BuildKit frontend reads them, line by line in one pass:
 * parser directives at the top, comment lines, instructions joined across continuation lines
 * (comment and blank lines inside them skipped), and here-document bodies. It never throws for
 * bad input: every problem is recorded with its place and parsing goes on with the next
 * instruction.
 */
public final class DockerfileParser {

  private static final Pattern DIRECTIVE =
      Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*");
  private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");

  private final SourceFile file;
  private final String text;
  private final LineIndex lines;
  private final int lineCount;
  private char escape = '\\';
  private boolean directivesDone;
  private final Set<String> seenDirectives = new HashSet<>();
  private final List<ParserDirective> directives = new ArrayList<>();
  private final List<InstructionNode> instructions = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<DockerProblem> problems = new ArrayList<>();

  private DockerfileParser(SourceFile file) {
    this.file = file;
    this.text = file.text();
    this.lines = file.lines();
    this.lineCount = lines.lineCount();
  }

  public static ParsedDockerfile parse(SourceFile file) {
    return new DockerfileParser(file).run();
  }

  private ParsedDockerfile run() {
    int line = 1;
    while (line <= lineCount) {
      line = readLine(line);
    }
    return new ParsedDockerfile(file, escape, directives, instructions, comments, problems);
  }

  /** Reads what starts on {@code line}; returns the next line to read. */
  private int readLine(int line) {
    int start = lines.lineStart(line);
    int end = lines.lineEnd(line);
    int first = Chars.skipSpace(text, start, end);
    if (!directivesDone) {
      if (directive(first, end)) {
        return line + 1;
      }
      directivesDone = true;
    }
    if (first == end) {
      return line + 1;
    }
    if (text.charAt(first) == '#') {
      comment(first, end);
      return line + 1;
    }
    return instruction(line, first);
  }

  /** Reads a parser directive; false when the line is not one (which ends the directives). */
  private boolean directive(int start, int end) {
    Matcher m = DIRECTIVE.matcher(text.substring(start, end));
    if (!m.matches()) {
      return false;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (!DIRECTIVES.contains(name)) {
      return false;
    }
    Span nameSpan = file.span(start + m.start(1), start + m.end(1));
    Span valueSpan = file.span(start + m.start(2), start + m.end(2));
    if (!seenDirectives.add(name)) {
      problems.add(new DockerProblem(nameSpan, "only one '" + name
          + "' parser directive can be used; this one is ignored"));
      return true;
    }
    String value = m.group(2);
    directives.add(new ParserDirective(name, value, file.span(start, end), nameSpan, valueSpan));
    if (name.equals("escape")) {
      if (value.equals("\\") || value.equals("`")) {
        escape = value.charAt(0);
      } else {
        problems.add(new DockerProblem(valueSpan, "invalid escape character '" + value
            + "': it must be \\ or `"));
      }
    }
    return true;
  }

  private void comment(int hash, int end) {
    comments.add(new Comment(file.span(hash, end), text.substring(hash + 1, end)));
  }

  /**
   * Reads the instruction whose first character is at {@code first} on {@code line}, with its
   * continuation lines and here-documents; returns the line after it.
   */
  private int instruction(int line, int first) {
    JoinedText.Builder joined = JoinedText.builder(file, first);
    int current = line;
    int lastContentLine = line;
    int pieceStart = first;
    while (true) {
      int end = lines.lineEnd(current);
      int continuation = continuationAt(pieceStart, end);
      joined.append(pieceStart, continuation < 0 ? end : continuation);
      lastContentLine = current;
      if (continuation < 0) {
        break;
      }
      int next = nextContinuationLine(current + 1);
      if (next > lineCount) {
        current = lineCount;
        break;
      }
      current = next;
      pieceStart = lines.lineStart(current);
    }
    JoinedText instructionLine = joined.build();
    Span lineSpan = file.span(first, lines.lineEnd(lastContentLine));
    InstructionNode node = InstructionReader.read(instructionLine, escape, problems, lineSpan);
    int after = Math.max(current, lastContentLine) + 1;
    if (node.takesHeredocs()) {
      List<HeredocFinder.Opening> openings = HeredocFinder.find(instructionLine);
      if (!openings.isEmpty()) {
        List<Heredoc> heredocs = new ArrayList<>();
        for (HeredocFinder.Opening opening : openings) {
          Heredoc heredoc = heredoc(opening, after);
          heredocs.add(heredoc);
          after = heredoc.terminator().map(t -> t.start().line() + 1).orElse(lineCount + 1);
        }
        int endOffset = after > lineCount ? text.length() : lines.lineEnd(after - 1);
        node = node.withHeredocs(heredocs, new Span(node.span().start(),
            file.position(Math.max(endOffset, node.span().end().offset()))));
      }
    }
    instructions.add(node);
    return after;
  }

  /**
   * Skips the comment and blank lines inside a continuation, as Docker does; returns the next
   * line with content, or past the end.
   */
  private int nextContinuationLine(int from) {
    int line = from;
    while (line <= lineCount) {
      int start = lines.lineStart(line);
      int end = lines.lineEnd(line);
      int first = Chars.skipSpace(text, start, end);
      if (first < end && text.charAt(first) == '#') {
        comment(first, end);
      } else if (first < end) {
        return line;
      }
      line++;
    }
    return line;
  }

  /**
   * Where the line-continuation escape of the piece {@code [start, end)} is, or -1: the escape
   * character as the last non-blank character, not itself escaped.
   */
  private int continuationAt(int start, int end) {
    int last = end;
    while (last > start && (text.charAt(last - 1) == ' ' || text.charAt(last - 1) == '\t')) {
      last--;
    }
    if (last == start || text.charAt(last - 1) != escape) {
      return -1;
    }
    int at = last - 1;
    return at == start || text.charAt(at - 1) != escape ? at : -1;
  }

  /** Reads the body of a here-document from {@code line} to its terminator line. */
  private Heredoc heredoc(HeredocFinder.Opening opening, int line) {
    int bodyStart = line > lineCount ? text.length() : lines.lineStart(line);
    for (int current = line; current <= lineCount; current++) {
      int start = lines.lineStart(current);
      int end = lines.lineEnd(current);
      int candidate = start;
      if (opening.chomp()) {
        while (candidate < end && text.charAt(candidate) == '\t') {
          candidate++;
        }
      }
      if (text.substring(candidate, end).equals(opening.name())) {
        collectBodyComments(bodyStart, start);
        return new Heredoc(opening.word(), opening.name(), opening.chomp(), opening.expands(),
            opening.fileDescriptor(), JoinedText.of(file, bodyStart, start),
            file.span(bodyStart, start), Optional.of(file.span(candidate, end)));
      }
    }
    problems.add(new DockerProblem(opening.word().span(), "unterminated here-document: no line '"
        + opening.name() + "' ends it before the end of the file"));
    collectBodyComments(bodyStart, text.length());
    return new Heredoc(opening.word(), opening.name(), opening.chomp(), opening.expands(),
        opening.fileDescriptor(), JoinedText.of(file, bodyStart, text.length()),
        file.span(bodyStart, text.length()), Optional.empty());
  }

  /**
   * Comment lines of a here-document body, so that suppressions and test markers can be written
   * in scripts; a {@code #!} first line is an interpreter line, not a comment.
   */
  private void collectBodyComments(int bodyStart, int bodyEnd) {
    if (bodyEnd <= bodyStart) {
      return;
    }
    int first = lines.lineOf(bodyStart);
    int last = lines.lineOf(bodyEnd);
    for (int line = first; line <= last; line++) {
      int start = lines.lineStart(line);
      if (start >= bodyEnd) {
        break;
      }
      int end = lines.lineEnd(line);
      int hash = Chars.skipSpace(text, start, end);
      boolean shebang = line == first && text.startsWith("#!", hash);
      if (hash < end && text.charAt(hash) == '#' && !shebang) {
        comment(hash, end);
      }
    }
  }
}
