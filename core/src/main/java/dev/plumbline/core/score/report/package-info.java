/**
 * The maturity score's reports: console, JSON, Markdown and a self-contained HTML page. Each
 * renders a {@link dev.plumbline.core.score.ScoreCard} deterministically, with {@code \n} line
 * endings and a final line break, and escapes the text that comes from scanned files for its
 * medium.
 */
package dev.plumbline.core.score.report;
