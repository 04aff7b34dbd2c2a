import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readClaims, claimLexicon } from '../../src/core/narrative/claim-slots.js';
import { blameFeatures } from './blame-model.js';
import { readKnowledge } from '../../src/adapters/knowledge/knowledge-files.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const items = ['dev', 'test', 'test-v2', 'test-v3', 'test-v4', 'test-v5'].flatMap((f) => fs.readFileSync(path.join(dir, `${f}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
const lex = claimLexicon(readKnowledge('claim-parties.yaml'));
const gram = items.map((it) => readClaims(it.text, lex));
const feats = items.map((it, i) => {
  const g = gram[i];
  return [...blameFeatures(it.text), `g:blamed=${g.claims.blamed}`, `g:incident=${g.claims.staged !== null}`, `g:voice=${g.voice}`, `g:b&v=${g.claims.blamed}&${g.voice}`, 'bias'];
});
const classes = [...new Set(items.map((i) => i.labels.blamed ?? 'null'))].sort();
const fold = (id: string) => parseInt(crypto.createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % 10;
function train(idx: number[], lambda: number, epochs: number) {
  const W = new Map<string, Float64Array>();
  const G = new Map<string, Float64Array>();
  const K = classes.length;
  const get = (m: Map<string, Float64Array>, f: string) => m.get(f) ?? m.set(f, new Float64Array(K)).get(f)!;
  for (let e = 0; e < epochs; e++) {
    for (const i of idx) {
      const fs_ = feats[i];
      const s = new Float64Array(K);
      for (const f of fs_) { const w = W.get(f); if (w) for (let k = 0; k < K; k++) s[k] += w[k]; }
      const mx = Math.max(...s); let z = 0; for (let k = 0; k < K; k++) { s[k] = Math.exp(s[k] - mx); z += s[k]; }
      const y = classes.indexOf(items[i].labels.blamed ?? 'null');
      for (const f of fs_) {
        const w = get(W, f), g = get(G, f);
        for (let k = 0; k < K; k++) {
          const grad = s[k] / z - (k === y ? 1 : 0) + lambda * w[k];
          g[k] += grad * grad;
          w[k] -= (0.5 * grad) / Math.sqrt(g[k] + 1e-8);
        }
      }
    }
  }
  return W;
}
function post(W: Map<string, Float64Array>, i: number) {
  const K = classes.length; const s = new Float64Array(K);
  for (const f of feats[i]) { const w = W.get(f); if (w) for (let k = 0; k < K; k++) s[k] += w[k]; }
  const mx = Math.max(...s); let z = 0; for (let k = 0; k < K; k++) { s[k] = Math.exp(s[k] - mx); z += s[k]; }
  return Array.from(s, (x) => x / z);
}
const FALLBACK = process.argv.includes('--fallback');
const base = items.filter((it, i) => gram[i].claims.blamed === it.labels.blamed).length / items.length;
console.log(`grammar alone ${base.toFixed(3)}`);
for (const lambda of [1e-3])
  for (const epochs of [5]) {
    const P: number[][] = new Array(items.length);
    for (let f = 0; f < 10; f++) {
      const idx = items.map((_, i) => i).filter((i) => fold(items[i].id) !== f);
      const W = train(idx, lambda, epochs);
      items.forEach((it, i) => { if (fold(it.id) === f) P[i] = post(W, i); });
    }
    const row: string[] = [];
    for (const t of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
      // full: the model decides when confident, else the grammar
      let right = 0, fx = 0, br = 0;
      items.forEach((it, i) => {
        const g = gram[i].claims.blamed;
        const p = P[i]; let k = 0; for (let j = 1; j < p.length; j++) if (p[j] > p[k]) k = j;
        const m = classes[k] === 'null' ? null : classes[k];
        const got = FALLBACK ? (g === null && gram[i].claims.staged !== null && p[k] >= t ? m : g) : p[k] >= t ? m : g;
        if (got === it.labels.blamed) right++;
        if (got !== g) { if (got === it.labels.blamed) fx++; else if (g === it.labels.blamed) br++; }
      });
      row.push(`t=${t}: ${(right / items.length).toFixed(3)} (+${fx} -${br})`);
    }
    console.log(`lambda ${lambda} epochs ${epochs}: ${row.join('  ')}`);
  }
