package dev.plumbline.core.model.github;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code permissions:} block of a workflow or job: {@code read-all}, {@code write-all}, or a
 * mapping of scopes to {@code read}, {@code write} or {@code none} ({@code {}} grants nothing).
 *
 * @param node  the value of the {@code permissions:} key
 * @param keySpan the {@code permissions} key
 */
public record Permissions(YamlNode node, Span keySpan) {

  /** One {@code scope: level} entry. */
  public record Scope(String name, String level, YamlMapping.Entry entry) {
    public boolean isWrite() {
      return level.equals("write");
    }
  }

  public boolean isWriteAll() {
    return node instanceof YamlScalar s && s.value().equals("write-all");
  }

  /** The scopes of a mapping; empty for {@code read-all}, {@code write-all} and {@code {}}. */
  public List<Scope> scopes() {
    List<Scope> scopes = new ArrayList<>();
    if (node instanceof YamlMapping m) {
      for (YamlMapping.Entry e : m.entries()) {
        String level = e.value() instanceof YamlScalar s ? s.value() : "";
        scopes.add(new Scope(e.keyText(), level, e));
      }
    }
    return scopes;
  }

  public List<Scope> writeScopes() {
    return scopes().stream().filter(Scope::isWrite).toList();
  }
}
