// Development split dev-v18 of the labelled claims set (eval/claims/README.md, "Test split v18 and development split
// dev-v18"): 80 rows of ../shared/data drawn by eval/claims/draw-v18.ts after test-v18's (the next rows of each stratum in
// the same hash order, skipping a row whose story, the first 40 letters and digits of its headline or such a headline of
// 24 letters or more inside its text, is that of a test-v18 item or of an earlier split). This file checks the split's
// integrity only (hash, counts, the look/hold parts, ids, excerpts, the draw rerun, labels, disjointness, score.ts lists);
// it never runs the claim reader on the items (no scoring).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHeldOut } from '../eval/split-parts.js';
import { EUVS_FILE } from '../eval/claims/draw-v15b.js';
import { letters, story } from '../eval/claims/draw-v17.js';
import { drawV18 } from '../eval/claims/draw-v18.js';
import { CLAIMS_DIR, expectDisjoint, expectNoSharedRowOrText, expectWellFormedLabels, readClaims, scoreSplitLists, type WebItem } from './helpers/web-claims.js';
import { expectItemsBuiltFromTheirRows, lineIsHint, outletLanguageRecorded } from './helpers/claims-rows.js';

const FILE = 'dev-v18.jsonl';
const SHARED = path.resolve(__dirname, '../../shared/data');
const sha = (alg: string, s: string | Buffer) => crypto.createHash(alg).update(s).digest('hex');
const count = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});
type Item = WebItem & { stratum: 'incident' | 'staged' | 'rest' };

describe('claims dev-v18 (development; FA-KES, EUvsDisinfo staged/incident, Venezuelan troll and verified-account tweets, Arabic Ghouta captions)', () => {
  const items = readClaims(FILE) as Item[];
  const of = (src: string) => items.filter((i) => i.source === src);

  it('is the landed file (sha256) and holds the recorded counts per source, stratum, language, slot value and part', () => {
    expect(sha('sha256', fs.readFileSync(path.join(CLAIMS_DIR, FILE)))).toBe('ea9f8ea46c742c86003f8cb059ff1b4c20a32dc140c6a36112dc0669b9b3b610');
    expect(items.length).toBe(80);
    expect(count(items.map((i) => i.source))).toEqual({ fakes: 20, 'real-tweets': 20, 'troll-tweets': 16, euvsdisinfo: 12, 'ghouta-videos': 12 });
    expect(count(items.map((i) => `${i.source}/${i.stratum}`))).toEqual({
      'real-tweets/incident': 20, 'troll-tweets/incident': 16, 'fakes/rest': 12, 'ghouta-videos/incident': 12, 'euvsdisinfo/incident': 11, 'fakes/incident': 8, 'euvsdisinfo/staged': 1,
    });
    expect(count(items.map((i) => i.id.slice(0, i.id.indexOf('-'))))).toEqual({ fakes18: 20, real18: 20, vz18: 16, euvs18: 12, ghouta18: 12 });
    expect(count(items.map((i) => i.language))).toEqual({ en: 68, ar: 12 });
    expect(count(items.map((i) => i.labels.blamed))).toEqual({ null: 61, opposition: 9, government: 4, west: 2, other: 2, russia: 1, ukraine: 1 });
    expect(count(of('fakes').map((i) => i.labels.blamed))).toEqual({ opposition: 9, null: 5, government: 4, russia: 1, west: 1 });
    expect(count(of('euvsdisinfo').map((i) => i.labels.blamed))).toEqual({ null: 11, ukraine: 1 });
    expect(count(of('troll-tweets').map((i) => i.labels.blamed))).toEqual({ null: 15, other: 1 });
    expect(count(of('real-tweets').map((i) => i.labels.blamed))).toEqual({ null: 18, other: 1, west: 1 });
    expect(count(items.map((i) => i.labels.voice))).toEqual({ none: 43, asserts: 32, reports: 5 });
    expect(count(items.map((i) => i.labels.staged))).toEqual({ null: 43, false: 37 });
    expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual({ chemical: 11, sarin: 1 });
    expect(items.filter((i) => i.labels.prepared).length).toBe(0);
    // the look/hold cut of eval/split-parts.ts (the held-out quarter: sha256(id) starts with 0-3)
    const hold = items.filter((i) => isHeldOut(i.id));
    expect(hold.length).toBe(21);
    expect(hold.filter((i) => i.labels.blamed !== null).length).toBe(4);
  });

  it('ids carry the row key, unique; each excerpt is built from its row of the shared data (when present)', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const prefixes: Record<string, string[]> = { euvsdisinfo: ['euvs18-'], fakes: ['fakes18-'], 'troll-tweets': ['vz18-'], 'real-tweets': ['real18-'], 'ghouta-videos': ['ghouta18-'] };
    for (const it of items) {
      expect(prefixes[it.source]?.some((p) => it.id.startsWith(p)), it.id).toBe(true);
      expect(it.language, it.id).toBe(it.source === 'ghouta-videos' ? 'ar' : 'en');
    }
    expectItemsBuiltFromTheirRows(items, '18', { euvs: outletLanguageRecorded, tweet: lineIsHint });
  });

  it('is the dev draw of eval/claims/draw-v18.ts, item for item', () => {
    if (!fs.existsSync(path.join(SHARED, EUVS_FILE))) return;
    const { dev } = drawV18();
    expect(dev.map(({ labels: _l, ...rest }) => rest)).toEqual(items.map(({ labels: _l, ...rest }) => rest));
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(items);
  });

  it('is disjoint from every other split by id, row, headline and text, and from test-v18 by story', () => {
    const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE);
    expect(others).toContain('test-v18.jsonl');
    expectDisjoint(items, others);
    expectNoSharedRowOrText(items, others);
    const test = readClaims('test-v18.jsonl');
    const testStories = new Set(test.map((i) => story(i.text)));
    const longTestStories = [...testStories].filter((s) => s.length >= 24);
    for (const it of items) {
      expect(testStories.has(story(it.text)), it.id).toBe(false);
      expect(longTestStories.filter((s) => letters(it.text).includes(s)), it.id).toEqual([]);
    }
  });

  it('is development with look/hold parts in score.ts, never frozen', () => {
    const { development, held, frozen } = scoreSplitLists();
    for (const s of ["'dev-v18'", "'dev-v18:look'"]) expect(development).toContain(s);
    for (const s of ["'dev-v18'", "'dev-v18:hold'"]) expect(held).toContain(s);
    expect(development).not.toContain("'dev-v18:hold'");
    expect(frozen).not.toContain("'dev-v18'");
    expect(fs.readFileSync(path.join(CLAIMS_DIR, 'score.ts'), 'utf8')).toMatch(/WITH_PARTS = \[[^\]]*'dev-v18'/);
  });
});
