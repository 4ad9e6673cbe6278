package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD: either shell form (one text the shell
 * runs) or exec form (a JSON array of strings).
 *
 * @param shellForm the command text in shell form
 * @param execForm  the strings of an exec-form array (empty in shell form)
 * @param span      the whole command as written
 */
public record CommandLine(Optional<Word> shellForm, List<Word> execForm, Span span) {

  public CommandLine {
    execForm = List.copyOf(execForm);
  }

  public boolean isExecForm() {
    return shellForm.isEmpty();
  }

  /** Whether there is no command at all ({@code CMD []}). */
  public boolean isEmpty() {
    return shellForm.isEmpty() && execForm.isEmpty();
  }

  /** The shell text, or the exec-form strings joined with spaces. */
  public String text() {
    return shellForm.map(Word::text)
        .orElseGet(() -> execForm.stream().map(Word::value).collect(Collectors.joining(" ")));
  }

  /** The program: the first exec-form string, or the first word of the shell text. */
  public Optional<String> program() {
    if (shellForm.isPresent()) {
      String text = shellForm.get().text().strip();
      int end = 0;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      return end == 0 ? Optional.empty() : Optional.of(text.substring(0, end));
    }
    return execForm.isEmpty() ? Optional.empty() : Optional.of(execForm.get(0).value());
  }
}
