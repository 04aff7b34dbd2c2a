// Supplementary frozen test split v15b of the labelled claims set (eval/claims/README.md, "Test split v15b"): 90 rows of
// ../shared/data that no earlier split held (EUvsDisinfo 2015-2017, FA-KES, the Syrian Archive's 2013 Ghouta video
// captions in Arabic), drawn by hash with the salt "v15b:" by eval/claims/draw-v15b.ts before any was labelled. This
// file checks the split's integrity only (hash, counts, ids, excerpts against the shared data, labels, disjointness,
// FROZEN in score.ts); it never runs the claim reader on the items.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csv, euvsText, fakesText, ghoutaText, EUVS_FILE, FAKES_FILE, GHOUTA_FILE } from '../eval/claims/draw-v15b.js';
import { CLAIMS_DIR, expectDisjoint, expectNoSharedRowOrText, expectWellFormedLabels, readClaims, scoreSplitLists, type WebItem } from './helpers/web-claims.js';

const FILE = 'test-v15b.jsonl';
const SHARED = path.resolve(__dirname, '../../shared/data');
const sha = (alg: string, s: string | Buffer) => crypto.createHash(alg).update(s).digest('hex');
const count = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});
type Ref = { file: string; line_hint?: number; unit_id?: string; unique_event_ID?: string };
const ref = (it: WebItem) => it.ref as unknown as Ref;
const rows = (file: string) => csv(fs.readFileSync(path.join(SHARED, file), 'utf8'));

describe('claims test-v15b (frozen supplement; EUvsDisinfo, FA-KES and Arabic Ghouta captions from ../shared/data)', () => {
  const items = readClaims(FILE);

  it('is the frozen file (sha256) and holds the recorded counts per source, language, culprit, voice, agent, staging and announced attack', () => {
    expect(sha('sha256', fs.readFileSync(path.join(CLAIMS_DIR, FILE)))).toBe('841b7711f657e7144c0d1a8fd95db4fa1b2da809cbaa1d4a0b3060d9f6215021');
    expect(items.length).toBe(90);
    expect(count(items.map((i) => i.source))).toEqual({ euvsdisinfo: 45, fakes: 30, 'ghouta-videos': 15 });
    expect(count(items.map((i) => i.language))).toEqual({ en: 75, ar: 15 });
    expect(count(items.map((i) => i.labels.blamed))).toEqual({ null: 63, government: 7, russia: 7, ukraine: 5, opposition: 5, west: 2, other: 1 });
    expect(count(items.filter((i) => i.source === 'euvsdisinfo').map((i) => i.labels.blamed))).toEqual({ null: 37, ukraine: 5, russia: 1, west: 1, other: 1 });
    expect(count(items.filter((i) => i.source === 'fakes').map((i) => i.labels.blamed))).toEqual({ null: 11, government: 7, russia: 6, opposition: 5, west: 1 });
    expect(count(items.map((i) => i.labels.voice))).toEqual({ none: 37, asserts: 46, reports: 7 });
    expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual({ chemical: 13, sarin: 1 });
    expect(items.filter((i) => i.labels.staged === true).length).toBe(2);
    // the shared data hold no announced attack any more (v3 and v6 took them): prepared recall is not measured here
    expect(items.filter((i) => i.labels.prepared).length).toBe(0);
    expect(items.filter((i) => parseInt(sha('sha256', i.id)[0], 16) < 4).length).toBe(26);
  });

  it('ids are euvs15b-sha1(title)[:10], fakes15b-unit_id or ghouta15b-unique_event_ID, unique; each excerpt is built from its row of the shared data (when present)', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const it of items) {
      const prefix = { euvsdisinfo: 'euvs15b-', fakes: 'fakes15b-', 'ghouta-videos': 'ghouta15b-' }[it.source];
      expect(prefix, it.id).toBeDefined();
      expect(it.id.startsWith(prefix!), it.id).toBe(true);
      expect(it.language, it.id).toBe(it.source === 'ghouta-videos' ? 'ar' : 'en');
      expect(ref(it).file, it.id).toBe({ euvsdisinfo: EUVS_FILE, fakes: FAKES_FILE, 'ghouta-videos': GHOUTA_FILE }[it.source]);
    }
    if (!fs.existsSync(path.join(SHARED, EUVS_FILE))) return; // the shared data is absent: ids and excerpts cannot be checked
    const euvs = rows(EUVS_FILE), fakes = rows(FAKES_FILE), ghouta = rows(GHOUTA_FILE);
    for (const it of items) {
      if (it.source === 'euvsdisinfo') {
        const r = euvs.find((r) => r.line === ref(it).line_hint);
        expect(r, it.id).toBeDefined();
        expect(it.id).toBe(`euvs15b-${sha('sha1', r!.row.title).slice(0, 10)}`);
        expect(it.text, it.id).toBe(euvsText(r!.row));
      } else if (it.source === 'fakes') {
        const rs = fakes.filter((r) => r.row.unit_id === ref(it).unit_id);
        expect(it.id).toBe(`fakes15b-${ref(it).unit_id}`);
        expect(rs.map((r) => fakesText(r.row)), it.id).toContain(it.text);
      } else {
        const r = ghouta.find((r) => r.row.unique_event_ID === ref(it).unique_event_ID);
        expect(it.id).toBe(`ghouta15b-${ref(it).unique_event_ID}`);
        expect(r?.line, it.id).toBe(ref(it).line_hint);
        expect(it.text, it.id).toBe(ghoutaText(r!.row));
      }
    }
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(items);
  });

  it('is disjoint from every other split by id, row (the id after its prefix), headline and text', () => {
    const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE);
    expect(others.length).toBeGreaterThanOrEqual(26);
    for (const p of ['test-v15.jsonl', 'dev-v15.jsonl', 'test-v6.jsonl', 'test-v2.jsonl', 'dev.jsonl']) expect(others).toContain(p);
    expectDisjoint(items, others);
    expectNoSharedRowOrText(items, others);
  });

  it('is frozen in score.ts (its misses are refused), not development', () => {
    const { development, frozen } = scoreSplitLists();
    expect(frozen).toContain("'test-v15b'");
    expect(development).not.toContain("'test-v15b'");
  });
});
