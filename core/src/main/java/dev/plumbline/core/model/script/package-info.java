/**
 * Shell scripts extracted from every platform's files, as one model for the script rules.
 */
package dev.plumbline.core.model.script;
