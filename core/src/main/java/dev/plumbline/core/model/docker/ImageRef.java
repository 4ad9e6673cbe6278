package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Word;
import java.util.Locale;
import java.util.Optional;

/**
 * The image a FROM names, split as Docker splits references:
 * {@code [registry/]repository[:tag][@digest]}, each part a word with its span. Variables are
 * kept as written ({@code python:${PYTHON_VERSION}-slim} has the tag
 * {@code ${PYTHON_VERSION}-slim}); separators inside {@code ${...}} do not split.
 */
public final class ImageRef {

  private final Word word;
  private final Optional<Word> registry;
  private final Word repository;
  private final Optional<Word> tag;
  private final Optional<Word> digest;

  private ImageRef(Word word, Optional<Word> registry, Word repository, Optional<Word> tag,
      Optional<Word> digest) {
    this.word = word;
    this.registry = registry;
    this.repository = repository;
    this.tag = tag;
    this.digest = digest;
  }

  /** Splits an image reference. */
  public static ImageRef parse(Word word) {
    String text = word.text();
    int at = find(text, '@', 0, text.length());
    int nameEnd = at < 0 ? text.length() : at;
    Optional<Word> digest = at < 0 ? Optional.empty()
        : Optional.of(word.slice(at + 1, text.length()));
    int lastSlash = findLast(text, '/', nameEnd);
    int colon = find(text, ':', lastSlash + 1, nameEnd);
    int repoEnd = colon < 0 ? nameEnd : colon;
    Optional<Word> tag = colon < 0 ? Optional.empty() : Optional.of(word.slice(colon + 1, nameEnd));
    int firstSlash = find(text, '/', 0, repoEnd);
    Optional<Word> registry = Optional.empty();
    int repoStart = 0;
    if (firstSlash > 0 && isRegistry(text.substring(0, firstSlash))) {
      registry = Optional.of(word.slice(0, firstSlash));
      repoStart = firstSlash + 1;
    }
    return new ImageRef(word, registry, word.slice(repoStart, repoEnd), tag, digest);
  }

  /** Docker's rule: the first component is a registry if it has a dot or port, or is localhost. */
  private static boolean isRegistry(String component) {
    return component.contains(".") || component.contains(":") || component.equals("localhost");
  }

  /** The whole reference as written. */
  public Word word() {
    return word;
  }

  public String text() {
    return word.text();
  }

  /** The registry host ({@code ghcr.io}, {@code localhost:5000}); empty for Docker Hub. */
  public Optional<Word> registry() {
    return registry;
  }

  /** The repository without registry, tag and digest: {@code library/python}, {@code python}. */
  public Word repository() {
    return repository;
  }

  public Optional<Word> tag() {
    return tag;
  }

  /** The digest after {@code @} ({@code sha256:...}). */
  public Optional<Word> digest() {
    return digest;
  }

  /** {@code FROM scratch}: the empty image. */
  public boolean isScratch() {
    return registry.isEmpty() && tag.isEmpty() && digest.isEmpty()
        && repository.value().toLowerCase(Locale.ROOT).equals("scratch");
  }

  /** Whether the whole reference is one variable, such as {@code ${BASE_IMAGE}}. */
  public boolean isVariable() {
    return word.isSingleVariable();
  }

  public boolean hasVariables() {
    return word.hasVariables();
  }

  /** Index of {@code c} in {@code [from, to)} outside {@code ${...}}, or -1. */
  private static int find(String text, char c, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char x = text.charAt(i);
      if (x == '$' && i + 1 < to && text.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (x == '}' && depth > 0) {
        depth--;
      } else if (x == c && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The last index of {@code c} before {@code to}, outside {@code ${...}}, or -1. */
  private static int findLast(String text, char c, int to) {
    int last = -1;
    int at = find(text, c, 0, to);
    while (at >= 0) {
      last = at;
      at = find(text, c, at + 1, to);
    }
    return last;
  }

  @Override
  public String toString() {
    return word.text();
  }
}
