/**
 * Baselines: a file that records the findings a project has accepted, so that a run reports only
 * new ones. {@link dev.plumbline.core.engine.baseline.Baseline} matches and records findings,
 * {@link dev.plumbline.core.engine.baseline.BaselineFile} reads and writes the JSON file.
 */
package dev.plumbline.core.engine.baseline;
