/**
 * Cross-validation of the blame model beside the grammar, on development material only (dev, test (v1), test-v2..v5):
 * `npx tsx eval/claims/cv-blame-model.ts`. 10 folds by sha256(id); in each, the model is trained on the other folds
 * and used only where the grammar reads an incident but no culprit. Prints blame accuracy of the grammar alone and
 * with the model, per threshold.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readClaims, claimLexicon } from '../../src/core/narrative/claim-slots.js';
import { trainBlameModel, blamePosterior } from './blame-model.js';
import { readKnowledge } from '../../src/adapters/knowledge/knowledge-files.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
export const DEVELOPMENT = ['dev', 'test', 'test-v2', 'test-v3', 'test-v4', 'test-v5'];
const items = DEVELOPMENT.flatMap((f) => fs.readFileSync(path.join(dir, `${f}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
const lex = claimLexicon(readKnowledge('claim-parties.yaml'));
const gram = items.map((it) => readClaims(it.text, lex).claims);
const fold = (id: string) => parseInt(crypto.createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % 10;
const alphas = [0.1, 0.5, 1];
const minCounts = [1, 2];
const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const base = items.filter((it, i) => (gram[i].blamed ?? null) === it.labels.blamed).length / items.length;
console.log(`grammar alone: blamed accuracy ${base.toFixed(3)} (${items.length} development items)`);
for (const alpha of alphas)
  for (const minCount of minCounts) {
    const post: Record<string, number>[] = new Array(items.length);
    for (let f = 0; f < 10; f++) {
      const m = trainBlameModel(items.filter((it) => fold(it.id) !== f).map((it) => ({ text: it.text, blamed: it.labels.blamed })), { alpha, minCount, threshold: 0 });
      items.forEach((it, i) => {
        if (fold(it.id) === f) post[i] = blamePosterior(m, it.text);
      });
    }
    const row: string[] = [];
    for (const t of thresholds) {
      let right = 0, changed = 0, fixed = 0, broke = 0;
      items.forEach((it, i) => {
        let got = gram[i].blamed ?? null;
        if (got === null && gram[i].staged !== null) {
          const p = post[i];
          let best = 'null';
          for (const c of Object.keys(p)) if (p[c] > p[best]) best = c;
          if (best !== 'null' && p[best] >= t) {
            changed++;
            const was = got === it.labels.blamed;
            got = best;
            if (got === it.labels.blamed) fixed++;
            else if (was) broke++;
          }
        }
        if (got === it.labels.blamed) right++;
      });
      row.push(`t=${t}: ${(right / items.length).toFixed(3)} (+${fixed} -${broke} of ${changed})`);
    }
    console.log(`alpha ${alpha} minCount ${minCount}: ${row.join('  ')}`);
  }
