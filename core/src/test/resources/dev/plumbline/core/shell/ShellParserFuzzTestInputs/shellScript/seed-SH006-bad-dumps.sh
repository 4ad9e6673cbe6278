# expect-next-line: SH006 @11 "every environment variable"
printenv | sort
# expect-next-line: SH006 @11
export -p
# expect-next-line: SH006 @15 "xtrace"
set -o xtrace
./publish.sh --token "${{ secrets.PUBLISH_TOKEN }}"
