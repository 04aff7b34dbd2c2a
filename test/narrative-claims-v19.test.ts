// Frozen claims test split v19 (eval/claims/README.md, "Test split v19 and development split dev-v19"): 100 rows of
// ../shared/data that no earlier split held (the FA-KES rows left; EUvsDisinfo rows of any outlet language with an
// incident word or a blame word only; the tweets of the state-backed accounts of Iran, Russia's IRA and Venezuela and of
// the verified "real" accounts of the same disclosure data set, each with an incident or violence word; the last Ghouta
// 2013 video captions in Arabic), stratified by a keyword rule on the raw text and drawn by hash with the salt "v19:" by
// eval/claims/draw-v19.ts before any was labelled. This file checks the split's integrity only (hash, counts, ids,
// excerpts against the shared data, the draw reproduced, labels, disjointness, FROZEN in score.ts); it never runs the
// claim reader on the items. The scored floor is the coordinator's to add.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EUVS_FILE, FAKES_FILE, GHOUTA_FILE } from '../eval/claims/draw-v15b.js';
import { INCIDENT, VIOLENCE } from '../eval/claims/draw-v16.js';
import { BLAME, IRA_FILE, IRAN_FILE } from '../eval/claims/draw-v17.js';
import { REAL_FILES, STAGED, VZ_FILE } from '../eval/claims/draw-v18.js';
import { BEFORE_V19, drawV19 } from '../eval/claims/draw-v19.js';
import { CLAIMS_DIR, expectDisjoint, expectNoSharedRowOrText, expectWellFormedLabels, readClaims, scoreSplitLists, type WebItem } from './helpers/web-claims.js';
import { expectItemsBuiltFromTheirRows, lineIsHint, outletLanguageRecorded } from './helpers/claims-rows.js';

const FILE = 'test-v19.jsonl';
const SHARED = path.resolve(__dirname, '../../shared/data');
const sha = (alg: string, s: string | Buffer) => crypto.createHash(alg).update(s).digest('hex');
const count = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});
type Ref = { file: string; line_hint?: number; unit_id?: string; unique_event_ID?: string; tweetid?: string; outlet_language?: string };
type Item = WebItem & { stratum: 'incident' | 'blame' | 'rest' };
const ref = (it: WebItem) => it.ref as unknown as Ref;
const PREFIX: Record<string, string[]> = { euvsdisinfo: ['euvs19-'], fakes: ['fakes19-'], 'troll-tweets': ['iran19-', 'ira19-', 'vz19-'], 'real-tweets': ['real19-'], 'ghouta-videos': ['ghouta19-'] };
const TWEET_FILE: Record<string, string> = { iran19: IRAN_FILE, ira19: IRA_FILE, vz19: VZ_FILE };
const incidentText = (s: string) => INCIDENT.test(s) || VIOLENCE.test(s);

