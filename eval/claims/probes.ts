/**
 * A battery of written sentences read by the claim reader (session 25, room clparse): each line `EXPECTED | TEXT`, with
 * EXPECTED the `blamed` value (or `null`) and `+P` when the sentence announces a prepared attack. Prints each sentence's
 * reading and the count read as expected: `npx tsx eval/claims/probes.ts eval/claims/probes/clparse-s25.txt [--misses]`.
 * The sentences are written for the reader's grammar, not drawn from a split, so the figure measures constructions,
 * not accuracy on pages.
 */
import fs from 'node:fs';
import { claimLexicon, readClaims } from '../../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../../src/adapters/knowledge/knowledge-files.js';

const [file, ...opts] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx eval/claims/probes.ts FILE [--misses]');
  process.exit(2);
}
const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
let ok = 0;
for (const l of lines) {
  const i = l.indexOf(' | ');
  const want = l.slice(0, i).trim();
  const text = l.slice(i + 3).replaceAll('\\n', '\n');
  const r = readClaims(text, lexicon);
  const got = `${r.claims.blamed ?? 'null'}${r.claims.prepared ? '+P' : ''}`;
  if (got === want) ok++;
  if (got !== want || !opts.includes('--misses')) console.log(`${got === want ? 'ok  ' : 'MISS'} ${want.padEnd(14)} ${got.padEnd(14)} ${r.voice.padEnd(8)} ${text.replaceAll('\n', ' / ').slice(0, 110)}`);
}
console.log(`${ok} / ${lines.length} read as expected`);
