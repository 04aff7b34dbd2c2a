/**
 * Session 25 (speedre): the extractor's hot regexes and the lexicon dispatch's units run as script-narrowed twins where the
 * text allows (src/core/agents/script-narrow.ts; docs/agent-differential.md §7.00050-speedre). It is exact:
 * - narrowSource rewrites \p{L} and \p{N} alone, in a class and in a negated class, and nothing else;
 * - code point by code point: wherever narrowSafe holds (every BMP code point, and astral ones sampled), each class form the
 *   extractor writes answers the same in twin and original, with and without `i`; the known traps (the Kelvin sign, a
 *   letter outside the covered scripts, an astral letter) are not narrow-safe;
 * - every twin made (twinsMade: the hot regexes of feature-extraction.ts and term-matcher.ts, the cue pairs) gives its
 *   original's result through pick on the development texts (as given, normalised, lower-cased), their words, slices, and
 *   every position for the sticky and global ones; and on generated strings, half of them narrow-safe by construction and
 *   half with the traps mixed in.
 * The lexicon dispatch's twins are compared with the reference scan of the original regexes by
 * test/agents-speed-equivalence.test.ts (on every project text), and the whole extraction and differential byte for byte by
 * bench/agents-dump.ts (run before and after). The texts read here are the development files, the Syrian Archive summaries
 * and the example bundles: no frozen split.
 */
import { breathe } from './helpers/breathe.js';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../src/core/narrative/narrative-coordination.js';
import { normaliseText } from '../src/core/agents/feature-extraction.js';
import { narrowSafe, narrowSource, pick, textNarrowSafe, twinsMade } from '../src/core/agents/script-narrow.js';
import { packageRoot, sharedDataDir } from '../src/app/paths.js';

function devTexts(): string[] {
  const texts: string[] = [];
  const dir = path.join(packageRoot, 'eval', 'agents');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.yaml') && !x.includes('test'))) {
    const d = parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const inc of d.incidents ?? []) for (const a of inc.accounts) texts.push(a.text);
    for (const p of d.accounts ?? []) texts.push(p.text);
  }
  const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
  if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) texts.push(x[k]);
  return texts.filter((t) => typeof t === 'string');
}

/** a match as comparable data: its strings, index, groups and the regex's lastIndex after it */
const show = (re: RegExp, m: RegExpExecArray | null) => (m ? JSON.stringify([[...m], m.index, m.groups ?? null, re.lastIndex]) : `null ${re.lastIndex}`);
/** the original's and pick's results on s (at every position for a sticky or global regex), or null when equal */
function differs(t: { re: RegExp; n: RegExp }, s: string, everyPosition: boolean): string | null {
  const chosen = pick(t, s);
  if (chosen === t.re) return textNarrowSafe(s) ? 'a narrow-safe string given the original' : null; // the original itself
  const stateful = t.re.global || t.re.sticky;
  const positions = stateful ? (everyPosition ? Array.from({ length: s.length + 1 }, (_, i) => i) : [0, s.length >> 1]) : [0];
  for (const p of positions) {
    t.re.lastIndex = p;
    chosen.lastIndex = p;
    const a = show(t.re, t.re.exec(s));
    const b = show(chosen, chosen.exec(s));
    if (a !== b) return `${t.re.source.slice(0, 60)} at ${p} on ${JSON.stringify(s.slice(0, 80))}: ${a} / ${b}`;
  }
  t.re.lastIndex = 0;
  chosen.lastIndex = 0;
  return null;
}

