#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The main job on the bundled examples: what the example graph holds, as statistics and as
# Turtle-family output. Usage: scripts/run-examples.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/release}/app/claimgraph
[[ -x "$bin" ]] || { echo "run-examples: no $bin; build first (see README.md)" >&2; exit 2; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

echo "== claimgraph stats examples/graph/officials.trig"
"$bin" stats examples/graph/officials.trig
echo
echo "== claimgraph convert examples/graph/officials.trig -o officials.nq (first lines)"
"$bin" convert examples/graph/officials.trig -o "$out/officials.nq"
head -n 5 "$out/officials.nq"
