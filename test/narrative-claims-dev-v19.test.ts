// Development split dev-v19 of the labelled claims set (eval/claims/README.md, "Test split v19 and development split
// dev-v19"): 80 rows of ../shared/data drawn by eval/claims/draw-v19.ts after test-v19's (the next rows of each stratum in
// the same hash order, skipping a row whose story, the first 40 letters and digits of its headline or such a headline of
// 24 letters or more inside its text, is that of a test-v19 item or of an earlier split). This file checks the split's
// integrity only (hash, counts, the look/hold parts, ids, excerpts, the draw rerun, labels, disjointness, score.ts lists);
// it never runs the claim reader on the items (no scoring).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHeldOut } from '../eval/split-parts.js';
import { EUVS_FILE } from '../eval/claims/draw-v15b.js';
import { IRA_FILE, IRAN_FILE, letters, story } from '../eval/claims/draw-v17.js';
import { REAL_FILES, VZ_FILE } from '../eval/claims/draw-v18.js';
import { drawV19 } from '../eval/claims/draw-v19.js';
import { CLAIMS_DIR, expectDisjoint, expectNoSharedRowOrText, expectWellFormedLabels, readClaims, scoreSplitLists, type WebItem } from './helpers/web-claims.js';
import { expectItemsBuiltFromTheirRows, lineIsHint, outletLanguageRecorded } from './helpers/claims-rows.js';

const FILE = 'dev-v19.jsonl';
const SHARED = path.resolve(__dirname, '../../shared/data');
const sha = (alg: string, s: string | Buffer) => crypto.createHash(alg).update(s).digest('hex');
const count = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});
type Ref = { file: string; line_hint?: number; unit_id?: string; unique_event_ID?: string; tweetid?: string; outlet_language?: string };
type Item = WebItem & { stratum: 'incident' | 'blame' | 'rest' };
const ref = (it: WebItem) => it.ref as unknown as Ref;
const TWEET_FILE: Record<string, string> = { iran19: IRAN_FILE, ira19: IRA_FILE, vz19: VZ_FILE };

