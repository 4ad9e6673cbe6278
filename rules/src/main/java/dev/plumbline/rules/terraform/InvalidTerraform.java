package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.model.terraform.Backend;
import dev.plumbline.core.model.terraform.Local;
import dev.plumbline.core.model.terraform.ModuleCall;
import dev.plumbline.core.model.terraform.Output;
import dev.plumbline.core.model.terraform.Provider;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformFile;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.TerraformNode;
import dev.plumbline.core.model.terraform.Variable;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.Span;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Configuration Terraform would reject before planning. Syntax errors and attributes set twice
 * are reported under this rule by the engine, from the parser; this class checks the top-level
 * blocks (known types, their labels and names), attributes outside any block, blocks in
 * variables files, and declarations made twice in one module.
 */
@Rule(id = "TF000", name = "invalid-terraform", platform = Platform.TERRAFORM,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "Terraform file that Terraform would reject")
public final class InvalidTerraform implements TerraformRule {

  /** The top-level block types of the Terraform language and how many labels each has. */
  private static final Map<String, Integer> LABELS = labels();
  private static final Map<String, String> LABEL_NAMES = Map.of(
      "resource", "the resource type and the name", "data", "the data source type and the name",
      "ephemeral", "the resource type and the name", "action", "the action type and the name",
      "variable", "the name", "output", "the name", "module", "the name",
      "provider", "the provider name", "check", "the name");
  /** Block types whose labels are names that must be identifiers. */
  private static final Set<String> NAMED = Set.of("resource", "data", "ephemeral", "action",
      "variable", "output", "module", "check");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  /** Names a variable cannot have: they are meta-arguments of the module block that sets it. */
  private static final Set<String> RESERVED_VARIABLES = Set.of("source", "version", "providers",
      "count", "for_each", "lifecycle", "depends_on", "locals");

  private static Map<String, Integer> labels() {
    Map<String, Integer> labels = new LinkedHashMap<>();
    labels.put("terraform", 0);
    labels.put("provider", 1);
    labels.put("variable", 1);
    labels.put("locals", 0);
    labels.put("output", 1);
    labels.put("module", 1);
    labels.put("resource", 2);
    labels.put("data", 2);
    labels.put("ephemeral", 2);
    labels.put("action", 2);
    labels.put("moved", 0);
    labels.put("import", 0);
    labels.put("removed", 0);
    labels.put("check", 1);
    return labels;
  }

  @Override
  public void visitFile(TerraformFile file, ModuleContext ctx) {
    if (file.isVariables()) {
      for (Block block : file.body().blocks()) {
        ctx.report(file.path(), block.typeSpan(), "a variables file only assigns values "
            + "(name = value); a '" + block.type() + "' block is not allowed here",
            "move the block into a .tf file");
      }
      return;
    }
    for (Attribute attribute : file.body().attributes()) {
      if (file.isJson()) {
        // in the JSON syntax a property is a block only if Terraform knows its type
        ctx.report(file.path(), attribute.nameSpan(), "unknown top-level property '"
            + attribute.name() + "'" + Suggestions.didYouMean(attribute.name(), LABELS.keySet()),
            "Terraform knows " + String.join(", ", LABELS.keySet()));
      } else {
        ctx.report(file.path(), attribute.nameSpan(), "'" + attribute.name() + "' is set "
            + "outside any block; a configuration file holds only blocks",
            "put it inside the block it belongs to, or into a locals block");
      }
    }
    for (Block block : file.body().blocks()) {
      checkBlock(file, block, ctx);
    }
  }

  private static void checkBlock(TerraformFile file, Block block, ModuleContext ctx) {
    Integer expected = LABELS.get(block.type());
    if (expected == null) {
      ctx.report(file.path(), block.typeSpan(), "unknown top-level block type '" + block.type()
          + "'" + Suggestions.didYouMean(block.type(), LABELS.keySet()),
          "Terraform knows " + String.join(", ", LABELS.keySet()));
      return;
    }
    int count = block.labels().size();
    if (count != expected) {
      Span at = count > expected ? block.labelSpans().get(expected) : block.typeSpan();
      ctx.report(file.path(), at, "a " + block.type() + " block has " + labelCount(expected)
          + (expected > 0 ? " (" + LABEL_NAMES.get(block.type()) + ")" : "")
          + ", but this one has " + count, null);
      return;
    }
    if (NAMED.contains(block.type())) {
      for (int i = 0; i < count; i++) {
        String label = block.labels().get(i);
        if (!IDENTIFIER.matcher(label).matches()) {
          ctx.report(file.path(), block.labelSpans().get(i), "'" + label + "' is not a valid "
              + block.type() + (count == 2 && i == 0 ? " type" : " name") + ": a name starts "
              + "with a letter or underscore and has only letters, digits, underscores and "
              + "dashes", null);
        }
      }
    }
    if (block.type().equals("variable") && RESERVED_VARIABLES.contains(block.labels().get(0))) {
      ctx.report(file.path(), block.labelSpans().get(0), "'" + block.labels().get(0)
          + "' is reserved and cannot name a variable", "rename the variable");
    }
  }

  private static String labelCount(int count) {
    return switch (count) {
      case 0 -> "no labels";
      case 1 -> "one label";
      default -> "two labels";
    };
  }

  @Override
  public void visitModule(TerraformModule module, ModuleContext ctx) {
    Map<String, TerraformNode> seen = new HashMap<>();
    for (Resource r : module.resources()) {
      duplicate(seen, "resource " + r.address(), r, r.nameSpan(), ctx);
    }
    for (Resource r : module.dataSources()) {
      duplicate(seen, "data source " + r.address(), r, r.nameSpan(), ctx);
    }
    for (Resource r : module.ephemeralResources()) {
      duplicate(seen, "ephemeral resource " + r.address(), r, r.nameSpan(), ctx);
    }
    for (Variable v : module.variables()) {
      duplicate(seen, "variable '" + v.name() + "'", v, v.nameSpan(), ctx);
    }
    for (Local l : module.locals()) {
      duplicate(seen, "local value '" + l.name() + "'", l, l.nameSpan(), ctx);
    }
    for (Output o : module.outputs()) {
      duplicate(seen, "output '" + o.name() + "'", o, o.nameSpan(), ctx);
    }
    for (ModuleCall m : module.moduleCalls()) {
      duplicate(seen, "module call '" + m.name() + "'", m, m.nameSpan(), ctx);
    }
    for (Provider p : module.providers()) {
      duplicate(seen, "configuration of provider '" + p.address() + "'", p, p.nameSpan(), ctx);
    }
    List<Backend> backends = module.settings().stream()
        .flatMap(s -> s.backend().stream()).toList();
    for (Backend extra : backends.subList(Math.min(1, backends.size()), backends.size())) {
      ctx.report(extra, extra.headSpan(), "the module already keeps its state in the backend at "
          + where(backends.get(0), extra) + "; a module has one backend", "remove one of them");
    }
  }

  private static void duplicate(Map<String, TerraformNode> seen, String what, TerraformNode node,
      Span at, ModuleContext ctx) {
    TerraformNode first = seen.putIfAbsent(what, node);
    if (first != null) {
      ctx.report(node, at, "the " + what + " is already declared at " + where(first, node),
          "rename or remove one of them");
    }
  }

  /** Where {@code node} is, as seen from {@code from}: the line, and the file if another. */
  private static String where(TerraformNode node, TerraformNode from) {
    int line = node.span().start().line();
    return node.path().equals(from.path()) ? "line " + line : node.path() + ":" + line;
  }
}
