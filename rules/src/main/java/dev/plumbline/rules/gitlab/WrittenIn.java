package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import java.util.Optional;

/**
 * Names, for a message, where a job's resolved keyword is written: the job itself, a template it
 * extends, or the pipeline's defaults. Jobs sharing a template's value then get the same message at the
 * same place, which the engine reports once.
 */
final class WrittenIn {

  private WrittenIn() {}

  /**
   * "job 'build'", "template '.base'" or "the default 'before_script'" (from {@code default:} or
   * the top-level keyword).
   */
  static String describe(Job job, String keyword) {
    Optional<YamlNode> key = job.entry(keyword).map(YamlMapping.Entry::key);
    if (key.isEmpty() || writesItself(job, keyword, key.get())) {
      return "job '" + job.name() + "'";
    }
    for (Job template : job.pipeline().jobs()) {
      if (template.hidden() && writesItself(template, keyword, key.get())) {
        return "template '" + template.name() + "'";
      }
    }
    if (job.pipeline().defaults().filter(d -> writes(d, keyword, key.get())).isPresent()) {
      return "the default '" + keyword + "'";
    }
    return "job '" + job.name() + "'";
  }

  /**
   * Whether the job writes the key under its own name: a key merged in from an anchor
   * ({@code <<: *template}) is written before it, under the anchor's name.
   */
  private static boolean writesItself(Job job, String keyword, YamlNode key) {
    return writes(job.writtenNode(), keyword, key) && job.pipeline().fileOf(key) == job.file()
        && key.span().start().offset() > job.nameSpan().start().offset();
  }

  private static boolean writes(YamlMapping mapping, String keyword, YamlNode key) {
    return mapping.entry(keyword).filter(e -> e.key() == key).isPresent();
  }
}
