package dev.plumbline.core.model.github;

import dev.plumbline.core.yaml.YamlScalar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The jobs of a workflow and their {@code needs:}: which jobs a job waits for, directly and
 * transitively, which needs name no job, and the cycles GitHub rejects. Job ids are matched
 * ignoring case, as GitHub does.
 */
public final class JobGraph {

  private final Map<String, Job> byId = new LinkedHashMap<>();
  private final Map<Job, List<Job>> needs = new LinkedHashMap<>();
  private final Map<Job, List<YamlScalar>> unknown = new LinkedHashMap<>();

  JobGraph(List<Job> jobs) {
    for (Job job : jobs) {
      byId.putIfAbsent(key(job.id()), job); // a duplicate id is the second job's problem
    }
    for (Job job : jobs) {
      List<Job> direct = new ArrayList<>();
      List<YamlScalar> missing = new ArrayList<>();
      for (YamlScalar need : job.needs()) {
        Job target = byId.get(key(need.value()));
        if (target == null) {
          missing.add(need);
        } else {
          direct.add(target);
        }
      }
      needs.put(job, direct);
      unknown.put(job, missing);
    }
  }

  private static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** The job with this id, ignoring case. */
  public Optional<Job> job(String id) {
    return Optional.ofNullable(byId.get(key(id)));
  }

  /** The jobs {@code job} names in {@code needs:} that exist, in the order written. */
  public List<Job> needs(Job job) {
    return needs.getOrDefault(job, List.of());
  }

  /** The {@code needs:} entries of {@code job} that name no job of the workflow. */
  public List<YamlScalar> unknownNeeds(Job job) {
    return unknown.getOrDefault(job, List.of());
  }

  /** Every job {@code job} waits for, directly or through the jobs it needs; never itself. */
  public Set<Job> ancestors(Job job) {
    Set<Job> seen = new LinkedHashSet<>();
    Deque<Job> pending = new ArrayDeque<>(needs(job));
    while (!pending.isEmpty()) {
      Job next = pending.pop();
      if (next != job && seen.add(next)) {
        pending.addAll(needs(next));
      }
    }
    return seen;
  }

  /**
   * The cycles of {@code needs:}, each once, as the jobs around it starting from the one written
   * first; GitHub rejects a workflow with any.
   */
  public List<List<Job>> cycles() {
    List<List<Job>> cycles = new ArrayList<>();
    Set<Job> done = new LinkedHashSet<>();
    for (Job start : needs.keySet()) {
      findCycles(start, new ArrayList<>(), new LinkedHashSet<>(), done, cycles);
    }
    return cycles;
  }

  private void findCycles(Job job, List<Job> path, Set<Job> onPath, Set<Job> done,
      List<List<Job>> cycles) {
    if (onPath.contains(job)) {
      cycles.add(List.copyOf(path.subList(path.indexOf(job), path.size())));
      return;
    }
    if (!done.add(job)) {
      return;
    }
    path.add(job);
    onPath.add(job);
    for (Job next : needs(job)) {
      findCycles(next, path, onPath, done, cycles);
    }
    path.remove(path.size() - 1);
    onPath.remove(job);
  }
}
