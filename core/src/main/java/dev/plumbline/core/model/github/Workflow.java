package dev.plumbline.core.model.github;

import dev.plumbline.core.source.NodePath;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A GitHub Actions workflow file, read leniently: whatever is missing or of the wrong type is
 * simply absent here (the invalid-workflow rule reports it). A model is used by one thread.
 */
public final class Workflow {

  private final YamlMapping root;
  private final GitHubRepository repository;
  private List<Job> jobs;
  private JobGraph jobGraph;

  public Workflow(YamlMapping root) {
    this(root, GitHubRepository.UNKNOWN);
  }

  /** @param repository the repository the file belongs to, for lookups across files */
  public Workflow(YamlMapping root, GitHubRepository repository) {
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

  /** The events of {@code on:}, in the order written. */
  public List<Trigger> triggers() {
    List<Trigger> triggers = new ArrayList<>();
    root.get("on").ifPresent(on -> {
      if (on instanceof YamlScalar s && !s.isNull()) {
        triggers.add(new Trigger(s.value(), s.span(), Optional.empty()));
      } else if (on instanceof YamlSequence seq) {
        for (YamlNode item : seq.items()) {
          if (item instanceof YamlScalar s) {
            triggers.add(new Trigger(s.value(), s.span(), Optional.empty()));
          }
        }
      } else if (on instanceof YamlMapping m) {
        for (YamlMapping.Entry e : m.entries()) {
          Optional<YamlNode> config = e.value().isNull() ? Optional.empty() : Optional.of(e.value());
          triggers.add(new Trigger(e.keyText(), e.keySpan(), config));
        }
      }
    });
    return triggers;
  }

  /** What the events mean: privileged, reachable from forks. */
  public TriggerAnalysis triggerAnalysis() {
    return new TriggerAnalysis(triggers());
  }

  public Optional<Permissions> permissions() {
    return root.entry("permissions").map(e -> new Permissions(e.value(), e.keySpan()));
  }

  public List<EnvVar> env() {
    return Entries.of(root, "env", NodePath.root());
  }

  /** The jobs and their {@code needs:}. */
  public JobGraph jobGraph() {
    if (jobGraph == null) {
      jobGraph = new JobGraph(jobs());
    }
    return jobGraph;
  }

  /** The jobs whose value is a mapping, in the order written. */
  public List<Job> jobs() {
    if (jobs == null) {
      List<Job> list = new ArrayList<>();
      root.mapping("jobs").ifPresent(m -> {
        for (YamlMapping.Entry e : m.entries()) {
          if (e.value() instanceof YamlMapping jobNode) {
            list.add(new Job(this, e, jobNode));
          }
        }
      });
      jobs = List.copyOf(list);
    }
    return jobs;
  }
}
