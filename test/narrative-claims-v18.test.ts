// Frozen claims test split v18 (eval/claims/README.md, "Test split v18 and development split dev-v18"): 100 rows of
// ../shared/data that no earlier split held (the FA-KES rows left; EUvsDisinfo rows of any outlet language with a staging
// or an incident word; the tweets of Venezuela's state-backed accounts and of the verified "real" accounts of the same
// disclosure data set, neither used before; the Ghouta 2013 video captions in Arabic), stratified by a keyword rule on the
// raw text and drawn by hash with the salt "v18:" by eval/claims/draw-v18.ts before any was labelled. This file checks the
// split's integrity only (hash, counts, ids, excerpts against the shared data, the draw reproduced, labels, disjointness,
// FROZEN in score.ts); it never runs the claim reader on the items. The scored floor is the coordinator's to add.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EUVS_FILE, FAKES_FILE, GHOUTA_FILE } from '../eval/claims/draw-v15b.js';
import { INCIDENT, VIOLENCE } from '../eval/claims/draw-v16.js';
import { BEFORE_V18, drawV18, REAL_FILES, STAGED, VZ_FILE } from '../eval/claims/draw-v18.js';
import { CLAIMS_DIR, expectDisjoint, expectNoSharedRowOrText, expectWellFormedLabels, readClaims, scoreSplitLists, type WebItem } from './helpers/web-claims.js';
import { expectItemsBuiltFromTheirRows, lineIsHint, outletLanguageRecorded } from './helpers/claims-rows.js';

const FILE = 'test-v18.jsonl';
const SHARED = path.resolve(__dirname, '../../shared/data');
const sha = (alg: string, s: string | Buffer) => crypto.createHash(alg).update(s).digest('hex');
const count = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});
type Ref = { file: string; line_hint?: number; unit_id?: string; unique_event_ID?: string; tweetid?: string; outlet_language?: string };
type Item = WebItem & { stratum: 'incident' | 'staged' | 'rest' };
const ref = (it: WebItem) => it.ref as unknown as Ref;
const PREFIX: Record<string, string[]> = { euvsdisinfo: ['euvs18-'], fakes: ['fakes18-'], 'troll-tweets': ['vz18-'], 'real-tweets': ['real18-'], 'ghouta-videos': ['ghouta18-'] };
const incidentText = (s: string) => INCIDENT.test(s) || VIOLENCE.test(s);

