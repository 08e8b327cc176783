#!/usr/bin/env bash
# compare-jars.sh OLD.jar NEW.jar [PAIRS] [N] [CHANGE]
# Times a build after one edit (CHANGE=edit, the default; CHANGE=none: a build after no change at
# all; CHANGE=full: a build from scratch, into a new output folder without a build cache, the
# folders of earlier runs deleted only at the end, as compare-hugo.sh does) with two Dateline jars,
# alternately, on the built N-story archive of
# the benchmark kit (see compare-hugo.sh; N defaults to 10000, the corpus is made if missing), and
# prints each jar's median and min–max wall time, user and system CPU time and peak memory.
# Each jar runs from a folder of its own through bin/dateline, so that each gets the class-data
# archive made for it by its own first build: an archive made for another jar (or for the same jar
# at another path) is refused without a word, and the jar then runs 0.3 to 0.5 s slower, which
# would decide the comparison by itself. The pairs alternate which jar goes first, since the first
# build after an edit is slower than the one right after it. Each jar has its own output and cache.
set -euo pipefail
USAGE="usage: compare-jars.sh OLD.jar NEW.jar [PAIRS] [N] [edit|none|full]"
OLD=${1:?$USAGE}
NEW=${2:?$USAGE}
PAIRS=${3:-6}
N=${4:-10000}
CHANGE=${5:-edit}
case "$CHANGE" in edit | none | full) ;; *) echo "$USAGE" >&2; exit 2 ;; esac
REPO=$(cd "$(dirname "$0")/.." && pwd)
KIT=${BENCH_KIT:-$REPO/../shared/bench}
WORK=${BENCH_DIR:-/tmp/dateline-bench-$N}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
# shellcheck source=bench/corpus.sh
. "$REPO/bench/corpus.sh"
prepare_corpus

RUN=$(mktemp -d /tmp/dateline-jars.XXXXXX)
STORY=$(find "$WORK/plain/content" -name '*.md' | sort | awk 'NR == 1')
cp "$STORY" "$RUN/story.bak"
trap 'cp "$RUN/story.bak" "$STORY"; rm -rf "$RUN"' EXIT
trap 'exit 130' INT TERM
build() { # build LABEL: one build with that jar, its own output and cache
  DATELINE_JAR="$RUN/$1/dateline.jar" "$REPO/bin/dateline" build --quiet --root "$WORK/plain" \
    --out "$RUN/$1/out" --cache-dir "$RUN/$1/cache"
}
for label in old new; do
  mkdir -p "$RUN/$label"
  if [ "$label" = old ]; then cp "$OLD" "$RUN/$label/dateline.jar"; else cp "$NEW" "$RUN/$label/dateline.jar"; fi
  build "$label" >/dev/null 2>&1 || true # makes the jar's class-data archive, the output and the cache
  build "$label" >/dev/null 2>&1 || true # with the archive
done
for i in $(seq "$PAIRS"); do
  if [ "$CHANGE" = edit ]; then
    printf '\nOfficials said talks would resume next month (edit %s).\n' "$(date +%s%N)" >> "$STORY"
    sleep 1
  fi
  if [ $((i % 2)) = 1 ]; then order="old new"; else order="new old"; fi
  for label in $order; do
    out="$RUN/$label/out" cache="$RUN/$label/cache"
    if [ "$CHANGE" = full ]; then out="$RUN/$label/full-$i" cache="$RUN/$label/full-cache-$i"; fi
    /usr/bin/time -f "$label %e %U %S %M %x" -a -o "$RUN/times.txt" \
      env DATELINE_JAR="$RUN/$label/dateline.jar" "$REPO/bin/dateline" build --quiet --root "$WORK/plain" \
      --out "$out" --cache-dir "$cache" >/dev/null 2>&1 || true
  done
done

python3 - "$RUN/times.txt" "$OLD" "$NEW" "$PAIRS" "$N" "$REPO/bench" "$CHANGE" <<'PY'
import sys
path, old, new, pairs, n = sys.argv[1:6]
sys.path.insert(0, sys.argv[6]); sys.dont_write_bytecode = True
after = {"edit": "A build after one edit", "none": "A build after no change", "full": "A build from scratch"}[sys.argv[7]]

from spread import failures, spread
rows = {}
for line in open(path):
    parts = line.split()
    if len(parts) == 6 and parts[0] in ("old", "new"):
        rows.setdefault(parts[0], []).append([float(x) for x in parts[1:4]] + [int(parts[4]) / 1024, int(parts[5])])
print(f"{after} of {n} stories, {pairs} alternating pairs (median, min-max)")
print(f"{'':4} {'wall s':>20} {'user s':>20} {'system s':>20} {'peak MiB':>24}")
for label, jar in (("old", old), ("new", new)):
    r = rows.get(label, [])
    if failures(r, 4):
        print(f"{label:4} {failures(r, 4)}"); continue
    cols = [spread([x[i] for x in r]) for i in range(4)]
    print(f"{label:4} {cols[0]:>20} {cols[1]:>20} {cols[2]:>20} {cols[3]:>24}  {jar}")
PY
