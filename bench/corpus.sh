# Sourced by the benchmark scripts: prepare_corpus makes the reproducible N-story corpus of the
# shared benchmark kit in $WORK if it is missing (make_corpus.py, seed 42), and sets up Dateline's
# project there: the corpus's content/ with this repository's templates and settings.
# Needs REPO, KIT, WORK and N set.
prepare_corpus() {
  if [ ! -d "$WORK/plain/content" ]; then
    python3 "$KIT/make_corpus.py" --in "$KIT/sample" --out "$WORK" --n "$N" --seed 42 --force >/dev/null
  fi
  rm -rf "$WORK/plain/templates" && cp -r "$REPO/templates" "$WORK/plain/templates"
  printf 'title: Benchmark archive\npage_size: 50\n' > "$WORK/plain/site.yaml"
}
