package dev.plumbline.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors: one problem at the right place with a clear message, and parsing resumes at
 * the next top-level block.
 */
class HclErrorTest {

  private static HclFile parse(String text) {
    return HclParser.parseNative(SourceFile.of("main.tf", text));
  }

  private static String only(HclFile file) {
    assertThat(file.problems()).hasSize(1);
    HclProblem problem = file.problems().get(0);
    return problem.span() + " " + problem.message();
  }

  @Test
  void unterminatedString() {
    HclFile file = parse("""
        resource "a" "b" {
          x = "abc
          y = 1
        }
        resource "c" "d" {
          z = 2
        }
        """);
    assertThat(only(file)).isEqualTo("2:7-2:11 unterminated string; add the closing '\"'");
    assertThat(file.body().blocks()).extracting(Block::toString)
        .containsExactly("resource \"c\" \"d\" @5:1");
  }

  @Test
  void unterminatedStringAtTheEndOfTheFile() {
    assertThat(only(parse("x = \"abc"))).isEqualTo(
        "1:5-1:9 unterminated string; add the closing '\"'");
  }

  @Test
  void unterminatedHeredoc() {
    HclFile file = parse("""
        locals {
          policy = <<EOT
            {"Version": "2012-10-17"}
        }

        resource "aws_s3_bucket" "b" {
        }
        """);
    assertThat(only(file)).isEqualTo("2:12-2:17 unterminated heredoc: no line 'EOT' closes the "
        + "heredoc started at line 2");
    assertThat(file.body().blocks()).extracting(Block::type).containsExactly("resource");
  }

  @Test
  void heredocWhoseClosingLineHasNoLineBreak() {
    assertThat(only(parse("x = <<-EOT\n  a\n  EOT"))).isEqualTo("1:5-1:11 unterminated heredoc: "
        + "the line 'EOT' that closes the heredoc started at line 1 must end with a line break");
  }

  @Test
  void unterminatedInterpolationInAQuotedString() {
    HclFile file = parse("x = \"${var.a\"\ny = 1\n");
    assertThat(only(file)).isEqualTo("1:6-1:8 unterminated template interpolation: add the '}' "
        + "that closes the '${' at line 1, column 6");
    assertThat(file.body().attributes()).extracting(Attribute::name).containsExactly("y");
  }

  @Test
  void unterminatedInterpolationInAHeredoc() {
    HclFile file = parse("x = <<EOT\n  ${var.a\nEOT\ny = 1\n");
    assertThat(only(file)).isEqualTo("2:3-2:5 unterminated template interpolation: add the '}' "
        + "that closes the '${' at line 2, column 3");
    assertThat(file.body().attributes()).extracting(Attribute::name).containsExactly("y");
  }

  @Test
  void unterminatedDirective() {
    HclFile file = parse("x = \"%{ if a }b\"\n");
    assertThat(only(file)).isEqualTo("1:6-1:15 missing %{ endif } for this %{ if }");
    assertThat(file.body().attribute("x")).isPresent();
  }

  @Test
  void directivesOutOfPlace() {
    HclFile file = parse("x = \"a%{ endif }%{ for v in l }${v}%{ else }%{ endif }\"\n");
    assertThat(file.problems()).extracting(HclProblem::message).containsExactly(
        "%{ endif } without a matching %{ if }",
        "%{ else } cannot be used in a %{ for }",
        "expected %{ endfor } for the %{ for } at line 1, found %{ endif }");
  }

  @Test
  void unterminatedShellVariableInAHeredocSaysHowToEscape() {
    HclFile file = parse("x = <<EOT\necho ${HOME:-/root}\nEOT\n");
    assertThat(only(file)).isEqualTo("2:12-2:13 expected '}' to end the interpolation, found "
        + "':'; to write a literal '${', escape it as '$${'");
  }

  @Test
  void unclosedBlockIsReportedAtItsBraceAndLaterBlocksSurvive() {
    HclFile file = parse("""
        resource "a" "b" {
          lifecycle {
            prevent_destroy = true

        resource "c" "d" {
          y = 2
        }
        """);
    // the innermost block is the one whose '}' is missing: 'resource "c"' nested in it
    assertThat(only(file)).isEqualTo("2:13-2:14 unclosed block 'lifecycle': no '}' closes the "
        + "'{' at line 2, column 13");
    assertThat(file.body().blocks()).extracting(Block::toString)
        .containsExactly("resource \"c\" \"d\" @5:1");
  }

