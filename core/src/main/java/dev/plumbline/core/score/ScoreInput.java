package dev.plumbline.core.score;

import dev.plumbline.core.rule.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the items are judged from: the facts of a run and its findings (suppressed ones
 * included).
 */
public final class ScoreInput {

  private final List<Fact> facts;
  private final List<Finding> findings;
  private final Item item;

  public ScoreInput(List<Fact> facts, List<Finding> findings) {
    List<Fact> sorted = new ArrayList<>(facts);
    sorted.sort(Fact.ORDER);
    this.facts = List.copyOf(sorted);
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(Finding.ORDER);
    this.findings = List.copyOf(ordered);
    this.item = null;
  }

  private ScoreInput(ScoreInput input, Item item) {
    this.facts = input.facts;
    this.findings = input.findings;
    this.item = item;
  }

  /** The same input, as the item being judged sees it: {@link #against()} reads its rules. */
  ScoreInput about(Item judged) {
    return new ScoreInput(this, judged);
  }

  /**
   * The findings of the rules the item being judged names, as evidence against it; empty
   * outside an item's judging.
   */
  public List<Evidence> against() {
    return item == null ? List.of() : findings(item.ruleIds());
  }

  public List<Fact> facts() {
    return facts;
  }

  public List<Finding> findings() {
    return findings;
  }

  /** Whether any fact is of one of the kinds. */
  public boolean has(FactKind... kinds) {
    Set<FactKind> wanted = EnumSet.copyOf(Arrays.asList(kinds));
    return facts.stream().anyMatch(f -> wanted.contains(f.kind()));
  }

  /** The facts of the kinds, as evidence. */
  public List<Evidence> facts(FactKind... kinds) {
    Set<FactKind> wanted = EnumSet.copyOf(Arrays.asList(kinds));
    return facts.stream().filter(f -> wanted.contains(f.kind())).map(Fact::evidence).toList();
  }

  /**
   * The findings of the rules, as evidence. A rule ID ending in {@code *} names every rule of
   * that prefix ({@code SEC*}: every secret-detection rule).
   */
  public List<Evidence> findings(List<String> ruleIds) {
    List<Evidence> found = new ArrayList<>();
    for (Finding f : findings) {
      if (ruleIds.stream().anyMatch(id -> matches(id, f.ruleId()))) {
        found.add(new Evidence(f.path(), f.span().start().line(), f.span().start().column(),
            f.message(), f.ruleId(), f.isSuppressed()));
      }
    }
    return found;
  }

  static boolean matches(String pattern, String ruleId) {
    return pattern.endsWith("*") ? ruleId.startsWith(pattern.substring(0, pattern.length() - 1))
        : pattern.equals(ruleId);
  }
}
