package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.TupleExpression;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Ingress from anywhere ({@code 0.0.0.0/0}, {@code ::/0}) to SSH (22), RDP (3389) or every port,
 * in the three ways the AWS provider writes a security group rule: inline {@code ingress} blocks
 * of {@code aws_security_group}, {@code aws_security_group_rule} with {@code type = "ingress"},
 * and {@code aws_vpc_security_group_ingress_rule}. Only resolved values count: a rule whose
 * protocol, ports or addresses are unknown is not reported.
 */
@Rule(id = "TF106", name = "security-group-open-ingress", platform = Platform.TERRAFORM,
    severity = Severity.ERROR, tags = {"security", "network"}, securitySeverity = 7.0,
    summary = "Security group allows SSH, RDP or all ports from the whole internet")
public final class SecurityGroupOpenIngress implements TerraformRule {

  private static final Set<String> OPEN = Set.of("0.0.0.0/0", "::/0");
  private static final Set<String> ALL_PROTOCOLS = Set.of("-1", "all");
  private static final Set<String> TCP = Set.of("tcp", "6");
  private static final Set<String> UDP = Set.of("udp", "17");

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    switch (resource.type()) {
      case "aws_security_group" -> {
        for (TerraformBlock ingress : resource.nestedBlocks("ingress")) {
          check(resource, ingress, "protocol", List.of("cidr_blocks", "ipv6_cidr_blocks"), ctx);
        }
      }
      case "aws_security_group_rule" -> {
        if (resource.value("type").is("ingress")) {
          check(resource, resource, "protocol", List.of("cidr_blocks", "ipv6_cidr_blocks"), ctx);
        }
      }
      case "aws_vpc_security_group_ingress_rule" ->
          check(resource, resource, "ip_protocol", List.of("cidr_ipv4", "cidr_ipv6"), ctx);
      default -> { }
    }
  }

  private static void check(Resource resource, TerraformBlock rule, String protocolAttribute,
      List<String> cidrAttributes, ModuleContext ctx) {
    Optional<String> ports = exposedPorts(rule, protocolAttribute);
    if (ports.isEmpty()) {
      return;
    }
    for (String attribute : cidrAttributes) {
      Optional<Expression> expression = rule.expression(attribute);
      if (expression.isEmpty()) {
        continue;
      }
      for (Expression open : openCidrs(resource, expression.get())) {
        String cidr = resource.module().evaluate(open).asString()
            .or(() -> firstOpen(resource.module().evaluate(open))).orElse("0.0.0.0/0");
        ctx.report(resource, open.span(), resource.address() + " allows ingress from " + cidr
            + " (the whole internet) to " + ports.get(),
            "restrict '" + attribute + "' to the addresses that need access, or reach the "
                + "instances through AWS Systems Manager Session Manager or a VPN");
      }
    }
  }

  /**
   * The expressions that hold an open CIDR: each element of a written-out list that resolves to
   * one, or the whole value when it resolves to such a string or a list holding one.
   */
  private static List<Expression> openCidrs(Resource resource, Expression expression) {
    if (expression instanceof TupleExpression tuple) {
      return tuple.elements().stream()
          .filter(e -> isOpen(resource.module().evaluate(e))).toList();
    }
    return isOpen(resource.module().evaluate(expression)) ? List.of(expression) : List.of();
  }

  private static boolean isOpen(Value value) {
    return value.asString().filter(OPEN::contains).isPresent() || firstOpen(value).isPresent();
  }

  private static Optional<String> firstOpen(Value value) {
    return value.asList().flatMap(list -> list.stream()
        .map(Value::asString).flatMap(Optional::stream).filter(OPEN::contains).findFirst());
  }

  /**
   * What the rule opens that matters, as words for the message ("port 22 (SSH)", "all ports"),
   * or empty when it opens none of it or the protocol or ports are unknown.
   */
  static Optional<String> exposedPorts(TerraformBlock rule, String protocolAttribute) {
    Optional<String> protocol = rule.value(protocolAttribute).toText()
        .map(p -> p.toLowerCase(Locale.ROOT));
    if (protocol.isEmpty()) {
      return Optional.empty();
    }
    if (ALL_PROTOCOLS.contains(protocol.get())) {
      return Optional.of("all ports and protocols");
    }
    boolean tcp = TCP.contains(protocol.get());
    if (!tcp && !UDP.contains(protocol.get())) {
      return Optional.empty(); // ICMP types, ESP...: no ports
    }
    Optional<BigDecimal> from = rule.value("from_port").toNumber();
    Optional<BigDecimal> to = rule.value("to_port").toNumber();
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    long low = from.get().longValue();
    long high = to.get().longValue();
    String name = tcp ? "TCP" : "UDP";
    if (low <= 0 && high >= 65535) {
      return Optional.of("all " + name + " ports");
    }
    boolean ssh = tcp && low <= 22 && 22 <= high;
    boolean rdp = low <= 3389 && 3389 <= high;
    String range = low == high ? "" : ", in " + name + " ports " + low + "-" + high;
    if (ssh && rdp) {
      return Optional.of("ports 22 (SSH) and 3389 (RDP)" + range);
    }
    if (ssh) {
      return Optional.of("port 22 (SSH)" + range);
    }
    if (rdp) {
      return Optional.of("port 3389 (RDP" + (tcp ? "" : " over UDP") + ")" + range);
    }
    return Optional.empty();
  }
}
