/**
 * External programs the engine runs for rules ({@link dev.plumbline.core.rule.tool}): finding
 * them on {@code PATH} but never among the scanned files, running them with a time limit, bounded
 * output, an empty environment and a neutral working directory, and reading their output back.
 * The scanned files' text is given on standard input; no program ever gets a scanned file's path.
 */
package dev.plumbline.core.engine.external;
