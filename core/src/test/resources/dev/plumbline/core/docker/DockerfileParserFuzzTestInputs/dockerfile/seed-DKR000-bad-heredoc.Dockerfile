FROM alpine:3.20@sha256:54c5b3dd459d5ef778bb2fa1e23a5fb0e1b62ae66970bcb436e8f81a1a1a8e41
# Without <<-, the delimiter must start the line.
# expect-next-line: DKR000 @5 "unterminated here-document: no line 'EOF' ends it"
RUN <<EOF
echo never closed
  EOF
