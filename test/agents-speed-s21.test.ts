/**
 * Session 21 (speed): two exact steps (docs/agent-differential.md §7.00043-speed). The whole extraction and differential are
 * compared byte for byte by bench/agents-dump.ts (run before and after every step, identical); this file keeps what each step
 * relies on.
 * - finalPass reads the whole-text test of crying and trembling told as fear (mayHoldEmotionalSign) at the first present
 *   lacrimation or fasciculations hit, not once per text: emotionalSign can turn no other hit, so the value is the same
 *   wherever it is read. The "let alone" test (LET_ALONE_PRE) runs only when the hits hold a clinical sign stated absent
 *   and one present: the loop turns a present sign only after one stated absent, and a sign it turns was present, so with
 *   none of either it changes nothing.
 * - matchTerms reads whether a token in a term's gap may end the search (a stop word, an Arabic و body part) before the
 *   word's test: the optimised matcher had no type feedback for the tests after it and was deoptimised there at the first
 *   gap token of a text, again and again (13 times a cycle of the bench's texts, every cycle). Same tests, same order.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { extractFeatures, normaliseText } from '../src/core/agents/feature-extraction.js';
import { emotionalSign, mayHoldEmotionalSign } from '../src/core/agents/emotional-signs.js';
import { matchTerms } from '../src/core/agents/term-matcher.js';
import { loadAgentKb } from '../src/app/agents.js';
import { packageKnowledge } from './helpers/knowledge.js';
import { sharedDataDir } from '../src/app/paths.js';
import { DEVELOPMENT_SPLITS, loadIncidents, loadParaphrases } from '../eval/agents/load.js';

/** the bench's texts (bench/agents.bench.ts): the Syrian Archive summaries and the development splits' accounts, no frozen split */
function benchTexts(): string[] {
  const texts: string[] = [];
  const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
  if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) texts.push(x[k]);
  for (const s of DEVELOPMENT_SPLITS.incidents) for (const inc of loadIncidents(s)) for (const a of inc.accounts) texts.push(a.text ?? '');
  for (const s of DEVELOPMENT_SPLITS.paraphrases) for (const p of loadParaphrases(s)) texts.push(p.accounts[0].text ?? '');
  return texts;
}

const kb = loadAgentKb(packageKnowledge);
const feats = (t: string) => Object.fromEntries(extractFeatures(t, { terms: kb.terms }).hits.map((h) => [h.feature, h.present]));

