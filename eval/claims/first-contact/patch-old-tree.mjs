// Adds `lastReadTrace` (as src/core/narrative/claim-slots.ts of session 24 has it) to an old tree's claim reader, for the
// first-contact readings (make.sh). Only module state the reader had since session 9 (beginRead) is read; a tree without
// it is left as it is (its readings then carry no trace).
import fs from 'node:fs';
const file = process.argv[2];
let src = fs.readFileSync(file, 'utf8');
// (s25 clnew) a tree of session 24 on has lastReadTrace of its own (dev-v26, dev-v27): left as it is
if (/export function lastReadTrace\(/.test(src)) {
  console.error('patch-old-tree: the reader has its own trace', file);
  process.exit(0);
}
const need = ['let accusers = new Set<Hit>();\n', '  accusers = new Set<Hit>();\n', '  const rep: Score = new Map();\n', 'function beginRead('];
if (!need.every((n) => src.includes(n))) {
  console.error('patch-old-tree: no module state to trace in', file);
  process.exit(0);
}
src = src.replace('let accusers = new Set<Hit>();\n', 'let accusers = new Set<Hit>();\nlet traceOwn: Score = new Map();\nlet traceRep: Score = new Map();\n');
src = src.replace('  accusers = new Set<Hit>();\n', '  accusers = new Set<Hit>();\n  traceOwn = new Map();\n  traceRep = new Map();\n');
src = src.replace('  const rep: Score = new Map();\n', '  const rep: Score = new Map();\n  traceOwn = own;\n  traceRep = rep;\n');
src += `
export function lastReadTrace() {
  const cand = new Set(parties);
  const ms: any[] = [];
  for (const h of hits) if (h.term.kind === 'party' || h.term.kind === 'state') ms.push({ value: h.term.value, at: h.at, end: h.end, word: h.word, kind: h.term.kind, candidate: cand.has(h), accuser: accusers.has(h) });
  for (const p of parties) if (!hits.includes(p)) ms.push({ value: p.term.value, at: p.at, end: p.end, word: p.word, kind: p.term.kind, candidate: true, accuser: accusers.has(p) });
  ms.sort((a, b) => a.at - b.at);
  const sc = (m: Score) => [...m].map(([value, e]) => ({ value, n: e.n, at: e.at, clauses: (e as any).ks?.length ?? 1 }));
  return {
    text: '',
    s,
    language: arabic ? 'ar' : cyrillic ? 'ru' : 'en',
    headlineEnd,
    ends: [...ends],
    mentions: ms,
    cues: hits.filter((h) => h.term.kind.startsWith('cue') || h.term.kind === 'incident' || h.term.kind === 'staged' || h.term.kind === 'prepare' || (h.term.kind as string) === 'violence').map((h) => ({ kind: h.term.kind, at: h.at, end: h.end, word: h.word })),
    denials: denials.map((d) => [...d]),
    own: sc(traceOwn),
    rep: sc(traceRep),
  };
}
`;
fs.writeFileSync(file, src);
console.error('patch-old-tree: traced', file);
