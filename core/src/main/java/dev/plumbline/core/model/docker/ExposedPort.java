package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Word;
import java.util.Optional;

/**
 * One port of an EXPOSE: {@code 80}, {@code 53/udp}, {@code 8000-8010/tcp} or
 * {@code ${PORT}}.
 *
 * @param word the whole entry as written
 */
public record ExposedPort(Word word) {

  /** The port or range without the protocol, as a word with its span. */
  public Word port() {
    int slash = word.text().indexOf('/');
    return slash < 0 ? word : word.slice(0, slash);
  }

  /** The protocol after {@code /} ({@code tcp}, {@code udp}, {@code sctp}), if given. */
  public Optional<Word> protocol() {
    int slash = word.text().indexOf('/');
    return slash < 0 ? Optional.empty()
        : Optional.of(word.slice(slash + 1, word.text().length()));
  }
}
