locals {
  policy = <<EOT
    {"Version": "2012-10-17"}
}

resource "aws_s3_bucket" "b" {
}
