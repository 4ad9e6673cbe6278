package dev.plumbline.core.score;

/** How an item of the checklist stands for a repository. */
public enum Status {
  /** The files show the item done. */
  MET("met", "\u2713"),
  /** The files show it not done, or show nothing that would do it. */
  NOT_MET("not-met", "\u2717"),
  /** The item is about something the repository does not have (no containers, no Terraform). */
  NOT_APPLICABLE("not-applicable", "\u2013"),
  /** No file can show the item (a practice, a history): listed, never guessed. */
  NOT_VISIBLE("not-visible", "?");

  private final String label;
  private final String symbol;

  Status(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  /** The kebab-case name reports use. */
  public String label() {
    return label;
  }

  /** The checklist mark: a tick, a cross, a dash or a question mark. */
  public String symbol() {
    return symbol;
  }

  /** Whether the item counts in its area's score (met or not met). */
  public boolean counts() {
    return this == MET || this == NOT_MET;
  }
}
