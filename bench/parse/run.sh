#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Parse-speed benchmark: every W3C SPARQL .rq/.ru file parsed ROUNDS times (default 100) by
# claimgraph's parser (cg_bench_parse) and by sparqljs (npm), in one run; prints parses per
# second of each and the ratio. Installs sparqljs under bench/ (npm) when it is missing.
# Usage: bench/parse/run.sh [BUILD_DIR] [ROUNDS] [W3C_SPARQL_DIR]   (default: build/release, 100)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}
rounds=${2:-100}
suite=${3:-$root/../shared/w3c/sparql}
bin="$build/bench/parse/cg_bench_parse"
[[ -x "$bin" ]] || { echo "build first: cmake --preset release && cmake --build --preset release --target cg_bench_parse" >&2; exit 2; }
[[ -d "$suite" ]] || { echo "no W3C SPARQL suite at $suite" >&2; exit 2; }
if [[ ! -d "$root/bench/node_modules/sparqljs" ]]; then
  (cd "$root/bench" && npm install --no-audit --no-fund >&2)
fi

mapfile -t files < <(find "$suite" -type f \( -name '*.rq' -o -name '*.ru' \) | sort)
echo "files: ${#files[@]} W3C .rq/.ru files from $suite, $rounds rounds each"

cg_out=$("$bin" "$rounds" "${files[@]}")
js_out=$(node "$here/sparqljs_bench.js" "$rounds" "${files[@]}")
get() { awk -v k="$1" '$1==k{print $2}' <<<"$2"; }

cg_rate=$(get parses_per_second "$cg_out"); js_rate=$(get parses_per_second "$js_out")
printf "%-34s %10s %10s %16s %20s\n" "parser" "parses" "seconds" "parses/second" "rejected (round 1)"
printf "%-34s %10s %10s %16s %20s\n" "claimgraph (X3 grammar + checks)" "$(get parses "$cg_out")" \
  "$(get seconds "$cg_out")" "$cg_rate" "$(get failed "$cg_out")"
printf "%-34s %10s %10s %16s %20s\n" "sparqljs $(node -p "require('$root/bench/node_modules/sparqljs/package.json').version")" \
  "$(get parses "$js_out")" "$(get seconds "$js_out")" "$js_rate" "$(get failed "$js_out")"
awk -v a="$cg_rate" -v b="$js_rate" 'BEGIN { printf "\nratio: claimgraph / sparqljs = %.2f (parses per second; above 1 is faster)\n", a / b }'
