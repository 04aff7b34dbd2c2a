/**
 * Session 22 (speed): exact faster paths (docs/agent-differential.md §7.00044-speed). The whole extraction and differential
 * are compared byte for byte by bench/agents-dump.ts (run before and after every step, identical); this file keeps what each
 * step relies on.
 * - stemmers.ts rewrites @orama/stemmers' English stemmer (its regular expressions built once) and its Russian and Arabic
 *   stemmers (the Snowball programs as plain code): the stems must equal the package's for every input. Compared here on every word of
 *   the dump's real texts (the development splits, the Syrian Archive summaries, the example bundles' testimonies; never a
 *   frozen split), every term word of the knowledge base, and seeded generated words: the real words' beginnings with one
 *   to three endings of the algorithms' lists (so that every step and every condition is met), and random strings of the
 *   scripts' letters with others mixed in. STEMMER_WORDS=N raises the generated count (the session's check ran 1,000,000
 *   a family).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { stemmer as oramaEn } from '@orama/stemmers/english';
import { stemmer as oramaRu } from '@orama/stemmers/russian';
import { stemmer as oramaAr } from '@orama/stemmers/arabic';
import { stemArabic, stemEnglish, stemRussian } from '../src/core/agents/stemmers.js';
import { stemsOf } from '../src/core/agents/term-matcher.js';
import { examplesDir, packageRoot, sharedDataDir } from '../src/app/paths.js';
import { readBundle } from '../src/adapters/readers/bundle-reader.js';
import { DEVELOPMENT_SPLITS, loadIncidents, loadParaphrases } from '../eval/agents/load.js';

/** the dump's real texts (bench/agents-dump.ts): development splits, Syrian Archive summaries, bundled testimonies */
function dumpTexts(): string[] {
  const texts: string[] = [];
  for (const s of DEVELOPMENT_SPLITS.incidents) for (const inc of loadIncidents(s)) for (const a of inc.accounts) texts.push(a.text ?? '');
  for (const s of DEVELOPMENT_SPLITS.paraphrases) for (const p of loadParaphrases(s)) texts.push(p.accounts[0].text ?? '');
  const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
  if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) texts.push(x[k]);
  for (const id of fs.readdirSync(examplesDir).sort()) for (const t of readBundle(path.join(examplesDir, id)).bundle.testimonies) if (t.text) texts.push(t.text);
  // the knowledge base's term files, read as text: every term word
  for (const f of ['agent-terms.yaml', 'hpo-terms.yaml']) texts.push(fs.readFileSync(path.join(packageRoot, 'knowledge', f), 'utf8'));
  return texts;
}

/** mulberry32, seeded */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GENERATED = Number(process.env.STEMMER_WORDS ?? 60_000);
const RU_ENDINGS = (
  'в ив ыв вши ивши ывши вшись ившись ывшись ее ие ое ые ими ыми ей ий ой ый ем им ом ым его ого ему ому их ых ую юю ая яя ою ею ' +
  'нн вш ивш ывш ющ ующ щ ся сь ла на ете йте ли й л н ло но ет ют ны ть ешь нно ила ыла ена ейте уйте ите или ыли уй ил ыл ен ило ' +
  'ыло ено ят ует уют ит ыт ены ить ыть ишь ю а ев ов ье е иями ями ами еи ии и ией ия ья я иям ям ием ам о у ах иях ях ы ь ию ью ' +
  'ост ость ейш ейше ё ён ённ ёт а я н нн'
).split(' ');
const EN_ENDINGS = (
  's es ies sses ss ed eed ing y e ll l at bl iz ational tional enci anci izer bli alli entli eli ousli ization ation ator alism iveness ' +
  'fulness ousness aliti iviti biliti logi icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent ou ism ' +
  'ate iti ous ive ize sion tion ion'
).split(' ');
const RU_LETTERS = 'абвгдежзийклмнопрстуфхцчшщъыьэюяё';
// Arabic: the program's prefixes (with و/ف before an article) and suffixes, and letters with the hamza forms, tatweel, the
// harakat, Arabic-Indic digits and presentation forms (Normalize_pre, Normalize_post)
const AR_PREFIXES = 'ال بال كال لل أآ أأ أؤ أإ أا ف و ب با بب كك سأ ست سن سي تست نست يست فال وال'.split(' ');
const AR_SUFFIXES = 'كما هما نا ها ك كم هم كن هن ه كمو ني ا تا تما ت ن ان تن ون ين ي وا تم و تمو ة ات ى آ أ ؤ إ ئ'.split(' ');
const AR_LETTERS = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩ﺀﺁﺂﺃﻻﻼﺎﺐﻫ';
const EN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function words(): { en: string[]; ru: string[]; ar: string[]; other: string[] } {
  const out = { en: new Set<string>(), ru: new Set<string>(), ar: new Set<string>(), other: new Set<string>() };
  for (const t of dumpTexts())
    for (const m of t.toLowerCase().matchAll(/[\p{L}\p{N}*]+/gu)) {
      const w = m[0];
      const c = w.charCodeAt(0);
      (c < 0x250 ? out.en : c >= 0x400 && c <= 0x4ff ? out.ru : c >= 0x600 && c <= 0x6ff ? out.ar : out.other).add(w);
    }
  return { en: [...out.en], ru: [...out.ru], ar: [...out.ar], other: [...out.other] };
}
const real = words();

