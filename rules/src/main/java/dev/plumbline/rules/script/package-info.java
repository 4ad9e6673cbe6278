/**
 * Rules about the shell scripts of every platform ({@code SH*}): GitHub {@code run:} steps,
 * Dockerfile {@code RUN} instructions, GitLab scripts. They read the script through
 * {@link dev.plumbline.core.model.script.Script#lexed()}.
 */
package dev.plumbline.rules.script;
