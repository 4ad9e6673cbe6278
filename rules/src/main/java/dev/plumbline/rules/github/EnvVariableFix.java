package dev.plumbline.rules.github;

import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.model.github.EnvVar;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.RunScript;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.ScalarStyle;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fix of script injection in a {@code run:} script: the {@code ${{ }}} becomes a new
 * variable of the step's {@code env:}, and the script reads the variable.
 *
 * <p>Safe only where the shell gives the variable's value exactly as the expression's for any
 * value without quotes or {@code $}: a bash or sh script (the step's shell, or the default shell
 * of a runner that is not Windows), the expression inside double quotes, where it becomes
 * {@code ${NAME}}. Unquoted (word splitting and globbing change; {@code "$NAME"}) or
 * single-quoted ({@code '"$NAME"'}), the fix is offered for review. No fix after syntax this scan
 * does not follow (command substitution, backquotes, here-documents), inside a comment, in a
 * script written as a double-quoted YAML string, or in a step not laid out in block style.
 */
final class EnvVariableFix {

  private enum Quoting { NONE, DOUBLE, SINGLE, UNKNOWN }

  /** Characters after which a {@code #} starts a comment. */
  private static final String WORD_BREAK = " \t\n;&|()";

  private EnvVariableFix() {}

  static Optional<Fix> of(Step step, RunScript run, TemplateExpression template, String name,
      SourceFile file) {
    if (!run.node().hasExactSourceMap() || run.node().style() == ScalarStyle.DOUBLE_QUOTED) {
      return Optional.empty();
    }
    Span expression = run.spanOf(template.start(), template.end());
    String value = file.text(expression);
    String variable = freeName(step, run, name, value);
    Quoting quoting = quoting(masked(run.text()), template.start());
    if (quoting == Quoting.UNKNOWN) {
      return Optional.empty(); // "$NAME" could land inside quotes, and ${NAME} outside them
    }
    String reference = switch (quoting) {
      case DOUBLE -> "${" + variable + "}";
      case SINGLE -> "'\"$" + variable + "\"'";
      default -> "\"$" + variable + "\"";
    };
    if (run.node().style() == ScalarStyle.PLAIN && template.start() == 0) {
      return Optional.empty(); // a plain scalar cannot start with a quote
    }
    if (run.node().style() == ScalarStyle.SINGLE_QUOTED && reference.contains("'")) {
      return Optional.empty();
    }
    Optional<Fix.Replacement> declare = declaration(step, file, variable, value);
    if (declare.isEmpty()) {
      return Optional.empty();
    }
    boolean safe = quoting == Quoting.DOUBLE && isBourneShell(step, run);
    String description = "pass " + value + " to the script in the environment variable "
        + variable;
    Fix.Replacement use = new Fix.Replacement(expression, reference);
    if (declare.get().deleted().isEmpty() && declare.get().inserted().isEmpty()) {
      return Optional.of(new Fix(description, safe, List.of(use)));
    }
    return Optional.of(new Fix(description, safe, List.of(declare.get(), use)));
  }

