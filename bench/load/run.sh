#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Load benchmark: claimgraph's Store vs sordi (Sord's own loader) and serdi (parse only) on the
# same N-Triples file, in one run. Prints load time and memory per triple, and the ratios.
# Usage: bench/load/run.sh [BUILD_DIR] [DATA.nt.gz]   (defaults: build/release, lubm10)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}
data=${2:-$root/../shared/bench/lubm10.nt.gz}
[[ -x "$build/bench/load/cg_bench_load" ]] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 2; }
[[ -f "$data" ]] || { echo "no data at $data (../shared/bench is needed)" >&2; exit 2; }
command -v sordi >/dev/null && command -v serdi >/dev/null || "$root/scripts/install-deps.sh" --bench

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
nt="$work/data.nt"
gzip -dc "$data" > "$nt"
echo "data: $data ($(du -h "$nt" | cut -f1) of N-Triples)"

max_rss_kb() { /usr/bin/time -f "%M %e" "$@" 2>&1 >/dev/null | tail -1; }

read -r serdi_kb serdi_s <<<"$(max_rss_kb serdi -i ntriples -o ntriples "$nt")"
read -r sordi_kb sordi_s <<<"$(max_rss_kb sordi -i ntriples -o ntriples "$nt")"
cg_out=$("$build/bench/load/cg_bench_load" "$nt")
cg_all=$("$build/bench/load/cg_bench_load" "$nt" --all-indices)
read -r cg_kb cg_s <<<"$(max_rss_kb "$build/bench/load/cg_bench_load" "$nt")"
triples=$(awk '$1=="triples"{print $2}' <<<"$cg_out")
cg_load=$(awk '$1=="load_seconds"{print $2}' <<<"$cg_out")
cg_bpt=$(awk '$1=="bytes_per_triple"{print $2}' <<<"$cg_out")
cg_all_load=$(awk '$1=="load_seconds"{print $2}' <<<"$cg_all")
cg_all_bpt=$(awk '$1=="bytes_per_triple"{print $2}' <<<"$cg_all")

awk -v t="$triples" -v serdi_s="$serdi_s" -v sordi_s="$sordi_s" -v sordi_kb="$sordi_kb" -v serdi_kb="$serdi_kb" \
    -v cg_load="$cg_load" -v cg_bpt="$cg_bpt" -v cg_kb="$cg_kb" -v cg_all_load="$cg_all_load" -v cg_all_bpt="$cg_all_bpt" 'BEGIN {
  printf "triples: %d\n\n", t
  printf "%-44s %10s %14s\n", "loader", "seconds", "bytes/triple"
  printf "%-44s %10.2f %14s\n", "serdi (parse + write, no store)", serdi_s, "-"
  printf "%-44s %10.2f %14.1f\n", "sordi (parse into Sord SPO+OPS, write; max RSS)", sordi_s, sordi_kb*1024/t
  printf "%-44s %10.2f %14.1f\n", "claimgraph Store (SPO + GSPO; store only)", cg_load, cg_bpt
  printf "%-44s %10.2f %14.1f\n", "claimgraph Store, SPO POS OSP + graph-first", cg_all_load, cg_all_bpt
  printf "%-44s %10s %14.1f\n", "claimgraph process max RSS", "", cg_kb*1024/t
  printf "\nratios: claimgraph load time / sordi = %.2f ; / serdi = %.2f\n", cg_load/sordi_s, cg_load/serdi_s
  printf "        claimgraph bytes per triple / sordi max-RSS bytes per triple = %.2f\n", cg_bpt/(sordi_kb*1024/t)
}'