function generated(base: string[], ends: string[], letters: string, seed: number): string[] {
  const rnd = prng(seed);
  const pick = (xs: readonly string[] | string): string => xs[Math.floor(rnd() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < GENERATED; i++) {
    const kind = i % 4;
    if (kind < 2) {
      // a real word's beginning and one to three endings
      const w = pick(base);
      let s = w.slice(0, Math.floor(rnd() * (w.length + 1)));
      for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) s += pick(ends);
      out.push(s);
    } else if (kind === 2) {
      // random letters of the script
      let s = '';
      for (let k = Math.floor(rnd() * 12); k > 0; k--) s += pick(letters);
      out.push(s);
    } else {
      // random letters with others mixed in (digits, a hyphen, capitals, the other script), and an ending
      let s = '';
      for (let k = Math.floor(rnd() * 10); k > 0; k--) {
        const r = rnd();
        s += r < 0.75 ? pick(letters) : r < 0.8 ? pick('0123456789') : r < 0.85 ? '-' : r < 0.9 ? pick(letters).toUpperCase() : pick(letters === EN_LETTERS ? RU_LETTERS : EN_LETTERS);
      }
      out.push(s + (rnd() < 0.5 ? pick(ends) : ''));
    }
  }
  return out;
}

function generatedArabic(base: string[], seed: number): string[] {
  const rnd = prng(seed);
  const pick = (xs: readonly string[] | string): string => xs[Math.floor(rnd() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < GENERATED; i++) {
    const kind = i % 3;
    let s = '';
    if (kind === 0) {
      // a prefix, a piece of a real word, suffixes
      const w = pick(base);
      s = (rnd() < 0.6 ? pick(AR_PREFIXES) : '') + w.slice(Math.floor(rnd() * 2), Math.floor(rnd() * (w.length + 1)));
      for (let k = Math.floor(rnd() * 3); k > 0; k--) s += pick(AR_SUFFIXES);
    } else if (kind === 1) for (let k = Math.floor(rnd() * 10); k > 0; k--) s += pick(AR_LETTERS);
    else {
      s = (rnd() < 0.7 ? pick(AR_PREFIXES) : '') + (rnd() < 0.3 ? pick(AR_PREFIXES) : '');
      for (let k = Math.floor(rnd() * 5); k > 0; k--) s += pick(AR_LETTERS);
      for (let k = Math.floor(rnd() * 3); k > 0; k--) s += pick(AR_SUFFIXES);
    }
    out.push(s);
  }
  return out;
}

/** the inputs on which the two stemmers differ (at most 5 shown) */
function differences(inputs: string[], a: (w: string) => string, b: (w: string) => string): string[] {
  const bad: string[] = [];
  for (const w of inputs) if (a(w) !== b(w)) bad.push(`${w}: ${a(w)} / ${b(w)}`);
  return bad.slice(0, 5);
}

describe('the rewritten stemmers give the package stemmers\' stems (session 22)', () => {
  it('the dump\'s and the terms\' words were read (every script)', () => {
    expect(real.en.length).toBeGreaterThan(4000);
    expect(real.ru.length).toBeGreaterThan(4000);
    expect(real.ar.length).toBeGreaterThan(5000);
  });

  it('English: every real word of every script, and generated words', () => {
    const all = [...real.en, ...real.ru, ...real.ar, ...real.other];
    expect(differences(all, oramaEn, stemEnglish)).toEqual([]);
    expect(differences(generated(real.en, EN_ENDINGS, EN_LETTERS, 0x22e1), oramaEn, stemEnglish)).toEqual([]);
  });

  it('Russian: every real word of every script, and generated words', () => {
    const all = [...real.ru, ...real.en, ...real.ar, ...real.other];
    expect(differences(all, oramaRu, stemRussian)).toEqual([]);
    expect(differences(generated(real.ru, RU_ENDINGS, RU_LETTERS, 0x22e2), oramaRu, stemRussian)).toEqual([]);
  });

  it('edge inputs: empty, short, a leading y, ё, upper case, no letters', () => {
    const edge = ['', 'a', 'y', 'ye', 'yes', 'yelling', 'yyy', 'sses', 'ies', 'eed', 'feed', 'agreed', 'ing', 'sing', 'hopping', 'filing', 'generalization', 'ё', 'ёж', 'её', 'ещё', 'пришёл', 'Ёлка', 'ВЫЛЕТЕЛИ', 'я', 'ая', 'вшись', 'нн', 'чайнн', '123', '-', 'abc-def', 'ёлочкой', 'красивейшего', 'обстоятельство'];
    for (const w of edge) {
      expect(stemEnglish(w)).toBe(oramaEn(w));
      expect(stemRussian(w)).toBe(oramaRu(w));
    }
    // values, so that a change in the package is seen here too
    expect(stemEnglish('generalization')).toBe(oramaEn('generalization'));
    expect(stemEnglish('hopping')).toBe('hop');
    expect(stemEnglish('yelling')).toBe('yell');
    expect(stemEnglish('choking')).toBe('choke');
    expect(stemRussian('пришёл')).toBe('пришел');
    expect(stemRussian('слезились')).toBe('слез');
    expect(stemRussian('красивейшего')).toBe('красив');
    expect(stemRussian('обстоятельство')).toBe('обстоятельств');
  });

  it('Arabic: every real word of every script, and generated words', () => {
    const all = [...real.ar, ...real.en, ...real.ru, ...real.other];
    expect(differences(all, oramaAr, stemArabic)).toEqual([]);
    expect(differences(generatedArabic(real.ar, 0x22e3), oramaAr, stemArabic)).toEqual([]);
  });

  it('Arabic edge inputs and values: the article, a doubled prefix, ى, the hamza forms, harakat, a presentation form', () => {
    const edge = ['', 'ا', 'ال', 'بال', 'والعيون', 'بالكلور', 'ببيت', 'ككلام', 'باب', 'سيختنق', 'تستعمل', 'أأكل', 'فاعل', 'مستشفى', 'سماء', 'شيء', 'مُسْتَشْفَى', 'ﻻ', 'ﺑﻴﺖ', '٢٠١٣', 'يسعلون', 'عيونهم', 'تختنقين', 'الأطفال', 'اختناقات'];
    for (const w of edge) expect(stemArabic(w)).toBe(oramaAr(w));
    expect(stemArabic('الأطفال')).toBe(oramaAr('الأطفال'));
    expect(stemArabic('والعيون')).not.toBe('والعيون');
  });

  it('stemsOf reads the rewritten stemmers', () => {
    expect(stemsOf('coughing', 'en')[0]).toBe(oramaEn('coughing'));
    expect(stemsOf('кашляли', 'ru')[0]).toBe(oramaRu('кашляли'));
    expect(stemsOf('يسعل', 'ar')[0]).toBe(oramaAr('يسعل'));
  });
});
