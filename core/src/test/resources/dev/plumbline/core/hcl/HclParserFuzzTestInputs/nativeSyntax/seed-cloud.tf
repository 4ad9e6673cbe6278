terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
  cloud {
    organization = "acme"
    workspaces {
      name = "shop-production"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}
