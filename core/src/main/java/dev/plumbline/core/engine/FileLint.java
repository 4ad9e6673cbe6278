package dev.plumbline.core.engine;

import dev.plumbline.core.engine.external.ToolSession;
import dev.plumbline.core.engine.external.Toolbox;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.suppression.Directive;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.LintRule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ProjectView;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TextContext;
import dev.plumbline.core.rule.TextRule;
import dev.plumbline.core.rule.tool.ExternalTools;
import dev.plumbline.core.shell.ShellScript;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.nio.file.Path;
import dev.plumbline.core.source.FileKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The linting of one file: collects its findings and notifications, gives each rule its context,
 * and contains a rule's internal error so that the other rules and files go on.
 */
public final class FileLint {

  private final SourceFile file;
  private final RuleSet rules;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Notification> notifications = new ArrayList<>();
  private final Set<String> failedRules = new HashSet<>();
  private final List<Directive> directives = new ArrayList<>();
  private List<ActiveRule<ScriptRule>> scriptRules;

  private final ProjectView project;
  private final ToolSession tools;
  private Path location;
  private FileKind kind;
  private Limits limits = Limits.DEFAULT;
  private int droppedFindings;
  private boolean declined;
  private final Map<Class<?>, Object> attachments = new HashMap<>();
  private ModelObserver observer = ModelObserver.NONE;

  public FileLint(SourceFile file, RuleSet rules, ProjectView project) {
    this(file, rules, project, Toolbox.none().newSession());
  }

  /** @param tools the external programs of the run, for rules that use them */
  public FileLint(SourceFile file, RuleSet rules, ProjectView project, ToolSession tools) {
    this.file = file;
    this.rules = rules;
    this.project = project;
    this.tools = tools;
  }

  /**
   * Where the file is on disk (absolute), when it has a place there; absent for standard input
   * without a claimed path and for files built in memory.
   */
  public Optional<Path> location() {
    return Optional.ofNullable(location);
  }

  void location(Path where) {
    this.location = where;
  }

  /** The limits of the run: the YAML parser's, and how many findings the file keeps. */
  public Limits limits() {
    return limits;
  }

  void limits(Limits runLimits) {
    this.limits = runLimits;
  }

  /** Findings not kept: the file already had {@link Limits#maxFindingsPerFile} of them. */
  int droppedFindings() {
    return droppedFindings;
  }

  /** What the file was linted as; null for a file built outside the engine. */
  public FileKind kind() {
    return kind;
  }

  void kind(FileKind what) {
    this.kind = what;
  }

  void observer(ModelObserver watching) {
    this.observer = watching;
  }

  /**
   * Shows a model of this file (or of the module or pipeline it belongs to) to the run's
   * {@link ModelObserver}; an exception of the observer becomes an internal-error notification
   * of this file. Platforms call this once per model, after their rules have walked it.
   */
  public void observe(Consumer<ModelObserver> call) {
    if (observer == ModelObserver.NONE) {
      return;
    }
    try {
      call.accept(observer);
    } catch (RuntimeException | StackOverflowError e) {
      notifications.add(Notification.internalError(file.path(), null, e));
    }
  }

  /**
   * Keeps what a platform read from the file for its {@link ProjectPhase} (the Kubernetes
   * objects), one value per type.
   */
  public <T> void attach(Class<T> type, T value) {
    attachments.put(type, value);
  }

  public <T> Optional<T> attachment(Class<T> type) {
    return Optional.ofNullable(type.cast(attachments.get(type)));
  }

  /**
   * Reports a finding of a rule into this file, with the file's configuration: nothing when the
   * rule is not active for the file. For project-phase rules, which have no file of their own.
   */
  public void report(String ruleId, Span span, String message, String hint) {
    rules.find(ruleId).ifPresent(d -> context(d).report(span, message, hint));
  }

  /** Like {@link #report(String, Span, String, String)}, at an explicit severity. */
  public void report(String ruleId, Severity severity, Span span, String message, String hint) {
    rules.find(ruleId).ifPresent(d -> context(d).report(severity, span, message, hint));
  }

