#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Extraction throughput (MB of article text per second) on the PolNeAR train texts, claimgraph
# beside npm compromise on the same texts in one run; --jobs scaling; peak memory as the number
# of articles grows (the same texts given 1x and 4x).
#   bench/extract_bench.sh [BUILD_DIR] [TEXT_DIR]
# Needs node and `npm install` in bench/compromise (package.json there) for the compromise row.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
texts=${2:-$here/../../shared/corpus/polnear/train/text}
cg=$build/app/claimgraph
[ -x "$cg" ] || { echo "no claimgraph at $cg (build first)" >&2; exit 2; }
[ -d "$texts" ] || { echo "no texts at $texts" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mapfile -t files < <(ls "$texts"/*.txt)
bytes=$(cat "${files[@]}" | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN{printf "%.2f", b/1e6}')
echo "texts: ${#files[@]} articles, $mb MB ($texts); load average: $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
printf "%-28s %10s %13s\n" tool time throughput
t0=$(date +%s.%N); /usr/bin/time -f "%U %S" -o "$out/cpu1" "$cg" extract --json --jobs 1 "${files[@]}" -o "$out/j1.jsonl"; t1=$(date +%s.%N)
s1=$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b - a}')
cpu1=$(awk '{print $1 + $2}' "$out/cpu1")
t0=$(date +%s.%N); "$cg" extract --json --jobs 2 "${files[@]}" -o "$out/j2.jsonl"; t1=$(date +%s.%N)
s2=$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b - a}')
cmp -s "$out/j1.jsonl" "$out/j2.jsonl" && same=yes || same=NO
awk -v s1="$s1" -v s2="$s2" -v cpu="$cpu1" -v b="$bytes" -v same="$same" 'BEGIN{
  printf "claimgraph --jobs 1          %8.3f s %8.2f MB/s   (CPU time %.3f s: %.2f MB/s per core)\n", s1, b/1e6/s1, cpu, b/1e6/cpu;
  printf "claimgraph --jobs 2          %8.3f s %8.2f MB/s   (x%.2f; same output: %s)\n", s2, b/1e6/s2, s1/s2, same }'
# memory as the input grows: the same articles 1x and 4x
/usr/bin/time -f "%M" -o "$out/rss1" "$cg" extract --json "${files[@]}" -o "$out/m1.jsonl"
/usr/bin/time -f "%M" -o "$out/rss4" "$cg" extract --json "${files[@]}" "${files[@]}" "${files[@]}" "${files[@]}" -o "$out/m4.jsonl"
echo "peak memory: $(( $(cat "$out/rss1") / 1024 )) MB for 1x, $(( $(cat "$out/rss4") / 1024 )) MB for 4x the articles"
if command -v node >/dev/null && [ -d "$here/compromise/node_modules/compromise" ]; then
  node "$here/compromise/ner.mjs" --out "$out/c.jsonl" "${files[@]}" 2> "$out/c.json"
  awk -v s1="$s1" -v b="$bytes" 'BEGIN{}{ match($0, /"seconds":[0-9.e-]+/); sec=substr($0, RSTART+10, RLENGTH-10);
    printf "compromise 14 (nlp() only)   %8.3f s %8.2f MB/s   claimgraph/compromise = x%.1f\n", sec, b/1e6/sec, (b/1e6/s1)/(b/1e6/sec) }' "$out/c.json"
else
  echo "compromise: not installed (cd bench/compromise && npm install)"
fi
