package dev.plumbline.core.engine.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.model.terraform.Local;
import dev.plumbline.core.model.terraform.ModuleCall;
import dev.plumbline.core.model.terraform.Output;
import dev.plumbline.core.model.terraform.Provider;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformFile;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.TerraformSettings;
import dev.plumbline.core.model.terraform.Variable;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformLinterTest {

  /** Stands in for the real TF000: the engine reports parse problems under it. */
  @Rule(id = "TF000", name = "invalid", platform = Platform.TERRAFORM,
      severity = Severity.ERROR, summary = "HCL problems")
  public static final class Invalid implements TerraformRule {}

  /** Reports every resource, with how many resources its module has. */
  @Rule(id = "TF901", name = "every-resource", platform = Platform.TERRAFORM,
      severity = Severity.WARNING, summary = "Reports every resource")
  public static final class EveryResource implements TerraformRule {
    @Override
    public void visitResource(Resource resource, ModuleContext ctx) {
      ctx.report(resource, resource.nameSpan(), resource.address() + " of "
          + resource.module().resources().size());
    }
  }

  /** A module-level rule: buckets without a public access block anywhere in their module. */
  @Rule(id = "TF902", name = "companion", platform = Platform.TERRAFORM,
      severity = Severity.WARNING, summary = "Buckets without a public access block",
      enabledByDefault = false)
  public static final class Companion implements TerraformRule {
    @Override
    public void visitModule(TerraformModule module, ModuleContext ctx) {
      if (module.resources("aws_s3_bucket_public_access_block").isEmpty()) {
        for (Resource bucket : module.resources("aws_s3_bucket")) {
          ctx.report(bucket, bucket.headSpan(), bucket.address() + " is not blocked", null);
        }
      }
    }
  }

  /** Off by default, with an option: reports every variable. */
  @Rule(id = "TF903", name = "every-variable", platform = Platform.TERRAFORM,
      severity = Severity.NOTE, summary = "Reports every variable", enabledByDefault = false)
  public static final class EveryVariable implements TerraformRule {
    @RuleOption(name = "prefix", description = "starts each message")
    String prefix = "seen";

    @Override
    public void visitVariable(Variable variable, ModuleContext ctx) {
      ctx.report(variable, variable.nameSpan(), prefix + " " + variable.address());
    }
  }

  /** Records the order of the callbacks, reported at the start of each file. */
  @Rule(id = "TF904", name = "order", platform = Platform.TERRAFORM,
      severity = Severity.NOTE, summary = "Callback order", enabledByDefault = false)
  public static final class Order implements TerraformRule {
    private final List<String> calls = new ArrayList<>();

    @Override
    public void visitModule(TerraformModule module, ModuleContext ctx) {
      calls.add("module " + module.directory());
    }

    @Override
    public void visitFile(TerraformFile file, ModuleContext ctx) {
      calls.add("file " + file.name());
    }

    @Override
    public void visitResource(Resource resource, ModuleContext ctx) {
      calls.add("resource " + resource.address());
    }

    @Override
    public void visitDataSource(Resource data, ModuleContext ctx) {
      calls.add("data " + data.address());
    }

    @Override
    public void visitVariable(Variable variable, ModuleContext ctx) {
      calls.add("variable " + variable.name());
    }

    @Override
    public void visitLocal(Local local, ModuleContext ctx) {
      calls.add("local " + local.name());
    }

    @Override
    public void visitOutput(Output output, ModuleContext ctx) {
      calls.add("output " + output.name());
    }

    @Override
    public void visitProvider(Provider provider, ModuleContext ctx) {
      calls.add("provider " + provider.address());
    }

    @Override
    public void visitModuleCall(ModuleCall call, ModuleContext ctx) {
      calls.add("module call " + call.name());
      // the last callback of the test module: report what was seen
      ctx.report(call, call.nameSpan(), String.join(", ", calls));
    }

    @Override
    public void visitTerraformBlock(TerraformSettings settings, ModuleContext ctx) {
      calls.add("terraform");
    }
  }

  /** Fails on one resource type: its walk of the module ends, the other rules go on. */
  @Rule(id = "TF905", name = "broken", platform = Platform.TERRAFORM,
      severity = Severity.NOTE, summary = "Throws", enabledByDefault = false)
  public static final class Broken implements TerraformRule {
    @Override
    public void visitResource(Resource resource, ModuleContext ctx) {
      if (resource.type().equals("aws_instance")) {
        throw new IllegalStateException("boom");
      }
      ctx.report(resource, resource.nameSpan(), "before " + resource.address());
    }
  }

  private static final RuleRegistry REGISTRY = new RuleRegistry(List.of(
      new RuleDescriptor(Invalid.class), new RuleDescriptor(EveryResource.class),
      new RuleDescriptor(Companion.class), new RuleDescriptor(EveryVariable.class),
      new RuleDescriptor(Order.class), new RuleDescriptor(Broken.class)));

  private static Engine engine(String... alsoEnabled) {
    return new Engine(RuleSet.defaults(REGISTRY, List.of(alsoEnabled)),
        new EngineOptions(1, 1 << 20));
  }

  private static List<String> lint(String path, String text, String... alsoEnabled) {
    FileKind kind = path.endsWith(".tfvars") ? FileKind.TERRAFORM_VARIABLES : FileKind.TERRAFORM;
    return describe(engine(alsoEnabled).lint(SourceFile.of(path, text), kind).findings());
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.path() + ":" + f.span().start() + " " + f.ruleId()
        + " " + (f.isSuppressed() ? "suppressed " : "") + f.message()).toList();
  }

  private static LintResult run(Path root, RuleSet rules, String... paths) {
    List<DiscoveredFile> files = new ArrayList<>();
    for (String p : paths) {
      files.add(new DiscoveredFile(root.resolve(p), p, p, false));
    }
    return new Engine(rules, new EngineOptions(2, 1 << 20)).run(files, List.of());
  }

  private static void write(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void parseProblemsAreInvalidTerraformFindingsAndTheOtherBlocksAreStillLinted() {
    assertThat(lint("main.tf", """
        resource "aws_s3_bucket" "a" {
          bucket = "x"
          bucket = "y"
        }
        variable "v" {
          default = "unterminated
        }
        resource "aws_s3_bucket" "b" {}
        """)).containsExactly(
            "main.tf:1:26 TF901 aws_s3_bucket.a of 2",
            "main.tf:3:3 TF000 attribute 'bucket' is already set at line 2; set each attribute "
                + "once",
            "main.tf:6:13 TF000 unterminated string; add the closing '\"'",
            "main.tf:8:26 TF901 aws_s3_bucket.b of 2");
  }

  @Test
  void theJsonSyntaxIsReadAsTheSameModel() {
    assertThat(lint("main.tf.json", """
        {"resource": {"aws_s3_bucket": {"logs": {"bucket": "x"}}},
         "variable": {"region": {"default": "eu-west-1"}}}
        """, "TF903")).containsExactly(
            "main.tf.json:1:33 TF901 aws_s3_bucket.logs of 1",
            "main.tf.json:2:15 TF903 seen var.region");
    assertThat(lint("broken.tf.json", "{\"resource\": [}\n")).singleElement().asString()
        .startsWith("broken.tf.json:1:15 TF000 ");
  }

  @Test
  void hashAndDoubleSlashCommentsSuppressButTextInsideHeredocsDoesNot() {
    assertThat(lint("main.tf", """
        // plumbline: ignore-file[every-variable] variables are documented elsewhere
        resource "aws_s3_bucket" "a" {} # plumbline: ignore[TF901] imported, managed by hand

        // plumbline: ignore[TF901] imported too
        resource "aws_s3_bucket" "b" {}

        resource "aws_iam_policy" "c" {
          policy = <<-EOT
            # plumbline: ignore[TF901] only text
          EOT
        }
        variable "v" {}
        """, "TF903")).containsExactly(
            "main.tf:2:26 TF901 suppressed aws_s3_bucket.a of 3",
            "main.tf:5:26 TF901 suppressed aws_s3_bucket.b of 3",
            "main.tf:7:27 TF901 aws_iam_policy.c of 3",
            "main.tf:12:10 TF903 suppressed seen var.v");
  }

  @Test
  void filesOfOneDirectoryAreOneModuleAndFindingsLandInTheirOwnFile(@TempDir Path root)
      throws IOException {
    write(root, "app/buckets.tf", """
        resource "aws_s3_bucket" "logs" {}
        resource "aws_s3_bucket" "data" {} # plumbline: ignore[TF902] a public website
        """);
    write(root, "app/blocks.tf", """
        resource "aws_s3_bucket_public_access_block" "logs" {
          bucket = aws_s3_bucket.logs.id
        }
        """);
    write(root, "other/main.tf", "resource \"aws_s3_bucket\" \"web\" {}\n");
    write(root, "other/terraform.tfvars", "region = \"eu-west-1\"\n");
    RuleSet rules = RuleSet.defaults(REGISTRY, List.of("TF902"));
    LintResult result = run(root, rules, "app/buckets.tf", "app/blocks.tf",
        "other/main.tf", "other/terraform.tfvars");

    assertThat(describe(result.findings())).containsExactly(
        "app/blocks.tf:1:46 TF901 aws_s3_bucket_public_access_block.logs of 3",
        "app/buckets.tf:1:26 TF901 aws_s3_bucket.logs of 3",
        "app/buckets.tf:2:26 TF901 aws_s3_bucket.data of 3",
        "other/main.tf:1:1 TF902 aws_s3_bucket.web is not blocked",
        "other/main.tf:1:26 TF901 aws_s3_bucket.web of 1");
    assertThat(result.notifications()).isEmpty();
    assertThat(result.files()).extracting(LintedFile::path, LintedFile::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("app/blocks.tf", FileKind.TERRAFORM),
        org.assertj.core.groups.Tuple.tuple("app/buckets.tf", FileKind.TERRAFORM),
        org.assertj.core.groups.Tuple.tuple("other/main.tf", FileKind.TERRAFORM),
        org.assertj.core.groups.Tuple.tuple("other/terraform.tfvars",
            FileKind.TERRAFORM_VARIABLES));

    LintResult alone = run(root, rules, "app/buckets.tf");
    assertThat(describe(alone.findings())).as("without the other file of the module").contains(
        "app/buckets.tf:1:1 TF902 aws_s3_bucket.logs is not blocked",
        "app/buckets.tf:2:1 TF902 suppressed aws_s3_bucket.data is not blocked");
  }

  @Test
  void callbacksFollowFileNamesThenSourceOrder(@TempDir Path root) throws IOException {
    write(root, "b.tf", """
        module "z" {
          source = "./z"
        }
        """);
    write(root, "a.tf", """
        terraform {}
        provider "aws" {}
        provider "aws" {
          alias = "us"
        }
        variable "v" {}
        locals {
          one = 1
          two = 2
        }
        data "aws_caller_identity" "me" {}
        resource "aws_s3_bucket" "b" {}
        output "o" {
          value = 1
        }
        moved {
          from = aws_s3_bucket.a
          to   = aws_s3_bucket.b
        }
        """);
    write(root, "a.tfvars", "v = 1\n");
    LintResult result = run(root, RuleSet.defaults(REGISTRY, List.of("TF904")), "b.tf", "a.tf",
        "a.tfvars");
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("TF904"))
        .extracting(Finding::message).containsExactly("module ., file a.tf, terraform, "
            + "provider aws, provider aws.us, variable v, local one, local two, "
            + "data data.aws_caller_identity.me, resource aws_s3_bucket.b, output o, "
            + "file a.tfvars, file b.tf, module call z");
  }

  @Test
  void moduleRulesFollowPathOverrides(@TempDir Path root) throws IOException {
    write(root, "m/a.tf", "variable \"a\" {}\n");
    write(root, "m/b.tf", "variable \"b\" {}\n");
    write(root, "m/c.tf", "variable \"c\" {}\n");
    RuleSet rules = RuleSet.builder(REGISTRY)
        .override(new RuleSet.PathOverride(p -> p.endsWith("a.tf"),
            Map.of("TF903", RuleConfig.severity(Severity.NOTE))))
        .override(new RuleSet.PathOverride(p -> p.endsWith("b.tf"),
            Map.of("TF903", new RuleConfig(Optional.of(true), Optional.empty(),
                Map.of("prefix", "b:")))))
        .build();
    LintResult result = run(root, rules, "m/a.tf", "m/b.tf", "m/c.tf");
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("TF903"))
        .extracting(f -> f.path() + " " + f.message())
        .as("each file gets the findings of its own configuration, and only if it enables the rule")
        .containsExactly("m/a.tf seen var.a", "m/b.tf b: var.b");
  }

  @Test
  void anInternalErrorEndsOneRulesWalkOfOneModule(@TempDir Path root) throws IOException {
    write(root, "a/main.tf", """
        resource "aws_s3_bucket" "first" {}
        resource "aws_instance" "web" {}
        resource "aws_s3_bucket" "after" {}
        """);
    write(root, "b/main.tf", "resource \"aws_s3_bucket\" \"other\" {}\n");
    LintResult result = run(root, RuleSet.defaults(REGISTRY, List.of("TF905")), "a/main.tf",
        "b/main.tf");
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("TF905"))
        .extracting(f -> f.path() + " " + f.message())
        .containsExactly("a/main.tf before aws_s3_bucket.first",
            "b/main.tf before aws_s3_bucket.other");
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("TF901")).hasSize(4);
    assertThat(result.notifications()).singleElement().satisfies(n -> {
      assertThat(n.isInternalError()).isTrue();
      assertThat(n.path()).contains("a/main.tf");
      assertThat(n.ruleId()).contains("TF905");
    });
  }

  @Test
  void filesInTerraformWorkingDirectoriesAreNotTerraform(@TempDir Path root) throws IOException {
    write(root, ".terraform/modules/vpc/main.tf", "resource \"aws_vpc\" \"v\" {}\n");
    write(root, "main.tf", "resource \"aws_vpc\" \"v\" {}\n");
    LintResult result = run(root, RuleSet.defaults(REGISTRY), ".terraform/modules/vpc/main.tf",
        "main.tf");
    assertThat(result.files()).extracting(LintedFile::path).containsExactly("main.tf");
    assertThat(result.notifications()).extracting(Notification::message).isEmpty();
  }
}
