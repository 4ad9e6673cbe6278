package dev.plumbline.core.score;

/** What a total score says, in four bands. */
public enum Band {
  PRODUCTION_READY(90, 100, "DevOps-driven, production-ready"),
  GOOD_AUTOMATION(70, 89, "Good automation, some manual steps remain"),
  BASIC_CI_CD(50, 69, "Basic CI/CD, manual deployments to production"),
  MANUAL(0, 49, "Manual processes, no automation, critical gaps");

  private final int min;
  private final int max;
  private final String label;

  Band(int min, int max, String label) {
    this.min = min;
    this.max = max;
    this.label = label;
  }

  /** The band of a score from 0 to 100. */
  public static Band of(int score) {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("a score is from 0 to 100, not " + score);
    }
    for (Band band : values()) {
      if (score >= band.min) {
        return band;
      }
    }
    throw new AssertionError(score);
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }

  public String label() {
    return label;
  }

  /** The range, such as {@code 70-89}. */
  public String range() {
    return min + "-" + max;
  }
}
