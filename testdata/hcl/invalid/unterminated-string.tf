resource "aws_s3_bucket" "a" {
  bucket = "unterminated
}

resource "aws_s3_bucket" "b" {
  bucket = "b"
}
