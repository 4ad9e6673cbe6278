package dev.plumbline.rules.score;

import java.util.Locale;
import java.util.regex.Pattern;

/** Names of environments (or jobs, stages) that say staging, and of rollback jobs. */
final class Environments {

  private static final Pattern STAGING = Pattern.compile(
      "(?:^|[^a-z])(?:staging|stage|stg|pre-?prod|pre-?production|uat|qa)(?:$|[^a-z])");
  private static final Pattern ROLLBACK = Pattern.compile(
      "(?:^|[^a-z])(?:rollback|roll-back|revert-deploy|undeploy-previous)(?:$|[^a-z])");

  private Environments() {}

  /** Whether the name says staging: {@code staging}, {@code stage/eu}, {@code preprod}, UAT. */
  static boolean saysStaging(String name) {
    return STAGING.matcher(name.toLowerCase(Locale.ROOT)).find();
  }

  /** Whether a job's name says it rolls back. */
  static boolean saysRollback(String name) {
    return ROLLBACK.matcher(name.toLowerCase(Locale.ROOT)).find();
  }
}
