package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Rule(id = "SH003", name = "unversioned-image-tag", platform = Platform.SCRIPT,
    severity = Severity.WARNING, tags = {"reproducibility", "containers"},
    summary = "An image is built, tagged or pushed only as latest or without a tag")
public final class UnversionedImageTag implements ScriptRule {

  private static final String[] ENGINES = {"docker", "podman", "nerdctl"};
  /** Global options of docker and podman that take the next word. */
  private static final String[] GLOBAL_VALUE_FLAGS = {"-H", "--host", "--context", "-c",
      "--config", "-l", "--log-level", "--tlscacert", "--tlscert", "--tlskey", "--url",
      "--connection", "--root", "--runroot", "--storage-driver"};

  /**
   * An image reference written in the script.
   *
   * @param published whether the command itself publishes it (push, build --push)
   */
  private record Ref(Word word, String repository, Kind kind, boolean published) {}

  private enum Kind { LATEST, UNTAGGED, VERSIONED }

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    List<Ref> refs = new ArrayList<>();
    for (Command c : script.lexed().commands(ENGINES)) {
      collect(c, refs);
    }
    Set<String> versioned = new HashSet<>();
    Set<String> published = new HashSet<>();
    for (Ref r : refs) {
      if (r.kind() == Kind.VERSIONED) {
        versioned.add(r.repository());
      }
      if (r.published()) {
        published.add(r.repository());
      }
    }
    for (Ref r : refs) {
      // a local image for the job's own tests is no release: only published ones count
      boolean release = published.contains(r.repository()) || namesRegistry(r.repository());
      if (r.kind() != Kind.VERSIONED && !versioned.contains(r.repository()) && release) {
        String what = r.kind() == Kind.LATEST ? "tagged only 'latest'" : "given no tag, so "
            + "it is 'latest'";
        ctx.report(script.span(r.word()), "image " + r.word().value() + " is " + what + ": "
                + "each build replaces the last, so what runs cannot be traced to a commit or "
                + "rolled back",
            "also tag it with a version or the commit, such as " + r.repository()
                + ":${GITHUB_SHA}, and deploy that tag");
      }
    }
  }

  private static void collect(Command c, List<Ref> refs) {
    List<Word> operands = c.operands(GLOBAL_VALUE_FLAGS);
    int at = 0;
    if (at < operands.size() && operands.get(at).value().matches("image|buildx|builder")) {
      at++;
    }
    if (at >= operands.size()) {
      return;
    }
    switch (operands.get(at).value()) {
      case "build" -> {
        boolean push = c.hasFlag("--push") || c.flagValues("--output", "-o").stream()
            .anyMatch(w -> w.value().contains("type=registry") || w.value().contains("push=true"));
        c.flagValues("-t", "--tag").forEach(w -> refs.add(ref(w, push)));
      }
      case "tag" -> {
        List<Word> rest = operands.subList(at + 1, operands.size());
        if (rest.size() == 2) {
          // the source image counts as a version of its repository when it has one
          Ref source = ref(rest.get(0), false);
          if (source.kind() == Kind.VERSIONED) {
            refs.add(source);
          }
          refs.add(ref(rest.get(1), false));
        }
      }
      case "push" -> {
        if (!c.hasFlag("-a", "--all-tags") && at + 1 < operands.size()) {
          refs.add(ref(operands.get(at + 1), true));
        }
      }
      default -> {
      }
    }
  }

  /** Reads {@code registry:5000/team/app:tag@sha256:...}; unknown values count as versioned. */
  private static Ref ref(Word word, boolean published) {
    String value = word.value();
    int digest = value.indexOf('@');
    if (digest >= 0) {
      return new Ref(word, value.substring(0, digest), Kind.VERSIONED, published);
    }
    int slash = value.lastIndexOf('/');
    int colon = value.indexOf(':', slash + 1);
    String repository = colon < 0 ? value : value.substring(0, colon);
    if (colon < 0) {
      // $IMAGE alone may well hold a tag
      boolean known = !repository.contains("$");
      return new Ref(word, repository, known ? Kind.UNTAGGED : Kind.VERSIONED, published);
    }
    String tag = value.substring(colon + 1);
    return new Ref(word, repository, tag.equals("latest") ? Kind.LATEST : Kind.VERSIONED,
        published);
  }

  /** {@code ghcr.io/acme/app}, {@code localhost:5000/app}: a name that says where it goes. */
  private static boolean namesRegistry(String repository) {
    int slash = repository.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String host = repository.substring(0, slash);
    return host.contains(".") || host.contains(":") || host.equals("localhost");
  }
}
