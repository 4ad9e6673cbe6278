package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;

/**
 * A liveness, readiness or startup probe.
 *
 * @param entry the {@code livenessProbe:}... entry of the container
 * @param node  the probe's mapping
 */
public record Probe(YamlMapping.Entry entry, YamlMapping node) {

  public Span span() {
    return entry.span();
  }

  /** How the probe checks: {@code httpGet}, {@code tcpSocket}, {@code exec}, {@code grpc}. */
  public boolean hasHandler() {
    return node.has("httpGet") || node.has("tcpSocket") || node.has("exec") || node.has("grpc");
  }
}
