package dev.plumbline.core.engine.kubernetes;

import dev.plumbline.core.engine.Containment;
import dev.plumbline.core.engine.FileLint;
import dev.plumbline.core.engine.FileLint.ActiveRule;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.PlatformLinter;
import dev.plumbline.core.engine.ProjectPhase;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.Workers;
import dev.plumbline.core.engine.suppression.CommentDirectives;
import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.KubernetesProject;
import dev.plumbline.core.model.kubernetes.PodSpec;
import dev.plumbline.core.model.kubernetes.PodTemplate;
import dev.plumbline.core.model.suppression.IgnoreAnnotation;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.source.CommentScanner;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlDocument;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlProblem;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes manifests: YAML (or JSON) streams of objects, then the Kubernetes model, then the
 * {@link KubernetesRule}s.
 *
 * <p>The classifier hands this linter every YAML and JSON file it does not know to be something
 * else; this linter decides from the content, reading the file once. A file is
 * {@linkplain FileLint#decline() declined} (no findings, no note, not counted as linted) when no
 * document has both {@code apiVersion} and {@code kind}. Helm chart templates and Kustomize files
 * are declined with a note, as are other files with {@code {{ }}} template markup that are not
 * valid YAML: they are inputs to a renderer, not manifests.
 *
 * <p>Cross-object rules run in the {@linkplain ProjectPhase project phase}: each file keeps its
 * objects, and once every file is linted the rules see all of them together.
 */
public final class KubernetesLinter implements PlatformLinter, ProjectPhase {

  private static final String INVALID = Platform.KUBERNETES.invalidFileRuleId();

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.KUBERNETES);
  }

  @Override
  public Platform platform() {
    return Platform.KUBERNETES;
  }

  @Override
  public boolean decidesByContent() {
    return true;
  }

  @Override
  public void lint(FileLint lint, FileKind kind) {
    SourceFile file = lint.file();
    String text = file.text();
    if (Manifests.isKustomization(file.path())) {
      skip(lint, "Kustomize configuration, not a manifest: not linted (Plumbline lints the "
          + "resources it lists, or run it on the output of 'kustomize build').");
      return;
    }
    if (!Manifests.mayHoldObjects(text)) {
      lint.decline();
      return;
    }
    if (Manifests.hasTemplateMarkup(text)
        && Manifests.isHelmTemplate(file.path(), lint.location())) {
      skip(lint, "Helm chart template: not linted (run Plumbline on the output of "
          + "'helm template').");
      return;
    }
    YamlStream stream = ManifestParser.parse(file, lint.limits().yaml());
    List<KubeObject> objects = Manifests.objects(stream, file.path());
    boolean broken = stream.fatalProblem().isPresent();
    if (broken && Manifests.hasTemplateMarkup(text)) {
      skip(lint, "template ({{ }} or {% %} markup) that is not valid YAML: not linted.");
      return;
    }
    if (objects.stream().noneMatch(Manifests::isManifest)
        && !(broken && Manifests.looksLikeManifest(text))) {
      lint.decline();
      return;
    }
    lint.addDirectives(CommentDirectives.read(file, CommentScanner.scan(file)));
    for (YamlProblem problem : stream.problems()) {
      lint.reportInvalid(INVALID, problem.span(), problem.message());
    }
    reportOddDocuments(lint, stream);
    lint.attach(FileObjects.class, new FileObjects(objects));
    List<ActiveRule<KubernetesRule>> rules = lint.instantiate(KubernetesRule.class);
    for (KubeObject object : objects) {
      lint.addDirectives(annotationDirectives(object));
      walk(lint, rules, object);
    }
    lint.observe(o -> o.kubernetesObjects(objects, file));
  }

  /**
   * The cross-object rules: every active Kubernetes rule's {@code visitProject} with the objects
   * of all files (once per distinct configuration of the rule); each finding goes into the file
   * of the object it points at.
   */
  @Override
  public void lintProject(List<FileLint> files, RuleSet rules, List<Notification> notifications,
      Workers workers) {
    List<KubeObject> objects = new ArrayList<>();
    for (FileLint file : files) {
      file.attachment(FileObjects.class).ifPresent(o -> objects.addAll(o.objects()));
    }
    if (objects.isEmpty()) {
      return;
    }
    KubernetesProject project = new KubernetesProject(objects);
    for (RuleDescriptor d : rules.active()) {
      if (d.visits(KubernetesRule.class)) {
        for (Map<String, FileLint> group : ProjectPhase.filesByOptions(d, files)) {
          runProjectRule(d, group, project, notifications);
        }
      }
    }
  }

  private static void runProjectRule(RuleDescriptor rule, Map<String, FileLint> byPath,
      KubernetesProject project, List<Notification> notifications) {
    ProjectContext ctx = (path, span, message, hint) -> {
      FileLint target = byPath.get(path);
      if (target != null) {
        target.report(rule.id(), span, message, hint);
      }
    };
    try {
      FileLint any = byPath.values().iterator().next();
      ((KubernetesRule) rule.newInstance(any.rules().options(rule))).visitProject(project, ctx);
    } catch (Throwable e) {
      Containment.rethrowFatal(e);
      notifications.add(Notification.internalError(null, rule.id(), e));
    }
  }

  /** The objects of one file, kept for the project phase. */
  private record FileObjects(List<KubeObject> objects) {}

  private static void skip(FileLint lint, String why) {
    lint.notifications().add(Notification.note(lint.file().path(), why));
    lint.decline();
  }

  /** Documents that are not objects (scalars, sequences); {@code List} items not mappings. */
  private static void reportOddDocuments(FileLint lint, YamlStream stream) {
    for (YamlDocument document : stream.documents()) {
      if (document.root().isNull()) {
        continue; // an empty document, such as after a trailing ---
      }
      if (!(document.root() instanceof YamlMapping root)) {
        lint.reportInvalid(INVALID, document.root().span(), "a manifest document must be a "
            + "mapping with apiVersion, kind and metadata, not " + document.root().kindName());
        continue;
      }
      if (Manifests.isList(root)) {
        root.get("items").filter(i -> !i.isNull() && i.asSequence().isEmpty()).ifPresent(i ->
            lint.reportInvalid(INVALID, i.span(), "'items' of a List must be a sequence of "
                + "objects, not " + i.kindName()));
        root.sequence("items").ifPresent(items -> items.items().stream()
            .filter(i -> !(i instanceof YamlMapping))
            .forEach(i -> lint.reportInvalid(INVALID, i.span(),
                "an item of a List must be an object (a mapping), not " + i.kindName())));
      }
    }
  }

  /**
   * The {@code plumbline.dev/ignore} annotations of an object (covering the whole object) and of
   * its pod template (covering the template).
   */
  static List<dev.plumbline.core.model.suppression.Directive> annotationDirectives(
      KubeObject object) {
    List<dev.plumbline.core.model.suppression.Directive> found = new ArrayList<>();
    ignoreAnnotation(object.metadata()).ifPresent(s ->
        found.addAll(IgnoreAnnotation.parse(s.value(), s::spanOf, object.span())));
    object.podTemplate().filter(t -> !t.isPod()).ifPresent(template ->
        ignoreAnnotation(template.metadata()).ifPresent(s ->
            found.addAll(IgnoreAnnotation.parse(s.value(), s::spanOf, template.span()))));
    return found;
  }

  private static Optional<YamlScalar> ignoreAnnotation(Optional<YamlMapping> metadata) {
    return metadata.flatMap(m -> m.mapping("annotations"))
        .flatMap(a -> a.scalar(IgnoreAnnotation.KEY)).filter(s -> !s.isNull());
  }

  private static void walk(FileLint lint, List<ActiveRule<KubernetesRule>> rules,
      KubeObject object) {
    for (ActiveRule<KubernetesRule> r : rules) {
      lint.call(r, rule -> rule.visitObject(object, r.context()));
    }
    Optional<PodTemplate> template = object.podTemplate();
    if (template.isEmpty()) {
      return;
    }
    PodSpec pod = template.get().spec();
    for (ActiveRule<KubernetesRule> r : rules) {
      lint.call(r, rule -> rule.visitPodSpec(pod, r.context()));
    }
    for (Container container : pod.containers()) {
      for (ActiveRule<KubernetesRule> r : rules) {
        lint.call(r, rule -> rule.visitContainer(container, r.context()));
      }
    }
  }
}
