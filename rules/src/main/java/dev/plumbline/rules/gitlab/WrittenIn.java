package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import java.util.Optional;

/**
 * Names, for a message, where a job's resolved keyword is written: the job itself, a template it
 * extends, or {@code default:}. Jobs sharing a template's value then get the same message at the
 * same place, which the engine reports once.
 */
final class WrittenIn {

  private WrittenIn() {}

  /** "job 'build'", "template '.base'" or "'default:'". */
  static String describe(Job job, String keyword) {
    Optional<YamlNode> key = job.entry(keyword).map(YamlMapping.Entry::key);
    if (key.isEmpty() || writes(job.writtenNode(), keyword, key.get())) {
      return "job '" + job.name() + "'";
    }
    for (Job template : job.pipeline().jobs()) {
      if (template.hidden() && writes(template.writtenNode(), keyword, key.get())) {
        return "template '" + template.name() + "'";
      }
    }
    if (job.pipeline().defaults().filter(d -> writes(d, keyword, key.get())).isPresent()) {
      return "'default:'";
    }
    return "job '" + job.name() + "'";
  }

  private static boolean writes(YamlMapping mapping, String keyword, YamlNode key) {
    return mapping.entry(keyword).filter(e -> e.key() == key).isPresent();
  }
}
