package dev.plumbline.core.model.github;

import dev.plumbline.core.source.NodePath;
import dev.plumbline.core.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An action's metadata file ({@code action.yml}): a composite, JavaScript or Docker action.
 * Read leniently, like {@link Workflow}.
 */
public final class ActionMetadata {

  private final YamlMapping root;
  private final GitHubRepository repository;
  private List<Step> steps;

  public ActionMetadata(YamlMapping root) {
    this(root, GitHubRepository.UNKNOWN);
  }

  /** @param repository the repository the file belongs to, for lookups across files */
  public ActionMetadata(YamlMapping root, GitHubRepository repository) {
    this.root = root;
    this.repository = repository;
  }

  /** The repository the file belongs to: its other workflows, its local actions. */
  public GitHubRepository repository() {
    return repository;
  }

  public YamlMapping root() {
    return root;
  }

  public Optional<YamlMapping> runs() {
    return root.mapping("runs");
  }

  /** The steps of a composite action that are mappings, in order. */
  public List<Step> steps() {
    if (steps == null) {
      List<Step> list = new ArrayList<>();
      runs().flatMap(r -> r.sequence("steps")).ifPresent(seq -> {
        for (int i = 0; i < seq.size(); i++) {
          if (seq.items().get(i) instanceof YamlMapping m) {
            list.add(new Step(m, i, NodePath.of("runs", "steps", i), null, this, Optional.empty()));
          }
        }
      });
      steps = List.copyOf(list);
    }
    return steps;
  }
}
