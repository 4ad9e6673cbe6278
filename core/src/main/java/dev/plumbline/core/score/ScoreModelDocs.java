package dev.plumbline.core.score;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The documentation of the maturity model, generated from it: how the score is computed, the
 * bands, and every item with its weight, how the files show it and the rules it reads. What
 * {@code plumbline explain score} prints and the README's "Maturity score" section holds.
 */
public final class ScoreModelDocs {

  private ScoreModelDocs() {}

  /** The model as Markdown, ending in a line break. */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("""
        The score reads the repository once, in the same run as `plumbline check`: the \
        findings of the rules contradict items (an unpinned image, a container running as \
        root, a secret in a file), and facts read from the same parsed files show items met \
        (a job that runs the tests before the deploy, a backend that locks the state, a \
        readiness probe). Each item is:

        - **met** (\u2713): the files show it done;
        - **not met** (\u2717): the files show it undone, or show nothing that would do it;
        - **not applicable** (\u2013): the repository has nothing the item is about (no \
        containers, no Terraform, nothing deployed, no secret used);
        - **not visible** (?): no file can show it (a practice, a history); such items are \
        listed, never guessed.

        An area scores the weights of its met items over the weights of its met and not-met \
        items; not-applicable and not-visible items are left out of both. The score is the \
        mean of the area scores weighted by the areas' weights. An area with no met or \
        not-met item is left out, and the weights of the others are scaled up to add up to \
        100 again: a repository without containers is scored on the other four areas. The \
        score is rounded half up to an integer from 0 to 100.

        Findings count wherever they are, suppressed or not (a suppression accepts a finding; \
        it does not make the item met). The rules an item reads run even when the \
        configuration turns them off or they are off by default, so that the score does not \
        depend on rule settings; the configuration's `exclude` applies.

        """);
    out.append("| Score | Band |\n|---|---|\n");
    for (Band band : Band.values()) {
      out.append("| ").append(band.min()).append("\u2013").append(band.max()).append(" | ")
          .append(band.label()).append(" |\n");
    }
    for (Area area : Area.values()) {
      out.append("\n### ").append(area.displayName()).append(" (").append(area.weight())
          .append("%)\n\n");
      out.append("| ID | Item | Weight | How the files show it | Rules read |\n");
      out.append("|---|---|---:|---|---|\n");
      for (Item item : MaturityModel.items()) {
        if (item.area() != area) {
          continue;
        }
        out.append("| ").append(item.id()).append(" | ").append(cell(item.text())).append(" | ")
            .append(item.weight()).append(" | ").append(cell(item.judgedBy())).append(" | ")
            .append(rules(item.ruleIds())).append(" |\n");
      }
    }
    return out.toString();
  }

  private static String rules(List<String> ids) {
    return ids.isEmpty() ? "\u2013" : ids.stream().map(id -> id.endsWith("*") ? id
        : "[" + id + "](docs/rules/" + id + ".md)").collect(Collectors.joining(", "));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
