package dev.plumbline.core.score.report;

import dev.plumbline.core.report.TerminalText;
import dev.plumbline.core.score.AreaResult;
import dev.plumbline.core.score.Evidence;
import dev.plumbline.core.score.ItemResult;
import dev.plumbline.core.score.ScoreCard;
import dev.plumbline.core.score.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The checklist on the terminal, area by area:
 *
 * <pre>
 * CI/CD automation (30% of the score): 73/100, weight met 8 of 11
 *   ✓ CI-1    Automated builds on every commit: met, CI runs on every push or pull request
 *             .github/workflows/ci.yml:3  the workflow runs on push
 *   ✗ CI-5    Approval gate for production deployment: not met, production deploys start ...
 *             .github/workflows/ci.yml:40  [GHA019] job 'deploy' deploys to production ...
 *   ? CI-7    Rollback tested in last 30 days: not visible, ...
 *   – CI-8    ...: not applicable, no CI
 *
 * Maturity score: 64/100 (50-69: Basic CI/CD, manual deployments to production)
 * Items: 12 met, 8 not met, 5 not applicable, 6 not visible.
 * </pre>
 *
 * <p>At most {@value #SHOWN} places per item are printed (the JSON report lists all). Text from
 * scanned files is escaped with {@link TerminalText}; colour only when asked for.
 */
public final class ConsoleScoreReporter implements ScoreReporter {

  static final int SHOWN = 5;
  /** Evidence lines start under the item text: two spaces, mark, space, ID, two spaces. */
  private static final String INDENT = " ".repeat(12);
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String GREEN = "\u001b[1;32m";
  private static final String RED = "\u001b[1;31m";
  private static final String DIM = "\u001b[2m";

  private final boolean colour;

  public ConsoleScoreReporter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(ScoreCard card, Writer out) throws IOException {
    for (AreaResult area : card.areas()) {
      out.write(paint(BOLD, area.area().displayName() + " (" + area.area().weight()
          + "% of the score): " + ScoreWords.areaScore(area)) + ", "
          + ScoreWords.areaWeights(area) + "\n");
      for (ItemResult item : card.items(area.area())) {
        writeItem(item, out);
      }
      out.write('\n');
    }
    out.write(paint(BOLD, "Maturity score: " + card.score() + "/100") + " ("
        + card.band().range() + ": " + card.band().label() + ")\n");
    out.write("Items: " + ScoreWords.counts(card) + ".\n");
  }

  private void writeItem(ItemResult item, Writer out) throws IOException {
    Status status = item.status();
    String mark = switch (status) {
      case MET -> paint(GREEN, status.symbol());
      case NOT_MET -> paint(RED, status.symbol());
      default -> paint(DIM, status.symbol());
    };
    String id = String.format(Locale.ROOT, "%-6s", item.item().id());
    out.write("  " + mark + " " + id + "  " + item.item().text() + ": "
        + ScoreWords.status(status) + ", " + TerminalText.escape(item.assessment().reason())
        + "\n");
    List<Evidence> evidence = item.assessment().evidence();
    for (Evidence e : ScoreWords.first(evidence, SHOWN)) {
      out.write(INDENT + TerminalText.escape(e.location()) + "  "
          + e.rule().map(r -> "[" + r + "] ").orElse("")
          + TerminalText.escape(e.note()) + (e.suppressed() ? " (suppressed)" : "") + "\n");
    }
    if (evidence.size() > SHOWN) {
      out.write(INDENT + ScoreWords.more(item, SHOWN) + " (--format json lists all)\n");
    }
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
