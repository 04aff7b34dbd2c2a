/**
 * The claim reader on the hand-labelled set (eval/claims/README.md). The test split was frozen before any rule
 * was tuned; its hash is recorded here so it cannot drift. Figures asserted are the ones measured and quoted in
 * docs/narrative.md ("Reading claims: figures"); they fail if the reader gets worse. Targets of the design:
 * blamed and staged accuracy >= 0.85, prepared recall >= 0.8 on the test split.
 */
import { runTsxScript } from './helpers/tsx-script.js';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreClaims, type LabelledItem } from '../src/core/narrative/claim-eval.js';
import { sharedDataDir } from '../src/app/paths.js';
import { packageKnowledge } from './helpers/knowledge.js';
import { claimReader } from '../src/app/narrative.js';

const DIR = path.resolve(__dirname, '../eval/claims');
// the reader as `assay claims` runs it, with knowledge/claim-parties.yaml
const lex = claimReader(packageKnowledge);
/** eval/claims/score.ts as its own process: exit status and what it printed */
const runScore = (args: string[]) => runTsxScript([path.join(DIR, 'score.ts'), ...args]);
const read = (f: string): LabelledItem[] => fs.readFileSync(path.join(DIR, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('labelled claims set', () => {
  it('the test split is the frozen one (sha256), disjoint from dev, split by sha256(id)', () => {
    const bytes = fs.readFileSync(path.join(DIR, 'test.jsonl'));
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe('8cca71201f144d7b503a34ba265b73d23353cf25fcf06004673ba520bab45a5f');
    const test = read('test.jsonl');
    const dev = read('dev.jsonl');
    expect(test.length + dev.length).toBeGreaterThanOrEqual(400);
    const inTest = (id: string) => parseInt(crypto.createHash('sha256').update(id).digest('hex').slice(0, 2), 16) < 0x66;
    for (const it of test) expect(inTest(it.id)).toBe(true);
    for (const it of dev) expect(inTest(it.id)).toBe(false);
    expect(new Set(test.map((i) => i.language))).toEqual(new Set(['en', 'ar']));
  });

  it('test split v2 is the frozen one (sha256), disjoint from dev and v1 by id and text, three sources, EN and AR', () => {
    const bytes = fs.readFileSync(path.join(DIR, 'test-v2.jsonl'));
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe('2cfffd1adf42e2560f54436a7bb1ac80754b0e1838e2a48cb3538a2922ec81d0');
    const v2 = read('test-v2.jsonl');
    expect(v2.length).toBe(130);
    const seen = [...read('dev.jsonl'), ...read('test.jsonl')];
    const ids = new Set(seen.map((i) => i.id));
    const heads = new Set(seen.map((i) => i.text.split('\n')[0].trim()));
    for (const it of v2) {
      expect(ids.has(it.id), it.id).toBe(false);
      expect(heads.has(it.text.split('\n')[0].trim()), it.id).toBe(false);
    }
    expect(new Set(v2.map((i) => i.language))).toEqual(new Set(['en', 'ar']));
  });

  it('test split v3 is the frozen one (sha256), disjoint from every earlier split by id and headline, with >= 10 announced attacks', () => {
    const bytes = fs.readFileSync(path.join(DIR, 'test-v3.jsonl'));
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe('d9fd663538f1800d2f98782e5c467b4bf37fbc09112d95b53589f34c97b8678d');
    const v3 = read('test-v3.jsonl');
    expect(v3.length).toBe(150);
    const seen = [...read('dev.jsonl'), ...read('test.jsonl'), ...read('test-v2.jsonl')];
    const ids = new Set(seen.map((i) => i.id));
    const heads = new Set(seen.map((i) => i.text.split('\n')[0].trim()));
    for (const it of v3) {
      expect(ids.has(it.id), it.id).toBe(false);
      expect(heads.has(it.text.split('\n')[0].trim()), it.id).toBe(false);
    }
    expect(new Set(v3.map((i) => i.language))).toEqual(new Set(['en', 'ar']));
    expect(v3.filter((i) => i.labels.prepared).length).toBeGreaterThanOrEqual(10);
  });

  it('test split v4 is the frozen one (sha256), disjoint from every earlier split by id and headline', () => {
    const bytes = fs.readFileSync(path.join(DIR, 'test-v4.jsonl'));
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe('29b84a135d9b8c8d66e96dd8994b56a35b51493ed525c6378acc0df66f98778a');
    const v4 = read('test-v4.jsonl');
    expect(v4.length).toBe(150);
    const seen = [...read('dev.jsonl'), ...read('test.jsonl'), ...read('test-v2.jsonl'), ...read('test-v3.jsonl')];
    const ids = new Set(seen.map((i) => i.id));
    const heads = new Set(seen.map((i) => i.text.split('\n')[0].trim()));
    for (const it of v4) {
      expect(ids.has(it.id), it.id).toBe(false);
      expect(heads.has(it.text.split('\n')[0].trim()), it.id).toBe(false);
    }
    expect(new Set(v4.map((i) => i.language))).toEqual(new Set(['en', 'ar']));
  });

  it('test split v5 is the frozen one (sha256), disjoint from every earlier split by id and headline, >= 60 English EUvsDisinfo items', () => {
    const bytes = fs.readFileSync(path.join(DIR, 'test-v5.jsonl'));
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe('93ad576b17f07e5c2891525cabd5e2df67791b89ddbfebd5f0af76690c84ab32');
    const v5 = read('test-v5.jsonl');
    expect(v5.length).toBe(132);
    const seen = [...read('dev.jsonl'), ...read('test.jsonl'), ...read('test-v2.jsonl'), ...read('test-v3.jsonl'), ...read('test-v4.jsonl')];
    const ids = new Set(seen.map((i) => i.id));
    const heads = new Set(seen.map((i) => i.text.split('\n')[0].trim()));
    for (const it of v5) {
      expect(ids.has(it.id), it.id).toBe(false);
      expect(heads.has(it.text.split('\n')[0].trim()), it.id).toBe(false);
    }
    expect(new Set(v5.map((i) => i.language))).toEqual(new Set(['en', 'ar']));
    expect(v5.filter((i) => i.id.startsWith('euvs5-') && i.language === 'en').length).toBeGreaterThanOrEqual(60);
  });

  it('test split v6 and its announcement supplement are the frozen ones (sha256), disjoint from every earlier split and from each other by id and headline', () => {
    const v6 = read('test-v6.jsonl');
    const sup = read('test-v6-announce.jsonl');
    expect(crypto.createHash('sha256').update(fs.readFileSync(path.join(DIR, 'test-v6.jsonl'))).digest('hex')).toBe('4080c978c63f00bdbca2d92d4ca29a2d40103a97cc78656047adbca6449fece8');
    expect(crypto.createHash('sha256').update(fs.readFileSync(path.join(DIR, 'test-v6-announce.jsonl'))).digest('hex')).toBe('9649dc17d9893c62d31ac296dc0140b7f632972b88a8bc3030e790abbcdeebcf');
    expect(v6.length).toBe(163);
    expect(sup.length).toBe(155);
    const seen = [...read('dev.jsonl'), ...read('test.jsonl'), ...read('test-v2.jsonl'), ...read('test-v3.jsonl'), ...read('test-v4.jsonl'), ...read('test-v5.jsonl')];
    const ids = new Set(seen.map((i) => i.id.replace(/^[a-z]+\d?-/, '')));
    const heads = new Set(seen.map((i) => i.text.split('\n')[0].trim()));
    for (const it of [...v6, ...sup]) {
      expect(ids.has(it.id.replace(/^[a-z]+\d?-/, '')), it.id).toBe(false);
      expect(heads.has(it.text.split('\n')[0].trim()), it.id).toBe(false);
    }
    expect(new Set([...v6, ...sup].map((i) => i.id)).size).toBe(v6.length + sup.length);
    expect(new Set(v6.map((i) => i.language))).toEqual(new Set(['en', 'ar']));
    expect(v6.filter((i) => i.labels.blamed !== null).length).toBeGreaterThanOrEqual(40);
    // every announced attack the fresh data hold in the two pools (README): 3 + 5, fewer than the 15 wanted
    expect([...v6, ...sup].filter((i) => i.labels.prepared).length).toBe(8);
  });

  it('scores on the frozen web split test-v7 at or above its last scoring in session 6 (a floor, never a target)', () => {
    // scored by the coordinator before the session's rules (655a42c), after the first two rounds (42d5870) and after
    // the Arabic round (084f50f); docs/narrative.md gives all three. The floor is the last.
    const r = scoreClaims(read('test-v7.jsonl'), lex);
    expect(r.items).toBe(159);
    expect(r.slots.blamed.accuracy).toBeGreaterThanOrEqual(0.77); // session 7 (6c1c58e): 0.780
    expect(r.slots.staged.accuracy).toBeGreaterThanOrEqual(0.86);
    expect(r.slots.prepared.values.true.recall).toBeGreaterThanOrEqual(0.75);
    expect(r.slots.voice.accuracy).toBeGreaterThanOrEqual(0.68);
  });

  it('scores on the frozen web split test-v9 at or above its scoring after the Arabic round (a floor, never a target)', () => {
    // written by another hand and frozen (b54cdc1) before the Arabic round landed; scored before it (b54cdc1) and
    // after it (084f50f), docs/narrative.md
    const r = scoreClaims(read('test-v9.jsonl'), lex);
    expect(r.items).toBe(131);
    expect(r.slots.blamed.accuracy).toBeGreaterThanOrEqual(0.78); // session 7 (6c1c58e): 0.794
    expect(r.slots.staged.accuracy).toBeGreaterThanOrEqual(0.83);
    expect(r.slots.prepared.values.true.recall).toBeGreaterThanOrEqual(0.77);
    expect(r.slots.voice.accuracy).toBeGreaterThanOrEqual(0.66);
  });

  it('scores on the frozen web split test-v10 at or above its scoring after session 7 (a floor, never a target)', () => {
    // written by another hand and frozen (a480e47) before any session 7 rule landed; scored before (a480e47: blamed
    // 0.653, staged 0.800, prepared recall 0.692, voice 0.613) and after (6c1c58e: 0.773, 0.887, 0.795, 0.807), docs/narrative.md
    const r = scoreClaims(read('test-v10.jsonl'), lex);
    expect(r.items).toBe(150);
    expect(r.slots.blamed.accuracy).toBeGreaterThanOrEqual(0.76);
    expect(r.slots.staged.accuracy).toBeGreaterThanOrEqual(0.88);
    expect(r.slots.prepared.values.true.recall).toBeGreaterThanOrEqual(0.76);
    expect(r.slots.voice.accuracy).toBeGreaterThanOrEqual(0.80);
  });

  it('scores on the frozen web splits test-v11 and test-v11b at or above their scoring after session 8 (floors, never targets)', () => {
    // written by two other hands and frozen (c38d3a3, 59be40f) before any session 8 claims rule landed; scored by the
    // coordinator before (59be40f: v11 blamed 0.661, staged 0.903, prepared recall 0.719, voice 0.778; v11b 0.715, 0.878,
    // 0.690, 0.789) and after the round (40dbbcb: the floors below), docs/narrative.md
    const floors = [
      { file: 'test-v11.jsonl', items: 248, blamed: 0.69, staged: 0.92, prepared: 0.71, voice: 0.77 }, // 0.694, 0.923, 0.719, 0.774
      { file: 'test-v11b.jsonl', items: 246, blamed: 0.74, staged: 0.89, prepared: 0.68, voice: 0.8 }, // 0.740, 0.894, 0.690, 0.805
    ];
    for (const f of floors) {
      const r = scoreClaims(read(f.file), lex);
      expect(r.items, f.file).toBe(f.items);
      expect(r.slots.blamed.accuracy, f.file).toBeGreaterThanOrEqual(f.blamed);
      expect(r.slots.staged.accuracy, f.file).toBeGreaterThanOrEqual(f.staged);
      expect(r.slots.prepared.values.true.recall, f.file).toBeGreaterThanOrEqual(f.prepared);
      expect(r.slots.voice.accuracy, f.file).toBeGreaterThanOrEqual(f.voice);
    }
  });

  /** The frozen splits' floors: each is the split's score when the coordinator scored it (first scoring, or the
   * last scoring named in its note), never a target; `prepared` only where the split holds announced attacks. */
  const FROZEN_FLOORS: { file: string; items: number; blamed: number; staged: number; voice: number; prepared?: number; scored: string }[] = [
    // written by another hand and frozen (27bdd07) before any session 9 claims rule it measures landed; scored by the
    // coordinator before (reader of e479ceb: blamed 0.535, staged 0.895, prepared recall 0.813, voice 0.750) and after the
    // round (9a34491: 0.655, 0.905, 0.813, 0.760); after session 10's rounds (EN/RU and Arabic grammar, with the review's
    // narrowing of 'points to'): 0.675 (EN 0.729, RU 0.619, AR 0.672), 0.910, 0.813, 0.770; a blind second labeller agrees with its labels on blamed 0.94
    // (eval/claims/agreement/agreement.ts); docs/narrative.md
    { file: 'test-v12.jsonl', items: 200, blamed: 0.67, staged: 0.905, voice: 0.765, prepared: 0.81, scored: 'scoring after session 10' },
    // written in session 11 by a hand that never ran the reader nor read its rules, weighted to culprits outside Syria and
    // Arabic (39 of 69), frozen (086dbd0) before any session 11 claims rule landed; scored once by the coordinator on the
    // reader of 971a1ca: blamed 0.623 (AR 0.615, EN 0.533, RU 0.733), staged 0.913, voice 0.696 (no announced attack:
    // prepared is not measured here); docs/narrative.md
    { file: 'test-v13.jsonl', items: 69, blamed: 0.62, staged: 0.91, voice: 0.69, scored: 'first scoring in session 11' },
    // written in session 12 by a hand that never ran the reader nor read its rules, English-heavy (53 of 100), cut by
    // sha1(event) from dev-v14, frozen before any session 12 claims rule landed; scored once by the coordinator on the
    // reader of e7c82f9: blamed 0.810 (AR 0.857, EN 0.792, RU 0.789), staged 0.970, prepared recall 1.000 (5), voice
    // 0.860; docs/narrative.md
    { file: 'test-v14.jsonl', items: 100, blamed: 0.81, staged: 0.97, voice: 0.86, prepared: 1, scored: 'first scoring in session 12' },
    // written in session 13 by a hand that never ran the reader nor read its rules (29 items: the web pool of Russian MoD
    // and Syrian provocation pages is nearly used up), cut by sha1(event) from dev-v15, frozen before any session 13
    // claims rule landed; scored once by the coordinator on the reader of fbba9e2: blamed 0.759 (AR 0.667, EN 0.737,
    // RU 1.000), staged 1.000, prepared recall 1.000 (4), voice 0.931; docs/narrative.md
    { file: 'test-v15.jsonl', items: 29, blamed: 0.758, staged: 1, voice: 0.93, prepared: 1, scored: 'first scoring in session 13' },
    // drawn by hash (salt v15b:) from shared-data rows no split held (EUvsDisinfo 45, FA-KES 30, Ghouta video captions 15
    // in Arabic; no Russian text exists there; no announced attack, so prepared is not measured), labelled by a hand that
    // never ran the reader; scored once by the coordinator on the reader of fbba9e2: blamed 0.878 (EN 0.853, AR 1.000),
    // staged 0.844, voice 0.833; docs/narrative.md
    { file: 'test-v15b.jsonl', items: 90, blamed: 0.877, staged: 0.844, voice: 0.833, scored: 'first scoring in session 13' },
    // drawn by hash from shared-data rows no split held, stratified by an incident keyword rule on the raw text before
    // labelling (eval/claims/draw-v16.ts; EUvsDisinfo 30, FA-KES 56, Ghouta Arabic captions 14), labelled by a hand that
    // never ran the reader; scored once by the coordinator on the session-start reader (4c2ee84): blamed 0.920 (EN 0.907,
    // AR 1.000), staged 0.890 (EN 0.919, AR 0.714), voice 0.830; no announced attack (prepared recall not measured);
    // docs/narrative.md
    { file: 'test-v16.jsonl', items: 100, blamed: 0.92, staged: 0.89, voice: 0.83, scored: 'first scoring in session 14' },
    // drawn by hash from shared-data rows no split held (eval/claims/draw-v17.ts; FA-KES 50, EUvsDisinfo rows of
    // Russian-language outlets 20, IRA and Iranian state-backed tweets 18, Ghouta Arabic captions 14), labelled by a hand
    // that never ran the reader; scored once by the coordinator on the session-start reader (165fe02): blamed 0.784
    // (EN 0.750, AR 1.000), staged 0.863, voice 0.794; one announced attack (prepared recall not measured);
    // docs/narrative.md 'Session 15 (coordinator)'
    { file: 'test-v17.jsonl', items: 102, blamed: 0.784, staged: 0.862, voice: 0.794, scored: 'first scoring in session 15' },
    // drawn by hash from shared-data rows no split held (eval/claims/draw-v18.ts; FA-KES 24, EUvsDisinfo 16, Venezuelan
    // state-backed tweets 20, verified-account tweets 24, Ghouta Arabic captions 16), labelled by a hand that never ran
    // the reader; scored once by the coordinator on the session-start reader (da744cf): blamed 0.840 (EN 0.810,
    // AR 1.000), staged 0.660, voice 0.620; one announced attack (prepared recall not measured);
    // docs/narrative.md 'Session 16 (coordinator)'
    { file: 'test-v18.jsonl', items: 100, blamed: 0.84, staged: 0.66, voice: 0.62, scored: 'first scoring in session 16' },
    // drawn by hash from shared-data rows no split held (eval/claims/draw-v19.ts; Iranian state-backed tweets 22, IRA
    // tweets 20, Venezuelan 12, verified-account tweets 18, EUvsDisinfo 15, FA-KES 7, Ghouta Arabic captions 6), labelled by
    // a hand that never ran the reader; scored once by the coordinator on the session-start reader (55d607f): blamed
    // 0.780 (EN 0.766, AR 1.000), staged 0.690, voice 0.650; no announced attack (prepared recall not measured);
    // docs/narrative.md 'Session 17 (coordinator)'
    { file: 'test-v19.jsonl', items: 100, blamed: 0.78, staged: 0.69, voice: 0.65, scored: 'first scoring in session 17' },
    // written in session 18 from real web pages (Russian 34, Arabic 32, English 17; chemical accusations in the war in
    // Ukraine, Syrian and Russian provocation warnings, denials, non-chemical incidents) by a hand that never ran the reader
    // nor read its rules, cut by sha1(event) from dev-v20, frozen before any session 18 claims rule landed; scored once by
    // the coordinator on the session-start reader (d69bd9d): blamed 0.747 (AR 0.688, EN 0.765, RU 0.794), staged 0.892,
    // prepared recall 0.667 (4 of 6), voice 0.807; docs/narrative.md
    { file: 'test-v20.jsonl', items: 83, blamed: 0.746, staged: 0.891, voice: 0.806, prepared: 0.666, scored: 'first scoring in session 18' },
    // written in session 19 from real web pages (Russian 39, Arabic 26, English 17; riot-control agents at protests, the
    // Iranian schoolgirl poisonings, Karabakh and Lebanon phosphorus, announced provocations, poisonings of individuals) by a
    // hand that never ran the reader nor read its rules, cut by sha1(event) from dev-v21, frozen before any session 19 claims
    // rule landed; scored once by the coordinator on the session-start reader (6ee8200): blamed 0.720 (AR 0.692, EN 0.529,
    // RU 0.821), staged 0.915, prepared recall 1.000 (10), voice 0.780; docs/narrative.md
    { file: 'test-v21.jsonl', items: 82, blamed: 0.719, staged: 0.914, voice: 0.78, prepared: 1, scored: 'first scoring in session 19' },
    // written in session 20 from real web pages (Russian 33, English 32, Arabic 26; white phosphorus in Iraq, Syria and
    // Tigray, IS mustard, Jebel Marra, Skripal/Amesbury and Navalny told in Russian and Arabic, non-chemical incidents,
    // announced attacks around Zaporizhzhia) by a hand that never ran the reader, cut by sha1(event) 0-9 from dev-v22, frozen
    // before any session 20 claims rule landed; scored once by the coordinator on the session-start reader (7d28da4):
    // blamed 0.604 (AR 0.538, EN 0.719, RU 0.545), staged 0.813, prepared recall 0.750 (8), voice 0.714; docs/narrative.md
    { file: 'test-v22.jsonl', items: 91, blamed: 0.603, staged: 0.812, voice: 0.713, prepared: 0.75, scored: 'first scoring in session 20' },
    // written in session 21 from real web pages (Arabic 31, English 31, Russian 25; 22 events: the Iranian schoolgirl
    // poisonings, the Tbilisi 'camite' findings, Sudan, announced provocations and others) by a hand that never ran the
    // reader, cut by sha1(event) 0-9 from dev-v23, frozen before any session 21 claims rule landed; scored once by the
    // coordinator on the session-start reader (4d42de5): blamed 0.701 (AR 0.742, EN 0.677, RU 0.680), staged 0.908,
    // prepared recall 0.583 (12), voice 0.724; docs/narrative.md
    { file: 'test-v23.jsonl', items: 87, blamed: 0.7, staged: 0.908, voice: 0.724, prepared: 0.583, scored: 'first scoring in session 21' },
    // written in session 22 by a hand that never ran the reader nor read its rules (115 real web pages, ar 43 / ru 41 /
    // en 31, 16 events cut by sha1(event) from dev-v24; culprits mostly 'other' and Ukraine, staged incidents told as
    // history, announced attacks from three events), frozen (6b33228) before any session 22 claims rule landed; scored once
    // by the coordinator on the session-start reader (174ee7e + the split): blamed 0.583 (AR 0.535, EN 0.645, RU 0.585),
    // staged 0.878, prepared recall 0.476 (21), voice 0.748; docs/narrative.md
    { file: 'test-v24.jsonl', items: 115, blamed: 0.582, staged: 0.878, voice: 0.747, prepared: 0.476, scored: 'first scoring in session 22' },
    // written in session 23 by a hand that never ran the reader nor read its rules (114 real web pages, ar 47 / ru 32 /
    // en 35, 36 events cut by sha1(event) from dev-v25, at most 8 items an event; culprits 'other', West, Russia, Ukraine,
    // government, opposition and White Helmets), frozen (86518e1) before any session 23 claims rule landed; scored once
    // by the coordinator on the session-start reader (bb831ae + the split): blamed 0.579 (AR 0.553, EN 0.657, RU 0.531),
    // staged 0.851, prepared recall 0.700 (10), voice 0.746; docs/narrative.md
    { file: 'test-v25.jsonl', items: 114, blamed: 0.578, staged: 0.85, voice: 0.745, prepared: 0.7, scored: 'first scoring in session 23' },
    // written in session 24 by a hand that never ran the reader nor read its rules (116 real web pages, ar 42 / ru 36 /
    // en 38, 31 events cut by sha1(event) from dev-v26, at most 8 items an event), frozen (2849c23) before any session 24
    // claims rule landed; scored once by the coordinator on the session-start reader (4874c26 + the split): blamed 0.595
    // (AR 0.619, EN 0.684, RU 0.472), staged 0.871, prepared recall 0.500 (10), voice 0.759; docs/narrative.md
    { file: 'test-v26.jsonl', items: 116, blamed: 0.594, staged: 0.87, voice: 0.758, prepared: 0.5, scored: 'first scoring in session 24' },
    // written in session 25 (wrclaims) by a hand that never ran the reader nor opened its rules; frozen (a106d60) and
    // scored once by the coordinator on the session-start reader (2dd587d + the split): blamed 0.593 (AR .512, EN .615,
    // RU .651), staged 0.846, prepared recall 0.333 (12), voice 0.715
    { file: 'test-v27.jsonl', items: 123, blamed: 0.592, staged: 0.845, voice: 0.714, prepared: 0.333, scored: 'first scoring in session 25' },
    // written in session 26 (wrclaims) by a hand that never ran the reader nor opened its rules; frozen (a8ea1dd) and
    // scored once by the coordinator on the session-start reader (00fa99e + the split): blamed 0.564 (AR .636, EN .550,
    // RU .485), staged 0.838, prepared recall 0.000 (5), voice 0.641
    { file: 'test-v28.jsonl', items: 117, blamed: 0.563, staged: 0.837, voice: 0.64, prepared: 0, scored: 'first scoring in session 26' },
    // written in session 27 (wrclaims) by a hand that never ran the reader nor opened its rules; frozen (7faa6b55) and
    // scored once by the coordinator on the session-start reader (aa01028b + the split): blamed 0.614 (AR .500, EN .763,
    // RU .548), staged 0.921, prepared recall 0.118 (17), voice 0.703
    { file: 'test-v29.jsonl', items: 101, blamed: 0.613, staged: 0.92, voice: 0.702, prepared: 0.117, scored: 'first scoring in session 27' },
    // written in session 28 (wrclaims) by a hand that never ran the reader nor opened its rules; frozen (cf0030ad) and
    // scored once by the coordinator on the session-start reader (0a4c4f42 + the split): blamed 0.691 (AR .676, EN .763,
    // RU .629), staged 0.809, prepared recall 0.438 (16), voice 0.600
    { file: 'test-v30.jsonl', items: 110, blamed: 0.69, staged: 0.809, voice: 0.599, prepared: 0.437, scored: 'first scoring in session 28' },
    // written in session 29 (wrclaims) by a hand that never ran the reader nor opened its rules; frozen (f928e0c2) and
    // scored once by the coordinator on the session-start reader (561b11ce + the split): blamed 0.773 (AR .692, EN .780,
    // RU .867), staged 0.964, prepared recall 0.714 (7), voice 0.727
    { file: 'test-v31.jsonl', items: 110, blamed: 0.772, staged: 0.963, voice: 0.727, prepared: 0.714, scored: 'first scoring in session 29' },
    // written in session 30 (wrclaims) by a hand that never ran the reader nor opened its rules; frozen (bd626a29) and
    // scored once by the coordinator on the session-start reader (571c91b4 + the split): blamed 0.628 (AR .735, EN .667,
    // RU .500), staged 0.912, prepared recall 0.353 (17; precision 1.000), voice 0.743
    { file: 'test-v32.jsonl', items: 113, blamed: 0.628, staged: 0.911, voice: 0.743, prepared: 0.352, scored: 'first scoring in session 30' },
    // written in session 31 (wrclaims) by a hand that never ran the reader nor opened its rules; frozen (e962a602) and
    // scored once by the coordinator on the session-start reader (0fe00c8d + the split): blamed 0.713 (AR .694, EN .786,
    // RU .676), staged 0.941, prepared recall 0.167 (12; precision 0.667), voice 0.723
    { file: 'test-v33.jsonl', items: 101, blamed: 0.712, staged: 0.94, voice: 0.722, prepared: 0.166, scored: 'first scoring in session 31' },
    // written in session 32 (wrclaims) by a hand that never ran the reader nor opened its rules; frozen (3e857a83) and
    // scored once by the coordinator on the session-start reader (b328514b + the split): blamed 0.720 (AR .700, EN .600,
    // RU .909), staged 0.890, prepared recall 0.615 (13; precision 0.889), voice 0.732
    { file: 'test-v34.jsonl', items: 82, blamed: 0.719, staged: 0.889, voice: 0.731, prepared: 0.615, scored: 'first scoring in session 32' },
  ];
  it.each(FROZEN_FLOORS)('scores on the frozen split $file at or above its $scored (a floor, never a target)', (f) => {
    const r = scoreClaims(read(f.file), lex);
    expect(r.items).toBe(f.items);
    expect(r.slots.blamed.accuracy).toBeGreaterThanOrEqual(f.blamed);
    expect(r.slots.staged.accuracy).toBeGreaterThanOrEqual(f.staged);
    expect(r.slots.voice.accuracy).toBeGreaterThanOrEqual(f.voice);
    if (f.prepared !== undefined) expect(r.slots.prepared.values.true.recall).toBeGreaterThanOrEqual(f.prepared);
  });

  it('scores on split v5 (scored twice as a test split, then moved to development when v6 was frozen)', () => {
    // as a test split: blamed 0.705 -> 0.720, staged 0.864 -> 0.894 (docs/narrative.md); after session 5's round,
    // tuned on it among others (knowledge/claim-parties.yaml and the grammar): the figures below
    const r = scoreClaims(read('test-v5.jsonl'), lex);
    expect(r.items).toBe(132);
    expect(r.slots.blamed.accuracy).toBeGreaterThanOrEqual(0.75);
    expect(r.slots.staged.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.slots.voice.accuracy).toBeGreaterThanOrEqual(0.83);
  });

  it('scores on split v4 (scored twice as a test split, then moved to development when v5 was frozen)', () => {
    const r = scoreClaims(read('test-v4.jsonl'), lex);
    // as a test split: blamed 0.747 -> 0.740, staged 0.873 -> 0.867, voice 0.820 -> 0.807 (docs/narrative.md); after
    // the third round, tuned on its misses among others: the figures below
    expect(r.items).toBe(150);
    expect(r.slots.blamed.accuracy).toBeGreaterThanOrEqual(0.84);
    expect(r.slots.staged.accuracy).toBeGreaterThanOrEqual(0.89);
    expect(r.slots.agent.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.slots.voice.accuracy).toBeGreaterThanOrEqual(0.83);
  });

  it('scores on split v3 (scored twice as a test split, then moved to development on 2 Dec 2026)', () => {
    const r = scoreClaims(read('test-v3.jsonl'), lex);
    expect(r.slots.blamed.accuracy).toBeGreaterThanOrEqual(0.82);
    expect(r.slots.staged.accuracy).toBeGreaterThanOrEqual(0.88);
    expect(r.slots.prepared.values.true.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.slots.voice.accuracy).toBeGreaterThanOrEqual(0.83);
  });

  it('scores on split v2 (scored once as a test split, then moved to development on 2 Dec 2026)', () => {
    const r = scoreClaims(read('test-v2.jsonl'), lex);
    expect(r.slots.blamed.accuracy).toBeGreaterThanOrEqual(0.89);
    expect(r.slots.staged.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.slots.prepared.values.true.recall).toBeGreaterThanOrEqual(0.75);
    expect(r.slots.agent.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.slots.voice.accuracy).toBeGreaterThanOrEqual(0.84);
  });

  it('scores on the v1 test split (seen since 2 Dec 2026: a check against regressions, no longer an estimate)', () => {
    const r = scoreClaims(read('test.jsonl'), lex);
    expect(r.items).toBe(210);
    expect(r.slots.staged.accuracy).toBeGreaterThanOrEqual(0.92);
    expect(r.slots.blamed.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(r.slots.prepared.values.true.recall).toBeGreaterThanOrEqual(0.8);
    expect(r.slots.agent.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.slots.voice.accuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('scores on the dev split', () => {
    const r = scoreClaims(read('dev.jsonl'), lex);
    // 0.925 -> 0.919 in session 7 (two of 320 items: a relative "which the government will use" has its own subject, and
    // "regime losses in ... counteroffensive" lost an accidental speech boundary at "Islamic States"), while the web
    // development sets gained 0.07-0.09 (docs/narrative.md, session 7)
    expect(r.slots.blamed.accuracy).toBeGreaterThanOrEqual(0.915);
    expect(r.slots.staged.accuracy).toBeGreaterThanOrEqual(0.94);
  });

  const euvs = path.join(sharedDataDir, 'euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv');
  it.skipIf(!fs.existsSync(euvs))('every EUvsDisinfo excerpt is found in the shared data (titles verbatim)', () => {
    const csv = fs.readFileSync(euvs, 'utf8').replace(/""/g, '"');
    for (const it of [...read('dev.jsonl'), ...read('test.jsonl'), ...read('test-v2.jsonl'), ...read('test-v3.jsonl'), ...read('test-v4.jsonl'), ...read('test-v5.jsonl'), ...read('test-v6.jsonl'), ...read('test-v6-announce.jsonl')].filter((i) => i.id.startsWith('euvs'))) expect(csv.includes(it.text.split('\n')[0]), it.id).toBe(true);
  });

  it('score.ts refuses --misses on every frozen test split (v6, its supplement, v7 and web-v7 which holds it) before it reads a file', async () => {
    // the five runs at once (each is a process of its own)
    const splits = ['test-v6', 'test-v6-announce', 'test-v7', 'web-v7', 'dev+test-v7'];
    const runs = await Promise.all(splits.map((split) => runScore([split, '--misses', 'blamed'])));
    for (const [k, split] of splits.entries()) {
      const r = runs[k];
      expect(r.status, split).not.toBe(0);
      expect(r.stderr, split).toMatch(/never shown for a frozen test split/);
      expect(r.stdout, split).toBe('');
    }
  });
});
