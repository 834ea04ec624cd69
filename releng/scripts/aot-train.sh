#!/bin/sh
# Makes the JVM's ahead-of-time cache for the LockAudit command line (JDK 25+): one training run of `analyze` on a
# generated kernel-like corpus (bench/gen_corpus.py, 60 units; the examples when python3 is missing), so the cache
# holds the classes a real run loads and the profiles of its hot methods. Written to a temporary file and moved into
# place, so concurrent first uses cannot leave a half-written cache.
#   aot-train.sh JAVA JAR OUT
set -u
java=$1 jar=$2 out=$3
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/lockaudit-aot.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
input="$here/examples/pci/before"
if command -v python3 >/dev/null 2>&1 \
        && python3 "$here/bench/gen_corpus.py" --units 60 --seed 7 --out "$work/corpus" >/dev/null 2>&1; then
    input="$work/corpus"
fi
"$java" -Xss16m -XX:+UseParallelGC -XX:AOTCacheOutput="$work/lockaudit.aot" -Xlog:aot=off -Xlog:cds=off \
    -jar "$jar" analyze --no-cache --format json -o /dev/null "$input" >/dev/null 2>&1
# analyze exits 1 when it reports findings; the cache is what counts
[ -s "$work/lockaudit.aot" ] && mv -f "$work/lockaudit.aot" "$out"
