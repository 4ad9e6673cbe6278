/**
 * What the maturity score reads from a repository's models besides the findings: which jobs test
 * and deploy, which images are pinned or scanned, where Terraform keeps its state, how
 * workloads roll out, where secrets come from. {@link dev.plumbline.rules.score.RepositoryFacts}
 * collects these facts during the run that lints the files, with the same readings of jobs and
 * commands as the rules ({@code JobRoles}, {@code CiCommands}), so that the score and the
 * findings agree on what a test or a deploy is.
 */
package dev.plumbline.rules.score;
