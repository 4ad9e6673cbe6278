package dev.plumbline.core.docker;

import dev.plumbline.core.source.Span;
import java.util.Optional;

/**
 * A here-document of a {@code RUN}, {@code COPY} or {@code ADD} instruction: {@code <<EOF} in the
 * instruction, the body on the lines that follow it, and the terminator line.
 *
 * @param word           the {@code <<EOF} word in the instruction
 * @param name           the delimiter, quotes removed ({@code EOF} for {@code <<"EOF"})
 * @param chomp          {@code <<-}: leading tabs are stripped from the body and terminator
 * @param expands        whether the delimiter is unquoted, so that variables in the body are
 *                       expanded ({@code <<'EOF'} and {@code <<"EOF"} do not expand)
 * @param fileDescriptor the number before {@code <<} ({@code 2<<EOF}), 0 when none is written
 * @param body           the body as written: its lines with their line breaks
 * @param bodySpan       where the body is in the file
 * @param terminator     the terminator line, absent when the file ends first
 */
public record Heredoc(Word word, String name, boolean chomp, boolean expands, int fileDescriptor,
    JoinedText body, Span bodySpan, Optional<Span> terminator) {

  public boolean isTerminated() {
    return terminator.isPresent();
  }

  /** The body as the instruction receives it: with {@code <<-}, leading tabs removed per line. */
  public JoinedText content() {
    if (!chomp) {
      return body;
    }
    String text = body.text();
    int base = bodySpan.start().offset();
    JoinedText.Builder content = JoinedText.builder(body.file(), base);
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
      int from = lineStart;
      while (from < lineEnd && text.charAt(from) == '\t') {
        from++;
      }
      content.append(base + from, base + lineEnd);
      lineStart = lineEnd;
    }
    return content.build();
  }

  /** The body's first line, when it is a {@code #!} interpreter line. */
  public Optional<String> shebang() {
    String text = content().text();
    if (!text.startsWith("#!")) {
      return Optional.empty();
    }
    int end = text.indexOf('\n');
    return Optional.of((end < 0 ? text : text.substring(0, end)).strip());
  }
}