  /**
   * Tells the engine the file is not one this platform lints after all (a YAML file without
   * Kubernetes objects): it is neither counted as linted nor noted. Findings already made are
   * dropped by the engine.
   */
  public void decline() {
    declined = true;
  }

  public boolean declined() {
    return declined;
  }

  public SourceFile file() {
    return file;
  }

  public RuleSet rules() {
    return rules;
  }

  public List<Finding> findings() {
    return findings;
  }

  public List<Notification> notifications() {
    return notifications;
  }

  /** The suppression directives the platform read from the file. */
  public List<Directive> directives() {
    return directives;
  }

  /** Adds suppression directives read from the file (comments, annotations). */
  public void addDirectives(List<Directive> found) {
    directives.addAll(found);
  }

  /**
   * Runs the script rules over a script the platform extracted from the file. Platforms call
   * this for every script they find, whatever shell rule is active.
   */
  public void lintScript(Script script) {
    if (scriptRules == null) {
      scriptRules = instantiate(ScriptRule.class);
    }
    for (ActiveRule<ScriptRule> rule : scriptRules) {
      call(rule, instance -> instance.visitScript(script, rule.context()));
    }
    if (!scriptRules.isEmpty() && script.lexed().readFlat()) {
      notifications.add(Notification.note(file.path(), "the script at line "
          + script.span(0, 0).start().line() + " nests subshells, groups or substitutions more "
          + "than " + ShellScript.MAX_DEPTH + " deep; the script rules read what lies deeper as "
          + "plain words."));
    }
  }

  /**
   * Runs the text rules over the file, in the order of their IDs. The engine calls this once per
   * linted file, when the platform's rules have reported everything (their cross-file phase
   * included) and before the suppressions are applied.
   */
  public void lintText() {
    for (ActiveRule<TextRule> rule : instantiate(TextRule.class)) {
      TextContext ctx = new TextView(rule.descriptor(), rule.context());
      call(rule, instance -> instance.visitText(file, ctx));
    }
  }

  /** An instance of every active rule of a visitor type, for this file. */
  public <R extends LintRule> List<ActiveRule<R>> instantiate(Class<R> visitorType) {
    List<ActiveRule<R>> active = new ArrayList<>();
    for (RuleDescriptor d : rules.visiting(visitorType)) {
      try {
        active.add(new ActiveRule<>(d, visitorType.cast(d.newInstance(rules.options(d))),
            context(d)));
      } catch (Throwable e) {
        Containment.rethrowFatal(e);
        internalError(d, e);
      }
    }
    return active;
  }

  /** Calls a rule, turning an exception into an internal-error notification; a rule that failed
   *  once is not called again for this file. */
  public <R extends LintRule> void call(ActiveRule<R> rule, Consumer<R> callback) {
    if (failedRules.contains(rule.descriptor().id())) {
      return;
    }
    try {
      callback.accept(rule.instance());
    } catch (Throwable e) {
      Containment.rethrowFatal(e);
      internalError(rule.descriptor(), e);
    }
  }

  private void internalError(RuleDescriptor d, Throwable e) {
    failedRules.add(d.id());
    notifications.add(Notification.internalError(file.path(), d.id(), e));
  }

  /**
   * Reports a file the platform cannot read (syntax error, not UTF-8...) under the platform's
   * {@code *000} rule, when that rule is active.
   */
  public void reportInvalid(String ruleId, Span span, String message) {
    rules.find(ruleId).ifPresent(d -> context(d).report(span, message));
  }

  RuleContext context(RuleDescriptor descriptor) {
    return new Context(descriptor);
  }

  /** A rule and its instance for this file. */
  public record ActiveRule<R extends LintRule>(RuleDescriptor descriptor, R instance,
      RuleContext context) {}

  private final class Context implements RuleContext {
    private final RuleDescriptor descriptor;
    private ExternalTools externalTools;

    Context(RuleDescriptor descriptor) {
      this.descriptor = descriptor;
    }

