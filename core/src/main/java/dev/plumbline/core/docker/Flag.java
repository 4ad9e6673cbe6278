package dev.plumbline.core.docker;

import dev.plumbline.core.source.Span;
import java.util.Optional;

/**
 * A {@code --name[=value]} option of an instruction, such as {@code --from=build} or
 * {@code --mount=type=cache,target=/root/.cache}.
 *
 * @param word  the whole option as written
 * @param name  the name without the leading {@code --}
 * @param value the text after the first {@code =}, if there is one ({@code --link} has none); its
 *              {@link Word#value()} has quotes removed, as Docker reads it
 */
public record Flag(Word word, String name, Optional<Word> value) {

  public Span span() {
    return word.span();
  }

  /** The span of {@code --name}. */
  public Span nameSpan() {
    int end = value.map(v -> v.sourceStart() - word.sourceStart() - 1)
        .orElse(word.text().length());
    return word.spanOf(0, end);
  }

  /** The value as Docker reads it, or empty when the flag has no {@code =}. */
  public Optional<String> valueText() {
    return value.map(Word::value);
  }

  /** The span of the value, or the empty span after the name when there is none. */
  public Span valueSpan() {
    return value.map(Word::span).orElseGet(() -> Span.at(nameSpan().end()));
  }
}
