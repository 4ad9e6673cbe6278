package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.rules.common.ImageName;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job (or template) with a Docker-in-Docker service ({@code docker:*dind*}) whose daemon runs
 * without TLS: {@code DOCKER_TLS_CERTDIR} empty in the job's effective variables (its own over
 * the global ones it inherits) or in the service's own {@code variables:}, or {@code DOCKER_HOST}
 * pointing at port 2375. One finding per job, at the value that turns TLS off.
 */
@Rule(id = "GLC008", name = "insecure-docker-in-docker", platform = Platform.GITLAB_CI,
    severity = Severity.WARNING, tags = {"security"}, securitySeverity = 5.0,
    summary = "Docker-in-Docker service whose daemon listens without TLS")
public final class InsecureDockerInDocker implements GitLabRule {

  private static final String CERT_DIR = "DOCKER_TLS_CERTDIR";
  private static final String HOST = "DOCKER_HOST";
  private static final Pattern PLAIN_PORT =
      Pattern.compile("tcp://[^/\\s]+:2375/?", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHOLE_VARIABLE =
      Pattern.compile("\\$(?:\\{(\\w+)}|(\\w+))");

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    // templates too: a template with the service and the variables is what its jobs run
    Map<String, Variable> variables = Variable.effective(job);
    Optional<YamlNode> dind = job.services().stream()
        .filter(s -> isDind(s, variables)).findFirst();
    if (dind.isEmpty()) {
      return;
    }
    Optional<YamlScalar> emptyCertDir = emptyCertDir(dind.get())
        .or(() -> Optional.ofNullable(variables.get(CERT_DIR)).flatMap(Variable::value)
            .filter(InsecureDockerInDocker::isEmpty));
    if (emptyCertDir.isPresent()) {
      ctx.report(emptyCertDir.get(), "DOCKER_TLS_CERTDIR is empty, so the Docker-in-Docker "
          + "service starts its daemon without TLS on port 2375, where anything that reaches "
          + "the service can run containers on it", hint());
      return;
    }
    Optional.ofNullable(variables.get(HOST)).flatMap(Variable::value)
        .filter(h -> PLAIN_PORT.matcher(h.value().trim()).matches())
        .ifPresent(h -> ctx.report(h, "DOCKER_HOST '" + h.value().trim() + "' talks to the "
            + "Docker-in-Docker service on port 2375, without TLS", hint()));
  }

  private static String hint() {
    return "drop DOCKER_TLS_CERTDIR: \"\" and the port-2375 DOCKER_HOST: with the docker:dind "
        + "defaults the daemon and the client share certificates in /certs and use port 2376";
  }

  /**
   * A service whose image is Docker's Docker-in-Docker ({@code docker:dind}, {@code :24-dind},
   * {@code $MIRROR/docker:dind}), also when the name is one variable the job defines
   * ({@code name: $DIND_IMAGE}).
   */
  private static boolean isDind(YamlNode service, Map<String, Variable> variables) {
    return Job.nameOf(service).map(YamlScalar::value).map(n -> expand(n, variables))
        .map(ImageName::parse).filter(i -> i.tag().map(t -> t.contains("dind")).orElse(false))
        .map(ImageName::repository)
        .filter(r -> r.substring(r.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)
            .equals("docker"))
        .isPresent();
  }

  /** The value of the variable when the name is just {@code $NAME} or {@code ${NAME}}. */
  private static String expand(String name, Map<String, Variable> variables) {
    Matcher m = WHOLE_VARIABLE.matcher(name.trim());
    if (!m.matches()) {
      return name;
    }
    return Optional.ofNullable(variables.get(m.group(1) != null ? m.group(1) : m.group(2)))
        .flatMap(Variable::value).map(YamlScalar::value).orElse(name);
  }

  /** {@code DOCKER_TLS_CERTDIR} set empty among the service's own variables. */
  private static Optional<YamlScalar> emptyCertDir(YamlNode service) {
    return service instanceof YamlMapping m
        ? m.mapping("variables").flatMap(v -> Variable.in(v).stream()
            .filter(x -> x.name().equals(CERT_DIR)).findFirst()).flatMap(Variable::value)
            .filter(InsecureDockerInDocker::isEmpty)
        : Optional.empty();
  }

  private static boolean isEmpty(YamlScalar value) {
    return value.type() == YamlScalar.Type.NULL || value.value().trim().isEmpty();
  }
}
