FROM alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d
# expect-next-line: DKR021 @8 "EXPOSE 22 declares an SSH server"
EXPOSE 22 8080
# expect-next-line: DKR021 @12 "EXPOSE 20-25/tcp includes port 22"
EXPOSE 443 20-25/tcp
# expect-next-line: DKR021 @8
EXPOSE 22/TCP