describe('claims dev-v19 (development; FA-KES, EUvsDisinfo incident/blame, Iranian, IRA and Venezuelan troll and verified-account tweets, Arabic Ghouta captions)', () => {
  const items = readClaims(FILE) as Item[];
  const of = (prefix: string) => items.filter((i) => i.id.startsWith(prefix + '-'));

  it('is the landed file (sha256) and holds the recorded counts per source, stratum, language, slot value and part', () => {
    expect(sha('sha256', fs.readFileSync(path.join(CLAIMS_DIR, FILE)))).toBe('21ea0f9bffd8731138b31cdfcf5a3431d80382d6deb2fa22888ac1016eca32c4');
    expect(items.length).toBe(80);
    expect(count(items.map((i) => i.source))).toEqual({ 'troll-tweets': 46, 'real-tweets': 14, euvsdisinfo: 13, fakes: 5, 'ghouta-videos': 2 });
    expect(count(items.map((i) => `${i.source}/${i.stratum}`))).toEqual({
      'troll-tweets/incident': 46, 'real-tweets/incident': 14, 'euvsdisinfo/blame': 11, 'fakes/rest': 4, 'euvsdisinfo/incident': 2, 'ghouta-videos/incident': 2, 'fakes/incident': 1,
    });
    expect(count(items.map((i) => i.id.slice(0, i.id.indexOf('-'))))).toEqual({ iran19: 20, ira19: 16, real19: 14, euvs19: 13, vz19: 10, fakes19: 5, ghouta19: 2 });
    expect(count(items.map((i) => i.language))).toEqual({ en: 78, ar: 2 });
    expect(count(items.map((i) => i.labels.blamed))).toEqual({ null: 65, other: 7, west: 4, opposition: 3, government: 1 });
    expect(count(of('fakes19').map((i) => i.labels.blamed))).toEqual({ null: 2, opposition: 2, government: 1 });
    expect(count(of('euvs19').map((i) => i.labels.blamed))).toEqual({ null: 13 });
    expect(count(of('iran19').map((i) => i.labels.blamed))).toEqual({ null: 12, other: 4, west: 3, opposition: 1 });
    expect(count(of('ira19').map((i) => i.labels.blamed))).toEqual({ null: 14, west: 1, other: 1 });
    expect(count(of('vz19').map((i) => i.labels.blamed))).toEqual({ null: 10 });
    expect(count(of('real19').map((i) => i.labels.blamed))).toEqual({ null: 12, other: 2 });
    expect(count(items.map((i) => i.labels.voice))).toEqual({ none: 52, asserts: 22, reports: 6 });
    expect(count(items.map((i) => i.labels.staged))).toEqual({ null: 52, false: 28 });
    expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual({ chemical: 3 });
    expect(items.filter((i) => i.labels.prepared).length).toBe(0);
    // the look/hold cut of eval/split-parts.ts (the held-out quarter: sha256(id) starts with 0-3)
    const hold = items.filter((i) => isHeldOut(i.id));
    expect(hold.length).toBe(25);
    expect(hold.filter((i) => i.labels.blamed !== null).length).toBe(5);
  });

  it('ids carry the row key, unique; each excerpt is built from its row of the shared data (when present)', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const prefixes: Record<string, string[]> = { euvsdisinfo: ['euvs19-'], fakes: ['fakes19-'], 'troll-tweets': ['iran19-', 'ira19-', 'vz19-'], 'real-tweets': ['real19-'], 'ghouta-videos': ['ghouta19-'] };
    for (const it of items) {
      expect(prefixes[it.source]?.some((p) => it.id.startsWith(p)), it.id).toBe(true);
      expect(it.language, it.id).toBe(it.source === 'ghouta-videos' ? 'ar' : 'en');
      if (it.source === 'troll-tweets') expect(ref(it).file, it.id).toBe(TWEET_FILE[it.id.slice(0, it.id.indexOf('-'))]);
      if (it.source === 'real-tweets') expect(REAL_FILES, it.id).toContain(ref(it).file);
    }
    expectItemsBuiltFromTheirRows(items, '19', { euvs: outletLanguageRecorded, tweet: lineIsHint });
  });

  it('is the dev draw of eval/claims/draw-v19.ts, item for item', () => {
    if (!fs.existsSync(path.join(SHARED, EUVS_FILE))) return;
    const { dev } = drawV19();
    expect(dev.map(({ labels: _l, ...rest }) => rest)).toEqual(items.map(({ labels: _l, ...rest }) => rest));
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(items);
  });

  it('is disjoint from every other split by id, row, headline and text, and from test-v19 by story', () => {
    const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE);
    expect(others).toContain('test-v19.jsonl');
    expectDisjoint(items, others);
    expectNoSharedRowOrText(items, others);
    const test = readClaims('test-v19.jsonl');
    const testStories = new Set(test.map((i) => story(i.text)));
    const longTestStories = [...testStories].filter((s) => s.length >= 24);
    for (const it of items) {
      expect(testStories.has(story(it.text)), it.id).toBe(false);
      expect(longTestStories.filter((s) => letters(it.text).includes(s)), it.id).toEqual([]);
    }
  });

  it('is development with look/hold parts in score.ts, never frozen', () => {
    const { development, held, frozen } = scoreSplitLists();
    for (const s of ["'dev-v19'", "'dev-v19:look'"]) expect(development).toContain(s);
    for (const s of ["'dev-v19'", "'dev-v19:hold'"]) expect(held).toContain(s);
    expect(development).not.toContain("'dev-v19:hold'");
    expect(frozen).not.toContain("'dev-v19'");
    expect(fs.readFileSync(path.join(CLAIMS_DIR, 'score.ts'), 'utf8')).toMatch(/WITH_PARTS = \[[^\]]*'dev-v19'/);
  });
});
