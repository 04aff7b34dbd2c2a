// Frozen claims test split v16 (eval/claims/README.md, "Test split v16 and development split dev-v16"): 100 rows of
// ../shared/data that no earlier split held (EUvsDisinfo 2015-2017, FA-KES, the Syrian Archive's 2013 Ghouta video
// captions in Arabic), stratified by a keyword rule on the raw text (incident word or not) and drawn by hash with the salt
// "v16:" by eval/claims/draw-v16.ts before any was labelled. This file checks the split's integrity only (hash, counts,
// ids, excerpts against the shared data, the draw reproduced, labels, disjointness, FROZEN in score.ts); it never runs
// the claim reader on the items. The scored floor is the coordinator's to add.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csv, euvsText, fakesText, ghoutaText, EUVS_FILE, FAKES_FILE, GHOUTA_FILE } from '../eval/claims/draw-v15b.js';
import { BEFORE_V16, drawV16, INCIDENT, VIOLENCE } from '../eval/claims/draw-v16.js';
import { once } from './helpers/once.js';
import { CLAIMS_DIR, expectDisjoint, expectNoSharedRowOrText, expectWellFormedLabels, readClaims, scoreSplitLists, type WebItem } from './helpers/web-claims.js';

const FILE = 'test-v16.jsonl';
const SHARED = path.resolve(__dirname, '../../shared/data');
const sha = (alg: string, s: string | Buffer) => crypto.createHash(alg).update(s).digest('hex');
const count = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});
type Ref = { file: string; line_hint?: number; unit_id?: string; unique_event_ID?: string };
type Item = WebItem & { stratum: 'incident' | 'rest' };
const ref = (it: WebItem) => it.ref as unknown as Ref;
const rows = (file: string) => csv(fs.readFileSync(path.join(SHARED, file), 'utf8'));

describe('claims test-v16 (frozen; stratified EUvsDisinfo, FA-KES and Arabic Ghouta captions from ../shared/data)', () => {
  const items = readClaims(FILE) as Item[];
  const of = (src: string) => items.filter((i) => i.source === src);

  it('is the frozen file (sha256) and holds the recorded counts per source, stratum, language and slot value', () => {
    expect(sha('sha256', fs.readFileSync(path.join(CLAIMS_DIR, FILE)))).toBe('621ed23407773211e7dec0c82655621579d7070090c44f6d9a803170e3aab58b');
    expect(items.length).toBe(100);
    expect(count(items.map((i) => i.source))).toEqual({ euvsdisinfo: 30, fakes: 56, 'ghouta-videos': 14 });
    expect(count(items.map((i) => `${i.source}/${i.stratum}`))).toEqual({
      'euvsdisinfo/incident': 16, 'euvsdisinfo/rest': 14, 'fakes/incident': 28, 'fakes/rest': 28, 'ghouta-videos/incident': 9, 'ghouta-videos/rest': 5,
    });
    expect(count(items.map((i) => i.language))).toEqual({ en: 86, ar: 14 });
    expect(count(items.map((i) => i.labels.blamed))).toEqual({ null: 51, government: 22, opposition: 15, other: 5, west: 3, ukraine: 2, russia: 2 });
    expect(count(of('euvsdisinfo').map((i) => i.labels.blamed))).toEqual({ null: 27, ukraine: 2, west: 1 });
    expect(count(of('fakes').map((i) => i.labels.blamed))).toEqual({ government: 22, opposition: 15, null: 10, other: 5, west: 2, russia: 2 });
    expect(count(of('ghouta-videos').map((i) => i.labels.blamed))).toEqual({ null: 14 });
    expect(count(items.map((i) => `${i.stratum}/${i.labels.blamed === null ? 'null' : 'blamed'}`))).toEqual({
      'incident/blamed': 24, 'incident/null': 29, 'rest/blamed': 25, 'rest/null': 22,
    });
    expect(count(items.map((i) => i.labels.voice))).toEqual({ asserts: 54, none: 30, reports: 16 });
    expect(count(items.map((i) => i.labels.staged))).toEqual({ false: 70, null: 30 });
    expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual({ chemical: 9 });
    // the shared data hold no announced attack any more (v3 and v6 took them): prepared recall is not measured here
    expect(items.filter((i) => i.labels.prepared).length).toBe(0);
    expect(items.filter((i) => parseInt(sha('sha256', i.id)[0], 16) < 4).length).toBe(21);
  });

  it('ids are euvs16-sha1(title)[:10], fakes16-unit_id or ghouta16-unique_event_ID, unique; each excerpt is built from its row and its stratum follows the keyword rule', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const it of items) {
      const prefix = { euvsdisinfo: 'euvs16-', fakes: 'fakes16-', 'ghouta-videos': 'ghouta16-' }[it.source];
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
        expect(it.id).toBe(`euvs16-${sha('sha1', r!.row.title).slice(0, 10)}`);
        expect(it.text, it.id).toBe(euvsText(r!.row));
        // tier 1 (INCIDENT) or tier 2 (violence words) of the incident stratum, else rest
        const both = `${r!.row.title} ${r!.row.summary}`;
        expect(INCIDENT.test(both) || VIOLENCE.test(both), it.id).toBe(it.stratum === 'incident');
      } else if (it.source === 'fakes') {
        const r = fakes.find((r) => r.row.unit_id === ref(it).unit_id);
        expect(it.id).toBe(`fakes16-${ref(it).unit_id}`);
        expect(it.text, it.id).toBe(fakesText(r!.row));
        expect(INCIDENT.test(r!.row.article_title), it.id).toBe(it.stratum === 'incident');
      } else {
        const r = ghouta.find((r) => r.row.unique_event_ID === ref(it).unique_event_ID);
        expect(it.id).toBe(`ghouta16-${ref(it).unique_event_ID}`);
        expect(r?.line, it.id).toBe(ref(it).line_hint);
        expect(it.text, it.id).toBe(ghoutaText(r!.row));
        expect(INCIDENT.test(r!.row.event_summary_ar), it.id).toBe(it.stratum === 'incident');
      }
    }
  });

  it('is the draw of eval/claims/draw-v16.ts, item for item (ids, refs, texts, strata, in order)', () => {
    if (!fs.existsSync(path.join(SHARED, EUVS_FILE))) return; // the shared data is absent: the draw cannot be rerun
    const { test } = once(drawV16);
    expect(test.map(({ labels: _l, ...rest }) => rest)).toEqual(items.map(({ labels: _l, ...rest }) => rest));
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(items);
  });

  it('is disjoint from every other split by id, row (the id after its prefix), headline and text', () => {
    const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE);
    expect(others.length).toBeGreaterThanOrEqual(27);
    for (const f of BEFORE_V16) expect(others).toContain(f);
    expectDisjoint(items, others);
    expectNoSharedRowOrText(items, others);
  });

  it('is frozen in score.ts (its misses are refused), not development and without parts', () => {
    const { development, frozen } = scoreSplitLists();
    expect(frozen).toContain("'test-v16'");
    expect(development).not.toContain("'test-v16'");
    expect(fs.readFileSync(path.join(CLAIMS_DIR, 'score.ts'), 'utf8')).not.toMatch(/WITH_PARTS = \[[^\]]*'test-v16'/);
  });
});
