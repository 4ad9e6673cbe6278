package dev.plumbline.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.SourceFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every expression form of the native syntax, with exact spans. Each expression is the value of
 * {@code x = } on line 1, so it starts at column 5.
 */
class HclExpressionTest {

  static Expression expr(String source) {
    HclFile file = HclParser.parseNative(SourceFile.of("main.tf", "x = " + source + "\n"));
    assertThat(file.problems()).as("problems").isEmpty();
    return file.body().expression("x").orElseThrow();
  }

  @SuppressWarnings("unchecked")
  static <T extends Expression> T expr(String source, Class<T> type) {
    Expression e = expr(source);
    assertThat(e).isInstanceOf(type);
    return (T) e;
  }

  // -------------------------------------------------------------------------------- literals

  @Test
  void nullTrueFalse() {
    assertThat(expr("null").isNull()).isTrue();
    assertThat(expr("null").span()).hasToString("1:5-1:9");
    assertThat(expr("true", BoolLiteral.class).value()).isTrue();
    assertThat(expr("false").boolValue()).contains(false);
    assertThat(expr("false").span()).hasToString("1:5-1:10");
    assertThat(expr("true").isLiteral()).isTrue();
  }

  @Test
  void numbersInAllForms() {
    assertThat(number("42")).isEqualTo("42");
    assertThat(number("1.5")).isEqualTo("1.5");
    assertThat(number("1e3")).isEqualByComparingTo("1000");
    assertThat(number("1E+3")).isEqualByComparingTo("1000");
    assertThat(number("1.5e-3")).isEqualByComparingTo("0.0015");
    assertThat(number("007")).isEqualByComparingTo("7");
    assertThat(number("-2")).isEqualByComparingTo("-2");
    NumberLiteral literal = expr("12.50", NumberLiteral.class);
    assertThat(literal.text()).isEqualTo("12.50");
    assertThat(literal.span()).hasToString("1:5-1:10");
  }

  private static BigDecimal number(String source) {
    return expr(source).numberValue().orElseThrow();
  }

  // ------------------------------------------------------------------------------- templates

  @Test
  void quotedStringsDecodeEveryEscape() {
    Template t = expr("\"a\\nb\\rc\\td\\\"e\\\\f\\u00e9\\U0001F600\"", Template.class);
    assertThat(t.stringValue()).contains("a\nb\rc\td\"e\\fé\uD83D\uDE00");
    assertThat(t.span()).hasToString("1:5-1:39");
    TemplatePart.Literal literal = (TemplatePart.Literal) t.parts().get(0);
    assertThat(literal.span()).hasToString("1:6-1:38");
    assertThat(literal.spanOf(1, 2)).as("\\n").hasToString("1:7-1:9");
    int e = literal.value().indexOf('é');
    assertThat(literal.spanOf(e, e + 1)).as("\\u00e9").hasToString("1:22-1:28");
    assertThat(literal.spanOf(e + 1, e + 3)).as("\\U0001F600, two chars")
        .hasToString("1:28-1:38");
    assertThat(literal.spanOf(0, 1)).hasToString("1:6-1:7");
  }

  @Test
  void doubledSequenceIntroducersAreLiteral() {
    Template t = expr("\"$${a} %%{b} $ % $x\"", Template.class);
    assertThat(t.stringValue()).contains("${a} %{b} $ % $x");
    TemplatePart.Literal literal = (TemplatePart.Literal) t.parts().get(0);
    assertThat(literal.spanOf(0, 2)).as("$${ gives ${").hasToString("1:6-1:9");
  }

  @Test
  void emptyStringHasOneEmptyLiteral() {
    Template t = expr("\"\"", Template.class);
    assertThat(t.stringValue()).contains("");
    assertThat(t.parts()).hasSize(1);
    assertThat(t.parts().get(0).span()).hasToString("1:6-1:6");
  }

