// Development split dev-v16 of the labelled claims set (eval/claims/README.md, "Test split v16 and development split
// dev-v16"): 82 rows of ../shared/data drawn by eval/claims/draw-v16.ts after test-v16's (the next rows of each stratum in
// the same hash order, skipping a row whose story, the first 40 letters and digits of its is that of a test-v16
// item or of an earlier split). This file checks the split's integrity only (hash, counts, the look/hold parts, ids,
// excerpts, the draw rerun, labels, disjointness, score.ts lists); it never runs the claim reader on the items (no scoring).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHeldOut } from '../eval/split-parts.js';
import { csv, euvsText, fakesText, ghoutaText, EUVS_FILE, FAKES_FILE, GHOUTA_FILE } from '../eval/claims/draw-v15b.js';
import { drawV16 } from '../eval/claims/draw-v16.js';
import { once } from './helpers/once.js';
import { CLAIMS_DIR, expectDisjoint, expectNoSharedRowOrText, expectWellFormedLabels, readClaims, scoreSplitLists, type WebItem } from './helpers/web-claims.js';

const FILE = 'dev-v16.jsonl';
const SHARED = path.resolve(__dirname, '../../shared/data');
const sha = (alg: string, s: string | Buffer) => crypto.createHash(alg).update(s).digest('hex');
const count = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});
type Ref = { file: string; line_hint?: number; unit_id?: string; unique_event_ID?: string };
type Item = WebItem & { stratum: 'incident' | 'rest' };
const ref = (it: WebItem) => it.ref as unknown as Ref;
const story = (text: string) => text.split('\n')[0].toLowerCase().replace(/[^a-z0-9\u0600-\u06ff\u0400-\u04ff]/g, '').slice(0, 40);

describe('claims dev-v16 (development; stratified EUvsDisinfo, FA-KES and Arabic Ghouta captions from ../shared/data)', () => {
  const items = readClaims(FILE) as Item[];
  const of = (src: string) => items.filter((i) => i.source === src);

  it('is the landed file (sha256) and holds the recorded counts per source, stratum, language, slot value and part', () => {
    expect(sha('sha256', fs.readFileSync(path.join(CLAIMS_DIR, FILE)))).toBe('a6c6abbfe9ebd83610e75272bf56fbc59b0af91a4b9f894acb822ac36e4bfb06');
    expect(items.length).toBe(82);
    expect(count(items.map((i) => i.source))).toEqual({ euvsdisinfo: 22, fakes: 50, 'ghouta-videos': 10 });
    expect(count(items.map((i) => `${i.source}/${i.stratum}`))).toEqual({
      'euvsdisinfo/incident': 12, 'euvsdisinfo/rest': 10, 'fakes/incident': 25, 'fakes/rest': 25, 'ghouta-videos/incident': 6, 'ghouta-videos/rest': 4,
    });
    expect(count(items.map((i) => i.language))).toEqual({ en: 72, ar: 10 });
    expect(count(items.map((i) => i.labels.blamed))).toEqual({ null: 46, opposition: 14, government: 10, russia: 5, other: 4, west: 3 });
    expect(count(of('fakes').map((i) => i.labels.blamed))).toEqual({ opposition: 14, null: 14, government: 10, russia: 5, other: 4, west: 3 });
    expect(count(items.map((i) => i.labels.voice))).toEqual({ asserts: 41, none: 25, reports: 16 });
    expect(count(items.map((i) => i.labels.staged))).toEqual({ false: 57, null: 25 });
    expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual({ chemical: 6 });
    expect(items.filter((i) => i.labels.prepared).length).toBe(1);
    // the look/hold cut of eval/split-parts.ts (the held-out quarter: sha256(id) starts with 0-3)
    const hold = items.filter((i) => isHeldOut(i.id));
    expect(hold.length).toBe(20);
    expect(hold.filter((i) => i.labels.blamed !== null).length).toBe(6);
    expect(count(hold.map((i) => i.source))).toEqual({ euvsdisinfo: 5, fakes: 13, 'ghouta-videos': 2 });
  });

  it('ids are euvs16-, fakes16- or ghouta16- with the row key, unique; each excerpt is built from its row of the shared data (when present)', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const it of items) {
      const prefix = { euvsdisinfo: 'euvs16-', fakes: 'fakes16-', 'ghouta-videos': 'ghouta16-' }[it.source];
      expect(prefix, it.id).toBeDefined();
      expect(it.id.startsWith(prefix!), it.id).toBe(true);
      expect(it.language, it.id).toBe(it.source === 'ghouta-videos' ? 'ar' : 'en');
    }
    if (!fs.existsSync(path.join(SHARED, EUVS_FILE))) return;
    const rows = (file: string) => csv(fs.readFileSync(path.join(SHARED, file), 'utf8'));
    const euvs = rows(EUVS_FILE), fakes = rows(FAKES_FILE), ghouta = rows(GHOUTA_FILE);
    for (const it of items) {
      if (it.source === 'euvsdisinfo') {
        const r = euvs.find((r) => r.line === ref(it).line_hint);
        expect(it.id).toBe(`euvs16-${sha('sha1', r!.row.title).slice(0, 10)}`);
        expect(it.text, it.id).toBe(euvsText(r!.row));
      } else if (it.source === 'fakes') {
        const r = fakes.find((r) => r.row.unit_id === ref(it).unit_id);
        expect(it.id).toBe(`fakes16-${ref(it).unit_id}`);
        expect(it.text, it.id).toBe(fakesText(r!.row));
      } else {
        const r = ghouta.find((r) => r.row.unique_event_ID === ref(it).unique_event_ID);
        expect(it.id).toBe(`ghouta16-${ref(it).unique_event_ID}`);
        expect(it.text, it.id).toBe(ghoutaText(r!.row));
      }
    }
  });

  it('is the dev draw of eval/claims/draw-v16.ts, item for item', () => {
    if (!fs.existsSync(path.join(SHARED, EUVS_FILE))) return;
    const { dev } = once(drawV16);
    expect(dev.map(({ labels: _l, ...rest }) => rest)).toEqual(items.map(({ labels: _l, ...rest }) => rest));
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(items);
  });

  it('is disjoint from every other split by id, row, headline and text, and from test-v16 by story', () => {
    const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE);
    expect(others).toContain('test-v16.jsonl');
    expectDisjoint(items, others);
    expectNoSharedRowOrText(items, others);
    const testStories = new Set(readClaims('test-v16.jsonl').map((i) => story(i.text)));
    for (const it of items) {
      expect(testStories.has(story(it.text)), it.id).toBe(false);
    }
  });

  it('is development with look/hold parts in score.ts, never frozen', () => {
    const { development, held, frozen } = scoreSplitLists();
    for (const s of ["'dev-v16'", "'dev-v16:look'"]) expect(development).toContain(s);
    for (const s of ["'dev-v16'", "'dev-v16:hold'"]) expect(held).toContain(s);
    expect(development).not.toContain("'dev-v16:hold'");
    expect(frozen).not.toContain("'dev-v16'");
    expect(fs.readFileSync(path.join(CLAIMS_DIR, 'score.ts'), 'utf8')).toMatch(/WITH_PARTS = \[[^\]]*'dev-v16'/);
  });
});
