/**
 * A shell lexer for checks, not an interpreter: it reads POSIX sh and bash scripts into lists,
 * pipelines, simple and compound commands, words, operators and redirections, each with its
 * offsets in the script, so that rules can ask "which commands run here, with which flags, joined
 * by which operators" and point at the exact word. It never fails: text it does not understand
 * becomes words. Entry point: {@link dev.plumbline.core.shell.ShellScript#parse(String)}.
 */
package dev.plumbline.core.shell;
