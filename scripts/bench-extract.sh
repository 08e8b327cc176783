#!/usr/bin/env bash
# Extraction throughput in MB of text per second on one core, over the given folders
# (default: every set in ../shared/corpus). Builds target/dateline.jar when it is missing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
[ -f "$repo/target/dateline.jar" ] || (cd "$repo" && mvn -q -B package -Ddateline.skipSite=true -DskipTests)
if [ "$#" -eq 0 ]; then set -- "$repo/../shared/corpus"; fi
exec java -XX:ActiveProcessorCount=1 -cp "$repo/target/dateline.jar" org.dateline.extract.ExtractionBenchmark "$@"
