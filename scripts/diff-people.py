#!/usr/bin/env python3
"""Per-article differences between the extractor's people and a set's gold (extra = false
positives, missing = false negatives), to study misses without reading every file.

Usage: scripts/diff-people.py SET_DIR [predictions.json]
  SET_DIR holds *.txt / *.md articles and gold.json (../shared/corpus/<set>); without a
  predictions file the extractor (target/dateline.jar) is run over the set first.
Prints nothing from the articles themselves beyond the names, so its output can be shared.
"""
import glob
import json
import os
import subprocess
import sys

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(repo, "..", "shared", "eval"))
from score import norm  # noqa: E402  (the scorer's own normalisation)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    set_dir = sys.argv[1]
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as fh:
            predictions = json.load(fh)
    else:
        files = sorted(glob.glob(os.path.join(set_dir, "*.txt")) + glob.glob(os.path.join(set_dir, "*.md")))
        files = [f for f in files if os.path.basename(f) != "README.md"]
        out = subprocess.run(["java", "-jar", os.path.join(repo, "target", "dateline.jar"), "extract"] + files,
                             capture_output=True, text=True, check=False).stdout
        predictions = json.loads(out)
    by_file = {os.path.basename(p.get("file", "")): p for p in predictions}
    with open(os.path.join(set_dir, "gold.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    extra_total = missing_total = 0
    for article in gold["articles"]:
        if article.get("people") is None:
            continue
        pred = by_file.get(article["file"], {})
        wanted = [(g["name"], {norm(g["name"])} | {norm(a) for a in g.get("accept", [])}) for g in article["people"]]
        optional = {norm(n) for n in article.get("people_optional", [])}
        matched, extra = set(), []
        for person in pred.get("people", []) or []:
            key = norm(person.get("name"))
            hit = next((n for n, forms in wanted if key in forms and n not in matched), None)
            if hit is not None:
                matched.add(hit)
            elif key not in optional:
                extra.append(person.get("name"))
        missing = [n for n, _ in wanted if n not in matched]
        if extra or missing:
            print(f"{article['file']}\n  extra   {extra}\n  missing {missing}")
        extra_total += len(extra)
        missing_total += len(missing)
    print(f"extra {extra_total}, missing {missing_total}")


if __name__ == "__main__":
    main()
