package dev.plumbline.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies, blocks, labels, attributes and comments of the native syntax, with their spans. */
class HclStructureTest {

  static HclFile parse(String text) {
    return HclParser.parseNative(SourceFile.of("main.tf", text));
  }

  static Body valid(String text) {
    HclFile file = parse(text);
    assertThat(file.problems()).as("problems").isEmpty();
    return file.body();
  }

  @Test
  void blocksHaveTypeLabelsAndBodyWithSpans() {
    Body body = valid("""
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }
        """);
    Block block = body.blocks().get(0);
    assertThat(block.type()).isEqualTo("resource");
    assertThat(block.typeSpan()).hasToString("1:1-1:9");
    assertThat(block.labels()).containsExactly("aws_s3_bucket", "logs");
    assertThat(block.labelSpans()).extracting(Object::toString)
        .containsExactly("1:10-1:25", "1:26-1:32");
    assertThat(block.label(1)).contains("logs");
    assertThat(block.label(2)).isEmpty();
    assertThat(block.span()).hasToString("1:1-3:2");
    assertThat(block.body().span()).hasToString("1:33-3:2");
    Attribute bucket = block.body().attribute("bucket").orElseThrow();
    assertThat(bucket.nameSpan()).hasToString("2:3-2:9");
    assertThat(bucket.span()).hasToString("2:3-2:18");
    assertThat(bucket.expression().stringValue()).contains("logs");
    assertThat(bucket.expression().span()).hasToString("2:12-2:18");
  }

  @Test
  void labelsMayBeIdentifiersAndQuotedLabelsAreDecoded() {
    Block block = valid("thing a \"b\\tc\" d-e {\n}\n").blocks().get(0);
    assertThat(block.labels()).containsExactly("a", "b\tc", "d-e");
    assertThat(block.labelSpans()).extracting(Object::toString)
        .containsExactly("1:7-1:8", "1:9-1:15", "1:16-1:19");
  }

  @Test
  void blocksWithoutLabelsAndEmptyBlocks() {
    Body body = valid("terraform {}\nlocals {\n}\nempty { }\n");
    assertThat(body.blocks()).extracting(Block::type).containsExactly("terraform", "locals",
        "empty");
    assertThat(body.blocks()).allSatisfy(b -> assertThat(b.body().items()).isEmpty());
    assertThat(body.blocks().get(1).span()).hasToString("2:1-3:2");
  }

  @Test
  void oneLineBlocksHoldOneAttribute() {
    Block lifecycle = valid("resource \"a\" \"b\" {\n  lifecycle { prevent_destroy = true }\n}\n")
        .blocks().get(0).body().block("lifecycle").orElseThrow();
    assertThat(lifecycle.span()).hasToString("2:3-2:39");
    assertThat(lifecycle.body().span()).hasToString("2:13-2:39");
    Attribute attribute = lifecycle.body().attributes().get(0);
    assertThat(attribute.name()).isEqualTo("prevent_destroy");
    assertThat(attribute.span()).hasToString("2:15-2:37");
    assertThat(attribute.expression().boolValue()).contains(true);
  }

  @Test
  void nestedBlocksAndLookups() {
    Body body = valid("""
        resource "aws_security_group" "web" {
          name = "web"
          ingress {
            from_port = 80
          }
          ingress {
            from_port = 443
          }
          dynamic "egress" {
            for_each = var.rules
            content {
              to_port = egress.value
            }
          }
        }
        variable "x" {}
        """);
    Body group = body.blocks("resource").get(0).body();
    assertThat(group.blocks("ingress")).hasSize(2);
    assertThat(group.blocks("ingress").get(1).body().expression("from_port")
        .flatMap(Expression::numberValue)).hasValueSatisfying(n -> assertThat(n).isEqualTo("443"));
    assertThat(group.block("dynamic").orElseThrow().labels()).containsExactly("egress");
    assertThat(group.block("missing")).isEmpty();
    assertThat(group.attribute("missing")).isEmpty();
    assertThat(group.items()).hasSize(4);
    assertThat(group.attributes()).extracting(Attribute::name).containsExactly("name");
    assertThat(body.blocks()).extracting(Block::type).containsExactly("resource", "variable");
    assertThat(body.span()).hasToString("1:1-17:1");
  }

  @Test
  void topLevelAttributesAsInTfvars() {
    Body body = valid("region = \"eu-west-1\"\ncount  = 3\ntags = {\n  a = \"b\"\n}");
    assertThat(body.attributes()).extracting(Attribute::name)
        .containsExactly("region", "count", "tags");
    assertThat(body.attribute("tags").orElseThrow().span()).hasToString("3:1-5:2");
  }

  @Test
  void attributeAndBlockNamesMayHoldDashesAndUnicodeLetters() {
    Body body = valid("my-attr = 1\nnäme = 2\n_x = 3\n");
    assertThat(body.attributes()).extracting(Attribute::name)
        .containsExactly("my-attr", "näme", "_x");
  }

