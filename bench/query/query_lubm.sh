#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# LUBM query benchmark: claimgraph vs Oxigraph (npm, in-memory, under node) vs rasqal's roqet,
# in the same run, on the same N-Triples file. Prints per-query result counts (checked against
# the expected counts), best/median times and the ratio of each peer's time to claimgraph's.
#
#   bench/query/query_lubm.sh [lubm1|lubm10|lubm50] [REPEAT] [ROQET_TIMEOUT_S]
#
# Load time is excluded from the query times and reported separately. claimgraph and Oxigraph
# load once and run each query REPEAT times (best of REPEAT shown); roqet has no persistent
# store, so it runs each query once and its load time (the fastest of three runs of a query that
# matches nothing) is subtracted from the total; its query times are therefore approximate
# (the total is shown in brackets). roqet does not support property paths: those queries are reported as unsupported.
# Environment: CG_BENCH_ROQET=0 reuses the last roqet results (same dataset), CG_BENCH_BIN (default build/release/bench/query/cg_bench_query), CG_BENCH_TMP.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dataset=${1:-lubm10}
repeat=${2:-5}
roqet_timeout=${3:-120}
shared=${CG_SHARED_DIR:-$root/../shared}
queries=$shared/bench/queries/lubm-noinf
bin=${CG_BENCH_BIN:-$root/build/release/bench/query/cg_bench_query}
tmp=${CG_BENCH_TMP:-/tmp/cg-bench-query}
mkdir -p "$tmp"

if [[ ! -x $bin ]]; then
  echo "missing $bin: build it first (cmake --preset release && cmake --build --preset release)" >&2
  exit 2
fi
data=$tmp/$dataset.nt
if [[ ! -s $data ]]; then
  echo "decompressing $dataset.nt.gz ..." >&2
  gzip -dc "$shared/bench/$dataset.nt.gz" > "$data.part" && mv "$data.part" "$data"
fi
if [[ ! -d $here/node_modules/oxigraph ]]; then
  (cd "$here" && npm install --no-audit --no-fund >&2)
fi

# expected counts: expected.tsv when it lists the dataset, else the table in the bench README
expected=$tmp/expected-$dataset.tsv
if grep -q "^$dataset	" "$queries/expected.tsv"; then
  awk -F'\t' -v d="$dataset" '$1 == d { print $2 "\t" $3 }' "$queries/expected.tsv" > "$expected"
else
  col=$(case $dataset in lubm1) echo 4;; lubm10) echo 5;; lubm50) echo 6;; esac)
  awk -F'|' -v c="$col" '/^\| q[0-9][0-9] \|/ { q=$2; n=$c; gsub(/[ ,]/, "", q); gsub(/[ ,]/, "", n); print q "\t" n }' \
    "$shared/bench/README.md" > "$expected"
fi

qs=("$queries"/q*.rq)
if [[ -z ${CG_BENCH_REPORT_ONLY:-} ]]; then
echo "claimgraph ..." >&2
"$bin" "$data" "${qs[@]}" --repeat "$repeat" > "$tmp/cg.tsv"
echo "oxigraph ..." >&2
(cd "$here" && node oxigraph_bench.mjs "$data" "$repeat" "${qs[@]}" 2>/dev/null) > "$tmp/oxi.tsv"

if [[ ${CG_BENCH_ROQET:-1} == 0 && -s $tmp/roqet.tsv ]]; then
  echo "roqet: reusing the previous run's results ($tmp/roqet.tsv; CG_BENCH_ROQET=0)" >&2
else
echo "roqet ..." >&2
ms_now() { date +%s%N; }
printf 'SELECT * WHERE { <urn:x:none> <urn:x:none> ?z }\n' > "$tmp/none.rq"
roqet_load=
for _ in 1 2 3; do  # the fastest of three runs of a query that matches nothing = roqet's load
  a=$(ms_now); roqet -q -i sparql -D "$data" -r tsv "$tmp/none.rq" > /dev/null 2>&1 || true; b=$(ms_now)
  t=$(( (b - a) / 1000000 ))
  if [[ -z $roqet_load ]] || (( t < roqet_load )); then roqet_load=$t; fi
