package dev.plumbline.core.score;

/**
 * The five areas of the maturity score and their weights in the total (percent; they add up to
 * 100). An area none of whose items applies to a repository is left out of its total, and the
 * weights of the others are scaled up to add up to 100 again.
 */
public enum Area {
  CI_CD("ci-cd", "CI/CD automation", 30),
  INFRASTRUCTURE_AS_CODE("infrastructure-as-code", "Infrastructure as code", 25),
  DEPLOYMENT_STRATEGY("deployment-strategy", "Deployment strategy", 20),
  CONTAINER_SECURITY("container-security", "Container security", 15),
  SECRETS_MANAGEMENT("secrets-management", "Secrets management", 10);

  private final String id;
  private final String displayName;
  private final int weight;

  Area(String id, String displayName, int weight) {
    this.id = id;
    this.displayName = displayName;
    this.weight = weight;
  }

  /** A stable kebab-case identifier, for machine-readable reports. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The area's share of the total, in percent. */
  public int weight() {
    return weight;
  }
}
