package dev.plumbline.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

  @Nested
  class Operators {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a || b ; OR",
        "a && b ; AND",
        "a == b ; EQ",
        "a != b ; NE",
        "a < b  ; LT",
        "a <= b ; LE",
        "a > b  ; GT",
        "a >= b ; GE",
    })
    void everyBinaryOperator(String text, Binary.Operator op) throws ExprSyntaxException {
      Binary b = (Binary) ExpressionParser.parse(text, 0);
      assertThat(b.op()).isEqualTo(op);
      assertThat(b.left()).isEqualTo(new ContextName(0, 1, "a"));
      assertThat(b.right()).isEqualTo(new ContextName(text.length() - 1, text.length(), "b"));
      assertThat(b.start()).isZero();
      assertThat(b.end()).isEqualTo(text.length());
    }

    @Test
    void operatorsNeedNoSpaces() {
      assertThat(Sexpr.parse("a==b&&c!=d||e<=f")).isEqualTo("(|| (&& (== a b) (!= c d)) (<= e f))");
      assertThat(Sexpr.parse("1==1")).isEqualTo("(== 1 1)");
      assertThat(Sexpr.parse("a>=-1")).isEqualTo("(>= a -1)");
    }

    @Test
    void not() {
      assertThat(Sexpr.parse("!a")).isEqualTo("(! a)");
      assertThat(Sexpr.parse("!!a")).isEqualTo("(! (! a))");
      assertThat(Sexpr.parse("! a.b")).isEqualTo("(! (. a b))");
      assertThat(Sexpr.parse("!contains(a, b)")).isEqualTo("(! (contains() a b))");
    }
  }

  @Nested
  class Precedence {

    @Test
    void andBindsTighterThanOr() {
      assertThat(Sexpr.parse("a || b && c")).isEqualTo("(|| a (&& b c))");
      assertThat(Sexpr.parse("a && b || c")).isEqualTo("(|| (&& a b) c)");
    }

    @Test
    void equalityBindsTighterThanAnd() {
      assertThat(Sexpr.parse("a == b && c != d")).isEqualTo("(&& (== a b) (!= c d))");
    }

    @Test
    void comparisonBindsTighterThanEquality() {
      assertThat(Sexpr.parse("a < b == c >= d")).isEqualTo("(== (< a b) (>= c d))");
      assertThat(Sexpr.parse("a == b < c")).isEqualTo("(== a (< b c))");
    }

    @Test
    void notBindsTighterThanComparison() {
      assertThat(Sexpr.parse("!a == b")).isEqualTo("(== (! a) b)");
      assertThat(Sexpr.parse("!a < b")).isEqualTo("(< (! a) b)");
      assertThat(Sexpr.parse("a && !b")).isEqualTo("(&& a (! b))");
    }

    @Test
    void postfixBindsTighterThanNot() {
      assertThat(Sexpr.parse("!a[0].b")).isEqualTo("(! (. ([] a 0) b))");
    }

    @Test
    void binaryOperatorsAreLeftAssociative() {
      assertThat(Sexpr.parse("a || b || c")).isEqualTo("(|| (|| a b) c)");
      assertThat(Sexpr.parse("a && b && c")).isEqualTo("(&& (&& a b) c)");
      assertThat(Sexpr.parse("a == b != c")).isEqualTo("(!= (== a b) c)");
      assertThat(Sexpr.parse("a < b <= c")).isEqualTo("(<= (< a b) c)");
    }

    @Test
    void parenthesesGroup() {
      assertThat(Sexpr.parse("(a || b) && c")).isEqualTo("(&& (|| a b) c)");
      assertThat(Sexpr.parse("!(a == b)")).isEqualTo("(! (== a b))");
      assertThat(Sexpr.parse("((a))")).isEqualTo("a");
    }

    @Test
    void theTernaryIdiom() {
      assertThat(Sexpr.parse("github.ref == 'refs/heads/main' && 'prod' || 'dev'"))
          .isEqualTo("(|| (&& (== (. github ref) 'refs/heads/main') 'prod') 'dev')");
    }
  }

  @Nested
  class Chains {

    @Test
    void propertyChain() {
      assertThat(Sexpr.parse("github.event.issue.title"))
          .isEqualTo("(. (. (. github event) issue) title)");
    }

    @Test
    void identifiersMayContainHyphensAndUnderscores() {
      assertThat(Sexpr.parse("steps.my-step.outputs.some_value"))
          .isEqualTo("(. (. (. steps my-step) outputs) some_value)");
      assertThat(Sexpr.parse("_private.x-1")).isEqualTo("(. _private x-1)");
    }

    @Test
    void keywordsAreOrdinaryPropertyNames() {
      assertThat(Sexpr.parse("a.null.true.format")).isEqualTo("(. (. (. a null) true) format)");
    }

    @Test
    void indexes() {
      assertThat(Sexpr.parse("github.event['issue']")).isEqualTo("([] (. github event) 'issue')");
      assertThat(Sexpr.parse("a[0][1]")).isEqualTo("([] ([] a 0) 1)");
      assertThat(Sexpr.parse("secrets[inputs.name]")).isEqualTo("([] secrets (. inputs name))");
      assertThat(Sexpr.parse("a[b == c]")).isEqualTo("([] a (== b c))");
    }

    @Test
    void filters() {
      assertThat(Sexpr.parse("github.event.commits.*.message"))
          .isEqualTo("(. (* (. (. github event) commits)) message)");
      assertThat(Sexpr.parse("a[*].b")).isEqualTo("(. (* a) b)");
      assertThat(Sexpr.parse("a.*.*")).isEqualTo("(* (* a))");
    }

    @Test
    void postfixOnCallsAndGroups() {
      assertThat(Sexpr.parse("fromJSON(steps.x.outputs.json).items[0]"))
          .isEqualTo("([] (. (fromJSON() (. (. (. steps x) outputs) json)) items) 0)");
      assertThat(Sexpr.parse("(a || b).c")).isEqualTo("(. (|| a b) c)");
    }

    @Test
    void whitespaceAroundDotsAndBrackets() {
      assertThat(Sexpr.parse("a . b [ 'c' ] . *")).isEqualTo("(* ([] (. a b) 'c'))");
    }
  }

  @Nested
  class Calls {

    @Test
    void noArguments() throws ExprSyntaxException {
      assertThat(ExpressionParser.parse("success()", 0))
          .isEqualTo(new Call(0, 9, "success", 0, 7, List.of()));
    }

    @Test
    void nestedArguments() {
      assertThat(Sexpr.parse("format('{0}-{1}', join(matrix.os, ','), toJSON(fromJSON(x)))"))
          .isEqualTo("(format() '{0}-{1}' (join() (. matrix os) ',') (toJSON() (fromJSON() x)))");
    }

    @Test
    void argumentsAreFullExpressions() {
      assertThat(Sexpr.parse("contains(a || b, !c)")).isEqualTo("(contains() (|| a b) (! c))");
    }

    @Test
    void spaceBeforeParenthesisStillMakesACall() {
      assertThat(Sexpr.parse("format ('x')")).isEqualTo("(format() 'x')");
    }

    @Test
    void anyNameParses() {
      // Unknown functions are for a rule (via BuiltinFunctions) to report, not for the parser.
      assertThat(Sexpr.parse("myFunc(1)")).isEqualTo("(myFunc() 1)");
    }
  }

  @Nested
  class CaseInsensitivity {

    @Test
    void namesKeepTheirSpellingAndPathsAreLowerCased() throws ExprSyntaxException {
      Expr expr = ExpressionParser.parse("GitHub.Event.Issue['Title']", 0);
      assertThat(Sexpr.of(expr)).isEqualTo("([] (. (. GitHub Event) Issue) 'Title')");
      assertThat(expr.contextPath()).contains(List.of("github", "event", "issue", "title"));
    }

    @Test
    void functionNamesInAnyCase() throws ExprSyntaxException {
      Call call = (Call) ExpressionParser.parse("TOjson(SECRETS)", 0);
      assertThat(call.name()).isEqualTo("TOjson");
      assertThat(call.arguments().get(0).contextPath()).contains(List.of("secrets"));
    }
  }

  @Nested
  class Spans {

    @Test
    void baseOffsetIsAdded() throws ExprSyntaxException {
      Property p = (Property) ExpressionParser.parse(" a.bc ", 100);
      assertThat(p).isEqualTo(new Property(101, 105, new ContextName(101, 102, "a"), "bc", 103, 105));
    }

    @Test
    void propertyIndexAndFilter() throws ExprSyntaxException {
      //           0123456789012345678901234567
      String text = "github.event['issue'].a[*].b";
      Property outer = (Property) ExpressionParser.parse(text, 0);
      assertThat(outer.start()).isZero();
      assertThat(outer.end()).isEqualTo(28);
      assertThat(outer.nameStart()).isEqualTo(27);
      Filter filter = (Filter) outer.receiver();
      assertThat(filter.start()).isZero();
      assertThat(filter.end()).isEqualTo(26);
      Property a = (Property) filter.receiver();
      assertThat(a.end()).isEqualTo(23);
      assertThat(a.nameStart()).isEqualTo(22);
      Index index = (Index) a.receiver();
      assertThat(index.end()).isEqualTo(21);
      assertThat(index.index()).isEqualTo(
          new Literal(13, 20, Literal.Kind.STRING, "'issue'", "issue"));
      Property event = (Property) index.receiver();
      assertThat(event).isEqualTo(
          new Property(0, 12, new ContextName(0, 6, "github"), "event", 7, 12));
    }

    @Test
    void dotStarFilter() throws ExprSyntaxException {
      Filter f = (Filter) ExpressionParser.parse("a.*", 0);
      assertThat(f).isEqualTo(new Filter(0, 3, new ContextName(0, 1, "a")));
    }

    @Test
    void callSpansNameToClosingParenthesis() throws ExprSyntaxException {
      //           01234567890123456789012345
      String text = "  contains( a , 'b' )  ";
      Call call = (Call) ExpressionParser.parse(text, 0);
      assertThat(call.start()).isEqualTo(2);
      assertThat(call.end()).isEqualTo(21);
      assertThat(call.nameStart()).isEqualTo(2);
      assertThat(call.nameEnd()).isEqualTo(10);
      assertThat(call.arguments()).containsExactly(
          new ContextName(12, 13, "a"),
          new Literal(16, 19, Literal.Kind.STRING, "'b'", "b"));
    }

    @Test
    void unarySpansTheOperatorAndOperand() throws ExprSyntaxException {
      Unary u = (Unary) ExpressionParser.parse("! cancelled()", 5);
      assertThat(u.start()).isEqualTo(5);
      assertThat(u.end()).isEqualTo(18);
      assertThat(u.operand().start()).isEqualTo(7);
    }

    @Test
    void parenthesesBelongToTheParentNotTheChild() throws ExprSyntaxException {
      //           0123456789012345
      String text = "(a || b) && (c)";
      Binary and = (Binary) ExpressionParser.parse(text, 0);
      assertThat(and.start()).isZero();
      assertThat(and.end()).isEqualTo(15);
      assertThat(and.left().start()).isEqualTo(1);
      assertThat(and.left().end()).isEqualTo(7);
      assertThat(and.right()).isEqualTo(new ContextName(13, 14, "c"));
    }

    @Test
    void parenthesesAroundReceiversAndOperands() throws ExprSyntaxException {
      Property p = (Property) ExpressionParser.parse("(a).b", 0);
      assertThat(p.start()).isZero();
      assertThat(p.receiver()).isEqualTo(new ContextName(1, 2, "a"));
      Unary u = (Unary) ExpressionParser.parse("!((a))", 0);
      assertThat(u.end()).isEqualTo(6);
    }

    @Test
    void aParenthesizedRootKeepsItsOwnSpan() throws ExprSyntaxException {
      assertThat(ExpressionParser.parse("( a )", 0)).isEqualTo(new ContextName(2, 3, "a"));
    }

    @Test
    void everyDescendantLiesInsideItsParent() throws ExprSyntaxException {
      String text = "!(a.b[c] == 'x') && format('{0}', (d || e[*])) != f.*.g";
      for (Expr node : ExpressionParser.parse(text, 0).descendants()) {
        for (Expr child : node.children()) {
          assertThat(child.start()).isGreaterThanOrEqualTo(node.start());
          assertThat(child.end()).isLessThanOrEqualTo(node.end());
        }
      }
    }
  }

  @Nested
  class Descendants {

    @Test
    void preOrderInSourceOrder() throws ExprSyntaxException {
      Expr root = ExpressionParser.parse("a.b && f(c, !d)", 0);
      assertThat(root.descendants()).extracting(Sexpr::of).containsExactly(
          "(&& (. a b) (f() c (! d)))", "(. a b)", "a", "(f() c (! d))", "c", "(! d)", "d");
    }

    @Test
    void leafIsItsOwnOnlyDescendant() throws ExprSyntaxException {
      Expr leaf = ExpressionParser.parse("x", 0);
      assertThat(leaf.descendants()).containsExactly(leaf);
    }
  }
}
