package dev.plumbline.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class YamlParserTest {

  private static YamlStream parse(String text) {
    return new YamlParser().parse(SourceFile.of("test.yml", text));
  }

  private static YamlMapping root(String text) {
    YamlStream stream = parse(text);
    assertThat(stream.fatalProblem()).isEmpty();
    return (YamlMapping) stream.documents().get(0).root();
  }

  private static String at(Span span) {
    return span.start() + "-" + span.end();
  }

  @Test
  void keysAndValuesHaveTheirOwnSpans() {
    YamlMapping root = root("name: ci\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
    YamlMapping.Entry name = root.entry("name").orElseThrow();
    assertThat(at(name.keySpan())).isEqualTo("1:1-1:5");
    assertThat(at(name.valueSpan())).isEqualTo("1:7-1:9");
    YamlMapping.Entry runsOn = root.mapping("jobs").flatMap(j -> j.mapping("build"))
        .flatMap(b -> b.entry("runs-on")).orElseThrow();
    assertThat(at(runsOn.keySpan())).isEqualTo("4:5-4:12");
    assertThat(at(runsOn.valueSpan())).isEqualTo("4:14-4:27");
  }

  @Test
  void blockCollectionsEndWithTheirLastChildNotAfterTrailingComments() {
    YamlMapping root = root("a:\n  b: 1\n  c: 2   # trailing\n\n# comment\nd: 3\n");
    assertThat(at(root.mapping("a").orElseThrow().span())).isEqualTo("2:3-3:7");
  }

  @Test
  void columnsAreCountedInCodePoints() {
    YamlMapping root = root("k: \"\uD83D\uDE00 x\" # emoji\nn: 1\n");
    YamlScalar k = root.scalar("k").orElseThrow();
    assertThat(at(k.span())).isEqualTo("1:4-1:9");
    assertThat(k.spanOf(3, 4).start().column()).as("x after the emoji and a space").isEqualTo(7);
  }

  @Test
  void placeholdersLikeShellVariablesArePlainStrings() {
    YamlMapping root = root("image: ${IMAGE}\ntag: ${TAG:-latest}\n");
    assertThat(root.scalar("image").orElseThrow().type()).isEqualTo(YamlScalar.Type.STRING);
    assertThat(root.scalar("tag").orElseThrow().type()).isEqualTo(YamlScalar.Type.STRING);
    assertThat(root.scalar("tag").orElseThrow().value()).isEqualTo("${TAG:-latest}");
  }

  @Test
  void yaml12CoreSchemaKeepsOnAndYesAsStrings() {
    YamlMapping root = root("on: push\nyes: no\nflag: true\nn: 0x1F\nf: 1.5\nnothing:\ntilde: ~\n");
    assertThat(root.entries().get(0).key()).isInstanceOfSatisfying(YamlScalar.class,
        k -> assertThat(k.type()).isEqualTo(YamlScalar.Type.STRING));
    assertThat(root.scalar("yes").orElseThrow().type()).isEqualTo(YamlScalar.Type.STRING);
    assertThat(root.scalar("flag").orElseThrow().asBoolean()).contains(true);
    assertThat(root.scalar("n").orElseThrow().asLong()).hasValue(31);
    assertThat(root.scalar("f").orElseThrow().type()).isEqualTo(YamlScalar.Type.FLOAT);
    assertThat(root.get("nothing").orElseThrow().isNull()).isTrue();
    assertThat(root.get("tilde").orElseThrow().isNull()).isTrue();
  }

  @Test
  void literalBlockScalarMapsEveryCharacterBackToTheFile() {
    String text = "run: |\n  echo one\n  echo ${{ x }}\n\nafter: 1\n";
    YamlScalar run = root(text).scalar("run").orElseThrow();
    assertThat(run.value()).isEqualTo("echo one\necho ${{ x }}\n");
    assertThat(run.style()).isEqualTo(ScalarStyle.LITERAL);
    assertThat(at(run.span())).as("block scalar span ends at its last character").isEqualTo("1:6-3:16");
    int expr = run.value().indexOf("${{");
    Span span = run.spanOf(expr, expr + "${{ x }}".length());
    assertThat(at(span)).isEqualTo("3:8-3:16");
    assertThat(SourceFile.of("t", text).text(span)).isEqualTo("${{ x }}");
  }

  @Test
  void foldedBlockScalarWithChompingMapsBack() {
    String text = "msg: >-\n  one\n  two\n\n  three ${{ y }}\nnext: x\n";
    YamlScalar msg = root(text).scalar("msg").orElseThrow();
    assertThat(msg.value()).isEqualTo("one two\nthree ${{ y }}");
    assertThat(msg.hasExactSourceMap()).isTrue();
    int expr = msg.value().indexOf("${{");
    assertThat(at(msg.spanOf(expr, expr + 8))).isEqualTo("5:9-5:17");
  }

  @Test
  void emptyScalarsMapToTheirStart() {
    YamlMapping root = root("a: ''\nb:\n");
    assertThat(at(root.scalar("a").orElseThrow().spanOf(0, 0))).isEqualTo("1:4-1:4");
    assertThat(root.scalar("b").orElseThrow().spanOf(0, 0).start().line()).isEqualTo(2);
  }

  @Test
  void keepChompingAndIndentationIndicatorAreExact() {
    YamlScalar keep = root("a: |+\n  x\n\nb: 1\n").scalar("a").orElseThrow();
    assertThat(keep.value()).isEqualTo("x\n\n");
    assertThat(keep.hasExactSourceMap()).isTrue();
    YamlScalar indented = root("a: |2\n    indented\n  base\n").scalar("a").orElseThrow();
    assertThat(indented.value()).isEqualTo("  indented\nbase\n");
    assertThat(indented.hasExactSourceMap()).isTrue();
    assertThat(at(indented.spanOf(2, 10))).isEqualTo("2:5-2:13");
  }

  @Test
  void quotedScalarsMapThroughEscapesAndFolding() {
    String text = "d: \"a\\tb ${{ c }}\\\n   end\"\ns: 'it''s ${{ d }}'\np: plain\n  folded ${{ e }}\n";
    YamlMapping root = root(text);
    YamlScalar d = root.scalar("d").orElseThrow();
    assertThat(d.value()).isEqualTo("a\tb ${{ c }}end");
    assertThat(at(d.spanOf(1, 2))).as("the escape \\t").isEqualTo("1:6-1:8");
    assertThat(at(d.spanOf(4, 12))).isEqualTo("1:10-1:18");
    YamlScalar s = root.scalar("s").orElseThrow();
    assertThat(s.value()).isEqualTo("it's ${{ d }}");
    assertThat(at(s.spanOf(5, 13))).isEqualTo("3:11-3:19");
    YamlScalar p = root.scalar("p").orElseThrow();
    assertThat(p.value()).isEqualTo("plain folded ${{ e }}");
    assertThat(at(p.spanOf(13, 21))).isEqualTo("5:10-5:18");
  }

  @Test
  void crlfAndLoneCrLineEndingsKeepPositions() {
    YamlMapping crlf = root("a: 1\r\nrun: |\r\n  echo ${{ x }}\r\nb: 2\r\n");
    assertThat(at(crlf.entry("b").orElseThrow().keySpan())).isEqualTo("4:1-4:2");
    YamlScalar run = crlf.scalar("run").orElseThrow();
    assertThat(run.value()).isEqualTo("echo ${{ x }}\n");
    assertThat(at(run.spanOf(5, 13))).isEqualTo("3:8-3:16");
    YamlMapping cr = root("a: 1\rb: 2\r");
    assertThat(at(cr.entry("b").orElseThrow().keySpan())).isEqualTo("2:1-2:2");
  }

  @Test
  void aliasesShareTheAnchoredNodeAndItsSpan() {
    YamlMapping root = root("base: &env\n  A: 1\nx:\n  env: *env\n");
    YamlNode anchored = root.get("base").orElseThrow();
    YamlNode aliased = root.mapping("x").flatMap(x -> x.get("env")).orElseThrow();
    assertThat(aliased).isSameAs(anchored);
    assertThat(at(aliased.span())).as("from the anchor to the last value").isEqualTo("1:7-2:7");
  }

  @Test
  void mergeKeysAreAppliedExplicitKeysWinAndMergedEntriesAreMarked() {
    YamlMapping root = root("base: &b\n  k: 1\n  j: 2\nother: &o\n  m: 3\n  j: 9\n"
        + "derived:\n  <<: [*b, *o]\n  k: 5\n");
    YamlMapping derived = root.mapping("derived").orElseThrow();
    assertThat(derived.entries()).extracting(YamlMapping.Entry::keyText).containsExactly("j", "m", "k");
    assertThat(derived.scalar("k").orElseThrow().value()).isEqualTo("5");
    assertThat(derived.scalar("j").orElseThrow().value()).as("earlier merge source wins").isEqualTo("2");
    assertThat(derived.entry("j").orElseThrow().merged()).isTrue();
    assertThat(derived.entry("k").orElseThrow().merged()).isFalse();
    assertThat(at(derived.entry("m").orElseThrow().keySpan())).as("span where it is written")
        .isEqualTo("5:3-5:4");
  }

  @Test
  void mergeKeysCanBeLeftAsPlainKeys() {
    YamlStream stream = new YamlParser(YamlLimits.DEFAULT, false)
        .parse(SourceFile.of("t.yml", "b: &b {k: 1}\nd:\n  <<: *b\n"));
    YamlMapping d = ((YamlMapping) stream.documents().get(0).root()).mapping("d").orElseThrow();
    assertThat(d.entries()).extracting(YamlMapping.Entry::keyText).containsExactly("<<");
  }

  @Test
  void duplicateKeysAreReportedWithBothLines() {
    YamlStream stream = parse("a: 1\nb: 2\na: 3\n");
    assertThat(stream.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(YamlProblem.Kind.DUPLICATE_KEY);
      assertThat(at(p.span())).isEqualTo("3:1-3:2");
      assertThat(p.message()).contains("'a'", "line 1");
    });
    assertThat(stream.fatalProblem()).isEmpty();
  }

  @Test
  void multiDocumentStreamsKeepEveryDocument() {
    YamlStream stream = parse("a: 1\n---\nb: 2\n---\n- x\n");
    assertThat(stream.documents()).hasSize(3);
    assertThat(stream.documents().get(2).root()).isInstanceOf(YamlSequence.class);
    assertThat(at(stream.documents().get(1).root().span())).isEqualTo("3:1-3:5");
  }

  @Test
  void syntaxErrorHasPositionAndEarlierDocumentsSurvive() {
    YamlStream stream = parse("a: 1\n---\nb: [1, 2\nc: 3\n");
    assertThat(stream.documents()).hasSize(1);
    assertThat(stream.fatalProblem()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX);
      assertThat(p.span().start().line()).isEqualTo(4);
      assertThat(p.message()).isNotBlank();
    });
  }

  @Test
  void controlCharacterIsASyntaxErrorAtTheCharacter() {
    YamlStream stream = parse("ok: 1\nbad: \"\u001b[31mred\"\n");
    assertThat(stream.fatalProblem()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX);
      assertThat(at(p.span())).isEqualTo("2:7-2:8");
      assertThat(p.message()).contains("U+001B");
    });
  }

  @Test
  void aliasBombIsStoppedByTheAliasLimit() {
    StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      sb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    YamlStream stream = parse(sb.toString());
    assertThat(stream.fatalProblem()).hasValueSatisfying(
        p -> assertThat(p.kind()).isEqualTo(YamlProblem.Kind.LIMIT));
  }

  @Test
  void deepNestingIsStoppedByTheDepthLimit() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    YamlStream stream = parse("a: " + deep + "\n");
    assertThat(stream.fatalProblem()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(YamlProblem.Kind.LIMIT);
      assertThat(p.message()).contains("deeper than");
    });
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void billionLaughsUnderTheAliasCountIsStoppedByWhatTheAliasesAdd() {
    StringBuilder sb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      sb.append(c).append(": &").append(c).append(" [")
          .append(String.join(", ", Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
    }
    YamlStream stream = parse(sb.toString());
    assertThat(stream.documents()).isEmpty();
    assertThat(stream.fatalProblem()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(YamlProblem.Kind.LIMIT);
      assertThat(p.message()).isEqualTo("aliases make this document more than 100,000 nodes "
          + "larger when read (possible alias bomb; limit max-yaml-alias-nodes)");
      assertThat(at(p.span())).as("the sequence where the aliases go over").isEqualTo("6:4-6:4");
    });
  }

  @Test
  void aliasesWithinTheLimitsAreRead() {
    YamlMapping root = root("base: &base {image: alpine, tags: [a, b]}\n"
        + "jobs: [*base, *base, *base]\n");
    assertThat(root.sequence("jobs").orElseThrow().items()).hasSize(3)
        .allSatisfy(j -> assertThat(j).isSameAs(root.get("base").orElseThrow()));
  }

  @Test
  void aliasesCountTowardTheDepthLimit() {
    String deep = "[".repeat(300) + "x" + "]".repeat(300);
    YamlStream stream = parse("a: &a " + deep + "\nb: &b [" + deep.replace("x", "*a")
        + "]\n");
    assertThat(stream.fatalProblem()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(YamlProblem.Kind.LIMIT);
      assertThat(p.message()).isEqualTo("nesting is deeper than 500 levels once aliases are "
          + "read (limit max-yaml-depth)");
    });
    assertThat(parse("a: &a " + deep + "\nb: [*a]\n").fatalProblem()).isEmpty();
  }

  @Test
  void theLimitsAreThoseGiven() {
    String aliases = "x: &x [1]\ny: [*x, *x, *x]\n";
    assertThat(new YamlParser(new YamlLimits(2, 500, 1 << 20, 100), true)
        .parse(SourceFile.of("t.yml", aliases)).fatalProblem()).hasValueSatisfying(p ->
            assertThat(p.message()).isEqualTo("more than 2 aliases to mappings or sequences in "
                + "one document (possible alias bomb; limit max-yaml-aliases)"));
    // each alias to [1] adds two nodes: the sequence and its item
    assertThat(new YamlParser(new YamlLimits(10, 500, 1 << 20, 5), true)
        .parse(SourceFile.of("t.yml", aliases)).fatalProblem()).hasValueSatisfying(p ->
            assertThat(p.message()).contains("more than 5 nodes larger"));
    assertThat(new YamlParser(new YamlLimits(10, 500, 1 << 20, 6), true)
        .parse(SourceFile.of("t.yml", aliases)).fatalProblem()).isEmpty();
    assertThat(new YamlParser(new YamlLimits(10, 2, 1 << 20, 10), true)
        .parse(SourceFile.of("t.yml", "a: [[1]]\n")).fatalProblem()).hasValueSatisfying(p ->
            assertThat(p.message()).isEqualTo("nesting is deeper than 2 levels (limit "
                + "max-yaml-depth)"));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void mergingALargeMappingManyTimesIsLinear() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      keys.add("k" + i + ": v");
    }
    YamlMapping root = root(".a: &a {" + String.join(", ", keys) + "}\njob:\n  own: 1\n  <<: ["
        + String.join(", ", Collections.nCopies(1_500, "*a")) + "]\n  k7: mine\n");
    YamlMapping job = root.mapping("job").orElseThrow();
    assertThat(job.size()).isEqualTo(2_001);
    assertThat(job.string("k7")).hasValue("mine");
    assertThat(job.entry("k8").orElseThrow().merged()).isTrue();
  }

  @Test
  void recursiveAliasDoesNotLoop() {
    YamlStream stream = parse("a: &a [1, *a]\n");
    assertThat(stream.problems()).isNotEmpty();
  }

  @Test
  void escapeWithoutItsDigitsIsASyntaxError() {
    String message = "YAML syntax error: an escape \\x, \\u or \\U needs 2, 4 or 8 hexadecimal "
        + "digits that name a Unicode character";
    YamlStream cut = parse("a: \"text\\x");
    assertThat(cut.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo(message);
      assertThat(p.span().start()).hasToString("1:11");
    });
    YamlStream tooLarge = parse("a: \"\\UFFFFFFFF\"\nb: 1\n");
    assertThat(tooLarge.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo(message);
      assertThat(p.span().start()).hasToString("1:7");
    });
  }

  @Test
  void mappingThatMergesOrHoldsItselfIsAProblemNotACrash() {
    for (String text : new String[] {"a: &a {b: *a}\n", "job: &job\n  x: 1\n  <<: *job\n"}) {
      YamlStream stream = parse(text);
      assertThat(stream.problems()).extracting(YamlProblem::message)
          .contains("an alias refers to a node that contains it (recursive structure)");
      assertThat(stream.documents()).hasSize(1);
    }
  }

  @Test
  void customTagsAreKept() {
    YamlMapping root = root("script: !reference [.setup, script]\nplain: x\n");
    assertThat(root.get("script").orElseThrow().customTag()).isTrue();
    assertThat(root.get("script").orElseThrow().tag()).isEqualTo("!reference");
    assertThat(root.get("plain").orElseThrow().customTag()).isFalse();
  }

  @Test
  void walkerVisitsSharedNodesOnce() {
    YamlMapping root = root("a: &x {k: v}\nb: *x\nc: *x\n");
    int[] scalars = {0};
    YamlWalker.scalars(root, s -> scalars[0]++);
    assertThat(scalars[0]).as("a, b, c, k, v").isEqualTo(5);
  }
}
