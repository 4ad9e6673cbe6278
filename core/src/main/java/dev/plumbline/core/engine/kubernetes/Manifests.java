package dev.plumbline.core.engine.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.yaml.YamlDocument;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** How the Kubernetes linter tells manifests from other YAML, and reads their objects. */
final class Manifests {

  private static final Pattern KUSTOMIZATION =
      Pattern.compile("(?:^|.*/)(?:kustomization\\.ya?ml|Kustomization)");
  /** {@code apiVersion:} and {@code kind:} as keys (YAML, JSON, or the first key of a list item). */
  private static final Pattern API_VERSION_KEY =
      Pattern.compile("^[ \\t-]*\"?apiVersion\"?[ \\t]*:", Pattern.MULTILINE);
  private static final Pattern KIND_KEY =
      Pattern.compile("^[ \\t-]*\"?kind\"?[ \\t]*:", Pattern.MULTILINE);

  private Manifests() {}

  static boolean isKustomization(String path) {
    return KUSTOMIZATION.matcher(path.replace('\\', '/')).matches();
  }

  /** A cheap look before parsing: a file without both words holds no object. */
  static boolean mayHoldObjects(String text) {
    return text.contains("apiVersion") && text.contains("kind");
  }

  /** For files that are not valid YAML: whether they still read like a manifest. */
  static boolean looksLikeManifest(String text) {
    return API_VERSION_KEY.matcher(text).find() && KIND_KEY.matcher(text).find();
  }

  /** Go template ({@code {{ }}}, Helm) or Jinja ({@code {% %}}, Ansible) markup. */
  static boolean hasTemplateMarkup(String text) {
    return text.contains("{{") || text.contains("{%");
  }

  /**
   * Whether the file is under the {@code templates/} directory of a Helm chart: an ancestor
   * directory named {@code templates} whose parent holds {@code Chart.yaml}. Without a place on
   * disk, a {@code templates/} directory in the path is taken as enough.
   */
  static boolean isHelmTemplate(String path, Optional<Path> location) {
    if (location.isPresent()) {
      for (Path dir = location.get().getParent(); dir != null; dir = dir.getParent()) {
        Path name = dir.getFileName();
        if (name != null && name.toString().equals("templates") && dir.getParent() != null
            && Files.isRegularFile(dir.getParent().resolve("Chart.yaml"))) {
          return true;
        }
      }
      return false;
    }
    return ("/" + path.replace('\\', '/')).contains("/templates/");
  }

  /** A {@code List} or {@code *List} kind with {@code items}. */
  static boolean isList(YamlMapping root) {
    return root.string("kind").filter(k -> k.endsWith("List")).isPresent() && root.has("items");
  }

  /** Whether an object carries both {@code apiVersion} and {@code kind}. */
  static boolean isManifest(KubeObject object) {
    return object.node().has("apiVersion") && object.node().has("kind");
  }

  /**
   * The objects of the stream in file order: each mapping document, or for a {@code List} kind
   * each mapping item (the List itself is a wrapper, not an object).
   */
  static List<KubeObject> objects(YamlStream stream, String path) {
    List<KubeObject> objects = new ArrayList<>();
    for (YamlDocument document : stream.documents()) {
      if (!(document.root() instanceof YamlMapping root)) {
        continue;
      }
      if (isList(root)) {
        for (YamlNode item : root.sequence("items").map(s -> s.items()).orElse(List.of())) {
          item.asMapping().ifPresent(m -> objects.add(new KubeObject(m, path)));
        }
      } else {
        objects.add(new KubeObject(root, path));
      }
    }
    return objects;
  }
}