  @Test
  void interpolations() {
    Template t = expr("\"a-${var.name}-b\"", Template.class);
    assertThat(t.stringValue()).isEmpty();
    assertThat(t.parts()).hasSize(3);
    TemplatePart.Interpolation interpolation = (TemplatePart.Interpolation) t.parts().get(1);
    assertThat(interpolation.span()).hasToString("1:8-1:19");
    assertThat(interpolation.expression().span()).hasToString("1:10-1:18");
    assertThat(interpolation.expression().traversal().orElseThrow().names())
        .containsExactly("var", "name");
    assertThat(t.parts().get(2).span()).hasToString("1:19-1:21");
    assertThat(t.unwrapped()).isEmpty();
  }

  @Test
  void aTemplateOfOneInterpolationUnwraps() {
    Template t = expr("\"${var.list}\"", Template.class);
    assertThat(t.unwrapped().orElseThrow()).isInstanceOf(ScopeTraversal.class);
    assertThat(t.traversal().orElseThrow().names()).containsExactly("var", "list");
  }

  @Test
  void interpolationsMaySpanLinesAndNest() {
    Template t = expr("\"${join(\",\",\n  [\"${a}\", b])}\"", Template.class);
    FunctionCall call = (FunctionCall) ((TemplatePart.Interpolation) t.parts().get(0))
        .expression();
    assertThat(call.name()).isEqualTo("join");
    assertThat(call.span()).hasToString("1:8-2:15");
    Template inner = (Template) ((TupleExpression) call.arguments().get(1)).elements().get(0);
    assertThat(inner.span()).hasToString("2:4-2:10");
  }

  @Test
  void stripMarkersRemoveAdjacentSpace() {
    Template t = expr("\"a  ${~ \"b\" ~}  c\"", Template.class);
    assertThat(t.parts()).extracting(Object::toString).first().isEqualTo("Literal[a]");
    TemplatePart.Interpolation i = (TemplatePart.Interpolation) t.parts().get(1);
    assertThat(i.stripBefore()).isTrue();
    assertThat(i.stripAfter()).isTrue();
    assertThat(((TemplatePart.Literal) t.parts().get(2)).value()).isEqualTo("c");
    assertThat(t.parts().get(2).span()).as("the remaining 'c'").hasToString("1:21-1:22");
  }

  @Test
  void ifDirectives() {
    Template t = expr("\"%{ if a }yes%{ else }no%{ endif }!\"", Template.class);
    assertThat(t.parts()).hasSize(2);
    TemplatePart.If directive = (TemplatePart.If) t.parts().get(0);
    assertThat(directive.condition().traversal().orElseThrow().root()).isEqualTo("a");
    assertThat(directive.whenTrue()).extracting(Object::toString).containsExactly("Literal[yes]");
    assertThat(directive.whenFalse()).extracting(Object::toString).containsExactly("Literal[no]");
    assertThat(directive.span()).hasToString("1:6-1:39");
    assertThat(t.children()).hasSize(1);
  }

  @Test
  void forDirectivesWithStripMarkers() {
    Template t = expr("<<EOT\n%{ for k, v in var.m ~}\n${k}=${v}\n%{~ endfor }\nEOT",
        Template.class);
    TemplatePart.For directive = (TemplatePart.For) t.parts().get(0);
    assertThat(directive.keyVariable().orElseThrow().name()).isEqualTo("k");
    assertThat(directive.valueVariable().name()).isEqualTo("v");
    assertThat(directive.valueVariable().span()).hasToString("2:11-2:12");
    assertThat(directive.collection().span()).hasToString("2:16-2:21");
    // the line breaks next to the strip markers are gone; as in HCL, empty literals stay
    assertThat(directive.body()).extracting(Object::toString).containsExactly("Literal[]",
        "Interpolation[expression=ScopeTraversal[root=k, rootSpan=3:3-3:4, steps=[], "
            + "span=3:3-3:4], stripBefore=false, stripAfter=false, span=3:1-3:5]",
        "Literal[=]",
        "Interpolation[expression=ScopeTraversal[root=v, rootSpan=3:8-3:9, steps=[], "
            + "span=3:8-3:9], stripBefore=false, stripAfter=false, span=3:6-3:10]",
        "Literal[]");
    assertThat(((TemplatePart.Literal) t.parts().get(1)).value()).isEqualTo("\n");
  }

