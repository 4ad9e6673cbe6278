terraform {
  required_version = ">= 1.10"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
  backend "s3" {
    bucket       = "acme-terraform-state"
    key          = "shop/terraform.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = false # expect: TF003 @20 "'use_lockfile' is false"
  }
}

provider "aws" {
  region = "eu-west-1"
}
