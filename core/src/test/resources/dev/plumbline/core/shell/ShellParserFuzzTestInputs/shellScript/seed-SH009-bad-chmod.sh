# expect-next-line: SH009 @22
sudo chmod 666 /var/run/docker.sock
# expect-next-line: SH009 @17
chmod u+x,a+w run.sh
# expect-next-line: SH009 @23
mkdir -p -m 0777 /srv/shared