  @Test
  void heredocsKeepTheirLines() {
    Template t = expr("<<EOT\n  one\n${two}\n  EOT", Template.class);
    Heredoc heredoc = t.heredoc().orElseThrow();
    assertThat(heredoc.marker()).isEqualTo("EOT");
    assertThat(heredoc.indented()).isFalse();
    assertThat(heredoc.openerSpan()).hasToString("1:5-1:10");
    assertThat(heredoc.closerSpan()).hasToString("4:3-4:6");
    assertThat(t.span()).hasToString("1:5-4:6");
    assertThat(((TemplatePart.Literal) t.parts().get(0)).value()).isEqualTo("  one\n");
    assertThat(t.parts().get(0).span()).hasToString("2:1-3:1");
  }

  @Test
  void indentedHeredocsLoseTheCommonIndentation() {
    Template t = expr("<<-EOT\n    {\n      \"a\": 1\n\n    }\n    EOT", Template.class);
    assertThat(t.heredoc().orElseThrow().indented()).isTrue();
    assertThat(t.stringValue()).contains("{\n  \"a\": 1\n\n}\n");
    TemplatePart.Literal literal = (TemplatePart.Literal) t.parts().get(0);
    int a = literal.value().indexOf("\"a\"");
    assertThat(literal.spanOf(a, a + 3)).hasToString("3:7-3:10");
    assertThat(literal.span().start()).hasToString("2:5");
  }

  @Test
  void heredocClosingMarkerMayBeIndentedAndCarriageReturnsEndLines() {
    Template t = expr("<<-EOT\r\n  a\r\n  EOT\r", Template.class);
    assertThat(t.stringValue()).contains("a\r\n");
  }

  // ---------------------------------------------------------------------------- collections

  @Test
  void tuples() {
    TupleExpression tuple = expr("[1, \"a\",\n  [], b,\n]", TupleExpression.class);
    assertThat(tuple.elements()).hasSize(4);
    assertThat(tuple.span()).hasToString("1:5-3:2");
    assertThat(tuple.elements().get(2).span()).hasToString("2:3-2:5");
    assertThat(expr("[]", TupleExpression.class).elements()).isEmpty();
  }

  @Test
  void objectsWithEqualsColonsCommasAndLineBreaks() {
    ObjectExpression object = expr("{\n  a = 1, \"b\": 2\n  (c) = 3\n  \"${d}\" = 4\n}",
        ObjectExpression.class);
    assertThat(object.span()).hasToString("1:5-5:2");
    assertThat(object.items()).extracting(i -> i.keyName().orElse("?"))
        .containsExactly("a", "b", "?", "?");
    assertThat(object.items().get(2).key()).isInstanceOf(Parenthesized.class);
    assertThat(object.items().get(2).key().span()).hasToString("3:3-3:6");
    assertThat(object.items().get(1).span()).hasToString("2:10-2:16");
    assertThat(object.get("b").flatMap(Expression::numberValue))
        .hasValueSatisfying(n -> assertThat(n).isEqualTo("2"));
    assertThat(expr("{}", ObjectExpression.class).items()).isEmpty();
    assertThat(expr("{ (\"k\") = 1 }", ObjectExpression.class).items().get(0).keyName())
        .contains("k");
  }

  @Test
  void objectKeysThatAreKeywordsOrNumbers() {
    ObjectExpression object = expr("{ true = 1, 2 = 3, if = 4 }", ObjectExpression.class);
    assertThat(object.items()).extracting(i -> i.keyName().orElse("?"))
        .containsExactly("true", "2", "if");
  }

  // ----------------------------------------------------------------------------- traversals

  @Test
  void attributeAndIndexTraversals() {
    ScopeTraversal t = expr("aws_instance.web[0].tags[\"Name\"]", ScopeTraversal.class);
    assertThat(t.root()).isEqualTo("aws_instance");
    assertThat(t.rootSpan()).hasToString("1:5-1:17");
    assertThat(t.names()).containsExactly("aws_instance", "web");
    assertThat(t.path()).contains(List.of("aws_instance", "web", "0", "tags", "Name"));
    assertThat(t.steps()).extracting(s -> s.span().toString())
        .containsExactly("1:17-1:21", "1:21-1:24", "1:24-1:29", "1:29-1:37");
    assertThat(t.span()).hasToString("1:5-1:37");
  }