  @Test
  void oneErrorPerBrokenBlockAndTheValidBlocksAreKept() {
    HclFile file = parse("""
        variable "a" {}
        variable "b" {
          default = [1, 2
        }
        variable "c" {}
        variable "d" {
          default = 1 +
        }
        variable "e" {}
        """);
    assertThat(file.problems()).extracting(p -> p.span().start().toString())
        .containsExactly("4:1", "7:16");
    assertThat(file.body().blocks()).extracting(b -> b.labels().get(0))
        .containsExactly("a", "c", "e");
  }

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        Arguments.of("a = 1 b = 2", "1:7-1:8",
            "expected a line break after the value of 'a', found 'b'"),
        Arguments.of("a = 1, b = 2", "1:6-1:7",
            "unexpected ',' after the value of 'a'; put each attribute on its own line"),
        Arguments.of("\"a\" = 1", "1:1-1:2",
            "an attribute name is not quoted; write name = value"),
        Arguments.of("a", "1:2-1:2",
            "expected '=' or a block's '{' after 'a', found a line break"),
        Arguments.of("a \"b\" = {}", "1:7-1:8",
            "unexpected '=' after the labels of block 'a'; a block is written type \"label\" "
                + "{ ... }"),
        Arguments.of("a { b = 1, c = 2 }", "1:10-1:11",
            "a one-line block holds one attribute; put each attribute of 'a' on its own "
                + "line"),
        Arguments.of("a { b {} }", "1:5-1:6",
            "a one-line block holds one attribute; put the nested block 'b' on its own line"),
        Arguments.of("a {} b {}", "1:6-1:7",
            "expected a line break after the '}' of block 'a', found 'b'"),
        Arguments.of("x = { a = 1 +", "1:14-1:14",
            "expected an expression, found a line break; put an expression that spans lines "
                + "in parentheses"),
        Arguments.of("x = [1 2]", "1:8-1:9",
            "expected ',' or ']' after a tuple element, found '2'"),
        Arguments.of("x = {a = 1 b = 2}", "1:12-1:13",
            "expected ',' or a line break after an object item, found 'b'"),
        Arguments.of("x = {a b}", "1:8-1:9",
            "expected '=' after the key, found 'b'; quote a key that holds dots or spaces"),
        Arguments.of("x = f(a b)", "1:9-1:10",
            "expected ',' or ')' after an argument of 'f', found 'b'"),
        Arguments.of("x = f(a..., b)", "1:11-1:12",
            "'...' expands the last argument, so ')' must follow it, found ','"),
        Arguments.of("x = a ? b", "1:10-1:10",
            "expected ':' and the false value of the conditional, found a line break"),
        Arguments.of("x = a.", "1:7-1:7",
            "expected an attribute name after '.', found a line break"),
        Arguments.of("x = a.*.*", "1:9-1:10",
            "a '.*' splat cannot hold another splat; use [*]"),
        Arguments.of("x = a[*", "1:8-1:8",
            "expected ']' after '[*', found a line break"),
        Arguments.of("x = provider::(1)", "1:15-1:16",
            "expected a function name after '::', found '('"),
        Arguments.of("x = [for a b in c: a]", "1:12-1:13",
            "expected 'in' after the variable names of the 'for', found 'b'"),
        Arguments.of("x = [for a in c a]", "1:17-1:18",
            "expected ':' after the collection of the 'for', found 'a'"),
        Arguments.of("x = \"${a b}\"", "1:10-1:11",
            "expected '}' to end the interpolation, found 'b'; to write a literal '${', "
                + "escape it as '$${'"),
        Arguments.of("x = \"%{ when }\"", "1:9-1:13",
            "unknown template directive 'when'; expected if, for, else, endif or endfor"),
        Arguments.of("x = <<EOT x", "1:5-1:6",
            "a heredoc is written <<MARKER (or <<-MARKER) with a line break right after the "
                + "marker"),
        Arguments.of("x = 'a'", "1:5-1:6",
            "single quotes are not valid; use double quotes (\") around strings"),
        Arguments.of("x = a & b", "1:7-1:8",
            "'&' is not an operator; did you mean '&&'?"),
        Arguments.of("x = a; y = b", "1:6-1:7",
            "';' is not valid; put each attribute on its own line and separate collection "
                + "items with commas"),
        Arguments.of("x = 1 /* open", "1:7-1:9",
            "unterminated comment; add the closing '*/'"),
        Arguments.of("x = @", "1:5-1:6",
            "unexpected character '@'"),
        Arguments.of("x = (1", "1:5-1:6",
            "no ')' closes the '(' at line 1, column 5"),
        Arguments.of("}", "1:1-1:2",
            "expected an attribute or a block, found '}'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxErrors")
  void oneClearProblemPerSyntaxError(String source, String span, String message) {
    assertThat(only(parse(source + "\n"))).isEqualTo(span + " " + message);
  }

