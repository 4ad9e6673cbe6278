package dev.plumbline.core.docker;

import dev.plumbline.core.source.Span;
import java.util.List;

/**
 * One word of a Dockerfile instruction — a keyword, an argument, a JSON string, part of a flag —
 * as written ({@link #text()}, continuation lines joined) and as Docker reads it
 * ({@link #value()}: quotes removed and escapes resolved, variables not expanded), with its exact
 * place in the file.
 */
public final class Word {

  /** How {@link #value()} is derived from the text. */
  enum Reading {
    /** The text itself (whitespace-separated words, keywords). */
    RAW,
    /** Shell-like quotes and escapes (ENV, ARG, LABEL words, flags). */
    QUOTED,
    /** A JSON string literal (exec form). */
    JSON
  }

  private final JoinedText source;
  private final int start;
  private final int end;
  private final String text;
  private final String value;
  private final Reading reading;
  private final char escape;

  Word(JoinedText source, int start, int end, Reading reading, char escape, String value) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.text = source.text().substring(start, end);
    this.reading = reading;
    this.escape = escape;
    this.value = value != null ? value
        : reading == Reading.QUOTED ? Quotes.remove(text, escape) : text;
  }

  static Word raw(JoinedText source, int start, int end) {
    return new Word(source, start, end, Reading.RAW, '\\', null);
  }

  static Word quoted(JoinedText source, int start, int end, char escape) {
    return new Word(source, start, end, Reading.QUOTED, escape, null);
  }

  /** The word as written, continuation lines joined. */
  public String text() {
    return text;
  }

  /** The word as Docker reads it: quotes removed, escapes resolved, variables kept as written. */
  public String value() {
    return value;
  }

  public Span span() {
    return source.span(start, end);
  }

  /** The file span of {@code text().substring(from, to)}. */
  public Span spanOf(int from, int to) {
    checkRange(from, to);
    return source.span(start + from, start + to);
  }

  /**
   * The part {@code text().substring(from, to)} as a word of its own; its value is read the way
   * this word's is (a part of a JSON string keeps its text).
   */
  public Word slice(int from, int to) {
    checkRange(from, to);
    Reading sliceReading = reading == Reading.JSON ? Reading.RAW : reading;
    return new Word(source, start + from, start + to, sliceReading, escape, null);
  }

  /** The {@code $NAME} and {@code ${NAME...}} references in the word, outside single quotes. */
  public List<VariableReference> variables() {
    return VariableReference.find(this, reading == Reading.JSON ? '\\' : escape);
  }

  /** Whether the word refers to any variable. */
  public boolean hasVariables() {
    return text.indexOf('$') >= 0 && !variables().isEmpty();
  }

  /** Whether the word is exactly one variable reference, such as {@code ${BASE_IMAGE}}. */
  public boolean isSingleVariable() {
    List<VariableReference> refs = variables();
    return refs.size() == 1 && refs.get(0).span().equals(span());
  }

  /** The joined text this word is part of. */
  public JoinedText source() {
    return source;
  }

  /** Where the word starts in {@link #source()}. */
  public int sourceStart() {
    return start;
  }

  /** Where the word ends in {@link #source()}. */
  public int sourceEnd() {
    return end;
  }

  private void checkRange(int from, int to) {
    if (from < 0 || to > text.length() || to < from) {
      throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
