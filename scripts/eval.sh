#!/usr/bin/env bash
# Scores the extractor on every evaluation set in ../shared/corpus/ and prints one table.
# Usage: scripts/eval.sh   (from anywhere; builds target/dateline.jar when it is missing)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$repo/../shared/corpus"
scorer="$repo/../shared/eval/score.py"
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
jar="$repo/target/dateline.jar"
if [ ! -f "$jar" ]; then
  (cd "$repo" && mvn -q -B package -Ddateline.skipSite=true -DskipTests)
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf '%-12s %5s %8s %6s %6s %8s %8s %8s %8s %8s %8s\n' set n people p r countries dateline title sections roles quotes
for dir in "$corpus"/*/; do
  set_name="$(basename "$dir")"
  [ -f "$dir/gold.json" ] || continue
  shopt -s nullglob
  files=("$dir"*.txt "$dir"*.md)
  shopt -u nullglob
  files=("${files[@]/*README.md}")
  java -jar "$jar" extract "${files[@]}" > "$tmp/$set_name.json" 2>/dev/null || true
  python3 "$scorer" --gold "$dir/gold.json" --pred "$tmp/$set_name.json" --json > "$tmp/$set_name.score"
  python3 - "$set_name" "$tmp/$set_name.score" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
s = json.load(open(path))
def get(*keys):
    for k in keys:
        v = s
        try:
            for part in k.split('.'):
                v = v[part]
            return v
        except (KeyError, TypeError):
            continue
    return None
def fmt(v):
    if v is None:
        return '-'
    if isinstance(v, dict):
        v = v.get('f1', v.get('accuracy', v.get('recall')))
    return '-' if v is None else f'{v:.3f}'
print(f"{name:<12} {str(get('articles', 'n') or ''):>5} {fmt(get('people.f1', 'people')):>8}"
      f" {fmt(get('people.precision')):>6} {fmt(get('people.recall')):>6} {fmt(get('countries.f1', 'countries')):>8}"
      f" {fmt(get('dateline.accuracy', 'dateline')):>8} {fmt(get('title.accuracy', 'title')):>8} {fmt(get('sections.accuracy', 'sections')):>8}"
      f" {fmt(get('roles.recall', 'roles')):>8} {fmt(get('quotes.recall', 'quotes')):>8}")
PY
done
