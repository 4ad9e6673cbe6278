package dev.plumbline.core.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.ReportingDescriptorReference;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleDocs;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.Span;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, for GitHub code scanning, IDE viewers and other SARIF consumers.
 *
 * <p>One run. {@code tool.driver} lists every rule that ran ({@link LintResult#rules()}, in that
 * order) with its metadata and documentation; GitHub code scanning reads
 * {@code properties.security-severity} (a number as a string, {@code "7.0"}) to rate security
 * alerts. Should a finding or notification name a rule that is not among them, a minimal
 * descriptor is appended so that every {@code ruleIndex} points at its rule.
 *
 * <p>Each finding becomes a result with {@code ruleId}, {@code ruleIndex}, {@code level}, a
 * message (the finding's message, then its hint, each ending with a period), one location
 * (the relative path as a URI reference, percent-encoded where needed, against
 * {@code %SRCROOT%}; the full region in Unicode code points with the span's text as snippet),
 * and {@code partialFingerprints.primaryLocationLineHash} from {@link Fingerprints}. When the
 * context has a source root, {@code originalUriBaseIds} maps {@code %SRCROOT%} to it.
 *
 * <p>A finding's {@link Fix}es become {@code fixes}: the description, and one
 * {@code artifactChange} for the result's own artifact whose {@code replacements} each hold the
 * {@code deletedRegion} (an insertion point has {@code endColumn == startColumn}) and the
 * {@code insertedContent.text} (absent for a pure deletion). Results without fixes have no
 * {@code fixes} property; whether a fix is safe to apply without review is kept in its
 * {@code properties.safe}.
 *
 * <p>Suppressed findings are results too, with {@code suppressions}: one entry per
 * {@link dev.plumbline.core.rule.Suppression}, of {@code kind} {@code inSource} or
 * {@code external} and with its {@code justification} when one was given. {@code status} is
 * left out: SARIF consumers treat a suppression without it as in effect, and Plumbline has no
 * review process that could accept or reject one. Results that are not suppressed have no
 * {@code suppressions} property.
 *
 * <p>One invocation carries {@code executionSuccessful} and the run's notifications as
 * {@code toolExecutionNotifications}. Nothing time-dependent is written, so identical input
 * gives identical output.
 */
public final class SarifReporter implements Reporter {

  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String TOOL_NAME = "Plumbline";
  public static final String INFORMATION_URI = "https://plumbline.dev";
  /** The base the artifact URIs are relative to. */
  public static final String SRCROOT = "%SRCROOT%";
  /** The {@code partialFingerprints} key GitHub code scanning reads. */
  public static final String LINE_HASH = "primaryLocationLineHash";

  @Override
  public void write(ReportContext context, Writer out) throws IOException {
    JsonOutput.write(toSarif(context), out);
  }

  /** The SARIF log of a run, as the {@code java-sarif} model. */
  public SarifSchema210 toSarif(ReportContext context) {
    LintResult result = context.result();
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    Set<ReportingDescriptor> rules = new LinkedHashSet<>();
    for (RuleDescriptor rule : result.rules()) {
      if (ruleIndex.putIfAbsent(rule.id(), rules.size()) == null) {
        rules.add(descriptor(rule));
      }
    }
    Set<String> unknown = new TreeSet<>();
    result.findings().forEach(f -> unknown.add(f.ruleId()));
    result.notifications().forEach(n -> n.ruleId().ifPresent(unknown::add));
    unknown.removeAll(ruleIndex.keySet());
    for (String id : unknown) {
      ruleIndex.put(id, rules.size());
      rules.add(unknownDescriptor(id));
    }

    ToolComponent driver = new ToolComponent()
        .withName(TOOL_NAME)
        .withVersion(context.toolVersion())
        .withSemanticVersion(context.toolVersion())
        .withInformationUri(URI.create(INFORMATION_URI))
        .withRules(rules);

    List<String> fingerprints = Fingerprints.of(result.findings());
    List<Result> results = new ArrayList<>(result.findings().size());
    for (int i = 0; i < result.findings().size(); i++) {
      results.add(result(result.findings().get(i), ruleIndex, fingerprints.get(i)));
    }

    List<com.contrastsecurity.sarif.Notification> notifications = new ArrayList<>();
    for (Notification n : result.notifications()) {
      notifications.add(notification(n, ruleIndex));
    }
    Invocation invocation = new Invocation()
        .withExecutionSuccessful(result.executionSuccessful())
        .withToolExecutionNotifications(notifications.isEmpty() ? null : notifications);

    Run run = new Run()
        .withTool(new Tool().withDriver(driver))
        .withInvocations(List.of(invocation))
        .withResults(results)
        .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS);
    context.sourceRoot().ifPresent(root -> run.withOriginalUriBaseIds(new OriginalUriBaseIds()
        .withAdditionalProperty(SRCROOT, new ArtifactLocation().withUri(directory(root)))));

    return new SarifSchema210()
        .with$schema(URI.create(SCHEMA_URI))
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(run));
  }

  private static ReportingDescriptor descriptor(RuleDescriptor rule) {
    RuleDocs docs = rule.docs();
    String description = docs.description().isBlank() ? rule.summary() : docs.description();
    MultiformatMessageString help = docs.isPresent()
        ? new MultiformatMessageString().withText(docs.markdown()).withMarkdown(docs.markdown())
        : new MultiformatMessageString().withText(rule.summary());
    PropertyBag properties = new PropertyBag();
    if (!rule.tags().isEmpty()) {
      properties.withTags(new LinkedHashSet<>(rule.tags()));
    }
    rule.securitySeverity().ifPresent(score -> properties.withAdditionalProperty(
        "security-severity", BigDecimal.valueOf(score).toPlainString()));
    boolean hasProperties = properties.getTags() != null
        || !properties.getAdditionalProperties().isEmpty();
    return new ReportingDescriptor()
        .withId(rule.id())
        .withName(rule.name())
        .withShortDescription(new MultiformatMessageString().withText(rule.summary()))
        .withFullDescription(new MultiformatMessageString().withText(description))
        .withHelp(help)
        .withHelpUri(URI.create(rule.helpUri()))
        .withDefaultConfiguration(new ReportingConfiguration()
            .withLevel(configurationLevel(rule.defaultSeverity())))
        .withProperties(hasProperties ? properties : null);
  }

  /** A rule a result names but whose metadata the run does not have. */
  private static ReportingDescriptor unknownDescriptor(String id) {
    String text = "Rule " + id;
    return new ReportingDescriptor()
        .withId(id)
        .withShortDescription(new MultiformatMessageString().withText(text))
        .withFullDescription(new MultiformatMessageString().withText(text))
        .withHelp(new MultiformatMessageString().withText(text));
  }

  private static Result result(Finding finding, Map<String, Integer> ruleIndex,
      String fingerprint) {
    String text = sentence(finding.message())
        + finding.hint().map(h -> " Hint: " + sentence(h)).orElse("");
    Region region = region(finding.span())
        .withSnippet(new ArtifactContent().withText(Snippets.spanText(finding)));
    Result result = new Result()
        .withRuleId(finding.ruleId())
        .withRuleIndex(ruleIndex.get(finding.ruleId()))
        .withLevel(resultLevel(finding.severity()))
        .withMessage(new Message().withText(text))
        .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
            .withArtifactLocation(artifact(finding.path()))
            .withRegion(region))))
        .withPartialFingerprints(new PartialFingerprints()
            .withAdditionalProperty(LINE_HASH, fingerprint));
    if (!finding.fixes().isEmpty()) {
      Set<com.contrastsecurity.sarif.Fix> fixes = new LinkedHashSet<>();
      for (Fix fix : finding.fixes()) {
        fixes.add(fix(fix, finding.path()));
      }
      result.withFixes(fixes);
    }
    if (finding.isSuppressed()) {
      Set<Suppression> suppressions = new LinkedHashSet<>();
      for (dev.plumbline.core.rule.Suppression s : finding.suppressions()) {
        suppressions.add(new Suppression()
            .withKind(Suppression.Kind.fromValue(s.kind().sarifName()))
            .withJustification(s.justification().isBlank() ? null : s.justification()));
      }
      result.withSuppressions(suppressions);
    }
    return result;
  }

  private static Region region(Span span) {
    return new Region()
        .withStartLine(span.start().line())
        .withStartColumn(span.start().column())
        .withEndLine(span.end().line())
        .withEndColumn(span.end().column());
  }

  private static com.contrastsecurity.sarif.Fix fix(Fix fix, String path) {
    List<Replacement> replacements = new ArrayList<>();
    for (Fix.Replacement r : fix.replacements()) {
      replacements.add(new Replacement()
          .withDeletedRegion(region(r.deleted()))
          .withInsertedContent(r.inserted().isEmpty() ? null
              : new ArtifactContent().withText(r.inserted())));
    }
    Set<ArtifactChange> changes = new LinkedHashSet<>();
    changes.add(new ArtifactChange()
        .withArtifactLocation(artifact(path))
        .withReplacements(replacements));
    return new com.contrastsecurity.sarif.Fix()
        .withDescription(new Message().withText(sentence(fix.description())))
        .withArtifactChanges(changes)
        .withProperties(new PropertyBag().withAdditionalProperty("safe", fix.safe()));
  }

  private static com.contrastsecurity.sarif.Notification notification(Notification n,
      Map<String, Integer> ruleIndex) {
    com.contrastsecurity.sarif.Notification sarif = new com.contrastsecurity.sarif.Notification()
        .withLevel(notificationLevel(n.level()))
        .withMessage(new Message().withText(sentence(n.message())));
    n.path().ifPresent(path -> {
      Set<Location> locations = new LinkedHashSet<>();
      locations.add(new Location().withPhysicalLocation(
          new PhysicalLocation().withArtifactLocation(artifact(path))));
      sarif.withLocations(locations);
    });
    n.ruleId().ifPresent(id -> sarif.withAssociatedRule(
        new ReportingDescriptorReference().withId(id).withIndex(ruleIndex.get(id))));
    n.exception().ifPresent(what -> {
      int colon = what.indexOf(": ");
      sarif.withException(new com.contrastsecurity.sarif.Exception()
          .withKind(colon < 0 ? what : what.substring(0, colon))
          .withMessage(colon < 0 ? null : what.substring(colon + 2)));
    });
    return sarif;
  }

  private static ArtifactLocation artifact(String path) {
    return new ArtifactLocation().withUri(uriReference(path)).withUriBaseId(SRCROOT);
  }

  /**
   * A relative {@code /}-separated path as an RFC 3986 URI reference: every byte of its UTF-8
   * form other than an unreserved character ({@code A-Z a-z 0-9 - . _ ~}) or {@code /} is
   * percent-encoded, so spaces, {@code %}, {@code #}, {@code ?}, {@code :} and non-ASCII
   * characters in file names still give a valid reference to the same file.
   */
  public static String uriReference(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  /** SARIF wants a base URI that ends in {@code /}. */
  private static String directory(URI root) {
    String text = root.toString();
    return text.endsWith("/") ? text : text + "/";
  }

  /** SARIF messages are sentences that end with a period (validator rule SARIF2001). */
  static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }

  private static Result.Level resultLevel(Severity severity) {
    return switch (severity) {
      case ERROR -> Result.Level.ERROR;
      case WARNING -> Result.Level.WARNING;
      case NOTE -> Result.Level.NOTE;
    };
  }

  private static ReportingConfiguration.Level configurationLevel(Severity severity) {
    return switch (severity) {
      case ERROR -> ReportingConfiguration.Level.ERROR;
      case WARNING -> ReportingConfiguration.Level.WARNING;
      case NOTE -> ReportingConfiguration.Level.NOTE;
    };
  }

  private static com.contrastsecurity.sarif.Notification.Level notificationLevel(Severity s) {
    return switch (s) {
      case ERROR -> com.contrastsecurity.sarif.Notification.Level.ERROR;
      case WARNING -> com.contrastsecurity.sarif.Notification.Level.WARNING;
      case NOTE -> com.contrastsecurity.sarif.Notification.Level.NOTE;
    };
  }
}
