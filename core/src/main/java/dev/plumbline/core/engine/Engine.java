package dev.plumbline.core.engine;

import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.engine.docker.DockerfileLinter;
import dev.plumbline.core.engine.external.ToolSession;
import dev.plumbline.core.engine.external.Toolbox;
import dev.plumbline.core.engine.github.GitHubLinter;
import dev.plumbline.core.engine.gitlab.GitLabLinter;
import dev.plumbline.core.engine.kubernetes.KubernetesLinter;
import dev.plumbline.core.engine.suppression.Suppressor;
import dev.plumbline.core.engine.terraform.TerraformLinter;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectView;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the rules over files: classify, read, parse, model, rules, sort. Thread-safe; one engine
 * can serve many runs.
 */
public final class Engine {

  /**
   * The platforms whose rules apply to every file, whatever its own platform: the suppression
   * rules and the text rules.
   */
  private static final Set<Platform> EVERY_FILE = EnumSet.of(Platform.PLUMBLINE,
      Platform.SECRETS);

  private final RuleSet rules;
  private final EngineOptions options;
  private final SourceReader reader;
  private final List<PlatformLinter> linters;
  private final Toolbox toolbox;

  /** An engine that runs no external program: rules that need one report nothing. */
  public Engine(RuleSet rules, EngineOptions options) {
    this(rules, options, Toolbox.none());
  }

  /** An engine whose rules may use the external programs of {@code toolbox} (ShellCheck). */
  public Engine(RuleSet rules, EngineOptions options, Toolbox toolbox) {
    this(rules, options, List.of(new GitHubLinter(), new GitLabLinter(), new DockerfileLinter(),
        new KubernetesLinter(), new TerraformLinter()), toolbox);
  }

  Engine(RuleSet rules, EngineOptions options, List<PlatformLinter> linters) {
    this(rules, options, linters, Toolbox.none());
  }

  private Engine(RuleSet rules, EngineOptions options, List<PlatformLinter> linters,
      Toolbox toolbox) {
    this.rules = rules;
    this.options = options;
    this.reader = new SourceReader(options.maxFileBytes());
    this.linters = List.copyOf(linters);
    this.toolbox = toolbox;
  }

  public RuleSet rules() {
    return rules;
  }

  /**
   * Lints discovered files: classifies them, reads and lints the classified ones in parallel,
   * and returns everything sorted. Files no platform reads are skipped (with a note when they
   * were named explicitly).
   *
   * @param files          what discovery found
   * @param notifications  discovery's notifications, carried into the result
   */
  public LintResult run(List<DiscoveredFile> files, List<Notification> notifications) {
    return run(files, notifications, ModelObserver.NONE);
  }

  /**
   * Lints discovered files like {@link #run(List, List)}, and shows {@code observer} every model
   * the platforms build on the way (for reports that describe the repository, such as the
   * maturity score), so that the files are read and parsed once for both.
   */
  public LintResult run(List<DiscoveredFile> files, List<Notification> notifications,
      ModelObserver observer) {
    return run(files, notifications, f -> reader.read(f.path(), f.displayPath()), claims(files),
        observer);
  }

  /** What the linters claim of the discovered files by what other files say of them. */
  private Map<Path, FileKind> claims(List<DiscoveredFile> files) {
    Map<Path, FileKind> claimed = new HashMap<>();
    for (PlatformLinter linter : linters) {
      try {
        claimed.putAll(linter.claims(files));
      } catch (Throwable e) {
        Containment.rethrowFatal(e);
        // the files keep the kinds their names give them
      }
    }
    return claimed;
  }

  /**
   * Lints a stream, such as standard input, as if it were {@code file}: classified by its
   * context path, configured by its path and reported under its display path, like a file named
   * on the command line; nothing is read from {@code file.path()}. The stream is read only if
   * the file is one Plumbline lints.
   */
  public LintResult run(DiscoveredFile file, InputStream content,
      List<Notification> notifications) {
    return run(List.of(file), notifications, f -> reader.read(content, f.displayPath()),
        Map.of(), ModelObserver.NONE);
  }

