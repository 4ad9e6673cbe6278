package dev.plumbline.core.score;

import java.util.Objects;

/** An item and how it stands for the repository. */
public record ItemResult(Item item, Assessment assessment) {

  public ItemResult {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(assessment, "assessment");
  }

  public Status status() {
    return assessment.status();
  }
}
