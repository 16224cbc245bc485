#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quality of claimgraph beside npm compromise, in one run on the same texts: the article gold
# (score.py), CoNLL-2003 dev (score_ner.py) and PolNeAR dev (score_polnear.py; compromise has
# no attribution, so it has no row there).
#   bench/quality_compare.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
shared=${2:-$here/../../shared}
cg=$build/app/claimgraph
ev=$shared/eval
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
arts=$(ls "$shared"/corpus/articles/*.txt)
conll=$shared/corpus/ner/conll2003-dev.gold.jsonl
"$cg" extract --json $arts -o "$out/cg_articles.jsonl"
"$cg" extract --json "$conll" -o "$out/cg_conll.jsonl"
"$cg" extract --json "$shared"/corpus/polnear/dev/text/*.txt -o "$out/cg_polnear.jsonl"
have_node=no
if command -v node >/dev/null && [ -d "$here/compromise/node_modules/compromise" ]; then
  have_node=yes
  node "$here/compromise/ner.mjs" --out "$out/co_articles.jsonl" $arts 2>/dev/null
  node "$here/compromise/ner.mjs" --out "$out/co_conll.jsonl" "$conll" 2>/dev/null
fi
summary() { python3 "$ev/score.py" "$shared/corpus" "$1" 2>/dev/null | awk '/^== summary/{s=1;next} s{print}'; }
printf "%-22s %12s %12s\n" "article gold (score.py)" claimgraph compromise
paste <(summary "$out/cg_articles.jsonl") <( [ $have_node = yes ] && summary "$out/co_articles.jsonl" || summary "$out/cg_articles.jsonl" | awk '{print $1, "-"}') |
  awk '{printf "%-22s %12s %12s\n", $1, $2, $4}'
ner() { python3 "$ev/score_ner.py" "$conll" "$1" 2>/dev/null | awk '$1=="ner_f1"{print $2}'; }
printf "%-22s %12s %12s\n" "conll2003 dev ner_f1" "$(ner "$out/cg_conll.jsonl")" "$([ $have_node = yes ] && ner "$out/co_conll.jsonl" || echo -)"
python3 "$ev/score_polnear.py" "$shared/corpus/polnear" "$out/cg_polnear.jsonl" --split dev 2>/dev/null |
  awk '$1 ~ /^polnear_/{printf "%-22s %12s %12s\n", $1, $2, "-"}'