describe('claims test-v18 (frozen; FA-KES, EUvsDisinfo staged/incident, Venezuelan troll and verified-account tweets, Arabic Ghouta captions)', () => {
  const items = readClaims(FILE) as Item[];
  const of = (src: string) => items.filter((i) => i.source === src);

  it('is the frozen file (sha256) and holds the recorded counts per source, stratum, language and slot value', () => {
    expect(sha('sha256', fs.readFileSync(path.join(CLAIMS_DIR, FILE)))).toBe('c9c8f015510e793771f0c682d77294b2f671f3615a25aef9ddfbb9f7ab7d778f');
    expect(items.length).toBe(100);
    expect(count(items.map((i) => i.source))).toEqual({ fakes: 24, 'real-tweets': 24, 'troll-tweets': 20, euvsdisinfo: 16, 'ghouta-videos': 16 });
    expect(count(items.map((i) => `${i.source}/${i.stratum}`))).toEqual({
      'real-tweets/incident': 24, 'troll-tweets/incident': 20, 'ghouta-videos/incident': 16, 'euvsdisinfo/incident': 14, 'fakes/incident': 12, 'fakes/rest': 12, 'euvsdisinfo/staged': 2,
    });
    expect(count(items.map((i) => i.id.slice(0, i.id.indexOf('-'))))).toEqual({ fakes18: 24, real18: 24, vz18: 20, euvs18: 16, ghouta18: 16 });
    // the shared data hold no Russian-language claim text (README, v17): English and Arabic only
    expect(count(items.map((i) => i.language))).toEqual({ en: 84, ar: 16 });
    expect(count(items.map((i) => i.labels.blamed))).toEqual({ null: 76, government: 11, opposition: 6, other: 6, west: 1 });
    expect(count(of('fakes').map((i) => i.labels.blamed))).toEqual({ government: 11, null: 7, opposition: 6 });
    expect(count(of('euvsdisinfo').map((i) => i.labels.blamed))).toEqual({ null: 13, other: 2, west: 1 });
    expect(count(of('troll-tweets').map((i) => i.labels.blamed))).toEqual({ null: 20 });
    expect(count(of('real-tweets').map((i) => i.labels.blamed))).toEqual({ null: 20, other: 4 });
    expect(count(of('ghouta-videos').map((i) => i.labels.blamed))).toEqual({ null: 16 });
    expect(count(items.map((i) => `${i.stratum}/${i.labels.blamed === null ? 'null' : 'blamed'}`))).toEqual({
      'incident/null': 70, 'incident/blamed': 16, 'rest/blamed': 8, 'rest/null': 4, 'staged/null': 2,
    });
    expect(count(items.map((i) => i.labels.voice))).toEqual({ none: 49, asserts: 44, reports: 7 });
    expect(count(items.map((i) => i.labels.staged))).toEqual({ false: 51, null: 49 });
    expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual({ chemical: 16 });
    // one announced attack (an "assassination plot" exposed): prepared recall is not measured here
    expect(items.filter((i) => i.labels.prepared).map((i) => i.id)).toEqual(['vz18-889661603863568391']);
    expect(items.filter((i) => parseInt(sha('sha256', i.id)[0], 16) < 4).length).toBe(24);
  });

  it('ids are fakes18-unit_id, euvs18-sha1(title)[:10], vz18-/real18-tweetid or ghouta18-unique_event_ID, unique; each excerpt is built from its row and its stratum follows the keyword rule', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const it of items) {
      const prefixes = PREFIX[it.source];
      expect(prefixes, it.id).toBeDefined();
      expect(prefixes.some((p) => it.id.startsWith(p)), it.id).toBe(true);
      expect(it.language, it.id).toBe(it.source === 'ghouta-videos' ? 'ar' : 'en');
      if (it.source === 'real-tweets') expect(REAL_FILES, it.id).toContain(ref(it).file);
      else expect(ref(it).file, it.id).toBe({ euvsdisinfo: EUVS_FILE, fakes: FAKES_FILE, 'ghouta-videos': GHOUTA_FILE, 'troll-tweets': VZ_FILE }[it.source]);
    }
    expectItemsBuiltFromTheirRows(items, '18', {
      euvs: (it, r, ref) => {
        outletLanguageRecorded(it, r, ref);
        const both = `${r.row.title} ${r.row.summary}`;
        expect((it as Item).stratum, it.id).toBe(STAGED.test(both) ? 'staged' : 'incident');
        if (!STAGED.test(both)) expect(incidentText(both), it.id).toBe(true);
      },
      fakes: (it, r) => expect(INCIDENT.test(r.row.article_title), it.id).toBe((it as Item).stratum === 'incident'),
      tweet: (it, r, ref) => {
        lineIsHint(it, r, ref);
        expect(incidentText(r.row.tweet_text), it.id).toBe(true);
      },
      ghouta: (it, r, ref) => {
        lineIsHint(it, r, ref);
        expect(INCIDENT.test(r.row.event_summary_ar), it.id).toBe((it as Item).stratum === 'incident');
      },
    });
  });

  it('is the draw of eval/claims/draw-v18.ts, item for item (ids, refs, texts, strata, in order)', () => {
    if (!fs.existsSync(path.join(SHARED, EUVS_FILE))) return; // the shared data is absent: the draw cannot be rerun
    const { test } = drawV18();
    expect(test.map(({ labels: _l, ...rest }) => rest)).toEqual(items.map(({ labels: _l, ...rest }) => rest));
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(items);
  });

  it('is disjoint from every other split by id, row (the id after its prefix), headline and text', () => {
    const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE);
    expect(others.length).toBeGreaterThanOrEqual(31);
    for (const f of BEFORE_V18) expect(others).toContain(f);
    expectDisjoint(items, others);
    expectNoSharedRowOrText(items, others);
  });

  it('is frozen in score.ts (its misses are refused), not development and without parts', () => {
    const { development, frozen } = scoreSplitLists();
    expect(frozen).toContain("'test-v18'");
    expect(development).not.toContain("'test-v18'");
    expect(fs.readFileSync(path.join(CLAIMS_DIR, 'score.ts'), 'utf8')).not.toMatch(/WITH_PARTS = \[[^\]]*'test-v18'/);
  });
});
