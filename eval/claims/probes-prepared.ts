/**
 * A battery of written sentences for the `prepared` slot (session 26, room clprep): each line `+P | TEXT` (the sentence
 * announces an attack, provocation or staging being prepared or ahead) or `-P | TEXT` (a near miss that must not fire).
 * Prints each sentence's reading with the words behind it, and the counts: positives read, near misses fired.
 * `npx tsx eval/claims/probes-prepared.ts eval/claims/probes/clprep-s26-prepared.txt [--misses]`. Written for the reader's
 * grammar, not drawn from a split: the figure measures constructions, not accuracy on pages.
 */
import fs from 'node:fs';
import { claimLexicon, readClaims } from '../../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../../src/adapters/knowledge/knowledge-files.js';

const [file, ...opts] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx eval/claims/probes-prepared.ts FILE [--misses]');
  process.exit(2);
}
const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
let pos = 0, posRead = 0, neg = 0, negFired = 0;
for (const l of lines) {
  const i = l.indexOf(' | ');
  const want = l.slice(0, i).trim() === '+P';
  const text = l.slice(i + 3).replaceAll('\\n', '\n');
  const r = readClaims(text, lexicon);
  const got = r.claims.prepared;
  if (want) { pos++; if (got) posRead++; } else { neg++; if (got) negFired++; }
  if (got !== want || !opts.includes('--misses')) console.log(`${got === want ? 'ok  ' : 'MISS'} ${want ? '+P' : '-P'} ${JSON.stringify(r.phrases.prepared ?? [])} ${text.replaceAll('\n', ' / ').slice(0, 120)}`);
}
console.log(`positives read ${posRead} / ${pos}; near misses fired ${negFired} / ${neg}`);
