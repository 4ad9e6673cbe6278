terraform {
  required_version = ">= 1.10"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
  }
  backend "s3" {
    bucket       = "acme-terraform-state"
    key          = "shop/terraform.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = "eu-west-1"
}

module "network" {
  source = "./modules/network"
  cidr   = "10.20.0.0/16"
}

resource "aws_kms_key" "shop" {
  description         = "Encrypts the shop's secrets and images"
  enable_key_rotation = true
}

resource "aws_ecr_repository" "shop" {
  name                 = "shop"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.shop.arn
  }
}

resource "aws_secretsmanager_secret" "database" {
  name       = "shop/database"
  kms_key_id = aws_kms_key.shop.arn
}

resource "aws_secretsmanager_secret_rotation" "database" {
  secret_id           = aws_secretsmanager_secret.database.id
  rotation_lambda_arn = var.rotation_lambda_arn

  rotation_rules {
    automatically_after_days = 30
  }
}

variable "rotation_lambda_arn" {
  description = "The Lambda function that rotates the database password"
  type        = string
}
