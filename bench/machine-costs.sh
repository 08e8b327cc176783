#!/usr/bin/env bash
# machine-costs.sh [DIR]
# Measures two costs of the machine that weigh on a static site build, for reading the figures of
# compare-hugo.sh: touching fresh memory (a JVM's growing heap, Hugo's) and creating many small
# files, once in a quiet folder and once right after as many were deleted (some file systems, such
# as ext4 without a journal, pass over every inode freed in the last minute for each new one).
# DIR (default: a new temporary folder) must be on the file system the sites are built on.
set -euo pipefail
DIR=${1:-$(mktemp -d)}
FILES=${FILES:-20000}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
mkdir -p "$DIR"
MAKE=$DIR/make-files.py
cat > "$MAKE" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
data = b"x" * 4096
for i in range(n):
    d = os.path.join(root, str(i % 100))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{i}.html"), "wb") as f:
        f.write(data)
PY
timed() { /usr/bin/time -f "%e s wall, %S s system" "$@" 2>&1 | tail -1; }
echo "touching 512 MiB of fresh memory:                     $(timed dd if=/dev/zero of=/dev/null bs=512M count=1 status=none)"
echo "creating $FILES files of 4 KB in a quiet folder:        $(timed python3 "$MAKE" "$DIR/quiet" "$FILES")"
python3 "$MAKE" "$DIR/old" "$FILES"
rm -rf "$DIR/old"
echo "creating $FILES files right after deleting as many:     $(timed python3 "$MAKE" "$DIR/after" "$FILES")"
rm -rf "$DIR/quiet" "$DIR/after" "$MAKE"
