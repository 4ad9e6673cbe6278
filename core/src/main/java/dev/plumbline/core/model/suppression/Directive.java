package dev.plumbline.core.model.suppression;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.source.SuppressionComment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One suppression written in a linted file, whatever its syntax: a {@code # plumbline: ignore}
 * comment, an {@code ignore-file} comment, or a Kubernetes {@code plumbline.dev/ignore}
 * annotation.
 *
 * @param origin  how it was written
 * @param span    the whole directive, for reports about it
 * @param scope   the findings it can silence
 * @param rules   the rule IDs or names it names, with their spans
 * @param reason  the justification; empty when none was given
 * @param problem why it could not be read, if it could not; such a directive silences nothing
 */
public record Directive(Origin origin, Span span, Scope scope, List<RuleRef> rules,
    String reason, Optional<String> problem) {

  /** How a directive was written. */
  public enum Origin {
    LINE_COMMENT("ignore comment"),
    FILE_COMMENT("ignore-file comment"),
    ANNOTATION("plumbline.dev/ignore annotation");

    private final String description;

    Origin(String description) {
      this.description = description;
    }

    /** For messages: "ignore comment". */
    public String description() {
      return description;
    }
  }

  /** A rule ID or name as written in a directive. */
  public record RuleRef(String text, Span span) {
    public RuleRef {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
    }
  }

  /** The findings a directive applies to, by where they start. */
  public sealed interface Scope {
    boolean covers(Span finding);
  }

  /** Findings that start on one line. */
  public record OnLine(int line) implements Scope {
    @Override
    public boolean covers(Span finding) {
      return finding.start().line() == line;
    }
  }

  /** Every finding of the file. */
  public record WholeFile() implements Scope {
    @Override
    public boolean covers(Span finding) {
      return true;
    }
  }

  /** Findings that start inside a region, such as one Kubernetes object of a multi-document file. */
  public record InRegion(Span region) implements Scope {
    @Override
    public boolean covers(Span finding) {
      int start = finding.start().offset();
      return start >= region.start().offset() && start < region.end().offset();
    }
  }

  public Directive {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(scope, "scope");
    rules = List.copyOf(rules);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(problem, "problem");
  }

  /** The directive a {@code # plumbline:} comment holds. */
  public static Directive of(SuppressionComment comment, SourceFile file) {
    Origin origin = comment.fileLevel() ? Origin.FILE_COMMENT : Origin.LINE_COMMENT;
    Scope scope = comment.fileLevel() ? new WholeFile() : new OnLine(comment.targetLine(file));
    List<RuleRef> rules = comment.rules().stream()
        .map(r -> new RuleRef(r.text(), r.span())).toList();
    return new Directive(origin, comment.span(), scope, rules, comment.reason(),
        comment.problem());
  }

  /** This directive, unreadable for {@code why}: it will silence nothing. */
  public Directive withProblem(String why) {
    return new Directive(origin, span, scope, rules, reason, Optional.of(why));
  }
}
