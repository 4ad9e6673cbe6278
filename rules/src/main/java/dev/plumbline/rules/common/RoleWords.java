package dev.plumbline.rules.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a job's name (or stage, or environment) that say what the job is for: a check, a
 * deploy, a release, production. Shared by the GitLab CI and GitHub Actions rules about testing
 * and deploying, so that both platforms read names the same way.
 */
public final class RoleWords {

  /** A word of a name or stage that makes the job a check: tests, linters, scanners. */
  private static final Pattern TEST_WORD = Pattern.compile(
      "(?:^|[^a-z])(?:tests?|unit|integration|e2e|lint|linters?|check|checks|verify|qa|spec|specs"
      + "|sast|dast|scan|scanning|security|audit|coverage|vet|validate|validation)(?:$|[^a-z])");
  private static final Pattern DEPLOY_WORD = Pattern.compile(
      "(?:^|[^a-z])(?:deploy|deployment|deploys|rollout|promote)(?:$|[^a-z])");
  private static final Pattern RELEASE_WORD = Pattern.compile(
      "(?:^|[^a-z])(?:release|releases|publish)(?:$|[^a-z])");
  /** {@code prod}, {@code production}..., but not {@code pre-prod} or {@code non-prod}. */
  private static final Pattern PRODUCTION = Pattern.compile(
      "(?:^|[^a-z])(?:prod|production|live|prd)(?:$|[^a-z])");
  private static final Pattern NOT_PRODUCTION_PREFIX = Pattern.compile(
      "(?:pre|non|not)[-_ ]?$");

  private RoleWords() {}

  /** Whether a word of the name says test, lint, check, scan, audit... */
  public static boolean saysTest(String name) {
    return TEST_WORD.matcher(lower(name)).find();
  }

  /** Whether a word of the name says deploy, deployment, rollout or promote. */
  public static boolean saysDeploy(String name) {
    return DEPLOY_WORD.matcher(lower(name)).find();
  }

  /** Whether a word of the name says release or publish. */
  public static boolean saysRelease(String name) {
    return RELEASE_WORD.matcher(lower(name)).find();
  }

  /**
   * Whether a word of the name says production: {@code production}, {@code prod/eu},
   * {@code deploy-live}; not {@code pre-prod} or {@code non-prod}.
   */
  public static boolean saysProduction(String name) {
    String lower = lower(name);
    Matcher m = PRODUCTION.matcher(lower);
    while (m.find()) {
      int start = m.start() + (m.group().charAt(0) >= 'a' && m.group().charAt(0) <= 'z' ? 0 : 1);
      if (!NOT_PRODUCTION_PREFIX.matcher(lower.substring(0, start)).find()) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
