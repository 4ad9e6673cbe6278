package dev.plumbline.core.model.gitlab;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Records which file each node of a pipeline is written in, by node identity: spans are offsets
 * into one file, so a finding on a value from an included file needs its file as well.
 */
final class Origins {

  private Origins() {}

  static void record(YamlNode root, SourceFile file, Map<YamlNode, SourceFile> origins) {
    Deque<YamlNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      YamlNode node = pending.pop();
      // an alias yields its anchor's node again: each node is walked once
      if (origins.putIfAbsent(node, file) != null) {
        continue;
      }
      if (node instanceof YamlMapping m) {
        for (YamlMapping.Entry e : m.entries()) {
          pending.push(e.key());
          pending.push(e.value());
        }
      } else if (node instanceof YamlSequence s) {
        s.items().forEach(pending::push);
      }
    }
  }
}
