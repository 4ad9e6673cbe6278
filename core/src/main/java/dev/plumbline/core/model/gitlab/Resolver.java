package dev.plumbline.core.model.gitlab;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves {@code !reference} tags and {@code extends} as GitLab does: references first (against
 * the configuration as written), then each job's parents in order, deep-merged (mappings merge
 * key by key, everything else — lists included — is replaced; later wins), then the job itself.
 */
final class Resolver {

  static final String REFERENCE_TAG = "!reference";
  /** GitLab allows ten levels of nested {@code !reference} and of {@code extends}. */
  private static final int MAX_DEPTH = 10;

  private final YamlMapping root;
  private final List<GitLabProblem> problems;
  private final Map<String, YamlMapping> resolved = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();
  private final Map<YamlNode, YamlNode> dereferenced = new IdentityHashMap<>();

  Resolver(YamlMapping root, List<GitLabProblem> problems) {
    this.root = root;
    this.problems = problems;
  }

  /** The job or template {@code name} after references and extends; empty if it is not a mapping. */
  Optional<YamlMapping> resolve(String name) {
    return Optional.ofNullable(resolve(name, 0));
  }

  private YamlMapping resolve(String name, int depth) {
    if (resolved.containsKey(name)) {
      return resolved.get(name);
    }
    Optional<YamlNode> written = root.get(name).map(n -> dereference(n, 0));
    if (written.isEmpty() || !(written.get() instanceof YamlMapping job)) {
      return null;
    }
    resolving.add(name);
    YamlMapping base = null;
    for (YamlScalar parent : extendsNames(job)) {
      String parentName = parent.value();
      if (resolving.contains(parentName)) {
        problems.add(new GitLabProblem(parent, "'" + name + "' extends '" + parentName
            + "', which extends it again: an extends cycle", false));
        continue;
      }
      if (depth >= MAX_DEPTH) {
        problems.add(new GitLabProblem(parent, "extends nests deeper than GitLab's "
            + MAX_DEPTH + " levels", false));
        continue;
      }
      YamlMapping parentJob = resolve(parentName, depth + 1);
      if (parentJob == null) {
        problems.add(new GitLabProblem(parent, "'" + name + "' extends '" + parentName
            + "', which is not a job or template of this pipeline", true));
        continue;
      }
      base = base == null ? withoutExtends(parentJob) : merge(base, withoutExtends(parentJob));
    }
    resolving.remove(name);
    YamlMapping result = base == null ? job : merge(base, job);
    resolved.put(name, result);
    return result;
  }

  /** The names in a mapping's {@code extends:} (a string or a list of strings). */
  static List<YamlScalar> extendsNames(YamlMapping job) {
    Optional<YamlNode> value = job.get("extends");
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof YamlScalar s && !s.isNull()) {
      return List.of(s);
    }
    List<YamlScalar> names = new ArrayList<>();
    if (value.get() instanceof YamlSequence seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlScalar s && !s.isNull()) {
          names.add(s);
        }
      }
    }
    return names;
  }

  private static YamlMapping withoutExtends(YamlMapping job) {
    return YamlMapping.assembled(job.span(), job.entries().stream()
        .filter(e -> !e.keyText().equals("extends")).toList());
  }

  /** GitLab's deep merge: {@code over} wins; mappings present on both sides merge. */
  static YamlMapping merge(YamlMapping base, YamlMapping over) {
    Map<String, YamlMapping.Entry> entries = new LinkedHashMap<>();
    for (YamlMapping.Entry e : base.entries()) {
      entries.put(e.keyText(), e);
    }
    for (YamlMapping.Entry e : over.entries()) {
      YamlMapping.Entry old = entries.get(e.keyText());
      if (old != null && old.value() instanceof YamlMapping a && e.value() instanceof YamlMapping b) {
        entries.put(e.keyText(), new YamlMapping.Entry(e.key(), merge(a, b), e.merged()));
      } else {
        entries.remove(e.keyText()); // the overriding key takes its own place in the order
        entries.put(e.keyText(), e);
      }
    }
    return YamlMapping.assembled(over.span(), List.copyOf(entries.values()));
  }

  /**
   * The node with every {@code !reference [job, key, ...]} inside it replaced by its target. Each
   * node is dereferenced once: aliases make the tree a graph whose unfolding may be huge.
   */
  YamlNode dereference(YamlNode node, int depth) {
    if (dereferenced.containsKey(node)) {
      return dereferenced.get(node);
    }
    YamlNode result = dereferenceOnce(node, depth);
    dereferenced.put(node, result);
    return result;
  }

  private YamlNode dereferenceOnce(YamlNode node, int depth) {
    if (node instanceof YamlSequence seq && REFERENCE_TAG.equals(seq.tag())) {
      return target(seq, depth);
    }
    if (node instanceof YamlSequence seq) {
      List<YamlNode> items = new ArrayList<>();
      boolean changed = false;
      for (YamlNode item : seq.items()) {
        YamlNode d = dereference(item, depth);
        changed |= d != item;
        if (d != null) {
          items.add(d);
        }
      }
      return changed ? YamlSequence.assembled(seq.span(), items) : seq;
    }
    if (node instanceof YamlMapping map) {
      List<YamlMapping.Entry> entries = new ArrayList<>();
      boolean changed = false;
      for (YamlMapping.Entry e : map.entries()) {
        YamlNode d = dereference(e.value(), depth);
        changed |= d != e.value();
        if (d != null) {
          entries.add(new YamlMapping.Entry(e.key(), d, e.merged()));
        }
      }
      return changed ? YamlMapping.assembled(map.span(), entries) : map;
    }
    return node;
  }

  /** What a {@code !reference} points at, itself dereferenced; null (and a problem) if nothing. */
  private YamlNode target(YamlSequence reference, int depth) {
    if (depth >= MAX_DEPTH) {
      problems.add(new GitLabProblem(reference, "!reference nests deeper than GitLab's "
          + MAX_DEPTH + " levels", false));
      return null;
    }
    YamlNode current = root;
    List<String> path = new ArrayList<>();
    for (YamlNode item : reference.items()) {
      if (!(item instanceof YamlScalar s) || !(current instanceof YamlMapping m)) {
        problems.add(new GitLabProblem(reference,
            "!reference takes a list of names, such as [.setup, script]", false));
        return null;
      }
      path.add(s.value());
      Optional<YamlNode> next = m.get(s.value());
      if (next.isEmpty()) {
        problems.add(new GitLabProblem(s, "!reference " + path
            + " names nothing in this pipeline", true));
        return null;
      }
      current = next.get();
    }
    if (path.isEmpty()) {
      problems.add(new GitLabProblem(reference, "!reference names nothing", false));
      return null;
    }
    return dereference(current, depth + 1);
  }
}
