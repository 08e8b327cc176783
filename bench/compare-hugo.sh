#!/usr/bin/env bash
# compare-hugo.sh N [RUNS]
# Builds the reproducible N-story corpus of ../shared/bench (make_corpus.py, seed 42) and times,
# alternately in the same run, Dateline (plain Markdown in, full site out: extraction, article,
# person, country and date pages, pagination, feeds, search index, data files; JVM start-up
# included) and Hugo (the faster `layouts-paramslinks` template set, people and countries handed
# to it in front matter). Prints median and min–max of wall time, CPU time (user+sys) and peak
# memory for each, the files each wrote, and the ratio Dateline/Hugo. Every timed full build
# starts from scratch: no output folder, no Dateline build cache. Then it times Dateline's
# incremental builds on the built archive: one with no change, one after one story is edited,
# and counts the files each wrote.
# Runs target/dateline.jar through bin/dateline, on the Java it runs ($JAVA_HOME's, else the one on
# the PATH: Java 25 or later makes it use an ahead-of-time cache, see bin/dateline). Needs: java 17
# or later, GNU time (/usr/bin/time), python3, hugo (apt-get install hugo).
set -euo pipefail
N=${1:?usage: compare-hugo.sh N [RUNS]}
RUNS=${2:-3}
REPO=$(cd "$(dirname "$0")/.." && pwd)
KIT=${BENCH_KIT:-$REPO/../shared/bench}
WORK=${BENCH_DIR:-/tmp/dateline-bench-$N}
JAR=$REPO/target/dateline.jar
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v hugo >/dev/null || { echo "needs hugo: apt-get install hugo" >&2; exit 2; }
[ -f "$JAR" ] || (cd "$REPO" && mvn -q -B package -DskipTests)

# shellcheck source=bench/corpus.sh
. "$REPO/bench/corpus.sh"
prepare_corpus
# Hugo with the faster template set.
rm -rf "$WORK/hugo-fast" && cp -r "$WORK/hugo" "$WORK/hugo-fast"
rm -rf "$WORK/hugo-fast/layouts" && cp -r "$WORK/hugo/layouts-paramslinks" "$WORK/hugo-fast/layouts"

TIMES=$WORK/times.txt; : > "$TIMES"
# bin/dateline: the launcher, with the JVM settings Dateline is meant to run with
DATELINE=("$REPO/bin/dateline" build --quiet --root "$WORK/plain" --out "$WORK/dateline-out")
HUGO=(hugo --quiet --source "$WORK/hugo-fast" --destination "$WORK/hugo-out")
run() { /usr/bin/time -f "$1 %e %U %S %M %x" -a -o "$TIMES" "${@:2}" >/dev/null 2>&1 || true; }
# an untimed build the rest depends on: one that fails stops the script with what it said (a full
# disk, say), rather than silently
must() {
  local said; said=$(mktemp)
  if ! "$@" >/dev/null 2>"$said"; then
    echo "compare-hugo.sh: this build failed: $*" >&2
    tail -n 20 "$said" >&2
    rm -f "$said"
    exit 1
  fi
  rm -f "$said"
}
# Old outputs are moved aside, not deleted, until the timed runs are over: a file system may make
# creating files right after tens of thousands were deleted cost seconds (ext4 without a journal
# passes over every inode freed in the last minute for each new one), which would charge each
# tool, unevenly from run to run, for deleting the other's output.
TRASH=$WORK/trash
rm -rf "$TRASH"; mkdir -p "$TRASH"
trap 'rm -rf "$TRASH"' EXIT
trap 'exit 130' INT TERM
scratch() {
  local aside; aside=$(mktemp -d "$TRASH/run.XXXXXX")
  for d in "$WORK/dateline-out" "$WORK/hugo-out" "$WORK/plain/.dateline-cache"; do
    if [ -e "$d" ]; then mv "$d" "$aside/$(basename "$d")"; fi
  done
}

# warm-up: the disk cache, and the launcher's class-data archive or ahead-of-time cache made afresh
# by this build (one left by another command would hold few of a build's classes)
rm -f "${JAR%.jar}.jsa" "${JAR%.jar}".jdk-*.aot
scratch; must "${DATELINE[@]}"; must "${HUGO[@]}"
for _ in $(seq "$RUNS"); do
  scratch; run dateline "${DATELINE[@]}"
  scratch; run hugo "${HUGO[@]}"
done