  private LintResult run(List<DiscoveredFile> files, List<Notification> notifications,
      Function<DiscoveredFile, SourceReader.Result> read, Map<Path, FileKind> claimed,
      ModelObserver observer) {
    List<Notification> notes = new ArrayList<>(notifications);
    List<Classified> work = new ArrayList<>();
    for (DiscoveredFile file : files) {
      Optional<FileKind> kind = Optional.ofNullable(claimed.get(file.path()))
          .or(() -> Classifier.classify(file.contextPath()));
      if (kind.isPresent()) {
        work.add(new Classified(file, kind.get()));
      } else if (file.explicit()) {
        notes.add(notRecognised(file));
      }
    }
    List<Finding> findings = new ArrayList<>();
    List<LintedFile> linted = new ArrayList<>();
    List<Result> results;
    try (Workers workers = Workers.of(options.jobs())) {
      results = finishAll(lintAll(work, read, toolbox.newSession(), workers, observer), notes,
          workers);
    }
    for (int i = 0; i < results.size(); i++) {
      Result result = results.get(i);
      findings.addAll(result.outcome().findings());
      notes.addAll(result.outcome().notifications());
      if (result.linted() && result.outcome().linted()) {
        linted.add(lintedFile(work.get(i)));
      } else if (!result.outcome().linted() && result.outcome().notifications().isEmpty()
          && work.get(i).file().explicit()) {
        // a candidate its platform declined (YAML without Kubernetes objects)
        notes.add(notRecognised(work.get(i).file()));
      }
    }
    findings.sort(Finding.ORDER);
    notes.sort(Notification.ORDER);
    linted.sort(Comparator.comparing(LintedFile::path));
    return new LintResult(findings, rules.active(), notes, linted);
  }

  /**
   * The project phase, then the end of every file: the cross-file rules of each platform that has
   * them see the files of that platform together (in discovery order); only then are the files'
   * suppressions applied, so that they also silence cross-file findings and count those uses.
   */
  private List<Result> finishAll(List<Result> results, List<Notification> notes,
      Workers workers) {
    // the platforms' project phases touch disjoint files: they run side by side, each writing
    // its notifications to a list of its own, added in the linters' order
    List<Supplier<List<Notification>>> phases = new ArrayList<>();
    for (PlatformLinter linter : linters) {
      if (linter instanceof ProjectPhase phase) {
        List<FileLint> files = results.stream().map(Result::pending)
            .filter(l -> l != null && !l.declined() && linter.kinds().contains(l.kind()))
            .toList();
        if (!files.isEmpty()) {
          phases.add(() -> runProjectPhase(phase, files, workers));
        }
      }
    }
    for (List<Notification> phaseNotes : workers.all(phases,
        (i, e) -> List.of(Notification.internalError(null, null, e)))) {
      notes.addAll(phaseNotes);
    }
    // each file's text rules and suppressions concern that file alone: side by side
    List<Supplier<Result>> finishing = new ArrayList<>();
    for (Result r : results) {
      finishing.add(r.pending() == null ? () -> r
          : () -> new Result(finish(r.pending()), r.linted(), null));
    }
    return workers.all(finishing, (i, e) -> new Result(new FileOutcome(List.of(),
        List.of(Notification.internalError(results.get(i).pending().file().path(), null, e))),
        false, null));
  }

  private List<Notification> runProjectPhase(ProjectPhase phase, List<FileLint> files,
      Workers workers) {
    List<Notification> notes = new ArrayList<>();
    try {
      phase.lintProject(files, rules, notes, workers);
    } catch (Throwable e) {
      Containment.rethrowFatal(e);
      notes.add(Notification.internalError(null, null, e));
    }
    return notes;
  }

  private static Notification notRecognised(DiscoveredFile file) {
    return Notification.note(file.displayPath(),
        "not linted: Plumbline does not recognise this kind of file.");
  }

  private List<Result> lintAll(List<Classified> work,
      Function<DiscoveredFile, SourceReader.Result> read, ToolSession tools, Workers workers,
      ModelObserver observer) {
    List<Supplier<Result>> tasks = new ArrayList<>();
    for (Classified c : work) {
      tasks.add(() -> readAndLint(c, read, tools, observer));
    }
    return workers.all(tasks, (i, e) -> new Result(new FileOutcome(List.of(),
        List.of(Notification.internalError(work.get(i).file().displayPath(), null, e))),
        false, null));
  }

  private Result readAndLint(Classified c, Function<DiscoveredFile, SourceReader.Result> reading,
      ToolSession tools, ModelObserver observer) {
    SourceReader.Result read = reading.apply(c.file());
    if (read instanceof SourceReader.Text text) {
      FileLint lint = begin(text.file(), c.kind(), c.file().path(), tools, observer);
      if (linterFor(c.kind()).filter(l -> l instanceof ProjectPhase).isEmpty()) {
        // no cross-file rules: finished now, so that its text and tree need not wait for the
        // other files
        return new Result(finish(lint), true, null);
      }
      return new Result(null, true, lint);
    }
    boolean candidate = linterFor(c.kind()).filter(PlatformLinter::decidesByContent).isPresent();
    if (candidate && !c.file().explicit()) {
      // a YAML/JSON file that is not text or too large is most likely not a manifest at all
      return new Result(new FileOutcome(List.of(), List.of(), false), false, null);
    }
    if (read instanceof SourceReader.NotText notText) {
      FileLint lint = new FileLint(notText.file(), rules.forFile(c.file().path()),
          ProjectView.UNKNOWN);
      linterFor(c.kind()).ifPresent(l ->
          lint.reportInvalid(l.invalidFileRuleId(), Span.at(notText.position()), notText.message()));
      return new Result(new FileOutcome(lint.findings(), lint.notifications()), true, null);
    }
    String message = ((SourceReader.Skipped) read).message();
    return new Result(new FileOutcome(List.of(),
        List.of(Notification.warning(c.file().displayPath(), message))), false, null);
  }

