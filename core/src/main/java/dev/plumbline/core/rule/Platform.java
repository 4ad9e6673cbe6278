package dev.plumbline.core.rule;

/** The family of files a rule applies to; the rule ID prefix tells the platform. */
public enum Platform {
  GITHUB_ACTIONS("GHA", "GitHub Actions"),
  GITLAB_CI("GLC", "GitLab CI"),
  DOCKERFILE("DKR", "Dockerfile"),
  KUBERNETES("K8S", "Kubernetes"),
  TERRAFORM("TF", "Terraform"),
  SCRIPT("SH", "Shell scripts"),
  SECRETS("SEC", "Secrets"),
  PLUMBLINE("PLB", "Plumbline");

  private final String idPrefix;
  private final String displayName;

  Platform(String idPrefix, String displayName) {
    this.idPrefix = idPrefix;
    this.displayName = displayName;
  }

  /** The letters every rule ID of this platform starts with, followed by three digits. */
  public String idPrefix() {
    return idPrefix;
  }

  public String displayName() {
    return displayName;
  }

  /** The ID of the rule that reports files of this platform that cannot be read. */
  public String invalidFileRuleId() {
    return idPrefix + "000";
  }
}
