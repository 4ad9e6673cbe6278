# A file with every feature of the native syntax.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
  backend "s3" {}
}

variable "names" {
  type    = list(string)
  default = ["a", "b"]
}

locals {
  n      = -1.5e3 + 2 * 3 % 4 / 1
  ok     = !false && (true || null == 1) ? "yes" : "no"
  tags   = { Name = "x", "k:v" : 2, (var.key) = 3, "${var.p}-x" = 4 }
  list   = [for i, v in var.names : upper(v) if v != ""]
  map    = { for k, v in var.m : k => v... }
  splat  = aws_instance.web.*.id
  full   = aws_instance.web[*].tags["Name"]
  legacy = aws_instance.web.0.id
  fn     = provider::aws::arn_parse(var.arn...)
  quoted = "a\n\"b\u00e9\U0001F600 $${x} %%{y} ${ var.z ~} %{ if a }t%{ else }f%{ endif }"
  loop   = "%{ for k, v in local.m ~} ${k}=${v} %{~ endfor }"
  emoji  = "🐳 ${local.n}"
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs-${var.env}" // trailing comment
  policy = <<-EOT
    {
      "Statement": [${join(",", local.list)}]
    }
    EOT
  raw = <<EOT
plain ${"nested ${"deep"}"}
EOT
  lifecycle { prevent_destroy = true }
  dynamic "rule" {
    for_each = var.rules
    content {
      id = rule.value /* block
      comment */
    }
  }
}
