package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.FunctionCall;
import dev.plumbline.core.hcl.ObjectExpression;
import dev.plumbline.core.hcl.ObjectItem;
import dev.plumbline.core.hcl.Parenthesized;
import dev.plumbline.core.hcl.ScopeTraversal;
import dev.plumbline.core.hcl.Template;
import dev.plumbline.core.hcl.TemplatePart;
import dev.plumbline.core.hcl.TraversalStep;
import dev.plumbline.core.hcl.TupleExpression;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@link PolicyDocument}s from the expressions and blocks of one module. */
final class PolicyReader {

  /** How many local values and nested constructors are followed for exact spans. */
  private static final int MAX_DEPTH = 32;

  private final TerraformModule module;

  PolicyReader(TerraformModule module) {
    this.module = module;
  }

  /** The policy an expression holds, written in the file {@code path}. */
  Optional<PolicyDocument> document(Expression expression, String path) {
    return document(expression, path, 0);
  }

  private Optional<PolicyDocument> document(Expression e, String path, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (e instanceof Parenthesized p) {
      return document(p.expression(), path, depth + 1);
    }
    if (e instanceof FunctionCall call && call.name().equals("jsonencode")
        && call.arguments().size() == 1 && !call.expandFinal()) {
      return Optional.of(fromTree(node(call.arguments().get(0), path, depth + 1), path,
          e.span()));
    }
    if (e instanceof Template template) {
      return text(template, path).flatMap(map -> PolicyJson.read(map, path))
          .map(tree -> fromTree(tree, path, e.span()));
    }
    Optional<ScopeTraversal> traversal = e.traversal();
    if (traversal.isPresent()) {
      Optional<Resource> data = policyDocumentData(traversal.get());
      if (data.isPresent()) {
        return data.map(this::dataSource);
      }
      Optional<Local> local = local(traversal.get());
      if (local.isPresent()) {
        return document(local.get().expression(), local.get().path(), depth + 1);
      }
    }
    Value value = module.evaluate(e);
    if (value.asString().isPresent()) {
      TextMap map = new TextMap();
      map.fixed(value.asString().get(), e.span());
      return PolicyJson.read(map, path).map(tree -> fromTree(tree, path, e.span()));
    }
    if (value.asMap().isPresent()) {
      return Optional.of(fromTree(fromValue(value, path, e.span()), path, e.span()));
    }
    return Optional.empty();
  }

  /**
   * The data source of {@code data.aws_iam_policy_document.name.json} (or
   * {@code minified_json}), also of one instance of it ({@code name[0].json}).
   */
  private Optional<Resource> policyDocumentData(ScopeTraversal t) {
    List<TraversalStep> steps = t.steps();
    if (!t.root().equals("data") || steps.size() < 3 || steps.size() > 4
        || !(steps.get(steps.size() - 1) instanceof TraversalStep.GetAttr last)
        || !(last.name().equals("json") || last.name().equals("minified_json"))
        || steps.size() == 4 && !(steps.get(2) instanceof TraversalStep.Index)) {
      return Optional.empty();
    }
    List<String> names = t.names();
    return names.size() >= 3 && names.get(1).equals("aws_iam_policy_document")
        ? module.dataSource(names.get(1), names.get(2)) : Optional.empty();
  }

  /** {@code local.name} exactly, declared in the module. */
  private Optional<Local> local(ScopeTraversal t) {
    return t.root().equals("local") && t.steps().size() == 1 && t.names().size() == 2
        ? module.local(t.names().get(1)) : Optional.empty();
  }

  // --- the tree of an HCL value expression (inside jsonencode)

