package dev.plumbline.core.score.report;

import dev.plumbline.core.score.ScoreCard;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders a maturity score in one format. Stateless and deterministic: the same card always
 * gives the same characters. Writes to {@code out} without closing or flushing it.
 */
public interface ScoreReporter {

  void write(ScoreCard card, Writer out) throws IOException;
}
