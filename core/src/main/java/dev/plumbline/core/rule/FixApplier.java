package dev.plumbline.core.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies fixes to the text of one file. Each fix is applied whole or not at all; fixes are
 * taken in the order given, and one that overlaps a fix already taken is left out (a later run,
 * on the changed text, can offer it again). A fix equal to one already taken (two findings
 * offering the same change) is taken once.
 */
public final class FixApplier {

  private FixApplier() {}

  /**
   * What applying fixes gave.
   *
   * @param text    the changed text
   * @param applied the fixes applied, in the order given
   * @param skipped the fixes left out because they overlap an applied one
   */
  public record Outcome(String text, List<Fix> applied, List<Fix> skipped) {

    public Outcome {
      applied = List.copyOf(applied);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * Applies fixes to a text; every offset of their replacements is an offset into it.
   *
   * @throws IllegalArgumentException if a replacement lies outside the text
   */
  public static Outcome apply(String text, List<Fix> fixes) {
    List<Fix> applied = new ArrayList<>();
    List<Fix> skipped = new ArrayList<>();
    List<Fix.Replacement> taken = new ArrayList<>();
    for (Fix fix : fixes) {
      if (applied.contains(fix)) {
        continue;
      }
      if (applied.stream().anyMatch(fix::overlaps)) {
        skipped.add(fix);
        continue;
      }
      for (Fix.Replacement r : fix.replacements()) {
        if (r.deleted().end().offset() > text.length()) {
          throw new IllegalArgumentException(
              "replacement " + r.deleted() + " lies outside the text");
        }
      }
      applied.add(fix);
      taken.addAll(fix.replacements());
    }
    // from the end backwards, so that earlier offsets stay valid
    taken.sort((a, b) -> b.deleted().compareTo(a.deleted()));
    StringBuilder out = new StringBuilder(text);
    for (Fix.Replacement r : taken) {
      out.replace(r.deleted().start().offset(), r.deleted().end().offset(), r.inserted());
    }
    return new Outcome(out.toString(), applied, skipped);
  }
}