  @Test
  void legacyIndexSteps() {
    ScopeTraversal t = expr("aws_instance.web.0.id", ScopeTraversal.class);
    TraversalStep.Index index = (TraversalStep.Index) t.steps().get(1);
    assertThat(index.legacy()).isTrue();
    assertThat(index.constantKey()).contains("0");
    assertThat(index.span()).hasToString("1:21-1:23");
    assertThat(t.path()).contains(List.of("aws_instance", "web", "0", "id"));
  }

  @Test
  void dynamicIndexKeysAreExpressions() {
    ScopeTraversal t = expr("local.m[var.k].x", ScopeTraversal.class);
    assertThat(t.path()).isEmpty();
    assertThat(t.children()).extracting(e -> e.traversal().orElseThrow().names().toString())
        .containsExactly("[var, k]");
  }

  @Test
  void attributeOnlySplat() {
    RelativeTraversal r = expr("aws_instance.web.*.id[0]", RelativeTraversal.class);
    Splat splat = (Splat) r.source();
    assertThat(splat.full()).isFalse();
    assertThat(splat.markerSpan()).hasToString("1:21-1:23");
    assertThat(splat.steps()).extracting(s -> ((TraversalStep.GetAttr) s).name())
        .containsExactly("id");
    assertThat(splat.span()).hasToString("1:5-1:26");
    assertThat(((ScopeTraversal) splat.source()).names()).containsExactly("aws_instance", "web");
    assertThat(r.steps()).hasSize(1);
    assertThat(r.span()).hasToString("1:5-1:29");
  }

  @Test
  void fullSplat() {
    Splat splat = expr("var.list[*].a.b[0]", Splat.class);
    assertThat(splat.full()).isTrue();
    assertThat(splat.markerSpan()).hasToString("1:13-1:16");
    assertThat(splat.steps()).hasSize(3);
    assertThat(splat.span()).hasToString("1:5-1:23");
    assertThat(expr("var.list[*]", Splat.class).each()).isInstanceOf(SplatItem.class);
  }

  @Test
  void traversalsOfOtherExpressions() {
    RelativeTraversal r = expr("element(var.l, 0).id", RelativeTraversal.class);
    assertThat(r.source()).isInstanceOf(FunctionCall.class);
    assertThat(r.span()).hasToString("1:5-1:25");
    assertThat(expr("(var.m).x", RelativeTraversal.class).source())
        .isInstanceOf(Parenthesized.class);
  }

  // ---------------------------------------------------------------------------- calls, for

  @Test
  void functionCalls() {
    FunctionCall call = expr("merge(a,\n  b,\n)", FunctionCall.class);
    assertThat(call.name()).isEqualTo("merge");
    assertThat(call.nameSpan()).hasToString("1:5-1:10");
    assertThat(call.arguments()).hasSize(2);
    assertThat(call.expandFinal()).isFalse();
    assertThat(call.span()).hasToString("1:5-3:2");
    assertThat(expr("timestamp()", FunctionCall.class).arguments()).isEmpty();
  }

  @Test
  void providerFunctionsAndExpansion() {
    FunctionCall call = expr("provider::aws::arn_parse(var.arn...)", FunctionCall.class);
    assertThat(call.name()).isEqualTo("provider::aws::arn_parse");
    assertThat(call.baseName()).isEqualTo("arn_parse");
    assertThat(call.nameSpan()).hasToString("1:5-1:29");
    assertThat(call.expandFinal()).isTrue();
  }

  @Test
  void forTuple() {
    ForExpression f = expr("[for s in var.list : upper(s) if s != \"\"]", ForExpression.class);
    assertThat(f.object()).isFalse();
    assertThat(f.keyVariable()).isEmpty();
    assertThat(f.valueVariable().name()).isEqualTo("s");
    assertThat(f.collection().span()).hasToString("1:15-1:23");
    assertThat(f.value()).isInstanceOf(FunctionCall.class);
    assertThat(f.condition().orElseThrow()).isInstanceOf(BinaryOperation.class);
    assertThat(f.span()).hasToString("1:5-1:46");
  }

