# The shop's AWS infrastructure: the API's security group and its database.
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
  backend "s3" {
    bucket         = "acme-shop-terraform-state"
    key            = "shop/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
  }
}

provider "aws" {
  region = "eu-west-1"
}

variable "db_password" {
  description = "Password of the database's admin user, set by the deploy pipeline"
  type        = string
  sensitive   = true
}

resource "aws_security_group" "api" {
  name        = "acme-shop-api"
  description = "API servers"

  ingress {
    description = "SSH for debugging"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "shop" {
  identifier              = "acme-shop"
  engine                  = "postgres"
  instance_class          = "db.t4g.small"
  allocated_storage       = 20
  username                = "shop"
  password                = var.db_password
  storage_encrypted       = true
  backup_retention_period = 7
  deletion_protection     = true
  vpc_security_group_ids  = [aws_security_group.api.id]
}
