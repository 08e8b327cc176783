#!/usr/bin/env bash
# Rendering throughput in files per second on one core, apart from the file system: every page,
# feed, search file and data file of the project at ROOT (default: this repository), rendered again
# and again into a counter after warm-up. Builds target/dateline.jar when it is missing.
# Usage: scripts/bench-render.sh [ROOT]   e.g. scripts/bench-render.sh /tmp/dateline-bench-10000/plain
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
[ -f "$repo/target/dateline.jar" ] || (cd "$repo" && mvn -q -B package -Ddateline.skipSite=true -DskipTests)
exec java -XX:ActiveProcessorCount=1 -cp "$repo/target/dateline.jar" org.dateline.pipeline.RenderBenchmark "${1:-$repo}"
