package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.source.Span;
import java.util.Optional;

/**
 * One {@code name=value} of ENV, LABEL or ARG (or the legacy {@code ENV name value}).
 *
 * @param key   the name as written
 * @param value the value as written, if any ({@code ARG NAME} has none); {@link Word#value()}
 *              gives it without quotes
 * @param span  the whole entry
 */
public record KeyValue(Word key, Optional<Word> value, Span span) {

  /** The name as Docker reads it. */
  public String name() {
    return key.value();
  }

  /** The value as Docker reads it (quotes removed, variables not expanded), if any. */
  public Optional<String> valueText() {
    return value.map(Word::value);
  }

  /** Splits a {@code name=value} or {@code name} word at its first {@code =}. */
  static KeyValue of(Word word) {
    int eq = word.text().indexOf('=');
    if (eq < 0) {
      return new KeyValue(word, Optional.empty(), word.span());
    }
    return new KeyValue(word.slice(0, eq),
        Optional.of(word.slice(eq + 1, word.text().length())), word.span());
  }
}
