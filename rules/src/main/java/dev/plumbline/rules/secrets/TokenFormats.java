package dev.plumbline.rules.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials recognised by their own format, a fixed prefix and a length: GitHub, GitLab, Slack,
 * Stripe, Google, npm and PyPI tokens, and the account key of an Azure storage connection string.
 * The prefixes and lengths are the vendors' published token formats, as secret scanners such as
 * gitleaks and trufflehog list them.
 */
final class TokenFormats {

  /**
   * One format.
   *
   * @param kind    what the credential is, for messages
   * @param anchor  text every match contains, looked for before the pattern runs
   * @param pattern the credential, as group 1 when it has one (the key after
   *                {@code AccountKey=}), else the whole match
   * @param prefix  how many characters of the credential are its fixed prefix
   */
  private record Format(String kind, String anchor, Pattern pattern, int prefix) {}

  /** Not part of a longer word on either side. */
  private static final String BEFORE = "(?<![A-Za-z0-9_-])";
  private static final String AFTER = "(?![A-Za-z0-9_-])";

  private static final List<Format> FORMATS = List.of(
      github("ghp_", "GitHub personal access token"),
      github("gho_", "GitHub OAuth access token"),
      github("ghu_", "GitHub App user access token"),
      github("ghs_", "GitHub App installation access token"),
      github("ghr_", "GitHub App refresh token"),
      format("GitHub fine-grained personal access token", "github_pat_",
          "github_pat_[A-Za-z0-9_]{82,255}", 11),
      format("GitLab personal access token", "glpat-",
          "glpat-[A-Za-z0-9_-]{20,255}(?:\\.[0-9a-z]+)*", 6),
      format("GitLab deploy token", "gldt-", "gldt-[A-Za-z0-9_-]{20,255}", 5),
      format("GitLab runner authentication token", "glrt-", "glrt-[A-Za-z0-9_-]{20,255}", 5),
      format("Slack token", "xox", "xox[abposr]-[0-9]+-[A-Za-z0-9-]{10,255}", 5),
      format("Stripe live secret key", "k_live_", "[sr]k_live_[A-Za-z0-9]{20,247}", 8),
      format("Google API key", "AIza", "AIza[0-9A-Za-z_-]{35}", 4),
      format("npm access token", "npm_", "npm_[A-Za-z0-9]{36}", 4),
      format("PyPI API token", "pypi-AgE", "pypi-AgE[A-Za-z0-9_-]{50,}", 8),
      new Format("Azure storage account key", "AccountKey=",
          Pattern.compile("AccountKey=([A-Za-z0-9+/]{40,}={0,2})(?![A-Za-z0-9+/=])"), 0));

  private TokenFormats() {}

  private static Format github(String prefix, String kind) {
    return format(kind, prefix, prefix + "[A-Za-z0-9]{36,251}", prefix.length());
  }

  private static Format format(String kind, String anchor, String regex, int prefix) {
    return new Format(kind, anchor, Pattern.compile(BEFORE + regex + AFTER), prefix);
  }

  /** Every credential of a known format in {@code text} that is not a placeholder. */
  static List<Credential> find(String text) {
    List<Credential> found = new ArrayList<>();
    for (Format format : FORMATS) {
      if (!text.contains(format.anchor())) {
        continue;
      }
      Matcher m = format.pattern().matcher(text);
      while (m.find()) {
        int group = m.groupCount() > 0 ? 1 : 0;
        String token = m.group(group);
        if (!Placeholders.isPlaceholder(token, token.substring(format.prefix()))) {
          found.add(new Credential(format.kind(), m.start(group), m.end(group)));
        }
      }
    }
    return found;
  }
}
