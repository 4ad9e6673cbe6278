package dev.plumbline.core.rule;

import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A textual change that resolves a finding, in the finding's file: replacements applied together
 * or not at all. A safe fix keeps the file's meaning except for the problem it removes and may be
 * applied without review ({@code plumbline --fix}); an unsafe one is shown for a person to judge.
 *
 * @param description  what the fix does, as a short imperative sentence
 * @param safe         whether it may be applied without review
 * @param replacements in file order, none overlapping another (see {@link #overlaps})
 */
public record Fix(String description, boolean safe, List<Replacement> replacements) {

  /**
   * One region replaced by text. An empty region is an insertion; an empty text a deletion.
   *
   * @param deleted  the region removed, in the finding's file
   * @param inserted what takes its place, with the file's own line breaks
   */
  public record Replacement(Span deleted, String inserted) {

    public Replacement {
      Objects.requireNonNull(deleted, "deleted");
      Objects.requireNonNull(inserted, "inserted");
    }

    /** Text inserted at a point. */
    public static Replacement insert(Position at, String text) {
      return new Replacement(Span.at(at), text);
    }

    /**
     * Whether two replacements touch the same text: their regions intersect, or they start at
     * the same place (two insertions there, or an insertion where a deletion starts, have no
     * single order).
     */
    public boolean overlaps(Replacement other) {
      int start = deleted.start().offset();
      int otherStart = other.deleted.start().offset();
      return start == otherStart
          || (start < other.deleted.end().offset() && otherStart < deleted.end().offset());
    }
  }

  private static final Comparator<Replacement> FILE_ORDER =
      Comparator.comparing(Replacement::deleted);

  public Fix {
    Objects.requireNonNull(description, "description");
    if (replacements.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one replacement");
    }
    List<Replacement> sorted = new ArrayList<>(replacements);
    sorted.sort(FILE_ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new IllegalArgumentException("overlapping replacements in fix '" + description
            + "': " + sorted.get(i - 1).deleted() + " and " + sorted.get(i).deleted());
      }
    }
    replacements = List.copyOf(sorted);
  }

  /** A fix that may be applied without review. */
  public static Fix safe(String description, Replacement... replacements) {
    return new Fix(description, true, List.of(replacements));
  }

  /** A fix a person should look at before applying it. */
  public static Fix unsafe(String description, Replacement... replacements) {
    return new Fix(description, false, List.of(replacements));
  }

  /** Whether any replacement of this fix overlaps one of the other. */
  public boolean overlaps(Fix other) {
    for (Replacement mine : replacements) {
      for (Replacement theirs : other.replacements) {
        if (mine.overlaps(theirs)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The line break a text uses, for inserted lines that match the file's: {@code \r\n} when its
   * first line ends so, a lone {@code \r} likewise, else {@code \n}.
   */
  public static String lineBreakOf(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return "\n";
      }
      if (c == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
      }
    }
    return "\n";
  }
}
