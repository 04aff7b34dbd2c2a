/**
 * The speed paths of the extractor give the same output as the reference paths (docs/agent-differential.md §7.0.1):
 * the dispatched lexicon search (each pattern tried only where its first two characters can start a match,
 * regex-prefix.ts) against the reference search (each pattern's regex run over the whole text), on every text the
 * project has (and the clause boundaries found once per text against the per-hit window scans): all evaluation splits, the bench texts (Syrian Archive EN/AR summaries) and the bundled testimonies.
 */
import { capabilities } from '../src/app/workspace.js';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadAgentKb } from '../src/app/agents.js';
import { examplesDir, packageRoot, sharedDataDir } from '../src/app/paths.js';
import { clauseBoundaryMismatches, extractFeatures } from '../src/core/agents/feature-extraction.js';
import { matchPrefixes } from '../src/core/agents/regex-prefix.js';
import { estimativeWords } from '../src/core/agents/agent-differential.js';
import { estimativeTerm } from '../src/core/estimative-language.js';
import { readBundle } from '../src/adapters/readers/bundle-reader.js';

const kb = loadAgentKb(capabilities.knowledge);

function allTexts(): string[] {
  const texts: string[] = [];
  const evalDir = path.join(packageRoot, 'eval', 'agents');
  for (const f of fs.readdirSync(evalDir).filter((x) => x.endsWith('.yaml'))) {
    const d = parse(fs.readFileSync(path.join(evalDir, f), 'utf8'));
    for (const inc of d.incidents ?? []) for (const a of inc.accounts) texts.push(a.text);
    for (const p of d.accounts ?? []) texts.push(p.text);
  }
  const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
  if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) texts.push(x[k]);
  for (const id of fs.readdirSync(examplesDir)) {
    const b = readBundle(path.join(examplesDir, id)).bundle;
    for (const t of b.testimonies) if (t.text) texts.push(t.text);
  }
  return texts;
}

describe('dispatched lexicon search = reference search', () => {
  it('gives the same hits, features and named agents on every evaluation, bench and bundled text', () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(700);
    let hits = 0;
    for (const t of texts) {
      const fast = extractFeatures(t, { terms: kb.terms });
      const ref = extractFeatures(t, { terms: kb.terms, dispatch: false });
      expect(fast.hits, t).toEqual(ref.hits);
      expect([...fast.features]).toEqual([...ref.features]);
      expect(fast.named).toEqual(ref.named);
      hits += fast.hits.length;
    }
    expect(hits).toBeGreaterThan(1500);
  });

  it('clause boundaries from the whole text equal the 240-character window scans at every position of every text', () => {
    const texts = allTexts();
    let n = 0;
    for (const t of texts) {
      expect(clauseBoundaryMismatches(t), t).toEqual([]);
      n += t.length;
    }
    // window edges inside words, Latin and Arabic contrast words at edges, and surrogate pairs
    const edge = 'x'.repeat(238) + 'although it was faint. ' + 'a'.repeat(300) + 'but then 😷 however' + 'ولكن'.repeat(70) + ' لكن شيء';
    expect(clauseBoundaryMismatches(edge)).toEqual([]);
    expect(n).toBeGreaterThan(100_000);
  });

  it('finds matches of the same pattern after its last match, and overlapping matches of different patterns', () => {
    const t = 'Pinpoint pupils, pinpoint pupils again; he was coughing, could not breathe, with foam at the mouth and smelled of bleach.';
    expect(extractFeatures(t).hits).toEqual(extractFeatures(t, { dispatch: false }).hits);
    const ar = 'وشعر المصابون بضيق في التنفس وسعال ورائحة كلور، والأطفال بحدقات دبوسية';
    expect(extractFeatures(ar).hits).toEqual(extractFeatures(ar, { dispatch: false }).hits);
  });
});

describe('estimative words of the differential = estimativeTerm', () => {
  it('on a fine grid, at every band edge and just either side of it', () => {
    const ps: number[] = [];
    for (let i = 0; i <= 100_000; i++) ps.push(i / 100_000);
    for (const e of [0, 0.05, 0.2, 0.45, 0.55, 0.8, 0.95, 1])
      for (const d of [0, 1e-12, 1e-10, 5e-10, 1e-9, 2e-9, 1e-8, 1e-7, 2e-7, 1e-6]) ps.push(e - d, e + d);
    ps.push(0.44999999999999996, 0.9500000000000001, 0.1 + 0.2);
    for (const p of ps) expect(estimativeWords(p), String(p)).toBe(estimativeTerm(Math.min(1, Math.max(0, p))).words);
  });
});

describe('regex prefix sets (regex-prefix.ts)', () => {
  it('enumerates the first two characters of every match', () => {
    expect([...matchPrefixes('pin[- ]?point pupils?')!].sort()).toEqual(['pi']);
    expect([...matchPrefixes('(?:a|bc)?d')!].sort()).toEqual(['ad', 'bc', 'd']);
    expect([...matchPrefixes('x{0,2}y')!].sort()).toEqual(['xx', 'xy', 'y']);
    expect([...matchPrefixes(String.raw`(?<!no )sm\p{L}*`)!]).toEqual(['sm']);
    expect([...matchPrefixes('[a-c]z')!].sort()).toEqual(['az', 'bz', 'cz']);
  });
  it('gives up (null: try everywhere) on what it does not enumerate', () => {
    expect(matchPrefixes(String.raw`\p{L}+ smell`)).toBeNull();
    expect(matchPrefixes('.x')).toBeNull();
    expect(matchPrefixes('[^a]b')).toBeNull();
  });
  it('keeps a whole match shorter than two characters, and the empty match', () => {
    expect([...matchPrefixes('a|bc')!].sort()).toEqual(['a', 'bc']);
    expect(matchPrefixes('a?')!.has('')).toBe(true);
  });
});
