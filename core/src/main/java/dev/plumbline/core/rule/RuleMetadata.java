package dev.plumbline.core.rule;

import java.util.List;

/** What a rule's {@link Rule} annotation says, read from the annotation or from a rule index. */
public record RuleMetadata(String id, String name, Platform platform, Severity severity,
    String summary, List<String> tags, double securitySeverity, boolean enabledByDefault,
    String since) {

  public RuleMetadata {
    tags = List.copyOf(tags);
  }

  public static RuleMetadata of(Rule rule) {
    return new RuleMetadata(rule.id(), rule.name(), rule.platform(), rule.severity(),
        rule.summary(), List.of(rule.tags()), rule.securitySeverity(), rule.enabledByDefault(),
        rule.since());
  }
}