  @Test
  void commentsOfAllThreeKindsAreKeptWithSpans() {
    HclFile file = parse("""
        # hash comment
        a = 1 // slashes
        /* block
           comment */ b = 2
        c = /* inline */ 3 # plumbline: ignore[TF001] reason
        """);
    assertThat(file.problems()).isEmpty();
    List<HclComment> comments = file.comments();
    assertThat(comments).extracting(HclComment::style).containsExactly(HclComment.Style.HASH,
        HclComment.Style.DOUBLE_SLASH, HclComment.Style.BLOCK, HclComment.Style.BLOCK,
        HclComment.Style.HASH);
    assertThat(comments).extracting(HclComment::text).containsExactly(" hash comment",
        " slashes", " block\n   comment ", " inline ", " plumbline: ignore[TF001] reason");
    assertThat(comments).extracting(c -> c.span().toString()).containsExactly("1:1-1:15",
        "2:7-2:17", "3:1-4:14", "5:5-5:17", "5:20-5:53");
    assertThat(comments.get(1).textOffset()).isEqualTo(comments.get(1).span().start().offset()
        + 2);
    assertThat(file.body().attributes()).extracting(Attribute::name)
        .containsExactly("a", "b", "c");
  }

  @Test
  void aLineCommentEndsAnAttributeAndCommentsInsideStringsAreText() {
    HclFile file = parse("a = \"# not a comment // either\" # real\nb = <<EOT\n# text\nEOT\n");
    assertThat(file.problems()).isEmpty();
    assertThat(file.comments()).extracting(HclComment::text).containsExactly(" real");
    assertThat(file.body().expression("a").flatMap(Expression::stringValue))
        .contains("# not a comment // either");
  }

  @Test
  void windowsLineBreaksAndAByteOrderMark() {
    HclFile file = HclParser.parseNative(SourceFile.of("main.tf",
        "\uFEFFa = 1\r\n# c\r\nb {\r\n  c = \"x\"\r\n}\r\n"));
    assertThat(file.problems()).isEmpty();
    assertThat(file.comments().get(0).text()).isEqualTo(" c");
    Block b = file.body().blocks().get(0);
    assertThat(b.span()).hasToString("3:1-5:2");
    assertThat(b.body().attributes().get(0).span()).hasToString("4:3-4:10");
  }

  @Test
  void anEmptyFileAndAFileOfCommentsHaveAnEmptyBody() {
    assertThat(valid("").items()).isEmpty();
    assertThat(valid("\n\n# only\n// comments\n").items()).isEmpty();
    assertThat(valid("").span()).hasToString("1:1-1:1");
  }

  @Test
  void aRepeatedAttributeIsAProblemAndTheFirstOneCounts() {
    HclFile file = parse("a = 1\nb {\n  x = 1\n  x = 2\n}\na = 3\n");
    assertThat(file.problems()).extracting(HclProblem::kind)
        .containsOnly(HclProblem.Kind.DUPLICATE_ATTRIBUTE);
    assertThat(file.problems()).extracting(p -> p.span().toString() + " " + p.message())
        .containsExactly(
            "4:3-4:4 attribute 'x' is already set at line 3; set each attribute once",
            "6:1-6:2 attribute 'a' is already set at line 1; set each attribute once");
    Body b = file.body().blocks().get(0).body();
    assertThat(b.expression("x").flatMap(Expression::numberValue))
        .hasValueSatisfying(n -> assertThat(n).isEqualTo("1"));
    assertThat(b.items()).hasSize(2);
  }

  @Test
  void attributesAndBlocksOfTheSameNameMayMix() {
    Body body = valid("tags = {}\ntags {\n}\n");
    assertThat(body.attribute("tags")).isPresent();
    assertThat(body.block("tags")).isPresent();
  }

  @Test
  void columnsCountCodePoints() {
    Body body = valid("a = \"\uD83D\uDE00\" # x\nb = 1\n");
    assertThat(body.attribute("a").orElseThrow().expression().span()).hasToString("1:5-1:8");
    assertThat(body.attribute("b").orElseThrow().span()).hasToString("2:1-2:6");
  }

  @Test
  void tabsAreSpaces() {
    Body body = valid("a\t=\t1\nb {\n\tc = 2\n}\n");
    assertThat(body.attribute("a").orElseThrow().expression().span()).hasToString("1:5-1:6");
  }

  @Test
  void theTestdataFilesAreValid() throws IOException {
    for (String name : List.of("features.tf", "edge-cases.tf", "features.tf.json")) {
      Path path = TestData.testdata().resolve("hcl").resolve(name);
      HclFile file = HclParser.parse(SourceFile.of(name, Files.readString(path)));
      assertThat(file.problems()).as(name).isEmpty();
      assertThat(file.body().items()).as(name).isNotEmpty();
    }
  }
}