  private PolicyNode node(Expression e, String path, int depth) {
    if (depth > MAX_DEPTH) {
      return fromValue(module.evaluate(e), path, e.span());
    }
    if (e instanceof Parenthesized p) {
      return node(p.expression(), path, depth + 1);
    }
    if (e instanceof ObjectExpression object) {
      Map<String, PolicyNode> members = new LinkedHashMap<>();
      for (ObjectItem item : object.items()) {
        Optional<String> key = item.keyName()
            .or(() -> module.evaluate(item.key()).toText());
        if (key.isEmpty()) {
          return fromValue(module.evaluate(e), path, e.span());
        }
        members.put(key.get(), node(item.value(), path, depth + 1));
      }
      return new PolicyNode.Members(members, path, e.span());
    }
    if (e instanceof TupleExpression tuple) {
      List<PolicyNode> elements = new ArrayList<>();
      for (Expression element : tuple.elements()) {
        elements.add(node(element, path, depth + 1));
      }
      return new PolicyNode.Elements(elements, path, e.span());
    }
    Optional<String> literal = e.stringValue();
    if (literal.isPresent()) {
      return new PolicyNode.Scalar(literal.get(), path, e.span());
    }
    Optional<Local> local = e.traversal().flatMap(this::local);
    if (local.isPresent()) {
      return node(local.get().expression(), local.get().path(), depth + 1);
    }
    return fromValue(module.evaluate(e), path, e.span());
  }

  /** A computed value as a tree whose every node is at the expression that computed it. */
  private static PolicyNode fromValue(Value value, String path, Span span) {
    if (value.asList().isPresent()) {
      List<PolicyNode> elements = new ArrayList<>();
      for (Value element : value.asList().get()) {
        elements.add(fromValue(element, path, span));
      }
      return new PolicyNode.Elements(elements, path, span);
    }
    if (value.asMap().isPresent()) {
      Map<String, PolicyNode> members = new LinkedHashMap<>();
      value.asMap().get().forEach((k, v) -> members.put(k, fromValue(v, path, span)));
      return new PolicyNode.Members(members, path, span);
    }
    return value.toText().<PolicyNode>map(t -> new PolicyNode.Scalar(t, path, span))
        .orElseGet(() -> new PolicyNode.Unknown(path, span));
  }

  // --- JSON text in a template

  /**
   * The text of a template with the way back to the file: literal parts character by
   * character, known interpolations as their text at their span, unknown ones as stand-ins. A
   * template with directives is evaluated whole and maps to its span.
   */
  private Optional<TextMap> text(Template template, String path) {
    TextMap map = new TextMap();
    boolean directives = template.parts().stream().anyMatch(p ->
        p instanceof TemplatePart.If || p instanceof TemplatePart.For);
    if (directives) {
      Optional<String> whole = module.evaluate(template).asString();
      whole.ifPresent(t -> map.fixed(t, template.span()));
      return whole.map(t -> map);
    }
    JsonStringState state = new JsonStringState();
    for (TemplatePart part : template.parts()) {
      if (part instanceof TemplatePart.Literal literal) {
        map.literal(literal);
        state.read(literal.value());
      } else {
        TemplatePart.Interpolation interpolation = (TemplatePart.Interpolation) part;
        Optional<String> known = module.evaluate(interpolation.expression()).toText();
        String piece = known.orElse(state.inString()
            ? String.valueOf(PolicyJson.UNKNOWN_IN_STRING) : PolicyJson.UNKNOWN_VALUE);
        map.fixed(piece, interpolation.span());
        state.read(piece);
      }
      if (map.length() > Evaluator.MAX_STRING) {
        return Optional.empty();
      }
    }
    return Optional.of(map);
  }

  /** Whether JSON text read so far ends inside a string. */
  private static final class JsonStringState {
    private boolean inString;
    private boolean escaped;

    void read(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (escaped) {
          escaped = false;
        } else if (inString && c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = !inString;
        }
      }
    }

