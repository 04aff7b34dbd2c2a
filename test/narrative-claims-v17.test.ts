// Frozen claims test split v17 (eval/claims/README.md, "Test split v17 and development split dev-v17"): 102 rows of
// ../shared/data that no earlier split held (FA-KES; the English summaries of EUvsDisinfo cases from Russian-language
// outlets; the state-backed troll tweets of Russia's IRA and of Iran, never used before; the Syrian Archive's 2013 Ghouta
// video captions in Arabic), stratified by a keyword rule on the raw text and drawn by hash with the salt "v17:" by
// eval/claims/draw-v17.ts before any was labelled. This file checks the split's integrity only (hash, counts, ids,
// excerpts against the shared data, the draw reproduced, labels, disjointness, FROZEN in score.ts); it never runs the
// claim reader on the items. The scored floor is the coordinator's to add.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EUVS_FILE, FAKES_FILE, GHOUTA_FILE } from '../eval/claims/draw-v15b.js';
import { INCIDENT, VIOLENCE } from '../eval/claims/draw-v16.js';
import { BEFORE_V17, BLAME, drawV17, IRAN_FILE, IRA_FILE } from '../eval/claims/draw-v17.js';
import { once } from './helpers/once.js';
import { CLAIMS_DIR, expectDisjoint, expectNoSharedRowOrText, expectWellFormedLabels, readClaims, scoreSplitLists, type WebItem } from './helpers/web-claims.js';
import { expectItemsBuiltFromTheirRows, lineIsHint } from './helpers/claims-rows.js';

const FILE = 'test-v17.jsonl';
const SHARED = path.resolve(__dirname, '../../shared/data');
const sha = (alg: string, s: string | Buffer) => crypto.createHash(alg).update(s).digest('hex');
const count = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});
type Ref = { file: string; line_hint?: number; unit_id?: string; unique_event_ID?: string; tweetid?: string; outlet_language?: string };
type Item = WebItem & { stratum: 'incident' | 'blame' | 'rest' };
const ref = (it: WebItem) => it.ref as unknown as Ref;
const PREFIX: Record<string, string[]> = { euvsdisinfo: ['euvs17-'], fakes: ['fakes17-'], 'troll-tweets': ['ira17-', 'iran17-'], 'ghouta-videos': ['ghouta17-'] };