describe('claims test-v19 (frozen; FA-KES, EUvsDisinfo incident/blame, Iranian, IRA and Venezuelan troll and verified-account tweets, Arabic Ghouta captions)', () => {
  const items = readClaims(FILE) as Item[];
  const of = (prefix: string) => items.filter((i) => i.id.startsWith(prefix + '-'));

  it('is the frozen file (sha256) and holds the recorded counts per source, stratum, language and slot value', () => {
    expect(sha('sha256', fs.readFileSync(path.join(CLAIMS_DIR, FILE)))).toBe('b7901b30f1835ca11250d5cad80d7537e4f9a6214baffad133fb4ddada76114c');
    expect(items.length).toBe(100);
    expect(count(items.map((i) => i.source))).toEqual({ 'troll-tweets': 54, 'real-tweets': 18, euvsdisinfo: 15, fakes: 7, 'ghouta-videos': 6 });
    expect(count(items.map((i) => `${i.source}/${i.stratum}`))).toEqual({
      'troll-tweets/incident': 54, 'real-tweets/incident': 18, 'euvsdisinfo/blame': 13, 'ghouta-videos/incident': 6, 'fakes/rest': 5, 'fakes/incident': 2, 'euvsdisinfo/incident': 2,
    });
    expect(count(items.map((i) => i.id.slice(0, i.id.indexOf('-'))))).toEqual({ iran19: 22, ira19: 20, real19: 18, euvs19: 15, vz19: 12, fakes19: 7, ghouta19: 6 });
    // the shared data hold no Russian-language claim text (README, v17 and v19's counts): English and Arabic only
    expect(count(items.map((i) => i.language))).toEqual({ en: 94, ar: 6 });
    expect(count(items.map((i) => i.labels.blamed))).toEqual({ null: 75, other: 12, opposition: 4, west: 4, russia: 2, government: 2, ukraine: 1 });
    expect(count(of('fakes19').map((i) => i.labels.blamed))).toEqual({ null: 2, opposition: 2, government: 2, russia: 1 });
    expect(count(of('euvs19').map((i) => i.labels.blamed))).toEqual({ null: 12, ukraine: 1, other: 1, russia: 1 });
    expect(count(of('iran19').map((i) => i.labels.blamed))).toEqual({ null: 11, other: 8, west: 2, opposition: 1 });
    expect(count(of('ira19').map((i) => i.labels.blamed))).toEqual({ null: 16, west: 2, other: 2 });
    expect(count(of('vz19').map((i) => i.labels.blamed))).toEqual({ null: 11, opposition: 1 });
    expect(count(of('real19').map((i) => i.labels.blamed))).toEqual({ null: 17, other: 1 });
    expect(count(of('ghouta19').map((i) => i.labels.blamed))).toEqual({ null: 6 });
    expect(count(items.map((i) => `${i.stratum}/${i.labels.blamed === null ? 'null' : 'blamed'}`))).toEqual({
      'incident/null': 62, 'incident/blamed': 20, 'blame/null': 12, 'rest/blamed': 4, 'rest/null': 1, 'blame/blamed': 1,
    });
    expect(count(items.map((i) => i.labels.voice))).toEqual({ none: 59, asserts: 32, reports: 9 });
    expect(count(items.map((i) => i.labels.staged))).toEqual({ null: 59, false: 39, true: 2 });
    expect(items.filter((i) => i.labels.staged).map((i) => i.id)).toEqual(['euvs19-8ffa59a989', 'euvs19-15034aca6f']);
    expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual({ chemical: 6 });
    // no announced attack is left in the shared data's fresh rows: prepared recall is not measured here
    expect(items.filter((i) => i.labels.prepared).length).toBe(0);
    expect(items.filter((i) => parseInt(sha('sha256', i.id)[0], 16) < 4).length).toBe(30);
  });

  it('ids are fakes19-unit_id, euvs19-sha1(title)[:10], iran19-/ira19-/vz19-/real19-tweetid or ghouta19-unique_event_ID, unique; each excerpt is built from its row and its stratum follows the keyword rule', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const it of items) {
      const prefixes = PREFIX[it.source];
      expect(prefixes, it.id).toBeDefined();
      expect(prefixes.some((p) => it.id.startsWith(p)), it.id).toBe(true);
      expect(it.language, it.id).toBe(it.source === 'ghouta-videos' ? 'ar' : 'en');
      if (it.source === 'real-tweets') expect(REAL_FILES, it.id).toContain(ref(it).file);
      else if (it.source === 'troll-tweets') expect(ref(it).file, it.id).toBe(TWEET_FILE[it.id.slice(0, it.id.indexOf('-'))]);
      else expect(ref(it).file, it.id).toBe({ euvsdisinfo: EUVS_FILE, fakes: FAKES_FILE, 'ghouta-videos': GHOUTA_FILE }[it.source]);
    }
    expectItemsBuiltFromTheirRows(items, '19', {
      euvs: (it, r, ref) => {
        outletLanguageRecorded(it, r, ref);
        const both = `${r.row.title} ${r.row.summary}`;
        expect(STAGED.test(both), it.id).toBe(false);
        expect((it as Item).stratum, it.id).toBe(incidentText(both) ? 'incident' : 'blame');
        if (!incidentText(both)) expect(BLAME.test(both), it.id).toBe(true);
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

  it('is the draw of eval/claims/draw-v19.ts, item for item (ids, refs, texts, strata, in order)', () => {
    if (!fs.existsSync(path.join(SHARED, EUVS_FILE))) return; // the shared data is absent: the draw cannot be rerun
    const { test } = drawV19();
    expect(test.map(({ labels: _l, ...rest }) => rest)).toEqual(items.map(({ labels: _l, ...rest }) => rest));
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(items);
  });

  it('is disjoint from every other split by id, row (the id after its prefix), headline and text', () => {
    const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE);
    expect(others.length).toBeGreaterThanOrEqual(33);
    for (const f of BEFORE_V19) expect(others).toContain(f);
    expectDisjoint(items, others);
    expectNoSharedRowOrText(items, others);
  });

  it('is frozen in score.ts (its misses are refused), not development and without parts', () => {
    const { development, frozen } = scoreSplitLists();
    expect(frozen).toContain("'test-v19'");
    expect(development).not.toContain("'test-v19'");
    expect(fs.readFileSync(path.join(CLAIMS_DIR, 'score.ts'), 'utf8')).not.toMatch(/WITH_PARTS = \[[^\]]*'test-v19'/);
  });
});
