// first-contact reading of one development split by an old tree of the reader (session 24 cllearn): the whole item and
// each piece (headline, body sentences) read alone
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import * as slots from './src/core/narrative/claim-slots.js';
const [file, out] = process.argv.slice(2);
let lex: unknown = undefined;
try {
  const kf = await import('./src/adapters/knowledge/knowledge-files.js');
  if (fs.existsSync('./knowledge/claim-parties.yaml') && (slots as any).claimLexicon) lex = (slots as any).claimLexicon((kf as any).readKnowledge('claim-parties.yaml'));
} catch (e) { console.error('no yaml lexicon', String(e).slice(0, 100)); }
// the pieces of an item as src/core/narrative/claim-blame-arbiter.ts itemPieces cuts them, copied: this file runs inside
// an old tree (git archive of the commit that added a split), which has no arbiter module to import
function itemPieces(text: string): { text: string; headline: boolean }[] {
  const nl = text.indexOf('\n');
  const head = nl < 0 ? text : text.slice(0, nl);
  const body = nl < 0 ? '' : text.slice(nl + 1);
  const sents = body.split(/(?<=[.!?؟])\s+|\n+/u).map((x) => x.trim()).filter((x) => x.length > 0);
  const out = [{ text: head, headline: nl >= 0 }, ...sents.map((x) => ({ text: x, headline: false }))];
  return out.length > 1 ? out : [];
}
// (s24 fixcl, review R7) the held-out parts of the splits that have them (dev-v10 on) are aggregate-only checks: no row of
// theirs is written here (an item-wise reading joined with the labels would be a miss list of the hold part). The rule is
// eval/split-parts.ts isHeldOut, copied because this file runs inside an old tree that may not have it.
const withParts = /(?:^|\/)dev-v(?:1\d|2\d)\.jsonl$/u.test(file);
const heldOut = (id: string) => /^[0-3]/.test(createHash('sha256').update(id).digest('hex'));
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((it) => !(withParts && heldOut(it.id)));
const res = rows.map((it) => {
  const pieces = itemPieces(it.text).map((p) => { const r = (slots as any).readClaims(p.text, lex); return { blamed: r.claims.blamed ?? null, voice: r.voice, headline: p.headline }; });
  const r = (slots as any).readClaims(it.text, lex);
  // (the trace of the whole item's read, when patch-old-tree.mjs could add it: the arbiter's candidates as this reader saw them)
  const trace = (slots as any).lastReadTrace ? (slots as any).lastReadTrace() : undefined;
  return { id: it.id, blamed: r.claims.blamed ?? null, staged: r.claims.staged ?? null, prepared: !!r.claims.prepared, voice: r.voice, pieces, ...(trace ? { trace } : {}) };
});
fs.writeFileSync(out, res.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(file, rows.length, 'yaml', !!lex);
