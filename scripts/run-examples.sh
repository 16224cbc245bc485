#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The main job on the bundled examples: build the knowledge graph from the example articles,
# say what it holds, and answer the example questions in examples/queries/ (each answered over
# the built graph plus the claimgraph vocabulary, whose SKOS labels the questions print).
# Usage: scripts/run-examples.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/release}/app/claimgraph
[[ -x "$bin" ]] || { echo "run-examples: no $bin; build first (see README.md)" >&2; exit 2; }
out=${CG_EXAMPLES_OUT:-out/examples}
mkdir -p "$out"

echo "== claimgraph build examples/articles/*.txt -o $out/graph.trig"
"$bin" build examples/articles/*.txt -o "$out/graph.trig"
echo
echo "== claimgraph stats $out/graph.trig"
"$bin" stats "$out/graph.trig" --top 5
for q in examples/queries/*.rq; do
  echo
  echo "== $(head -n 1 "$q" | sed 's/^# *//')   ($q)"
  "$bin" query "$out/graph.trig" ontology/claimgraph.ttl -f "$q" --format table
done
