/**
 * The DevOps maturity score: a checklist of production-readiness items in five weighted areas,
 * each judged from what a repository's files show — the findings of the rules and the facts an
 * observer of the same run collects — and summed into a score from 0 to 100.
 *
 * <p>{@link dev.plumbline.core.score.MaturityModel} lists the items, their weights and how each
 * is judged; {@link dev.plumbline.core.score.Scorer} does the arithmetic;
 * {@link dev.plumbline.core.score.ScoreCard} is the result the reports render.
 */
package dev.plumbline.core.score;