    boolean inString() {
      return inString;
    }
  }

  // --- statements

  private PolicyDocument fromTree(PolicyNode root, String path, Span span) {
    List<PolicyStatement> statements = new ArrayList<>();
    boolean complete = true;
    if (root instanceof PolicyNode.Members document) {
      PolicyNode statement = document.members().get("Statement");
      List<PolicyNode> items = statement instanceof PolicyNode.Elements list ? list.elements()
          : statement == null ? List.of() : List.of(statement);
      for (PolicyNode item : items) {
        if (item instanceof PolicyNode.Members members) {
          statements.add(statement(members));
        } else {
          complete = false;
        }
      }
    } else {
      complete = false;
    }
    return new PolicyDocument(statements, complete, Optional.empty(), path, span);
  }

  private static PolicyStatement statement(PolicyNode.Members s) {
    Map<String, PolicyNode> m = s.members();
    Optional<String> sid = m.get("Sid") instanceof PolicyNode.Scalar scalar
        ? Optional.of(scalar.text()) : Optional.empty();
    PolicyNode effect = m.get("Effect");
    PolicyValue effectValue = effect == null ? new PolicyValue(Optional.empty(), s.path(), s.span())
        : single(effect);
    return new PolicyStatement(sid, effectValue, strings(m.get("Action")),
        strings(m.get("NotAction")), strings(m.get("Resource")), strings(m.get("NotResource")),
        principals(m.get("Principal")), principals(m.get("NotPrincipal")),
        m.containsKey("Condition"), s.path(), s.span());
  }

  private static PolicyValue single(PolicyNode node) {
    return new PolicyValue(node instanceof PolicyNode.Scalar scalar ? Optional.of(scalar.text())
        : Optional.empty(), node.path(), node.span());
  }

  /** A string or a list of strings; anything else is one unknown value. */
  private static List<PolicyValue> strings(PolicyNode node) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof PolicyNode.Elements list) {
      return list.elements().stream().map(PolicyReader::single).toList();
    }
    return List.of(single(node));
  }

  /** {@code "*"}, or an object of principal types to identifiers. */
  private static List<PolicyPrincipal> principals(PolicyNode node) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof PolicyNode.Members members) {
      List<PolicyPrincipal> result = new ArrayList<>();
      members.members().forEach((type, identifiers) -> result.add(new PolicyPrincipal(
          new PolicyValue(Optional.of(type), node.path(), node.span()), strings(identifiers),
          node.path(), node.span())));
      return result;
    }
    PolicyValue value = single(node);
    PolicyValue type = new PolicyValue(value.value().filter("*"::equals), node.path(),
        node.span());
    return List.of(new PolicyPrincipal(type, List.of(value), node.path(), node.span()));
  }

  // --- data "aws_iam_policy_document"

  PolicyDocument dataSource(Resource data) {
    List<PolicyStatement> statements = new ArrayList<>();
    boolean complete = !data.hasDynamic("statement") && !data.has("source_policy_documents")
        && !data.has("override_policy_documents") && !data.has("source_json")
        && !data.has("override_json");
    for (TerraformBlock statement : data.nestedBlocks("statement")) {
      statements.add(blockStatement(statement));
    }
    return new PolicyDocument(statements, complete, Optional.of(data), data.path(), data.span());
  }

  private PolicyStatement blockStatement(TerraformBlock s) {
    String path = s.path();
    Optional<String> sid = s.expression("sid").flatMap(Expression::stringValue);
    PolicyValue effect = s.expression("effect")
        .map(e -> single(node(e, path, 0)))
        .orElseGet(() -> new PolicyValue(Optional.of("Allow"), path, s.block().typeSpan()));
    return new PolicyStatement(sid, effect, blockStrings(s, "actions"),
        blockStrings(s, "not_actions"), blockStrings(s, "resources"),
        blockStrings(s, "not_resources"), blockPrincipals(s, "principals"),
        blockPrincipals(s, "not_principals"),
        !s.nestedBlocks("condition").isEmpty() || s.hasDynamic("condition"), path, s.span());
  }

  private List<PolicyValue> blockStrings(TerraformBlock block, String attribute) {
    return block.expression(attribute).map(e -> strings(node(e, block.path(), 0)))
        .orElse(List.of());
  }

  private List<PolicyPrincipal> blockPrincipals(TerraformBlock statement, String type) {
    List<PolicyPrincipal> result = new ArrayList<>();
    for (TerraformBlock principal : statement.nestedBlocks(type)) {
      PolicyValue kind = principal.expression("type").map(e -> single(node(e, principal.path(),
          0))).orElseGet(() -> new PolicyValue(Optional.empty(), principal.path(),
          principal.block().typeSpan()));
      result.add(new PolicyPrincipal(kind, blockStrings(principal, "identifiers"),
          principal.path(), principal.span()));
    }
    for (TerraformBlock dynamic : statement.dynamicBlocks(type)) {
      result.add(new PolicyPrincipal(new PolicyValue(Optional.empty(), dynamic.path(),
          dynamic.span()), List.of(new PolicyValue(Optional.empty(), dynamic.path(),
          dynamic.span())), dynamic.path(), dynamic.span()));
    }
    return result;
  }
}