done
: > "$tmp/roqet.tsv"
for q in "${qs[@]}"; do
  name=$(basename "$q")
  a=$(ms_now)
  set +e
  timeout "$roqet_timeout" roqet -q -i sparql -D "$data" -r tsv "$q" > "$tmp/roqet.out" 2> "$tmp/roqet.err"
  rc=$?
  set -e
  b=$(ms_now)
  if [[ $rc -eq 124 ]]; then
    printf '%s\ttimeout\t>%ss\n' "$name" "$roqet_timeout" >> "$tmp/roqet.tsv"
  elif grep -q "syntax error" "$tmp/roqet.err"; then
    printf '%s\tunsupported\t-\n' "$name" >> "$tmp/roqet.tsv"
  elif [[ $rc -eq 0 || $rc -eq 2 ]]; then  # 2: roqet finished with warnings
    rows=$(( $(wc -l < "$tmp/roqet.out") - 1 ))
    (( rows < 0 )) && rows=0
    total=$(( (b - a) / 1000000 ))
    t=$(( total - roqet_load ))
    (( t < 1 )) && t=1
    printf '%s\t%s\t%s\t%s\n' "$name" "$rows" "$t" "$total" >> "$tmp/roqet.tsv"
  else
    printf '%s\tfailed(exit %s)\t-\n' "$name" "$rc" >> "$tmp/roqet.tsv"
  fi
done
echo "$roqet_load" > "$tmp/roqet.load"
fi
fi
roqet_load=$(cat "$tmp/roqet.load" 2>/dev/null || echo "?")

echo
echo "dataset $dataset ($(grep '^#load' "$tmp/cg.tsv" | cut -f2) triples); times in ms; query times exclude loading"
printf 'load: claimgraph %s ms parse + %s ms index; oxigraph %s ms; roqet ~%s ms per run\n' \
  "$(grep '^#load' "$tmp/cg.tsv" | cut -f3)" "$(grep '^#load' "$tmp/cg.tsv" | cut -f4)" \
  "$(grep '^#load' "$tmp/oxi.tsv" | cut -f3)" "$roqet_load"
awk -F'\t' -v expfile="$expected" -v oxi="$tmp/oxi.tsv" -v rq="$tmp/roqet.tsv" '
  BEGIN {
    while ((getline l < expfile) > 0) { split(l, f, "\t"); e[f[1]] = f[2] }
    while ((getline l < oxi) > 0) { split(l, f, "\t"); on[f[1]] = f[2]; ot[f[1]] = f[3] }
    while ((getline l < rq) > 0) { split(l, f, "\t"); rn[f[1]] = f[2]; rt[f[1]] = f[3]; rtot[f[1]] = f[4] }
    printf "%-6s %9s %9s %9s %9s %15s %11s %9s %9s  %s\n", "query", "expected", "rows", "cg_ms", "oxi_ms", "roqet_ms(total)", "oxi/cg", "roqet/cg", "", "counts (rows of oxigraph, roqet)"
    bad = 0
  }
  /^#/ { next }
  {
    q = $1; sub(/\.rq$/, "", q)
    ok = (e[q] == $2) ? "claimgraph ok" : "claimgraph WRONG"
    if (e[q] != $2) bad = 1
    if (on[$1] != e[q]) ok = ok ", oxigraph wrong"
    if (rn[$1] ~ /^[0-9]+$/ && rn[$1] != e[q]) ok = ok ", roqet wrong"
    ro = (rt[$1] ~ /^[0-9]+$/) ? sprintf("%.0fx", rt[$1] / ($3 > 0.001 ? $3 : 0.001)) : "-"
    printf "%-6s %9s %9s %9.2f %9.2f %15s %10.0fx %9s %9s  %s (oxi %s, roqet %s)\n", q, e[q], $2, $3, ot[$1], (rn[$1] == "unsupported" ? "unsupported" : (rtot[$1] != "" ? rt[$1] "(" rtot[$1] ")" : rt[$1])), ot[$1] / ($3 > 0.001 ? $3 : 0.001), ro, "", ok, on[$1], rn[$1]
  }
  END { if (bad) print "WARNING: claimgraph returned a wrong count" }
' "$tmp/cg.tsv"
