// Development split dev-v17 of the labelled claims set (eval/claims/README.md, "Test split v17 and development split
// dev-v17"): 80 rows of ../shared/data drawn by eval/claims/draw-v17.ts after test-v17's (the next rows of each stratum in
// the same hash order, skipping a row whose story, the first 40 letters and digits of its headline or such a headline of
// 24 letters or more inside its text, is that of a test-v17 item or of an earlier split). This file checks the split's
// integrity only (hash, counts, the look/hold parts, ids, excerpts, the draw rerun, labels, disjointness, score.ts lists);
// it never runs the claim reader on the items (no scoring).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHeldOut } from '../eval/split-parts.js';
import { EUVS_FILE } from '../eval/claims/draw-v15b.js';
import { drawV17, letters, story } from '../eval/claims/draw-v17.js';
import { once } from './helpers/once.js';
import { CLAIMS_DIR, expectDisjoint, expectNoSharedRowOrText, expectWellFormedLabels, readClaims, scoreSplitLists, type WebItem } from './helpers/web-claims.js';
import { expectItemsBuiltFromTheirRows } from './helpers/claims-rows.js';

const FILE = 'dev-v17.jsonl';
const SHARED = path.resolve(__dirname, '../../shared/data');
const sha = (alg: string, s: string | Buffer) => crypto.createHash(alg).update(s).digest('hex');
const count = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});
type Item = WebItem & { stratum: 'incident' | 'blame' | 'rest' };

describe('claims dev-v17 (development; stratified FA-KES, Russian-outlet EUvsDisinfo, IRA and Iranian troll tweets, Arabic Ghouta captions)', () => {
  const items = readClaims(FILE) as Item[];
  const of = (src: string) => items.filter((i) => i.source === src);

  it('is the landed file (sha256) and holds the recorded counts per source, stratum, language, slot value and part', () => {
    expect(sha('sha256', fs.readFileSync(path.join(CLAIMS_DIR, FILE)))).toBe('a70e9e611d9b376f82bdc1df93ccaa9abef7ce05d106912277dd81e798215bd3');
    expect(items.length).toBe(80);
    expect(count(items.map((i) => i.source))).toEqual({ fakes: 40, euvsdisinfo: 16, 'troll-tweets': 14, 'ghouta-videos': 10 });
    expect(count(items.map((i) => `${i.source}/${i.stratum}`))).toEqual({
      'fakes/incident': 24, 'fakes/rest': 16, 'euvsdisinfo/incident': 10, 'euvsdisinfo/blame': 6, 'troll-tweets/incident': 14, 'ghouta-videos/incident': 10,
    });
    expect(count(items.map((i) => i.id.slice(0, i.id.indexOf('-'))))).toEqual({ fakes17: 40, euvs17: 16, ira17: 7, iran17: 7, ghouta17: 10 });
    expect(count(items.map((i) => i.language))).toEqual({ en: 70, ar: 10 });
    expect(count(items.map((i) => i.labels.blamed))).toEqual({ null: 39, government: 13, opposition: 13, other: 9, west: 4, russia: 2 });
    expect(count(of('fakes').map((i) => i.labels.blamed))).toEqual({ government: 13, opposition: 13, null: 6, other: 4, west: 2, russia: 2 });
    expect(count(of('euvsdisinfo').map((i) => i.labels.blamed))).toEqual({ null: 14, west: 2 });
    expect(count(of('troll-tweets').map((i) => i.labels.blamed))).toEqual({ null: 9, other: 5 });
    expect(count(items.map((i) => i.labels.voice))).toEqual({ asserts: 45, none: 23, reports: 12 });
    expect(count(items.map((i) => i.labels.staged))).toEqual({ false: 57, null: 23 });
    expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual({ chemical: 10 });
    expect(items.filter((i) => i.labels.prepared).length).toBe(0);
    // the look/hold cut of eval/split-parts.ts (the held-out quarter: sha256(id) starts with 0-3)
    const hold = items.filter((i) => isHeldOut(i.id));
    expect(hold.length).toBe(13);
    expect(hold.filter((i) => i.labels.blamed !== null).length).toBe(11);
  });

  it('ids carry the row key, unique; each excerpt is built from its row of the shared data (when present)', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const prefixes: Record<string, string[]> = { euvsdisinfo: ['euvs17-'], fakes: ['fakes17-'], 'troll-tweets': ['ira17-', 'iran17-'], 'ghouta-videos': ['ghouta17-'] };
    for (const it of items) {
      expect(prefixes[it.source]?.some((p) => it.id.startsWith(p)), it.id).toBe(true);
      expect(it.language, it.id).toBe(it.source === 'ghouta-videos' ? 'ar' : 'en');
    }
    expectItemsBuiltFromTheirRows(items, '17', { euvs: (it, r) => expect(r.row.language.trim(), it.id).toBe('Russian') });
  });

  it('is the dev draw of eval/claims/draw-v17.ts, item for item', () => {
    if (!fs.existsSync(path.join(SHARED, EUVS_FILE))) return;
    const { dev } = once(drawV17);
    expect(dev.map(({ labels: _l, ...rest }) => rest)).toEqual(items.map(({ labels: _l, ...rest }) => rest));
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(items);
  });

  it('is disjoint from every other split by id, row, headline and text, and from test-v17 by story', () => {
    const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE);
    expect(others).toContain('test-v17.jsonl');
    expectDisjoint(items, others);
    expectNoSharedRowOrText(items, others);
    const test = readClaims('test-v17.jsonl');
    const testStories = new Set(test.map((i) => story(i.text)));
    const longTestStories = [...testStories].filter((s) => s.length >= 24);
    for (const it of items) {
      expect(testStories.has(story(it.text)), it.id).toBe(false);
      expect(longTestStories.filter((s) => letters(it.text).includes(s)), it.id).toEqual([]);
    }
  });

  it('is development with look/hold parts in score.ts, never frozen', () => {
    const { development, held, frozen } = scoreSplitLists();
    for (const s of ["'dev-v17'", "'dev-v17:look'"]) expect(development).toContain(s);
    for (const s of ["'dev-v17'", "'dev-v17:hold'"]) expect(held).toContain(s);
    expect(development).not.toContain("'dev-v17:hold'");
    expect(frozen).not.toContain("'dev-v17'");
    expect(fs.readFileSync(path.join(CLAIMS_DIR, 'score.ts'), 'utf8')).toMatch(/WITH_PARTS = \[[^\]]*'dev-v17'/);
  });
});