describe('the fear test read at the first hit it can turn (session 21)', () => {
  it('emotionalSign turns only a present lacrimation or fasciculations hit, whatever the text says around it', () => {
    const lower = normaliseText('The girls were shaking and crying and screaming in fear.').toLowerCase();
    const at = lower.indexOf('crying');
    const hit = { feature: 'lacrimation', present: true, phrase: 'crying', start: at, end: at + 6 };
    expect(emotionalSign(lower, hit)).toBe(true);
    // the same span as an absent hit, or as any other feature: never turned
    expect(emotionalSign(lower, { ...hit, present: false })).toBe(false);
    for (const feature of ['cough', 'vomiting', 'burning_eyes', 'convulsions', 'odour_chlorine']) expect(emotionalSign(lower, { ...hit, feature })).toBe(false);
    // and where it turns a hit, the whole-text test holds (what the lazy read may skip when no such hit is there)
    expect(mayHoldEmotionalSign(lower)).toBe(true);
  });
  it('on the bench\'s texts, a span emotionalSign turns is a present lacrimation or fasciculations hit of a text the whole-text test passes', () => {
    // every crying or trembling word of every text (and of built ones) as a hit of every feature and polarity
    const WORD = /(?<![\p{L}])(?:cry\p{L}*|cried|sobb\p{L}*|wept|weeping|trembl\p{L}*|shak\p{L}*|shook|shiver\p{L}*|плак\p{L}*|плач\p{L}*|дрож\p{L}*|тряс\p{L}*|[وف]?(?:يبك|تبك|يرتعش|ترتعش|يرجف|ترجف|يرتجف|ترتجف)\p{L}*)/gu;
    const built = ['The children were shaking and crying and screaming.', 'Девочки плакали и дрожали от страха.', 'البنات يرتجفوا ويبكوا من الخوف', 'After the gas everyone was crying; the dog was shaking.'];
    let turned = 0;
    let spans = 0;
    for (const t of [...benchTexts(), ...built]) {
      const lower = normaliseText(t).toLowerCase();
      for (const m of lower.matchAll(WORD)) {
        spans++;
        for (const feature of ['lacrimation', 'fasciculations', 'cough', 'convulsions']) {
          for (const present of [true, false]) {
            if (!emotionalSign(lower, { feature, present, phrase: m[0], start: m.index!, end: m.index! + m[0].length })) continue;
            turned++;
            expect(present).toBe(true);
            expect(['lacrimation', 'fasciculations']).toContain(feature);
            expect(mayHoldEmotionalSign(lower)).toBe(true);
          }
        }
      }
    }
    expect(spans).toBeGreaterThan(20);
    expect(turned).toBeGreaterThan(3);
  });
  it('reads fear where crying and trembling are told together, and tearing where they are not', () => {
    expect(feats('The girls were shaking and crying.')).not.toHaveProperty('lacrimation');
    // another sign before the first crying hit: the test is read there, not before
    expect(feats('Her eyes were watering and the girls were shaking and crying.')).toEqual({ lacrimation: true });
    expect(feats('After the tear gas everyone was crying and coughing.')).toMatchObject({ lacrimation: true, cough: true });
    // near miss: crying without fear is tearing; an absent crying is not turned
    expect(feats('Everyone was crying from the gas.')).toMatchObject({ lacrimation: true });
  });
});

describe('the "let alone" test run only when a sign is stated absent and another present (session 21)', () => {
  it('carries the denial to the sign after it', () => {
    expect(feats('No cough, let alone seizures.')).toEqual({ cough: false, convulsions: false });
    expect(feats('Не было ни кашля, ни рвоты, а уж тем более судорог.')).toEqual({ cough: false, vomiting: false, convulsions: false });
  });
  it('near misses: nothing stated absent, nothing carried', () => {
    expect(feats('Everyone was coughing, let alone the seizures.')).toEqual({ cough: true, convulsions: true });
    expect(feats('Были кашель и рвота, а уж тем более судороги.')).toEqual({ cough: true, vomiting: true, convulsions: true });
  });
});

describe('a term gap read without the matcher deoptimising (session 21)', () => {
  it('keeps every stop: a conjunction, a و body part after a skipped word; a plain gap word and a و part right after the word stop nothing', () => {
    const hits = (t: string) => matchTerms(kb.terms!, normaliseText(t).toLowerCase(), { en: true, ru: true, ar: true }).map((h) => `${h.feature}:${h.absent}:${h.start}-${h.end}`);
    // و body part after a skipped word opens a new clause: the eyes run, the throats burn
    expect(feats('عيونهم تسيل وحلوقهم تحرق')).toEqual({ lacrimation: true, throat_burning: true });
    // right after the term's word: a list of one predicate
    expect(feats('العيون والحلق تحرق')).toEqual({ burning_eyes: true, throat_burning: true });
    // a conjunction in a scene term's gap: "police and the fire department" is no police fire
    expect(feats('The police and the fire department came.')).toEqual({});
    expect(hits('The police and the fire department came.')).toEqual([]);
    // the same hits on the whole text as on its parts read apart (positions shifted): the gap tests keep no state between texts
    const a = 'عيونهم تسيل وحلوقهم تحرق';
    const b = 'my eyes were really badly burning';
    const shift = (xs: string[], d: number) => xs.map((x) => x.replace(/:(\d+)-(\d+)$/, (_, s, e) => `:${Number(s) + d}-${Number(e) + d}`));
    expect(hits(`${a}. ${b}`).sort()).toEqual([...hits(a), ...shift(hits(b), a.length + 2)].sort());
  });
});
