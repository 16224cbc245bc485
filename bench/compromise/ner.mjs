// SPDX-License-Identifier: MIT
// Runs npm `compromise` on the same texts as claimgraph and writes FORMAT.md JSON Lines
// (people/places/organizations as entities; compromise has no attribution, so no claims).
//   node ner.mjs [--out OUT.jsonl] FILE.txt... | FILE.jsonl
// Prints {"docs","bytes","seconds","mb_per_s"} for the nlp() work alone on stderr.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const nlp = require('compromise');

const args = process.argv.slice(2);
let out = null;
const inputs = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--out') out = args[++i];
  else inputs.push(args[i]);
}
const docs = [];
for (const f of inputs) {
  if (f.endsWith('.jsonl')) {
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const j = JSON.parse(line);
      docs.push({ id: j.id, text: j.text });
    }
  } else {
    docs.push({ id: path.basename(f).replace(/\.[^.]+$/, ''), text: fs.readFileSync(f, 'utf8') });
  }
}

// UTF-16 index → code-point index
function cpIndex(text) {
  const idx = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; ++i) {
    idx[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff)) ++cp;
  }
  idx[text.length] = cp;
  return idx;
}

const lines = [];
let bytes = 0;
const t0 = process.hrtime.bigint();
const results = [];
for (const d of docs) {
  bytes += Buffer.byteLength(d.text, 'utf8');
  const doc = nlp(d.text);
  results.push({
    Person: doc.people().json({ offset: true, terms: { offset: true } }),
    Place: doc.places().json({ offset: true, terms: { offset: true } }),
    Organization: doc.organizations().json({ offset: true, terms: { offset: true } }),
  });
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

docs.forEach((d, k) => {
  const idx = cpIndex(d.text);
  const entities = [];
  const byKey = new Map();
  for (const [type, matches] of Object.entries(results[k])) {
    for (const m of matches) {
      const terms = m.terms || [];
      if (!terms.length || !terms[0].offset) continue;
      const s = terms[0].offset.start;
      const last = terms[terms.length - 1].offset;
      const e = last.start + last.length;
      const text = d.text.slice(s, e);
      const key = type + '|' + text.toLowerCase();
      let ent = byKey.get(key);
      if (!ent) {
        ent = { id: 'E' + (entities.length + 1), type, canonical: text, iri: null, mentions: [], roles: [], part_of: null, located_in: null };
        byKey.set(key, ent);
        entities.push(ent);
      }
      ent.mentions.push({ start: idx[s], end: idx[e], text });
    }
  }
  lines.push(JSON.stringify({ id: d.id, entities, claims: [] }));
});
if (out) fs.writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(JSON.stringify({ tool: 'compromise', docs: docs.length, bytes, seconds, mb_per_s: bytes / 1e6 / seconds }) + '\n');
