package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Ingress;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An Ingress that routes hosts or paths ({@code spec.rules}) and has no {@code spec.tls}, so it
 * serves them over plain HTTP. Ingresses whose controller is given a certificate by annotation
 * (AWS Load Balancer Controller, GKE, Azure Application Gateway) terminate TLS without
 * {@code spec.tls} and are not reported.
 */
@Rule(id = "K8S031", name = "ingress-without-tls", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"security", "network"}, securitySeverity = 5.0,
    summary = "Ingress routes traffic without TLS")
public final class IngressWithoutTls implements KubernetesRule {

  /** Annotations that hand the ingress controller a certificate outside {@code spec.tls}. */
  private static final Set<String> CERTIFICATE_ANNOTATIONS = Set.of(
      "alb.ingress.kubernetes.io/certificate-arn",
      "networking.gke.io/managed-certificates",
      "ingress.gcp.kubernetes.io/pre-shared-cert",
      "appgw.ingress.kubernetes.io/appgw-ssl-certificate");
  private static final String ALB_LISTEN_PORTS = "alb.ingress.kubernetes.io/listen-ports";

  @Override
  public void visitObject(KubeObject object, RuleContext ctx) {
    Optional<Ingress> ingress = object.asIngress();
    if (ingress.isEmpty() || ingress.get().rules().isEmpty() || hasTls(ingress.get())
        || hasCertificateAnnotation(object.annotations())) {
      return;
    }
    YamlMapping.Entry rules = object.spec().flatMap(s -> s.entry("rules")).orElseThrow();
    ctx.report(rules.keySpan(), object.label() + " routes its rules over plain HTTP: it has no "
        + "'tls' section", "add 'tls:' under 'spec:' with the hosts and the 'secretName' of "
        + "their certificate (cert-manager can issue it)");
  }

  /** A {@code tls} section with at least one entry; {@code tls: []} secures nothing. */
  private static boolean hasTls(Ingress ingress) {
    return ingress.tls().map(YamlMapping.Entry::value)
        .filter(v -> !(v instanceof YamlSequence seq && seq.isEmpty())).isPresent();
  }

  private static boolean hasCertificateAnnotation(Map<String, String> annotations) {
    return annotations.keySet().stream().anyMatch(CERTIFICATE_ANNOTATIONS::contains)
        || annotations.getOrDefault(ALB_LISTEN_PORTS, "").contains("HTTPS");
  }
}
