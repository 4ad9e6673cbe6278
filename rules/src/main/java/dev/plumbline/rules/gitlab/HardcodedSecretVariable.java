package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import dev.plumbline.rules.common.ImageName;
import dev.plumbline.rules.common.SecretNames;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A variable whose name says it holds a credential, given a literal value in the pipeline file:
 * global, {@code workflow:rules}, job, template or {@code rules:} variables, plain or as the
 * {@code value:} of the expanded form. Values that reference other variables, empty values,
 * booleans and obvious placeholders are left alone. The password of a database that a service
 * container starts for the job ({@code POSTGRES_PASSWORD} beside a {@code postgres} service) is a
 * note: it protects nothing that outlives the job, unless the same password is used elsewhere.
 */
@Rule(id = "GLC003", name = "hardcoded-secret-variable", platform = Platform.GITLAB_CI,
    severity = Severity.ERROR, tags = {"security", "secrets"}, securitySeverity = 7.0,
    summary = "Secret-named variable with a literal value in the pipeline file")
public final class HardcodedSecretVariable implements GitLabRule {

  /** Values that stand for a secret to be filled in, compared in lower case. */
  private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change-me", "change_me",
      "changeit", "replaceme", "replace-me", "replace_me", "placeholder", "todo", "tbd", "fixme",
      "redacted", "dummy", "none", "null", "nil", "undefined", "unset", "masked", "hidden");
  /** {@code <your token>}, {@code {{token}}}, {@code xxxx}, {@code ****}, {@code ...}. */
  private static final Pattern PLACEHOLDER_SHAPE =
      Pattern.compile("<[^<>]*>|\\{\\{.*}}|([xX*.#_-])\\1*");
  /** Credential variables of database and broker images, by the image's last path component. */
  private static final Map<String, Set<String>> SERVICE_CREDENTIALS = Map.of(
      "postgres", Set.of("POSTGRES_PASSWORD"),
      "mysql", Set.of("MYSQL_ROOT_PASSWORD", "MYSQL_PASSWORD"),
      "mariadb", Set.of("MARIADB_ROOT_PASSWORD", "MARIADB_PASSWORD", "MYSQL_ROOT_PASSWORD",
          "MYSQL_PASSWORD"),
      "mongo", Set.of("MONGO_INITDB_ROOT_PASSWORD"),
      "rabbitmq", Set.of("RABBITMQ_DEFAULT_PASS"),
      "redis", Set.of("REDIS_PASSWORD"),
      "server", Set.of("MSSQL_SA_PASSWORD", "SA_PASSWORD"),
      "minio", Set.of("MINIO_ROOT_PASSWORD", "MINIO_SECRET_KEY"));

  /** The credential variables of the service images this pipeline starts. */
  private Set<String> serviceCredentials;

  @Override
  public void visitPipeline(Pipeline pipeline, GitLabContext ctx) {
    serviceCredentials = new HashSet<>();
    pipeline.defaults().flatMap(d -> d.get("services")).ifPresent(this::addServices);
    for (Job job : pipeline.jobs()) {
      job.get("services").ifPresent(this::addServices);
    }
    check(Variable.ofPipeline(pipeline), ctx);
  }

  private void addServices(YamlNode services) {
    List<YamlNode> items = services instanceof YamlSequence s ? s.items() : List.of(services);
    for (YamlNode item : items) {
      Job.nameOf(item).map(n -> ImageName.parse(n.value()).repository())
          .map(r -> r.substring(r.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))
          .map(SERVICE_CREDENTIALS::get).ifPresent(serviceCredentials::addAll);
    }
  }

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    // templates too: a secret written in a template is in the file whether a job uses it or not
    check(Variable.ofJob(job), ctx);
  }

  private void check(List<Variable> variables, GitLabContext ctx) {
    for (Variable v : variables) {
      if (v.value().isEmpty() || !SecretNames.looksSecret(v.name()) || !isLiteral(v)) {
        continue;
      }
      YamlScalar value = v.value().get();
      if (serviceCredentials.contains(v.name())) {
        ctx.report(Severity.NOTE, value, value.span(), "variable '" + v.name() + "' gives the "
            + "service database a password written in the pipeline file; harmless for a "
            + "database that lives only for the job, a leak if the password is used elsewhere",
            "keep it unique to the job's service; for anything else, use a masked CI/CD variable");
        continue;
      }
      ctx.report(value, "variable '" + v.name() + "' has a literal value written in the pipeline "
          + "file, where everyone who can read the repository can read it",
          "store it as a masked (and protected) CI/CD variable in the project or group "
              + "settings, delete it here, and rotate it: the repository's history keeps it");
    }
  }

  /** A literal, non-empty, non-placeholder string that references no other variable. */
  private static boolean isLiteral(Variable v) {
    YamlScalar value = v.value().get();
    String text = value.value().trim();
    if (value.type() == YamlScalar.Type.NULL || value.type() == YamlScalar.Type.BOOL
        || value.type() == YamlScalar.Type.OTHER || text.isEmpty()) {
      return false;
    }
    if (v.expand() && text.contains("$")) {
      return false; // built from other variables, which are where the secret lives
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return !lower.equals("true") && !lower.equals("false") && !PLACEHOLDERS.contains(lower)
        && !PLACEHOLDER_SHAPE.matcher(text).matches();
  }
}
