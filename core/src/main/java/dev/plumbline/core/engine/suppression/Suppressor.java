package dev.plumbline.core.engine.suppression;

import dev.plumbline.core.engine.FileLint;
import dev.plumbline.core.engine.FileLint.ActiveRule;
import dev.plumbline.core.model.suppression.Directive;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.rule.Suppression;
import dev.plumbline.core.rule.SuppressionRule;
import dev.plumbline.core.rule.SuppressionUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a file's suppression directives to its findings, then lets the
 * {@link SuppressionRule}s judge the directives (unused, without a reason, unreadable). Their
 * findings can in turn be silenced by directives naming them, but do not count as uses.
 */
public final class Suppressor {

  private Suppressor() {}

  /** Marks the silenced findings of {@code lint} and adds the findings about its directives. */
  public static void apply(FileLint lint) {
    List<Directive> directives = lint.directives();
    if (directives.isEmpty()) {
      return;
    }
    List<Resolved> resolved = directives.stream().map(d -> resolve(d, lint)).toList();
    List<Finding> findings = new ArrayList<>(lint.findings());
    silence(findings, resolved, true);
    lint.findings().clear();
    lint.findings().addAll(findings);

    int before = findings.size();
    List<ActiveRule<SuppressionRule>> rules = lint.instantiate(SuppressionRule.class);
    for (Resolved r : resolved) {
      SuppressionUse use = r.use();
      for (ActiveRule<SuppressionRule> rule : rules) {
        lint.call(rule, instance -> instance.visitSuppression(use, rule.context()));
      }
    }
    List<Finding> about = new ArrayList<>(lint.findings().subList(before, lint.findings().size()));
    silence(about, resolved, false);
    lint.findings().subList(before, lint.findings().size()).clear();
    lint.findings().addAll(about);
  }

  private static Resolved resolve(Directive directive, FileLint lint) {
    List<Optional<RuleDescriptor>> rules = new ArrayList<>();
    List<Boolean> active = new ArrayList<>();
    List<Optional<String>> suggestions = new ArrayList<>();
    for (Directive.RuleRef ref : directive.rules()) {
      Optional<RuleDescriptor> rule = lint.rules().registry().find(ref.text());
      rules.add(rule);
      active.add(lint.rules().find(ref.text()).isPresent());
      suggestions.add(rule.isPresent() ? Optional.empty()
          : Suggestions.closest(ref.text(), knownNames(lint)));
    }
    return new Resolved(directive, rules, active, suggestions,
        new int[directive.rules().size()]);
  }

  private static List<String> knownNames(FileLint lint) {
    List<String> names = new ArrayList<>();
    for (RuleDescriptor d : lint.rules().registry().all()) {
      names.add(d.id());
      names.add(d.name());
    }
    return names;
  }

  /** Adds a suppression to each finding the first matching directive covers. */
  private static void silence(List<Finding> findings, List<Resolved> directives, boolean count) {
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      Directive first = null;
      for (Resolved r : directives) {
        int index = r.indexOf(finding);
        if (index >= 0) {
          first = first == null ? r.directive() : first;
          if (count) {
            r.suppressed()[index]++;
          }
        }
      }
      if (first != null) {
        findings.set(i, finding.withSuppression(Suppression.inSource(first.reason())));
      }
    }
  }

  /** A directive with the rules it names looked up. */
  private record Resolved(Directive directive, List<Optional<RuleDescriptor>> rules,
      List<Boolean> active, List<Optional<String>> suggestions, int[] suppressed) {

    /** The index of the named rule that silences {@code finding}, or -1. */
    int indexOf(Finding finding) {
      if (directive.problem().isPresent() || !directive.scope().covers(finding.span())) {
        return -1;
      }
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).isPresent() && rules.get(i).get().id().equals(finding.ruleId())) {
          return i;
        }
      }
      return -1;
    }

    SuppressionUse use() {
      List<SuppressionUse.NamedRule> named = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        named.add(new SuppressionUse.NamedRule(directive.rules().get(i), rules.get(i),
            active.get(i), suppressed[i], suggestions.get(i)));
      }
      return new SuppressionUse(directive, named);
    }
  }
}
