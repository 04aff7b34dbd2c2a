/**
 * Writes the bench's texts (bench/agents.bench.ts: the Syrian Archive summaries, then the development splits' accounts;
 * never a frozen split's) to a JSON array, for bench/agents-threads.mjs.
 * Usage: node --import tsx bench/agents-texts.ts OUT.json
 */
import fs from 'node:fs';
import path from 'node:path';
import { sharedDataDir } from '../src/app/paths.js';
import { DEVELOPMENT_SPLITS, loadIncidents, loadParaphrases } from '../eval/agents/load.js';

const out = process.argv[2];
if (!out) throw new Error('usage: agents-texts.ts OUT.json');
const texts: string[] = [];
const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) texts.push(x[k]);
for (const s of DEVELOPMENT_SPLITS.incidents) for (const inc of loadIncidents(s)) for (const a of inc.accounts) texts.push(a.text ?? '');
for (const s of DEVELOPMENT_SPLITS.paraphrases) for (const p of loadParaphrases(s)) texts.push(p.accounts[0].text ?? '');
fs.writeFileSync(out, JSON.stringify(texts));
console.log(`${texts.length} texts -> ${out}`);