    @Override
    public SourceFile file() {
      return file;
    }

    @Override
    public ProjectView project() {
      return project;
    }

    @Override
    public ExternalTools tools() {
      if (externalTools == null) {
        externalTools = tools.forRule(descriptor, file.path(), notifications::add);
      }
      return externalTools;
    }

    @Override
    public void report(Span span, String message, String hint) {
      report(rules.severity(descriptor), span, message, hint);
    }

    @Override
    public void report(Span span, String message, String hint, List<Fix> fixes) {
      add(rules.severity(descriptor), span, message, hint, fixes);
    }

    @Override
    public void report(Severity severity, Span span, String message, String hint) {
      add(severity, span, message, hint, List.of());
    }

    private void add(Severity severity, Span span, String message, String hint,
        List<Fix> fixes) {
      if (findings.size() >= limits.maxFindingsPerFile()) {
        // a file built to flood the report costs neither memory nor the other files' findings
        droppedFindings++;
        return;
      }
      // a severity set in configuration applies to every finding of the rule
      Severity effective = rules.configuredSeverity(descriptor).orElse(severity);
      String lines = coveredLines(span);
      if (descriptor.platform() == Platform.SECRETS) {
        // the report shows the lines and SARIF carries them: they must not carry the secret
        lines = redacted(lines, span);
      }
      findings.add(new Finding(descriptor.id(), effective, message, Optional.ofNullable(hint),
          file.path(), span, lines, List.of(), fixes));
    }
  }

  /**
   * The lines with the span's text masked after its first 4 characters, as the secret rules'
   * messages show a secret; line breaks are kept so that positions stay right.
   */
  private String redacted(String lines, Span span) {
    int base = file.lines().lineStart(span.start().line());
    int from = Math.min(lines.length(), Math.max(0, span.start().offset() - base));
    int to = Math.min(lines.length(), Math.max(from, span.end().offset() - base));
    StringBuilder masked = new StringBuilder(lines);
    int kept = 0;
    for (int i = from; i < to; i++) {
      char c = masked.charAt(i);
      if (c == '\n' || c == '\r' || Character.isSurrogate(c)) {
        continue;
      }
      if (kept < 4) {
        kept++;
      } else {
        masked.setCharAt(i, '*');
      }
    }
    return masked.toString();
  }

  /** A text rule's context: its rule's context, with what the other rules reported. */
  private final class TextView implements TextContext {
    private final RuleDescriptor descriptor;
    private final RuleContext context;

    TextView(RuleDescriptor descriptor, RuleContext context) {
      this.descriptor = descriptor;
      this.context = context;
    }

    @Override
    public Optional<FileKind> kind() {
      return Optional.ofNullable(kind);
    }

    @Override
    public boolean reported(int line, String tag) {
      for (Finding f : findings) {
        if (f.span().start().line() <= line && line <= lastLine(f.span())
            && !f.ruleId().equals(descriptor.id())
            && rules.find(f.ruleId()).filter(d -> d.tags().contains(tag)).isPresent()) {
          return true;
        }
      }
      return false;
    }

    @Override
    public SourceFile file() {
      return context.file();
    }

    @Override
    public ProjectView project() {
      return context.project();
    }

    @Override
    public ExternalTools tools() {
      return context.tools();
    }

    @Override
    public void report(Span span, String message, String hint) {
      context.report(span, message, hint);
    }

    @Override
    public void report(Span span, String message, String hint, List<Fix> fixes) {
      context.report(span, message, hint, fixes);
    }

    @Override
    public void report(Severity severity, Span span, String message, String hint) {
      context.report(severity, span, message, hint);
    }
  }

  /** The full lines a span touches. */
  private String coveredLines(Span span) {
    return file.text().substring(file.lines().lineStart(span.start().line()),
        file.lines().lineEnd(lastLine(span)));
  }

  /** The last line a span touches: a span ending at column 1 does not touch its end line. */
  private static int lastLine(Span span) {
    int last = span.end().line();
    return last > span.start().line() && span.end().column() == 1 ? last - 1 : last;
  }
}
