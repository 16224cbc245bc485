// SPDX-License-Identifier: MIT
// The peer of cg_bench_parse: sparqljs parses the same files the same number of times.
// Usage: node sparqljs_bench.js ROUNDS FILE...   (prints the same keys as cg_bench_parse)
'use strict';
const fs = require('fs');
const path = require('path');
const { Parser } = require(path.join(__dirname, '..', 'node_modules', 'sparqljs'));

const rounds = parseInt(process.argv[2], 10);
const files = process.argv.slice(3);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
// One parser for all texts: sparqljs resets prefixes and base at every parse() call.
const parser = new Parser({ sparqlStar: false });
let failed = 0;
let parses = 0;
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; ++r) {
  for (const text of texts) {
    try {
      parser.parse(text);
    } catch (e) {
      if (r === 0) ++failed;
    }
    ++parses;
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`files ${texts.length}\nparses ${parses}\nseconds ${seconds.toFixed(3)}\n` +
            `parses_per_second ${(parses / seconds).toFixed(0)}\nfailed ${failed}`);
