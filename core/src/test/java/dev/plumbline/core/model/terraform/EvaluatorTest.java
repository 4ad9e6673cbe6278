package dev.plumbline.core.model.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorTest {

  /** The value of {@code expression} as a local value of a module with {@code more} files. */
  private static Value eval(String expression, String... more) {
    List<String> files = new ArrayList<>(List.of("main.tf", "locals {\n  x = " + expression
        + "\n}\n"));
    files.addAll(List.of(more));
    return Modules.of(files.toArray(String[]::new)).local("x").orElseThrow().value();
  }

  private static String show(String expression, String... more) {
    return eval(expression, more).toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "42                          | 42",
      "1.50                        | 1.5",
      "1e3                         | 1000",
      "-0.25                       | -0.25",
      "true                        | true",
      "null                        | null",
      "\"a\\tb\"                   | \"a\\tb\"",
      "[1, \"two\", [false]]       | [1, \"two\", [false]]",
      "{ b = 1, a = { c = null } } | {\"a\" = {\"c\" = null}, \"b\" = 1}",
      "{ \"k-1\" = 1, (\"k\") = 2 }  | {\"k\" = 2, \"k-1\" = 1}",
  })
  void literalsAndCollections(String expression, String expected) {
    assertThat(show(expression)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " -> ", value = {
      "1 + 2 * 3                  -> 7",
      "(1 + 2) * 3                -> 9",
      "7 / 2                      -> 3.5",
      "7 % 3                      -> 1",
      "\"5\" + 1                  -> 6",
      "-(2)                       -> -2",
      "1 / 0                      -> (unknown)",
      "3 > 2                      -> true",
      "2 <= 1                     -> false",
      "\"a\" == \"a\"             -> true",
      "\"1\" == 1                 -> false",
      "[1, 2] == [1, 2]           -> true",
      "{a = 1} != {a = 1}         -> false",
      "1.0 == 1                   -> true",
      "!true                      -> false",
      "true && \"true\"           -> true",
      "false && aws_s3_bucket.b.x -> false",
      "aws_s3_bucket.b.x && false -> false",
      "true && aws_s3_bucket.b.x  -> (unknown)",
      "true || aws_s3_bucket.b.x  -> true",
      "false || aws_s3_bucket.b.x -> (unknown)",
      "aws_s3_bucket.b.x == 1     -> (unknown)",
      "\"x\" + 1                  -> (unknown)",
  })
  void operators(String expression, String expected) {
    assertThat(show(expression)).isEqualTo(expected);
  }

  @Test
  void variablesTakeTheirDefaultOverriddenByTheFilesTerraformLoads() {
    String variables = """
        variable "plain" { default = "d" }
        variable "in_tfvars" { default = "d" }
        variable "in_json" { default = "d" }
        variable "in_auto" { default = "d" }
        variable "in_prod" { default = "d" }
        variable "required" {}
        variable "flag" {
          type    = bool
          default = "true"
        }
        variable "count_text" {
          type    = string
          default = 3
        }
        variable "referring" { default = local.x }
        variable "calling" { default = upper("a") }
        """;
    String[] files = {"variables.tf", variables,
        "terraform.tfvars", "in_tfvars = \"tfvars\"\nin_json = \"tfvars\"\nin_auto = \"tfvars\"\n",
        "terraform.tfvars.json", "{\"in_json\": \"json\", \"in_auto\": \"json\"}",
        "b.auto.tfvars", "in_auto = \"b\"\n",
        "a.auto.tfvars.json", "{\"in_auto\": \"a\"}",
        "prod.tfvars", "in_prod = \"prod\"\n"};
    assertThat(show("var.plain", files)).isEqualTo("\"d\"");
    assertThat(show("var.in_tfvars", files)).isEqualTo("\"tfvars\"");
    assertThat(show("var.in_json", files)).isEqualTo("\"json\"");
    assertThat(show("var.in_auto", files)).as("auto files in name order, last wins")
        .isEqualTo("\"b\"");
    assertThat(show("var.in_prod", files)).as("set by a file passed with -var-file")
        .isEqualTo("(unknown)");
    assertThat(show("var.required", files)).isEqualTo("(unknown)");
    assertThat(show("var.flag", files)).isEqualTo("true");
    assertThat(show("var.count_text", files)).isEqualTo("\"3\"");
    assertThat(show("var.referring", files)).isEqualTo("(unknown)");
    assertThat(show("var.calling", files)).isEqualTo("(unknown)");
    assertThat(show("var.undeclared", files)).isEqualTo("(unknown)");
    TerraformModule module = Modules.of(files);
    assertThat(module.variable("in_auto").orElseThrow().value().is("b")).isTrue();
  }

  @Test
  void localValuesFollowEachOtherAndCyclesAreUnknown() {
    String locals = """
        locals {
          a = "${local.b}-a"
          b = local.c
          c = "c"
          loop1 = local.loop2
          loop2 = local.loop1
          self  = local.self
        }
        """;
    assertThat(show("local.a", "locals.tf", locals)).isEqualTo("\"c-a\"");
    assertThat(show("local.loop1", "locals.tf", locals)).isEqualTo("(unknown)");
    assertThat(show("local.self", "locals.tf", locals)).isEqualTo("(unknown)");
    assertThat(show("local.missing", "locals.tf", locals)).isEqualTo("(unknown)");
  }

  @Test
  void templatesAndHeredocs() {
    assertThat(show("\"${1 + 1}-${true}-${\"s\"}\"")).isEqualTo("\"2-true-s\"");
    assertThat(show("\"${[1]}\"")).as("a single interpolation keeps its value")
        .isEqualTo("[1]");
    assertThat(show("\"a-${null}\"")).isEqualTo("(unknown)");
    assertThat(show("\"a-${aws_s3_bucket.b.id}\"")).isEqualTo("(unknown)");
    assertThat(show("\"%{ if 1 > 0 }yes%{ else }no%{ endif }\"")).isEqualTo("\"yes\"");
    assertThat(show("\"%{ for k, v in {a = 1, b = 2} }${k}=${v};%{ endfor }\""))
        .isEqualTo("\"a=1;b=2;\"");
    assertThat(show("\"%{ if aws_s3_bucket.b.x }y%{ endif }\"")).isEqualTo("(unknown)");
    assertThat(show("<<-EOT\n    line ${2}\n      indented\n    EOT\n"))
        .isEqualTo("\"line 2\\n  indented\\n\"");
  }

  @Test
  void conditionalsForExpressionsSplatsAndIndexes() {
    assertThat(show("1 > 0 ? \"a\" : \"b\"")).isEqualTo("\"a\"");
    assertThat(show("aws_s3_bucket.b.x ? \"same\" : \"same\"")).isEqualTo("\"same\"");
    assertThat(show("aws_s3_bucket.b.x ? \"a\" : \"b\"")).isEqualTo("(unknown)");
    assertThat(show("[for s in [\"a\", \"b\"] : upper(s)]")).isEqualTo("[\"A\", \"B\"]");
    assertThat(show("{for i, s in [\"a\", \"b\"] : s => i if i > 0}")).isEqualTo("{\"b\" = 1}");
    assertThat(show("{for s in [\"a\", \"b\", \"a\"] : s => s...}"))
        .isEqualTo("{\"a\" = [\"a\", \"a\"], \"b\" = [\"b\"]}");
    assertThat(show("{for s in [\"a\", \"a\"] : s => s}")).as("a repeated key")
        .isEqualTo("(unknown)");
    assertThat(show("[for s in [1, 2] : s if aws_s3_bucket.b.x]")).isEqualTo("(unknown)");
    assertThat(show("[for s in aws_s3_bucket.b.list : s]")).isEqualTo("(unknown)");
    assertThat(show("[{n = 1}, {n = 2}][*].n")).isEqualTo("[1, 2]");
    assertThat(show("[{n = 1}, {n = 2}].*.n")).isEqualTo("[1, 2]");
    assertThat(show("null[*].n")).isEqualTo("[]");
    assertThat(show("{a = [10, 20]}.a[1]")).isEqualTo("20");
    assertThat(show("{a = [10, 20]}[\"a\"][0]")).isEqualTo("10");
    assertThat(show("[10, 20][5]")).isEqualTo("(unknown)");
    assertThat(show("{a = 1}.b")).isEqualTo("(unknown)");
    assertThat(show("[1, aws_s3_bucket.b.x]")).isEqualTo("[1, (unknown)]");
    assertThat(eval("[1, aws_s3_bucket.b.x]").isKnown()).isTrue();
    assertThat(eval("[1, aws_s3_bucket.b.x]").isWhollyKnown()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "lower(\"AbC\")                           | \"abc\"",
      "upper(\"straße\")                        | \"STRAßE\"",
      "trimspace(\"\\t a b \\n\")               | \"a b\"",
      "chomp(\"a\\n\\n\")                       | \"a\"",
      "trim(\"xxaxx\", \"x\")                   | \"a\"",
      "trimprefix(\"arn:aws\", \"arn:\")        | \"aws\"",
      "trimsuffix(\"a.tf\", \".tf\")            | \"a\"",
      "startswith(\"abc\", \"ab\")              | true",
      "endswith(\"abc\", \"ab\")                | false",
      "strcontains(\"abc\", \"b\")              | true",
      "replace(\"a-b-c\", \"-\", \"_\")         | \"a_b_c\"",
      "replace(\"a1\", \"/[0-9]/\", \"\")       | (unknown)",
      "split(\",\", \"a,,b\")                   | [\"a\", \"\", \"b\"]",
      "join(\"-\", [\"a\", 1], [true])          | \"a-1-true\"",
      "format(\"%s:%d %v %t %q %%\", \"a\", 2, 3, true, \"q\") | \"a:2 3 true \\\"q\\\" %\"",
      "format(\"%05d\", 2)                      | (unknown)",
      "format(\"%s\")                           | (unknown)",
      "substr(\"hello\", 1, 3)                  | \"ell\"",
      "substr(\"hello\", -3, -1)                | \"llo\"",
      "tostring(5)                              | \"5\"",
      "tonumber(\"5\")                          | 5",
      "tobool(\"false\")                        | false",
      "toset([\"b\", \"a\", \"b\"])             | [\"a\", \"b\"]",
      "toset([2, \"a\"])                        | [\"2\", \"a\"]",
      "length([1, 2, 3])                        | 3",
      "length({a = 1})                          | 1",
      "length(\"abc\")                          | 3",
      "length(\"é\")                            | (unknown)",
      "concat([1], [2, 3])                      | [1, 2, 3]",
      "merge({a = 1, b = 1}, null, {b = 2})     | {\"a\" = 1, \"b\" = 2}",
      "lookup({a = 1}, \"a\", 0)                | 1",
      "lookup({a = 1}, \"b\", 0)                | 0",
      "lookup({a = 1}, \"b\")                   | (unknown)",
      "coalesce(null, \"\", \"x\")              | \"x\"",
      "coalesce(aws_s3_bucket.b.x, \"x\")       | (unknown)",
      "coalescelist([], [1])                    | [1]",
      "compact([\"a\", \"\", null])             | [\"a\"]",
      "distinct([1, 2, 1])                      | [1, 2]",
      "flatten([[1, [2]], 3])                   | [1, 2, 3]",
      "contains([\"a\"], \"a\")                 | true",
      "element([\"a\", \"b\"], 3)               | \"b\"",
      "keys({b = 1, a = 2})                     | [\"a\", \"b\"]",
      "values({b = 1, a = 2})                   | [2, 1]",
      "zipmap([\"a\", \"b\"], [1, 2])           | {\"a\" = 1, \"b\" = 2}",
      "reverse([1, 2])                          | [2, 1]",
      "sort([\"b\", \"a\", 10, 9])              | [\"10\", \"9\", \"a\", \"b\"]",
      "slice([1, 2, 3], 1, 3)                   | [2, 3]",
      "range(3)                                 | [0, 1, 2]",
      "range(1, 0, -0.5)                        | [1, 0.5]",
      "one([])                                  | null",
      "one([1, 2])                              | (unknown)",
      "min(3, 1, 2)                             | 1",
      "max(3, 1, 2)                             | 3",
      "abs(-2)                                  | 2",
      "ceil(1.2)                                | 2",
      "floor(-1.2)                              | -2",
      "base64encode(\"hi\")                     | \"aGk=\"",
      "base64decode(\"aGk=\")                   | \"hi\"",
      "sensitive(\"s\")                         | \"s\"",
      "jsonencode({b = [1, true, null], a = \"<&>\"}) | \"{\\\"a\\\":\\\"\\\\u003c\\\\u0026\\\\u003e\\\",\\\"b\\\":[1,true,null]}\"",
      "jsondecode(\"{\\\"a\\\": [1.5, \\\"x\\\"]}\") | {\"a\" = [1.5, \"x\"]}",
      "jsondecode(\"{\\\"a\\\": \")             | (unknown)",
      "jsonencode([aws_s3_bucket.b.x])          | (unknown)",
      "upper(1, 2)                              | (unknown)",
      "concat([1], \"x\")                       | (unknown)",
      "merge({a = 1}, [1])                      | (unknown)",
      "concat([[1], [2]]...)                    | [1, 2]",
  })
  void pureFunctions(String expression, String expected) {
    assertThat(show(expression)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "file(\"policy.json\")",
      "templatefile(\"t.tpl\", {})",
      "fileexists(\"x\")",
      "timestamp()",
      "uuid()",
      "md5(\"x\")",
      "provider::aws::arn_parse(\"arn:aws:s3:::b\")",
      "try(1, 2)",
      "no_such_function(1)",
      "aws_s3_bucket.b.arn",
      "data.aws_caller_identity.me.account_id",
      "module.network.vpc_id",
      "each.value",
      "count.index",
      "path.module",
      "terraform.workspace",
      "self.id",
  })
  void whatOnlyTerraformKnowsIsUnknown(String expression) {
    assertThat(eval(expression).isUnknown()).isTrue();
    assertThat(eval(expression).isTrue()).isFalse();
    assertThat(eval(expression).isFalse()).isFalse();
  }

  @Test
  void definitelyTrueAndDefinitelyFalse() {
    assertThat(Value.TRUE.isTrue()).isTrue();
    assertThat(Value.string("true").isTrue()).isTrue();
    assertThat(Value.string("false").isFalse()).isTrue();
    assertThat(Value.string("yes").isTrue() || Value.string("yes").isFalse()).isFalse();
    assertThat(Value.NULL.isTrue() || Value.NULL.isFalse()).isFalse();
    assertThat(Value.UNKNOWN.isTrue() || Value.UNKNOWN.isFalse()).isFalse();
    assertThat(Value.number(5).is("5")).isTrue();
    assertThat(Value.number(5).isNot("6")).isTrue();
    assertThat(Value.UNKNOWN.is("5") || Value.UNKNOWN.isNot("5")).isFalse();
  }

  @Test
  void attributesOfBlocksAreEvaluatedInTheirModule() {
    TerraformModule m = Modules.of("main.tf", """
        variable "encrypt" { default = true }
        resource "aws_ebs_volume" "v" {
          encrypted = var.encrypt
          size      = 10 * 2
          type      = aws_kms_key.k.arn
          tags      = null
          lifecycle {
            prevent_destroy = "false"
          }
        }
        """);
    Resource volume = m.resource("aws_ebs_volume", "v").orElseThrow();
    assertThat(volume.value("encrypted").isTrue()).isTrue();
    assertThat(volume.value("size").toString()).isEqualTo("20");
    assertThat(volume.value("type").isUnknown()).isTrue();
    assertThat(volume.value("tags").isNull()).isTrue();
    assertThat(volume.value("kms_key_id").isNull()).as("not set").isTrue();
    assertThat(volume.nestedBlock("lifecycle").orElseThrow().value("prevent_destroy").isFalse())
        .isTrue();
  }

  @Test
  void hostileInputIsBoundedAndNeverThrows() {
    assertThat(show("[for i in range(10000) : [for j in range(10000) : i * j]]"))
        .as("a hundred million steps").isEqualTo("(unknown)");
    assertThat(show("1" + " + 1".repeat(20_000))).as("a long operator chain")
        .isEqualTo("(unknown)");
    StringBuilder doubling = new StringBuilder("locals {\n  s0 = \"xxxxxxxxxxxxxxxx\"\n");
    for (int i = 1; i <= 40; i++) {
      doubling.append("  s").append(i).append(" = \"${local.s").append(i - 1)
          .append("}${local.s").append(i - 1).append("}\"\n");
    }
    doubling.append("}\n");
    assertThat(show("local.s40", "strings.tf", doubling.toString())).isEqualTo("(unknown)");
    assertThat(show("local.s10", "strings.tf", doubling.toString())).hasSize(16 * 1024 + 2);
    StringBuilder chain = new StringBuilder("locals {\n  c0 = 1\n");
    for (int i = 1; i <= 5000; i++) {
      chain.append("  c").append(i).append(" = local.c").append(i - 1).append("\n");
    }
    chain.append("}\n");
    assertThat(show("local.c5000", "chain.tf", chain.toString())).isEqualTo("(unknown)");
    assertThat(show("local.c50", "chain.tf", chain.toString())).isEqualTo("1");
    assertThat(show("1e400 * 1e400")).isEqualTo("(unknown)");
    assertThat(show("range(1e9)")).isEqualTo("(unknown)");
    assertThat(show("format(\"%s\", \"x\")" )).isEqualTo("\"x\"");
    assertThat(show("jsondecode(\"" + "[".repeat(200) + "\")")).isEqualTo("(unknown)");
  }
}
