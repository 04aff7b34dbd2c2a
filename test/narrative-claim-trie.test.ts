/**
 * The claim reader finds lexicon words with a character trie (src/core/narrative/claim-slots.ts) instead of the
 * per-first-letter regex alternation it replaced for speed (docs/narrative.md, "Figures"). This holds the trie to
 * that regex, built from the same patterns, at every word start of the labelled set's texts and the example
 * bundles' reports: same pattern, same end.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { lexiconMatchAt, lexiconPatterns, patternSource } from '../src/core/narrative/claim-slots.js';
import { foldString } from '../src/core/narrative/text-tokenise.js';

const ROOT = path.resolve(__dirname, '..');
const texts: string[] = [];
for (const f of fs.readdirSync(path.join(ROOT, 'eval/claims')).filter((f) => f.endsWith('.jsonl')))
  for (const l of fs.readFileSync(path.join(ROOT, 'eval/claims', f), 'utf8').split('\n').filter(Boolean)) texts.push(JSON.parse(l).text);
for (const d of fs.readdirSync(path.join(ROOT, 'examples'))) {
  const dir = path.join(ROOT, 'examples', d);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')))
    for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean)) {
      const r = JSON.parse(l) as { title?: string; text?: string };
      texts.push(`${r.title ?? ''}\n${r.text ?? ''}`);
    }
}

// the reference: one sticky alternation per first character, patterns in rank order (the earlier scanner).
// (session 31, ci) Its 80 alternations of up to ~2,400 patterns are compiled straight to machine code: V8 first compiles
// a regex to bytecode for its interpreter, and for alternations this large that step alone took ~2 minutes of CPU, most
// of the test's time (the direct compile ~10 s; the matching is the same, only the compile tier differs). The switch
// is the process's, so this file runs in a process of its own (vitest.config.ts OWN_PROCESS) and restores it at the end.
v8.setFlagsFromString('--no-regexp-tier-up');
afterAll(() => v8.setFlagsFromString('--regexp-tier-up'));
const pats = lexiconPatterns();
const byFirst = new Map<number, { re: RegExp; ranks: number[] }>();
{
  const groups = new Map<number, number[]>();
  pats.forEach((p, rank) => (groups.get(p.charCodeAt(0)) ?? groups.set(p.charCodeAt(0), []).get(p.charCodeAt(0))!).push(rank));
  for (const [c, ranks] of groups) byFirst.set(c, { re: new RegExp(ranks.map((r) => `(${patternSource(pats[r])})`).join('|'), 'yu'), ranks });
}
const regexMatchAt = (s: string, at: number) => {
  const g = byFirst.get(s.charCodeAt(at));
  if (!g) return null;
  g.re.lastIndex = at;
  const m = g.re.exec(s);
  if (!m) return null;
  let k = 1;
  while (m[k] === undefined) k++;
  return { rank: g.ranks[k - 1], end: at + m[0].length };
};

describe('claim lexicon trie', () => {
  it('matches what the regex alternation matches at every word start of the labelled set and the bundles', () => {
    expect(texts.length).toBeGreaterThan(700);
    let starts = 0;
    let hits = 0;
    const mismatches: { at: string; got: unknown; want: unknown }[] = [];
    for (const t of texts) {
      let s = t.toLowerCase();
      if (/[\u0600-\u06FF]/.test(s)) s = foldString(s);
      for (let i = 0; i < s.length; i++) {
        if (i > 0 && /[\p{L}\p{N}]/u.test(s[i - 1])) continue;
        if (!/[\p{L}\p{N}]/u.test(s[i])) continue;
        starts++;
        const want = regexMatchAt(s, i);
        if (want) hits++;
        // compared by hand: one vitest expect per word start made this test take a minute under load
        const got = lexiconMatchAt(s, i);
        if (got?.rank !== want?.rank || got?.end !== want?.end) mismatches.push({ at: s.slice(i, i + 30), got, want });
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(starts).toBeGreaterThan(30_000);
    expect(hits).toBeGreaterThan(3_000);
  }, 900_000); // (session 20) every labelled text's word starts: about a minute alone, several under a full parallel suite
});