  @Test
  void forObjectWithGrouping() {
    ForExpression f = expr("{\n  for k, v in var.map :\n  v => k...\n}", ForExpression.class);
    assertThat(f.object()).isTrue();
    assertThat(f.keyVariable().orElseThrow().name()).isEqualTo("k");
    assertThat(f.key().orElseThrow().span()).hasToString("3:3-3:4");
    assertThat(f.grouping()).isTrue();
    assertThat(f.condition()).isEmpty();
    assertThat(f.children()).hasSize(3);
  }

  // ------------------------------------------------------------------------------ operators

  @Test
  void conditionals() {
    Conditional c = expr("var.a ? \"x\" : var.b ? 1 : 2", Conditional.class);
    assertThat(c.condition().span()).hasToString("1:5-1:10");
    assertThat(c.whenTrue().stringValue()).contains("x");
    assertThat(c.whenFalse()).isInstanceOf(Conditional.class);
    assertThat(c.span()).hasToString("1:5-1:32");
  }

  @Test
  void binaryOperatorsFollowHclPrecedence() {
    assertThat(shape(expr("a || b && c == d + e * f")))
        .isEqualTo("(a || (b && (c == (d + (e * f)))))");
    assertThat(shape(expr("a * b + c > d != e && f || g")))
        .isEqualTo("((((((a * b) + c) > d) != e) && f) || g)");
    assertThat(shape(expr("a - b + c"))).isEqualTo("((a - b) + c)");
    assertThat(shape(expr("a / b % c <= d"))).isEqualTo("(((a / b) % c) <= d)");
    assertThat(shape(expr("(a + b) * c"))).isEqualTo("(((a + b)) * c)");
    BinaryOperation plus = expr("1 + 2", BinaryOperation.class);
    assertThat(plus.operator()).isEqualTo(Operator.ADD);
    assertThat(plus.operatorSpan()).hasToString("1:7-1:8");
    assertThat(plus.span()).hasToString("1:5-1:10");
  }

  @Test
  void unaryOperatorsBindTighterThanBinary() {
    assertThat(shape(expr("-a + b"))).isEqualTo("((-a) + b)");
    assertThat(shape(expr("!a.b && c"))).isEqualTo("((!a.b) && c)");
    assertThat(shape(expr("--1"))).isEqualTo("(-(-1))");
    UnaryOperation not = expr("!var.enabled", UnaryOperation.class);
    assertThat(not.operator()).isEqualTo(Operator.NOT);
    assertThat(not.operand().span()).hasToString("1:6-1:17");
    assertThat(expr("-1.5").numberValue()).hasValueSatisfying(n -> assertThat(n)
        .isEqualByComparingTo("-1.5"));
  }

  @Test
  void walkVisitsEveryExpressionInSourceOrder() {
    List<String> seen = new ArrayList<>();
    expr("f(a, [b, {c = d}], \"${e}\")").walk(e -> e.traversal()
        .filter(t -> !(e instanceof Template)).ifPresent(t -> seen.add(t.root())));
    assertThat(seen).containsExactly("a", "b", "c", "d", "e");
  }

  /** Operators made visible with parentheses: {@code ((a + b) * c)}. */
  private static String shape(Expression e) {
    if (e instanceof BinaryOperation b) {
      return "(" + shape(b.left()) + " " + b.operator().symbol() + " " + shape(b.right()) + ")";
    }
    if (e instanceof UnaryOperation u) {
      return "(" + u.operator().symbol() + shape(u.operand()) + ")";
    }
    if (e instanceof Parenthesized p) {
      return "(" + shape(p.expression()) + ")";
    }
    if (e instanceof ScopeTraversal t) {
      return String.join(".", t.names());
    }
    return e.numberValue().map(BigDecimal::toPlainString).orElse("?");
  }
}