  private LintedFile lintedFile(Classified c) {
    Optional<PlatformLinter> linter = linterFor(c.kind());
    List<String> ids = rules.forFile(c.file().path()).active().stream()
        .filter(d -> linter.isPresent() && (d.platform() == linter.get().platform()
            || linter.get().extraPlatforms().contains(d.platform()))
            || EVERY_FILE.contains(d.platform()))
        .map(RuleDescriptor::id).toList();
    return new LintedFile(c.file().displayPath(), c.kind(), ids);
  }

  private record Classified(DiscoveredFile file, FileKind kind) {}

  /**
   * What became of one file: its outcome, or while the run is in progress the lint whose
   * suppressions wait for the project phase.
   */
  private record Result(FileOutcome outcome, boolean linted, FileLint pending) {}

  /**
   * Lints one file already in memory as the given kind; findings sorted. A failure outside any
   * rule (parser, model) becomes an internal-error notification for this file; the findings
   * made before it are kept.
   */
  public FileOutcome lint(SourceFile file, FileKind kind) {
    return lint(file, kind, Path.of(file.path()).toAbsolutePath().normalize());
  }

  /**
   * Lints one file already in memory as the given kind, with the rules configured for
   * {@code location} (its absolute path, or where standard input claims to come from).
   */
  public FileOutcome lint(SourceFile file, FileKind kind, Path location) {
    FileLint lint = begin(file, kind, location, toolbox.newSession(), ModelObserver.NONE);
    // the project phase over this one file, so that cross-object rules see its objects
    if (!lint.declined() && linterFor(kind).orElse(null) instanceof ProjectPhase phase) {
      lint.notifications().addAll(runProjectPhase(phase, List.of(lint), Workers.serial()));
    }
    return finish(lint);
  }

  /**
   * Parses and models one file and runs its platform's rules; its text rules and suppressions
   * are run by finish, once the platform's cross-file phase has reported into it too.
   */
  private FileLint begin(SourceFile file, FileKind kind, Path location, ToolSession tools,
      ModelObserver observer) {
    FileLint lint = new FileLint(file, rules.forFile(location), new DirectoryView(location),
        tools);
    lint.location(location);
    lint.kind(kind);
    lint.limits(options.limits());
    lint.observer(observer);
    try {
      linterFor(kind).ifPresent(l -> l.lint(lint, kind));
    } catch (Throwable e) {
      Containment.rethrowFatal(e);
      lint.notifications().add(Notification.internalError(file.path(), null, e));
    }
    return lint;
  }

  /**
   * Runs the file's text rules, which see what every other rule reported in it, then applies its
   * suppressions; findings and notifications sorted.
   */
  private static FileOutcome finish(FileLint lint) {
    if (lint.declined()) {
      // not a file of this platform after all: its notes (skipped as a template) remain
      List<Notification> notes = new ArrayList<>(lint.notifications());
      notes.sort(Notification.ORDER);
      return new FileOutcome(List.of(), notes, false);
    }
    try {
      lint.lintText();
    } catch (RuntimeException | StackOverflowError e) {
      lint.notifications().add(Notification.internalError(lint.file().path(), null, e));
    }
    try {
      Suppressor.apply(lint);
    } catch (Throwable e) {
      Containment.rethrowFatal(e);
      lint.notifications().add(Notification.internalError(lint.file().path(), null, e));
    }
    List<Finding> findings = new ArrayList<>(lint.findings());
    findings.sort(Finding.ORDER);
    if (lint.droppedFindings() > 0) {
      lint.notifications().add(Notification.warning(lint.file().path(), "findings dropped: the "
          + "file has " + Limits.count(lint.droppedFindings()) + " more findings than the "
          + Limits.count(lint.limits().maxFindingsPerFile()) + " reported (limit "
          + "max-findings-per-file)."));
    }
    List<Notification> notifications = new ArrayList<>(lint.notifications());
    notifications.sort(Notification.ORDER);
    return new FileOutcome(findings, notifications);
  }

  Optional<PlatformLinter> linterFor(FileKind kind) {
    return linters.stream().filter(l -> l.kinds().contains(kind)).findFirst();
  }

  /**
   * What linting one file produced.
   *
   * @param linted false when the platform declined the file (a YAML file without Kubernetes
   *               objects): it has no findings and is not listed among the linted files
   */
  public record FileOutcome(List<Finding> findings, List<Notification> notifications,
      boolean linted) {

    public FileOutcome(List<Finding> findings, List<Notification> notifications) {
      this(findings, notifications, true);
    }
  }
}
