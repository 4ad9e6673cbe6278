package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;

/**
 * A comment of an HCL file. Line comments ({@code #} and {@code //}) run to the end of their
 * line, without the line break; block comments ({@code /* ... *}{@code /}) may span lines.
 *
 * @param style how it is written
 * @param span  the whole comment, markers included
 * @param text  what is between the markers: after {@code #} or {@code //} to the end of the
 *              line, or between {@code /*} and {@code *}{@code /}
 */
public record HclComment(Style style, Span span, String text) {

  /** How a comment is written. */
  public enum Style {
    /** {@code # text} */
    HASH("#"),
    /** {@code // text} */
    DOUBLE_SLASH("//"),
    /** {@code /* text *}{@code /} */
    BLOCK("/*");

    private final String opener;

    Style(String opener) {
      this.opener = opener;
    }

    /** The characters that open the comment: {@code #}, {@code //} or {@code /*}. */
    public String opener() {
      return opener;
    }
  }

  public int line() {
    return span.start().line();
  }

  /** Offset in the file of the first character of {@link #text()}. */
  public int textOffset() {
    return span.start().offset() + style.opener().length();
  }
}
