package dev.plumbline.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.SourceFile;
import org.junit.jupiter.api.Test;

/** The JSON syntax ({@code .tf.json}) on the same bodies, blocks and attributes. */
class HclJsonSyntaxTest {

  private static HclFile parse(String path, String text) {
    return HclParser.parse(SourceFile.of(path, text));
  }

  private static final String MAIN = """
      {
        "//": "generated",
        "resource": {
          "aws_s3_bucket": {
            "logs": {
              "bucket": "logs-${var.env}",
              "count": 2,
              "tags": {"Name": "x"},
              "lifecycle": {"prevent_destroy": true},
              "versioning": {"enabled": true}
            }
          }
        },
        "variable": {"env": {"default": "dev"}},
        "locals": [{"a": 1}, {"b": [1, "two", null, false]}],
        "provider": {"aws": [{"region": "eu-west-1"}, {"alias": "us"}]}
      }
      """;

  @Test
  void blocksNestByLabelAndEverythingElseIsAnAttribute() {
    HclFile file = parse("main.tf.json", MAIN);
    assertThat(file.syntax()).isEqualTo(HclFile.Syntax.JSON);
    assertThat(file.problems()).isEmpty();
    Body body = file.body();
    assertThat(body.blocks()).extracting(Block::toString).containsExactly(
        "resource \"aws_s3_bucket\" \"logs\" @3:3", "variable \"env\" @14:3", "locals @15:3",
        "locals @15:3", "provider \"aws\" @16:3", "provider \"aws\" @16:3");
    Block bucket = body.blocks().get(0);
    assertThat(bucket.typeSpan()).hasToString("3:3-3:13");
    assertThat(bucket.labelSpans()).extracting(Object::toString)
        .containsExactly("4:5-4:20", "5:7-5:13");
    assertThat(bucket.body().span()).hasToString("5:15-11:8");
    assertThat(bucket.span()).hasToString("3:3-11:8");
    Body attributes = bucket.body();
    assertThat(attributes.attributes()).extracting(Attribute::name)
        .containsExactly("bucket", "count", "tags", "versioning");
    assertThat(attributes.block("lifecycle").orElseThrow().body().expression("prevent_destroy")
        .flatMap(Expression::boolValue)).contains(true);
    assertThat(attributes.attribute("count").orElseThrow().nameSpan()).hasToString("7:9-7:16");
    assertThat(attributes.expression("count").flatMap(Expression::numberValue))
        .hasValueSatisfying(n -> assertThat(n).isEqualTo("2"));
    assertThat(attributes.expression("tags").orElseThrow()).isInstanceOf(ObjectExpression.class);
    assertThat(((TupleExpression) body.blocks().get(3).body().expression("b").orElseThrow())
        .elements()).extracting(Expression::isLiteral).containsExactly(true, true, true, true);
    assertThat(body.blocks().get(5).body().attributes()).extracting(Attribute::name)
        .containsExactly("alias");
  }

  @Test
  void stringsAreTemplatesWithPositionsInTheJsonText() {
    Template bucket = (Template) parse("main.tf.json", MAIN).body().blocks().get(0).body()
        .expression("bucket").orElseThrow();
    assertThat(bucket.span()).hasToString("6:19-6:36");
    TemplatePart.Interpolation interpolation = (TemplatePart.Interpolation) bucket.parts().get(1);
    assertThat(interpolation.span()).hasToString("6:25-6:35");
    assertThat(interpolation.expression().traversal().orElseThrow().names())
        .containsExactly("var", "env");
    assertThat(interpolation.expression().span()).hasToString("6:27-6:34");
  }

  @Test
  void positionsInsideTemplatesFollowJsonEscapes() {
    HclFile file = parse("x.tf.json", "{\"locals\": {\"a\": \"\\\"q\\u0022-${b}\"}}");
    assertThat(file.problems()).isEmpty();
    Template t = (Template) file.body().blocks().get(0).body().expression("a").orElseThrow();
    TemplatePart.Literal literal = (TemplatePart.Literal) t.parts().get(0);
    assertThat(literal.value()).isEqualTo("\"q\"-");
    assertThat(literal.spanOf(2, 3)).as("\\u0022").hasToString("1:22-1:28");
    assertThat(t.parts().get(1).span()).as("${b}").hasToString("1:29-1:33");
  }

  @Test
  void objectKeysAreTemplatesToo() {
    HclFile file = parse("x.tf.json", "{\"locals\": {\"m\": {\"${var.k}\": 1, \"plain\": 2}}}");
    ObjectExpression m = (ObjectExpression) file.body().blocks().get(0).body().expression("m")
        .orElseThrow();
    assertThat(m.items().get(0).key().traversal()).isPresent();
    assertThat(m.items().get(1).keyName()).contains("plain");
    assertThat(m.items().get(1).key().span()).hasToString("1:34-1:41");
  }

  @Test
  void tfvarsJsonHasOnlyAttributes() {
    HclFile file = parse("prod.tfvars.json", "{\"resource\": {\"a\": 1}, \"region\": \"x\"}");
    assertThat(file.body().attributes()).extracting(Attribute::name)
        .containsExactly("resource", "region");
  }

  @Test
  void aFileThatIsNotJsonIsOneProblem() {
    HclFile file = parse("x.tf.json", "{\n  \"a\": 1,\n  \"b\": tru\n}\n");
    assertThat(file.problems()).extracting(p -> p.span() + " " + p.message())
        .containsExactly("3:8-3:9 expected a JSON value, found 't'");
    assertThat(file.body().items()).isEmpty();
    assertThat(parse("x.tf.json", "{\"a\": \"open").problems()).extracting(HclProblem::message)
        .containsExactly("unterminated string; add the closing '\"'");
  }

  @Test
  void structureProblemsAndBadTemplates() {
    HclFile file = parse("x.tf.json", """
        {"resource": {"a": "not an object"},
         "locals": {"x": "${", "y": 1, "y": 2}}
        """);
    assertThat(file.problems()).extracting(HclProblem::message).containsExactly(
        "expected an object for block 'resource', found a string",
        "expected an expression, found the end of the file",
        "attribute 'y' is already set at line 2; set each attribute once");
    assertThat(file.body().blocks().get(0).body().expression("x").orElseThrow())
        .isInstanceOf(InvalidExpression.class);
  }

  @Test
  void deepJsonIsOneProblem() {
    HclFile file = parse("x.tf.json", "[".repeat(100_000));
    assertThat(file.problems()).extracting(HclProblem::kind)
        .containsExactly(HclProblem.Kind.LIMIT);
  }

  @Test
  void customSchemas() {
    HclJsonSchema schema = HclJsonSchema.of(java.util.Map.of("job",
        new HclJsonSchema.BlockType(1, HclJsonSchema.attributesOnly())));
    HclFile file = HclParser.parseJson(SourceFile.of("x.json",
        "{\"job\": {\"build\": {\"image\": \"x\"}}, \"resource\": {}}"), schema);
    assertThat(file.body().blocks()).extracting(Block::toString)
        .containsExactly("job \"build\" @1:2");
    assertThat(file.body().attributes()).extracting(Attribute::name).containsExactly("resource");
  }
}
