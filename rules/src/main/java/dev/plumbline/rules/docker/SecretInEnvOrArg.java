package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.VariableReference;
import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Arg;
import dev.plumbline.core.model.docker.Env;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.KeyValue;
import dev.plumbline.core.model.docker.Onbuild;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.rules.common.SecretNames;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A credential baked into the image: an ENV whose name says it holds a secret and whose value is
 * written out, an ENV that copies such a build argument into the image's environment, or a build
 * argument of such a name (build arguments end up in the image history and build provenance).
 * Names are judged as GitHub Actions env names are, by {@link SecretNames}; messages never repeat
 * the value.
 */
@Rule(id = "DKR023", name = "secret-in-env-or-arg", platform = Platform.DOCKERFILE,
    severity = Severity.ERROR, tags = {"security", "secrets"}, securitySeverity = 7.0,
    summary = "Credential set by ENV with a literal value, or passed as a build argument")
public final class SecretInEnvOrArg implements DockerfileRule {

  /** Values that switch something on or off rather than hold a credential. */
  private static final Set<String> SWITCHES =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n");

  /** The build arguments declared so far in the current stage: those ENV values can refer to. */
  private final Set<String> stageArgs = new HashSet<>();

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    stageArgs.clear(); // an ARG is in scope until the end of its stage
  }

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    Instruction checked = instruction instanceof Onbuild onbuild
        ? onbuild.trigger().orElse(instruction) : instruction;
    if (checked instanceof Env env) {
      env.pairs().forEach(pair -> checkEnv(pair, checked.isTrigger(), ctx));
    } else if (checked instanceof Arg arg) {
      for (KeyValue declaration : arg.declarations()) {
        if (SecretNames.looksSecret(declaration.name())) {
          reportArg(declaration, ctx);
        }
        if (!checked.isTrigger()) {
          stageArgs.add(declaration.name());
        }
      }
    }
  }

  private void checkEnv(KeyValue pair, boolean trigger, RuleContext ctx) {
    Word value = pair.value().orElse(null);
    if (value == null) {
      return;
    }
    String name = pair.name();
    String hint = "set it when the container starts (docker run -e, a Kubernetes Secret) and, if "
        + "the build needs it, use a secret mount: RUN --mount=type=secret,id=" + secretId(name);
    if (SecretNames.looksSecret(name) && isLiteral(value)) {
      ctx.report(value.span(), "ENV '" + name + "' sets a credential to a value written in the "
          + "Dockerfile: it is stored in the image, where anyone who can pull the image can read "
          + "it", hint);
      return;
    }
    if (trigger) {
      return; // a trigger's variables belong to the build that uses this image
    }
    for (VariableReference ref : value.variables()) {
      if (stageArgs.contains(ref.name())
          && (SecretNames.looksSecret(name) || SecretNames.looksSecret(ref.name()))) {
        ctx.report(value.span(), "ENV '" + name + "' copies the build argument '" + ref.name()
            + "' into the image's environment, where anyone who can pull the image can read it",
            hint);
        return;
      }
    }
  }

  private void reportArg(KeyValue declaration, RuleContext ctx) {
    String name = declaration.name();
    String hint = "pass it as a build secret instead: RUN --mount=type=secret,id=" + secretId(name)
        + ",env=" + name + " <command>, built with docker build --secret id=" + secretId(name)
        + ",env=" + name;
    if (declaration.value().filter(SecretInEnvOrArg::isLiteral).isPresent()) {
      ctx.report(declaration.value().get().span(), "build argument '" + name + "' has a "
          + "credential as its default, written in the Dockerfile and recorded in the image "
          + "history", hint);
    } else {
      ctx.report(declaration.key().span(), "build argument '" + name + "' looks like a "
          + "credential: build arguments are recorded in the image history and build provenance",
          hint);
    }
  }

  /** A value written out: not empty, no variable, not a switch or a number. */
  private static boolean isLiteral(Word value) {
    String v = value.value().strip();
    if (v.isEmpty() || value.hasVariables()) {
      return false;
    }
    return !SWITCHES.contains(v.toLowerCase(Locale.ROOT)) && !v.matches("-?[0-9]+");
  }

  private static String secretId(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }
}