describe('claims test-v17 (frozen; stratified FA-KES, Russian-outlet EUvsDisinfo, IRA and Iranian troll tweets, Arabic Ghouta captions)', () => {
  const items = readClaims(FILE) as Item[];
  const of = (src: string) => items.filter((i) => i.source === src);

  it('is the frozen file (sha256) and holds the recorded counts per source, stratum, language and slot value', () => {
    expect(sha('sha256', fs.readFileSync(path.join(CLAIMS_DIR, FILE)))).toBe('541d52df8023e7e336bcda1f4f9b7a897b924e0b36b6da0f978ff3e9e4349c90');
    expect(items.length).toBe(102);
    expect(count(items.map((i) => i.source))).toEqual({ fakes: 50, euvsdisinfo: 20, 'troll-tweets': 18, 'ghouta-videos': 14 });
    expect(count(items.map((i) => `${i.source}/${i.stratum}`))).toEqual({
      'fakes/incident': 30, 'fakes/rest': 20, 'euvsdisinfo/incident': 12, 'euvsdisinfo/blame': 8, 'troll-tweets/incident': 18, 'ghouta-videos/incident': 14,
    });
    expect(count(items.map((i) => i.id.slice(0, i.id.indexOf('-'))))).toEqual({ fakes17: 50, euvs17: 20, ira17: 9, iran17: 9, ghouta17: 14 });
    // the shared data hold no Russian-language claim text (README): English and Arabic only
    expect(count(items.map((i) => i.language))).toEqual({ en: 88, ar: 14 });
    expect(count(items.map((i) => i.labels.blamed))).toEqual({ null: 56, opposition: 16, government: 10, other: 8, west: 6, russia: 4, ukraine: 2 });
    expect(count(of('fakes').map((i) => i.labels.blamed))).toEqual({ null: 16, opposition: 14, government: 9, russia: 4, other: 4, west: 3 });
    expect(count(of('euvsdisinfo').map((i) => i.labels.blamed))).toEqual({ null: 18, ukraine: 2 });
    expect(count(of('troll-tweets').map((i) => i.labels.blamed))).toEqual({ null: 8, other: 4, west: 3, opposition: 2, government: 1 });
    expect(count(of('ghouta-videos').map((i) => i.labels.blamed))).toEqual({ null: 14 });
    expect(count(items.map((i) => `${i.stratum}/${i.labels.blamed === null ? 'null' : 'blamed'}`))).toEqual({
      'incident/blamed': 33, 'incident/null': 41, 'rest/blamed': 12, 'rest/null': 8, 'blame/blamed': 1, 'blame/null': 7,
    });
    expect(count(items.map((i) => i.labels.voice))).toEqual({ asserts: 59, none: 26, reports: 17 });
    expect(count(items.map((i) => i.labels.staged))).toEqual({ false: 75, null: 26, true: 1 });
    expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual({ chemical: 14, sarin: 1 });
    // one announced attack (a vow of IS): prepared recall is not measured here
    expect(items.filter((i) => i.labels.prepared).map((i) => i.id)).toEqual(['iran17-935137350757371904']);
    expect(items.filter((i) => parseInt(sha('sha256', i.id)[0], 16) < 4).length).toBe(30);
  });

  it('ids are fakes17-unit_id, euvs17-sha1(title)[:10], ira17-/iran17-tweetid or ghouta17-unique_event_ID, unique; each excerpt is built from its row and its stratum follows the keyword rule', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const it of items) {
      const prefixes = PREFIX[it.source];
      expect(prefixes, it.id).toBeDefined();
      expect(prefixes.some((p) => it.id.startsWith(p)), it.id).toBe(true);
      expect(it.language, it.id).toBe(it.source === 'ghouta-videos' ? 'ar' : 'en');
      const file = it.source === 'troll-tweets' ? (it.id.startsWith('ira17-') ? IRA_FILE : IRAN_FILE) : { euvsdisinfo: EUVS_FILE, fakes: FAKES_FILE, 'ghouta-videos': GHOUTA_FILE }[it.source];
      expect(ref(it).file, it.id).toBe(file);
    }
    expectItemsBuiltFromTheirRows(items, '17', {
      euvs: (it, r, ref) => {
        expect(r.row.language.trim(), it.id).toBe('Russian');
        expect(ref.outlet_language, it.id).toBe('Russian');
        const both = `${r.row.title} ${r.row.summary}`;
        const incident = INCIDENT.test(both) || VIOLENCE.test(both);
        expect((it as Item).stratum, it.id).toBe(incident ? 'incident' : 'blame');
        if (!incident) expect(BLAME.test(both), it.id).toBe(true);
      },
      fakes: (it, r) => expect(INCIDENT.test(r.row.article_title), it.id).toBe((it as Item).stratum === 'incident'),
      tweet: (it, r, ref) => {
        lineIsHint(it, r, ref);
        expect(INCIDENT.test(r.row.tweet_text) || VIOLENCE.test(r.row.tweet_text), it.id).toBe(true);
      },
      ghouta: (it, r, ref) => {
        lineIsHint(it, r, ref);
        expect(INCIDENT.test(r.row.event_summary_ar), it.id).toBe(true);
      },
    });
  });

  it('is the draw of eval/claims/draw-v17.ts, item for item (ids, refs, texts, strata, in order)', () => {
    if (!fs.existsSync(path.join(SHARED, EUVS_FILE))) return; // the shared data is absent: the draw cannot be rerun
    const { test } = once(drawV17);
    expect(test.map(({ labels: _l, ...rest }) => rest)).toEqual(items.map(({ labels: _l, ...rest }) => rest));
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(items);
  });

  it('is disjoint from every other split by id, row (the id after its prefix), headline and text', () => {
    const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE);
    expect(others.length).toBeGreaterThanOrEqual(29);
    for (const f of BEFORE_V17) expect(others).toContain(f);
    expectDisjoint(items, others);
    expectNoSharedRowOrText(items, others);
  });

  it('is frozen in score.ts (its misses are refused), not development and without parts', () => {
    const { development, frozen } = scoreSplitLists();
    expect(frozen).toContain("'test-v17'");
    expect(development).not.toContain("'test-v17'");
    expect(fs.readFileSync(path.join(CLAIMS_DIR, 'score.ts'), 'utf8')).not.toMatch(/WITH_PARTS = \[[^\]]*'test-v17'/);
  });
});
