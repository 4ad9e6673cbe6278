package dev.plumbline.core.score;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something a file shows about the repository, at a place: "this job runs the tests", "this
 * backend locks the state".
 *
 * @param kind   what it shows
 * @param path   the file, as findings name it
 * @param line   1-based
 * @param column 1-based, in code points
 * @param note   a few words a report shows beside the place ("job 'test' runs tests")
 */
public record Fact(FactKind kind, String path, int line, int column, String note) {

  /** By path, line, column, kind and note: the order facts are kept and reported in. */
  public static final Comparator<Fact> ORDER = Comparator.comparing(Fact::path)
      .thenComparingInt(Fact::line).thenComparingInt(Fact::column)
      .thenComparing(Fact::kind).thenComparing(Fact::note);

  public Fact {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(note, "note");
  }

  /** The place it points at, as evidence. */
  public Evidence evidence() {
    return new Evidence(path, line, column, note, null, false);
  }
}
