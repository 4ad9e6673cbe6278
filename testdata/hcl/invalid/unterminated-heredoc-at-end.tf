locals {
  x = <<EOT
hello
