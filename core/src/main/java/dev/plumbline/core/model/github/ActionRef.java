package dev.plumbline.core.model.github;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value of a {@code uses:}: an action or reusable workflow in a repository
 * ({@code owner/repo[/path]@ref}), a path in the same repository ({@code ./path} from the
 * checked-out workspace, or {@code $/path} at the commit of the calling workflow), or a container
 * image ({@code docker://image:tag}).
 *
 * @param raw   the value as written
 * @param kind  which of the three forms
 * @param owner repository owner, empty for local and docker references
 * @param repo  repository name, empty for local and docker references
 * @param path  path inside the repository, or the local path, or the image; may be empty
 * @param ref   the part after {@code @}, if any
 * @param node  the scalar, for spans
 */
public record ActionRef(String raw, Kind kind, String owner, String repo, String path,
    Optional<String> ref, YamlScalar node) {

  private static final Pattern FULL_SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{7,39}");

  public enum Kind {
    REPOSITORY,
    /** {@code ./path} or {@code $/path}: code of the same repository. */
    LOCAL,
    DOCKER
  }

  /** Reads a {@code uses:} scalar; never fails, odd values become a repository ref with blanks. */
  public static ActionRef parse(YamlScalar node) {
    String raw = node.value().trim();
    if (raw.startsWith("docker://")) {
      return new ActionRef(raw, Kind.DOCKER, "", "", raw.substring("docker://".length()),
          Optional.empty(), node);
    }
    if (raw.startsWith("./") || raw.startsWith("../") || raw.equals(".") || raw.startsWith("$/")) {
      return new ActionRef(raw, Kind.LOCAL, "", "", raw, Optional.empty(), node);
    }
    int at = raw.lastIndexOf('@');
    String name = at < 0 ? raw : raw.substring(0, at);
    Optional<String> ref = at < 0 ? Optional.empty() : Optional.of(raw.substring(at + 1));
    String[] parts = name.split("/", 3);
    String owner = parts.length > 0 ? parts[0] : "";
    String repo = parts.length > 1 ? parts[1] : "";
    String path = parts.length > 2 ? parts[2] : "";
    return new ActionRef(raw, Kind.REPOSITORY, owner, repo, path, ref, node);
  }

  /** {@code owner/repo}, lower-cased (GitHub names are case-insensitive). */
  public String slug() {
    return (owner + "/" + repo).toLowerCase(Locale.ROOT);
  }

  /** {@code owner/repo[/path]} without the ref, as written. */
  public String name() {
    int at = raw.lastIndexOf('@');
    return kind == Kind.REPOSITORY && at >= 0 ? raw.substring(0, at) : raw;
  }

  /** Whether this calls a reusable workflow ({@code .github/workflows/x.yml}) rather than an action. */
  public boolean isReusableWorkflow() {
    return path.contains(".github/workflows/") && (path.endsWith(".yml") || path.endsWith(".yaml"));
  }

  /** Whether the ref is a full 40-character commit SHA. */
  public boolean isShaPinned() {
    return ref.map(r -> FULL_SHA.matcher(r).matches()).orElse(false);
  }

  /** Whether the ref looks like an abbreviated commit SHA (7 to 39 hex digits). */
  public boolean isShortSha() {
    return ref.map(r -> HEX.matcher(r).matches() && r.chars().anyMatch(Character::isDigit))
        .orElse(false);
  }

  public Span span() {
    return node.span();
  }

  /** Span of the ref after {@code @}, or of the whole value when there is none. */
  public Span refSpan() {
    String value = node.value();
    int at = value.lastIndexOf('@');
    if (kind != Kind.REPOSITORY || at < 0 || ref.isEmpty() || ref.get().isEmpty()) {
      return node.span();
    }
    int end = at + 1 + value.substring(at + 1).stripTrailing().length();
    return node.spanOf(at + 1, end);
  }
}
