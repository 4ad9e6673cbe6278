FROM alpine:3.20@sha256:54c5b3dd459d5ef778bb2fa1e23a5fb0e1b62ae66970bcb436e8f81a1a1a8e41
WORKDIR /srv
# expect-next-line: DKR015 @9 "apk add without --no-cache"
RUN apk add tzdata
# the index downloaded by apk update stays too
# expect-next-line: DKR015 @31
RUN apk update && apk --quiet add jq