describe('script-narrowed twins of the extractor regexes (session 25)', () => {
  it('narrowSource rewrites \\p{L} and \\p{N} only, alone, in a class and in a negated class', () => {
    const a = narrowSource(String.raw`(?<![\p{L}'])x\p{L}*[^\p{L}\p{N}]\p{Lu}\\p\{L\}`)!;
    expect(a).not.toContain(String.raw`\p{L}]`);
    expect(a).toContain(String.raw`\p{Lu}`);
    expect(a.endsWith(String.raw`\\p\{L\}`)).toBe(true); // an escaped backslash, then p and escaped braces: not rewritten
    expect(new RegExp(a, 'u').source).toBe(a);
    expect(narrowSource('abc')).toBeNull();
    expect(narrowSource(String.raw`\P{L}\p{L}`)).toBeNull();
    const b = narrowSource(String.raw`\p{L}`)!;
    expect(new RegExp(`^${b}$`, 'u').test('ж')).toBe(true);
    expect(new RegExp(`^${b}$`, 'u').test('中')).toBe(false);
  });

  it('each class form answers the same in twin and original at every narrow-safe code point', () => {
    const forms = [String.raw`\p{L}`, String.raw`[^\p{L}]`, String.raw`[\p{L}\p{N}]`, String.raw`[^\p{L}\p{N}]`, String.raw`[\p{L}']`, String.raw`[^\p{L}']`, String.raw`[\p{L}-]`, String.raw`\p{N}`, String.raw`[^\p{N}.,]`, String.raw`[\p{L}\p{N}*]`];
    const pairs = forms.flatMap((f) => ['u', 'iu'].map((flags) => [new RegExp(`^${f}$`, flags), new RegExp(`^${narrowSource(f)}$`, flags)] as const));
    const wrong: string[] = [];
    const cps: number[] = [];
    for (let c = 0; c < 0x10000; c++) cps.push(c);
    for (let c = 0x10000; c <= 0x10ffff; c += 97) cps.push(c);
    let safe = 0;
    for (const c of cps) {
      if (!narrowSafe(c)) continue;
      safe++;
      const s = String.fromCodePoint(c);
      for (const [o, n] of pairs) if (o.test(s) !== n.test(s)) wrong.push(`U+${c.toString(16)} ${o.source} /${o.flags}`);
    }
    expect(wrong).toEqual([]);
    expect(safe).toBeGreaterThan(20000);
    // every code point of the covered repertoire is narrow-safe (its letters and digits are in the twins' classes)
    const covered = [[0, 0x52f], [0x600, 0x6ff], [0x750, 0x77f], [0x8a0, 0x8ff], [0x2000, 0x206f], [0xfb50, 0xfdff], [0xfe70, 0xfeff]];
    const unsafe: string[] = [];
    for (const [a, b] of covered) for (let c = a; c <= b; c++) if (!narrowSafe(c)) unsafe.push(c.toString(16));
    expect(unsafe).toEqual([]);
  });

  it('the traps are not narrow-safe; the covered scripts are', () => {
    for (const c of [0x212a, 0x2113, 0x4e2d, 0x05d0, 0x1d400, 0x1fbe]) expect([c.toString(16), narrowSafe(c)]).toEqual([c.toString(16), false]);
    expect(textNarrowSafe('He coughed. Он кашлял. سعل الرجل. ﻻ ١٢ 3½ µg ß ſ İ ǅ 😀 \ud800')).toBe(true);
    expect(textNarrowSafe('a 1 \u212a')).toBe(false);
    expect(textNarrowSafe('a \ud835\udc00')).toBe(false);
    expect(textNarrowSafe('a \ud835 b')).toBe(true);
  });

  const texts = devTexts();
  it('every twin gives its original result on the development texts, their words and slices', async () => {
    const ts = twinsMade();
    expect(ts.length).toBeGreaterThanOrEqual(20);
    const wrong: string[] = [];
    const words = new Set<string>();
    for (const [i, raw] of texts.entries()) {
      if (i % 100 === 99) await breathe();
      const norm = normaliseText(raw);
      const lower = norm.toLowerCase();
      for (const w of lower.split(/[^\p{L}]+/u)) if (w) words.add(w);
      const r = mulberry32(i + 1);
      const subjects = [raw, norm, lower];
      for (let k = 0; k < 2; k++) {
        const a = Math.floor(r() * lower.length);
        subjects.push(lower.slice(a, a + 10 + Math.floor(r() * 60)));
      }
      for (const t of ts)
        for (const s of subjects) {
          const d = differs(t, s, i % 25 === 0);
          if (d) wrong.push(d);
        }
    }
    for (const w of [...words].slice(0, 4000)) for (const t of ts) if (!t.re.global && !t.re.sticky) {
      const d = differs(t, w, false);
      if (d) wrong.push(d);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(texts.length).toBeGreaterThan(2000);
  }, 600_000);

  it('every twin gives its original result on generated strings, narrow-safe and not', () => {
    const safeParts = ['not ', 'no ', 'never ', 'and ', 'or ', 'but ', 'dog ', "n't ", 'did not ', 'не ', 'нет ', 'ни у кого ', 'был ', 'кашл', 'ما ', 'لا ', 'لم ', 'مش', 'ش', 'ال', 'و', 'ت', 'نا', 'ين', 'يت', 'كا', 'ي', 'ة', ' ', ' ', ', ', '. ', '; ', ': ', '- ', '\n', '?', '؟', '،', '0', '7', '١', '½', 'é', 'ß', 'ſ', 'İ', 'ı', 'ǅ', 'µ', 'Ω', 'ω', 'ͅ', '\u0301', 'ﻻ', 'ﺑ', 'A', 'Z', 'Ж', 'ё', "'", '’', '😀', '\ud800'];
    const traps = ['\u212a', '\u212b', '\u2113', '\u4e2d', '\u05d0', '\u{1d400}', '\u1fb3', '\u03b9', '\u24b6', '\u2170', '\u1fbe', '\u0130'];
    const r = mulberry32(25);
    const ts = twinsMade();
    const wrong: string[] = [];
    let safe = 0;
    for (let i = 0; i < 3000; i++) {
      const parts: string[] = [];
      const n = 2 + Math.floor(r() * 14);
      for (let k = 0; k < n; k++) parts.push(safeParts[Math.floor(r() * safeParts.length)]);
      if (i % 2) parts.splice(Math.floor(r() * parts.length), 0, traps[Math.floor(r() * traps.length)]);
      const s = parts.join('');
      if (textNarrowSafe(s)) safe++;
      for (const t of ts) {
        const d = differs(t, s, true);
        if (d) wrong.push(d);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(safe).toBeGreaterThan(1400);
  }, 600_000);
});
