package dev.plumbline.bench;

import dev.plumbline.core.hcl.HclParser;
import dev.plumbline.core.source.SourceFile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parses one generated {@code .tf} file of exactly {@code megabytes} MiB (ASCII, so bytes and
 * characters agree) with the HCL native-syntax parser. The score is files per second:
 * multiplied by {@code megabytes} it is MiB/s, and the three sizes show whether parse time
 * grows linearly. The file is realistic Terraform: resources with nested and dynamic blocks,
 * heredoc policies, templates, for expressions, conditionals, function calls and comments.
 *
 * <p>The parser allocates about 40 bytes per byte of input, linearly, and the tree it returns
 * holds about 16 (165 MB for 10 MiB), which survives young collections. The fork has a fixed
 * 4 GB heap and the parallel (throughput) collector so that the score measures the parser: with
 * a small heap the trees of earlier iterations fill the old generation, and on a small busy
 * machine G1's concurrent marking competes with the parser for the cores; both make the
 * collector's share grow with the size of the tree. {@code -prof gc} shows that share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class HclParseBenchmark {

  private static final int MIB = 1024 * 1024;

  @Param({"1", "4", "10"})
  public int megabytes;

  private SourceFile file;

  @Setup
  public void generate() {
    file = SourceFile.of("generated.tf", generate(megabytes * MIB));
  }

  @Benchmark
  public Object parse() {
    return HclParser.parseNative(file);
  }

  /** Terraform text of exactly {@code size} characters, made of varied blocks. */
  static String generate(int size) {
    StringBuilder text = new StringBuilder(size);
    for (int i = 0; ; i++) {
      String block = block(i);
      if (text.length() + block.length() > size) {
        break;
      }
      text.append(block);
    }
    int rest = size - text.length();
    if (rest > 0) {
      text.append("#".repeat(rest - 1)).append('\n');
    }
    return text.toString();
  }

  private static String block(int i) {
    return switch (i % 4) {
      case 0 -> """
          # bucket %1$d and its policy
          resource "aws_s3_bucket" "logs_%1$d" {
            bucket        = "${var.prefix}-logs-%1$d"
            force_destroy = var.environment != "prod" ? true : false
            tags = merge(local.common_tags, {
              Name  = "logs-%1$d"
              Index = %1$d
            })

            lifecycle { prevent_destroy = true }
          }

          resource "aws_s3_bucket_policy" "logs_%1$d" {
            bucket = aws_s3_bucket.logs_%1$d.id
            policy = <<-EOT
              {
                "Version": "2012-10-17",
                "Statement": [{
                  "Effect": "Deny",
                  "Principal": "*",
                  "Action": "s3:*",
                  "Resource": "${aws_s3_bucket.logs_%1$d.arn}/*",
                  "Condition": {"Bool": {"aws:SecureTransport": "false"}}
                }]
              }
              EOT
          }

          """.formatted(i);
      case 1 -> """
          resource "aws_security_group" "web_%1$d" {
            name        = "web-%1$d"
            description = "Web servers, group %1$d"
            vpc_id      = module.vpc.vpc_id

            dynamic "ingress" {
              for_each = { for port in var.ports : tostring(port) => port if port > 0 }
              content {
                from_port   = ingress.value
                to_port     = ingress.value
                protocol    = "tcp"
                cidr_blocks = [for cidr in var.cidrs : cidr if !contains(var.denied, cidr)]
              }
            }

            egress {
              from_port   = 0
              to_port     = 0
              protocol    = "-1"
              cidr_blocks = ["0.0.0.0/0"] // all outbound
            }
          }

          """.formatted(i);
      case 2 -> """
          module "service_%1$d" {
            source  = "terraform-aws-modules/ecs/aws//modules/service"
            version = "~> 5.11"

            name          = "service-%1$d"
            cpu           = 256 * (1 + %1$d %% 4)
            memory        = 512
            desired_count = length(var.subnets) > 2 ? 3 : 1
            subnet_ids    = module.vpc.private_subnets[*].id
            environment = [
              { name = "LOG_LEVEL", value = "info" },
              { name = "INDEX", value = "%1$d" },
            ]
            user_data = "%%{ if var.debug }set -x%%{ endif }\\necho ${local.names[%1$d %% 3]}"
          }

          """.formatted(i);
      default -> """
          variable "setting_%1$d" {
            type        = object({ enabled = bool, size = optional(number, 10) })
            description = "Setting %1$d"
            default     = { enabled = true }

            validation {
              condition     = var.setting_%1$d.size >= 1 && var.setting_%1$d.size <= 100
              error_message = "Size must be between 1 and 100."
            }
          }

          output "arn_%1$d" {
            value     = try(aws_s3_bucket.logs_%1$d.arn, null)
            sensitive = false
          }

          """.formatted(i);
    };
  }
}