# Incremental: the archive is built (with its cache); rebuild unchanged, then after one edit.
must "${DATELINE[@]}"
STORY=$(find "$WORK/plain/content" -name '*.md' | sort | awk 'NR == 1')
cp "$STORY" "$WORK/story.bak"
# the story is put back however the script ends: an edit left behind would be the next run's start
trap 'cp "$WORK/story.bak" "$STORY"; rm -rf "$TRASH"' EXIT
STAMP=$WORK/stamp; INCR=$WORK/incremental.txt; : > "$INCR"
for _ in $(seq "$RUNS"); do
  touch "$STAMP"; sleep 1
  /usr/bin/time -f "unchanged %e %U %S %M %x" -a -o "$INCR" "${DATELINE[@]}" >/dev/null 2>&1 || true
  echo "unchanged-files $(find "$WORK/dateline-out" -newer "$STAMP" -type f | wc -l)" >> "$INCR"
  printf '\nOfficials said talks would resume next month (edit %s).\n' "$(date +%s%N)" >> "$STORY"
  touch "$STAMP"; sleep 1
  /usr/bin/time -f "edited %e %U %S %M %x" -a -o "$INCR" "${DATELINE[@]}" >/dev/null 2>&1 || true
  echo "edited-files $(find "$WORK/dateline-out" -newer "$STAMP" -type f | wc -l)" >> "$INCR"
done
cp "$WORK/story.bak" "$STORY"

JAVA=java; if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA=$JAVA_HOME/bin/java; fi
JAVA_USED=$("$JAVA" -version 2>&1 | sed -n 2p)
python3 - "$TIMES" "$N" "$WORK" "$REPO/bench" "$JAVA_USED" <<'PY'
import os, statistics, sys
path, n, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sys.path.insert(0, sys.argv[4]); sys.dont_write_bytecode = True
from spread import failures, spread
rows = {}
for line in open(path):
    parts = line.split()
    if len(parts) != 6 or parts[0] not in ("dateline", "hugo"):
        continue  # GNU time's own notes ("Command exited with non-zero status")
    label, wall, user, sys_, rss, code = parts
    rows.setdefault(label, []).append((float(wall), float(user) + float(sys_), int(rss) / 1024, int(code)))
def count(d):
    files = sum(len(f) for _, _, f in os.walk(d))
    html = sum(1 for r, _, f in os.walk(d) for x in f if x.endswith('.html'))
    return files, html
out = {"dateline": os.path.join(work, "dateline-out"), "hugo": os.path.join(work, "hugo-out")}
print(f"N={n} stories, {len(rows.get('dateline', []))} runs each (median, min-max); Dateline on {sys.argv[5]}")
print(f"{'':10} {'wall s':>22} {'cpu s':>22} {'peak MiB':>22} {'files':>8} {'html':>8}")
med = {}
for label in ("dateline", "hugo"):
    r = rows.get(label, [])
    if failures(r, 3):
        print(f"{label:10} {failures(r, 3)}"); continue
    cols = []
    for i in range(3):
        v = [x[i] for x in r]
        cols.append(spread(v))
        med.setdefault(label, []).append(statistics.median(v))
    files, html = count(out[label])
    print(f"{label:10} {cols[0]:>22} {cols[1]:>22} {cols[2]:>22} {files:>8} {html:>8}")
if "dateline" in med and "hugo" in med:
    print(f"ratio Dateline/Hugo: wall {med['dateline'][0] / med['hugo'][0]:.2f}, "
          f"cpu {med['dateline'][1] / med['hugo'][1]:.2f}, peak memory {med['dateline'][2] / med['hugo'][2]:.2f}")
    print(f"Dateline per story: {1000 * med['dateline'][0] / n:.2f} ms")
PY

python3 - "$INCR" "${STORY#"$WORK/plain/"}" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if parts and parts[0] in ("unchanged", "edited") and len(parts) == 6:
        rows.setdefault(parts[0], []).append((float(parts[1]), float(parts[2]) + float(parts[3]), int(parts[4]) / 1024))
    elif parts and parts[0].endswith("-files"):
        rows.setdefault(parts[0], []).append(int(parts[1]))
print(f"Incremental Dateline builds of the built archive (edited: {sys.argv[2]})")
for label, what in (("unchanged", "no change"), ("edited", "one story edited")):
    r = rows.get(label, [])
    if not r:
        continue
    wall = [x[0] for x in r]; cpu = [x[1] for x in r]; mem = [x[2] for x in r]
    files = rows.get(label + "-files", [])
    print(f"  {what:17} wall {statistics.median(wall):6.2f} s ({min(wall):.2f}-{max(wall):.2f})"
          f"  cpu {statistics.median(cpu):6.2f} s  peak {statistics.median(mem):7.1f} MiB"
          f"  files written {files}")
PY
