locals {
  name = "${var.prefix-bucket"
}

variable "prefix" {}
