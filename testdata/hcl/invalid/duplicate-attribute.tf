resource "aws_s3_bucket" "a" {
  bucket = "a"
  bucket = "b"
}