  /**
   * The name, or the name with a number, that neither the script nor any env of the step, job or
   * workflow uses yet; a step env entry with this very expression is reused.
   */
  private static String freeName(Step step, RunScript run, String name, String value) {
    Set<String> taken = new HashSet<>();
    Stream.of(step.env(), step.job().map(Job::env).orElse(List.of()),
            step.job().map(j -> j.workflow().env()).orElse(List.of()))
        .flatMap(List::stream).map(EnvVar::name).forEach(taken::add);
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? name : name + "_" + n;
      Optional<EnvVar> same = step.env().stream().filter(e -> e.name().equals(candidate))
          .findFirst();
      if (same.isPresent() && same.get().entry().value().asScalar()
          .filter(s -> s.value().trim().equals(value)).isPresent()) {
        return candidate;
      }
      if (!taken.contains(candidate) && !run.text().contains(candidate)) {
        return candidate;
      }
    }
  }

  /**
   * The new env entry: first in a block {@code env:} of the step, or a new {@code env:} in front
   * of the {@code run:} key. An empty replacement when the step env already holds it.
   */
  private static Optional<Fix.Replacement> declaration(Step step, SourceFile file,
      String variable, String value) {
    String lineBreak = YamlEdits.lineBreak(file);
    Optional<YamlMapping.Entry> env = step.node().entry("env");
    if (env.isPresent()) {
      if (env.get().value() instanceof YamlMapping vars && vars.entry(variable).isPresent()) {
        // already declared (freeName reuses only an entry with this very value): no change
        return Optional.of(new Fix.Replacement(Span.at(vars.span().start()), ""));
      }
      if (!(env.get().value() instanceof YamlMapping vars) || vars.isEmpty()
          || !YamlEdits.valueStartsBelow(file, env.get().keySpan())) {
        return Optional.empty();
      }
      Span at = Span.at(YamlEdits.lineEnd(file, env.get().keySpan().end()));
      return YamlEdits.keyIndent(file, vars.entries().get(0).keySpan())
          .map(indent -> new Fix.Replacement(at, lineBreak + indent + variable + ": " + value));
    }
    Span runKey = step.node().entry("run").orElseThrow().keySpan();
    return YamlEdits.keyIndent(file, runKey).map(indent -> new Fix.Replacement(
        Span.at(runKey.start()),
        "env:" + lineBreak + indent + "  " + variable + ": " + value + lineBreak + indent));
  }

  /** Whether the script runs in bash or sh. */
  private static boolean isBourneShell(Step step, RunScript run) {
    if (run.shell().isPresent()) {
      String shell = run.shell().get().trim();
      return shell.equals("bash") || shell.equals("sh");
    }
    // the default shell: bash, except pwsh on Windows runners
    Optional<YamlNode> runsOn = step.job().flatMap(Job::runsOn);
    if (runsOn.isEmpty()) {
      return false;
    }
    List<String> labels = runsOn.get().asScalar().map(s -> List.of(s.value()))
        .or(() -> runsOn.get().asSequence().map(seq -> seq.items().stream()
            .flatMap(i -> i.asScalar().stream()).map(s -> s.value()).toList()))
        .orElse(List.of());
    return !labels.isEmpty() && labels.stream().map(l -> l.toLowerCase(Locale.ROOT))
        .noneMatch(l -> l.contains("windows") || l.contains("${{"));
  }

  /** The script with its {@code ${{ }}} expressions blanked out, so their quotes do not count. */
  private static String masked(String script) {
    StringBuilder out = new StringBuilder(script);
    for (TemplateExpression t : Templates.find(script)) {
      for (int i = t.start(); i < t.end(); i++) {
        out.setCharAt(i, 'x');
      }
    }
    return out.toString();
  }

  /**
   * The shell quoting at an offset of a script: a scan of quotes and backslashes that gives up
   * on command substitution, backquotes, here-documents and comments.
   */
  private static Quoting quoting(String script, int offset) {
    Quoting state = Quoting.NONE;
    for (int i = 0; i < offset; i++) {
      char c = script.charAt(i);
      char next = i + 1 < script.length() ? script.charAt(i + 1) : 0;
      switch (state) {
        case SINGLE -> {
          if (c == '\'') {
            state = Quoting.NONE;
          }
        }
        case DOUBLE -> {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            state = Quoting.NONE;
          } else if (c == '`' || (c == '$' && next == '(')) {
            return Quoting.UNKNOWN;
          }
        }
        default -> {
          if (c == '\\') {
            i++;
          } else if (c == '\'') {
            state = Quoting.SINGLE;
          } else if (c == '"') {
            state = Quoting.DOUBLE;
          } else if (c == '#' && (i == 0 || WORD_BREAK.indexOf(script.charAt(i - 1)) >= 0)) {
            int end = script.indexOf('\n', i);
            if (end < 0 || end >= offset) {
              return Quoting.UNKNOWN; // the expression is in the comment
            }
            i = end;
          } else if (c == '`' || (c == '$' && next == '(') || (c == '<' && next == '<')) {
            return Quoting.UNKNOWN;
          }
        }
      }
    }
    return state;
  }
}
