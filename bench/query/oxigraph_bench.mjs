// SPDX-License-Identifier: MIT
// Peer run for query_lubm.sh: Oxigraph (npm "oxigraph", in-memory Store under node).
// Loads DATA once, runs each query REPEAT times with TSV results (serialization included, as in
// cg_bench_query) and prints "name<TAB>rows<TAB>best_ms<TAB>median_ms"; "#load" line first.
//   node oxigraph_bench.mjs DATA.nt REPEAT QUERY.rq...
import { readFileSync, createReadStream } from "node:fs";
import { basename } from "node:path";
import oxigraph from "oxigraph";

const [data, repeatArg, ...queries] = process.argv.slice(2);
const repeat = Math.max(1, parseInt(repeatArg, 10) || 5);
const store = new oxigraph.Store();
const t0 = performance.now();
// stream the file in chunks (a 225 MB string is close to V8's limits)
const chunks = [];
for await (const chunk of createReadStream(data, { highWaterMark: 1 << 24 })) chunks.push(chunk);
store.load(chunks, { format: "application/n-triples", unchecked: true });
const t1 = performance.now();
console.log(`#load\t${store.size}\t${(t1 - t0).toFixed(1)}\t0`);
store.query("ASK { ?s ?p ?o }");  // warm-up, as the claimgraph run does
for (const q of queries) {
  const text = readFileSync(q, "utf8");
  const times = [];
  let rows = 0;
  for (let i = 0; i < repeat; i++) {
    const a = performance.now();
    const out = store.query(text, { results_format: "tsv" });
    const b = performance.now();
    times.push(b - a);
    let n = 0;
    for (let k = out.indexOf("\n"); k !== -1; k = out.indexOf("\n", k + 1)) n++;
    rows = n - 1;
  }
  times.sort((x, y) => x - y);
  console.log(`${basename(q)}\t${rows}\t${times[0].toFixed(2)}\t${times[Math.floor(times.length / 2)].toFixed(2)}`);
}