  @Test
  void problemsThatLeaveTheStructureIntactKeepTheItem() {
    HclFile file = parse("""
        a = "\\q"
        b = 1.2.3
        c = foo.0.1
        d = [for k, v in m : k => v]
        e = {for v in m : v}
        f = [for v in m : v...]
        label "x${y}" {}
        """);
    assertThat(file.problems()).extracting(p -> p.span() + " " + p.message()).containsExactly(
        "1:6-1:8 '\\q' is not a valid escape; write '\\\\' for a backslash",
        "2:5-2:10 '1.2.3' is not a number",
        "3:9-3:12 the legacy index syntax cannot chain two indexes as in '.0.1'; write [0][1]",
        "4:22-4:23 a 'for' that builds a tuple has no key; remove the 'key =>'",
        "5:19-5:20 a 'for' that builds an object needs a key: write 'key => value'",
        "6:20-6:23 '...' groups the values of a 'for' that builds an object; a tuple cannot use it",
        "7:9-7:11 a block label cannot hold a template sequence; write '$${' for a literal '${'");
    assertThat(file.body().items()).hasSize(7);
    assertThat(file.body().blocks().get(0).labels()).containsExactly("x${ ... }");
    assertThat(file.body().expression("b").orElseThrow()).isInstanceOf(InvalidExpression.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unterminated-string.tf   | 2:12 | resource
      unterminated-heredoc.tf  | 2:12 | resource
      unterminated-template.tf | 2:11 | variable
      duplicate-attribute.tf   | 3:3  | resource
      """)
  void theInvalidTestdataFilesHaveOneProblemAndKeepTheirLastBlock(String name, String at,
      String lastBlock) throws IOException {
    Path path = TestData.testdata().resolve("hcl/invalid").resolve(name);
    HclFile file = HclParser.parse(SourceFile.of(name, Files.readString(path)));
    assertThat(file.problems()).extracting(p -> p.span().start().toString()).containsExactly(at);
    List<Block> blocks = file.body().blocks();
    assertThat(blocks.get(blocks.size() - 1).type()).isEqualTo(lastBlock);
  }

  @Test
  void badUnicodeEscapes() {
    HclFile file = parse("a = \"\\u12\"\nb = \"\\UFFFFFFFF\"\nc = \"\\uD800\"\n");
    assertThat(file.problems()).extracting(HclProblem::message).containsExactly(
        "'\\u' must be followed by four hexadecimal digits",
        "U+FFFFFFFF is not a character that UTF-8 can encode",
        "U+D800 is not a character that UTF-8 can encode");
  }

  @Test
  void nestingBeyondTheLimitIsOneProblem() {
    String deep = "x = " + "[".repeat(10_000) + "]".repeat(10_000) + "\ny = 1\n";
    HclFile file = parse(deep);
    assertThat(file.problems()).extracting(HclProblem::kind)
        .containsExactly(HclProblem.Kind.LIMIT);
    assertThat(file.problems().get(0).message()).isEqualTo("nesting deeper than 200 levels");
    assertThat(file.body().attributes()).extracting(Attribute::name).containsExactly("y");
  }
}
