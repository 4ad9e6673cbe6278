package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.Span;

/**
 * Maps an index into the text a lexer reads to a position in the file. For a native file the
 * text is the file; for a string of a JSON file it is the decoded string, whose characters map
 * back to where they were written.
 */
interface Positions {

  Position at(int index);

  default Span span(int start, int end) {
    return new Span(at(start), at(end));
  }
}
