/**
 * Session 20 (speed): machinery of the matchers, each step exact (docs/agent-differential.md §7.00042-speed).
 * - The lexicon's dispatch reads every literal set a pattern's matches must hold (regex-prefix.ts requiredLiteralSets),
 *   by position: a pattern is tried at p only when each of its sets has a string starting at p or later in the text.
 *   Checked here: every match of every dispatch unit, on a third of the texts the project has, holds a string of each of its sets
 *   inside the match; the dispatched extraction equals the reference (every entry's whole regex scanned over the text)
 *   on every text and on texts built so that a pattern's later word stands only before its opening, after it, in another
 *   case, glued to a letter, or cut short (English, Russian, Arabic with its clitics).
 *   (The every-text comparison is in test/agents-speed-equivalence.test.ts since session 31, beside its twin.)
 * - The term matcher reads each candidate from one packed run of a typed array (term-matcher.ts CandShared candCode) and
 *   reuses one array for the order of a long candidate list: its hits equal, in order, those of a plain reference matcher
 *   written here from the matcher's rules (every candidate of every token tried in full, no tables, no shared lists), on
 *   every text the project has and on built texts (gaps, clause breaks, conjunctions, و-openings, prefix words, ё).
 * - The term matcher's token table keeps a token's record by its number (a small probe table of hash and number, the
 *   records in insertion order) and is cleared before a text that could fill it, never within one: its hits equal the
 *   reference's on a text of more distinct tokens than the table holds, and on the texts read after it.
 * The whole extraction and differential are compared byte for byte by bench/agents-dump.ts (run before and after).
 */
import { breathe } from './helpers/breathe.js';
import { describe, expect, it } from 'vitest';
import { extractFeatures, lexiconUnitSets, normaliseText } from '../src/core/agents/feature-extraction.js';
import { requiredLiteralSets } from '../src/core/agents/regex-prefix.js';
import { matchTerms } from '../src/core/agents/term-matcher.js';
import { referenceTerms } from './helpers/term-reference.js';
import { loadAgentKb } from '../src/app/agents.js';
import { compileTermFiles } from '../src/core/agents/agent-terms.js';
import { packageKnowledge } from './helpers/knowledge.js';
import { allAgentTexts } from './helpers/agent-texts.js';

const lowered = () => allAgentTexts().map((t) => normaliseText(t).toLowerCase());
const shown = (x: ReturnType<typeof extractFeatures>) => JSON.stringify([x.hits, [...x.features], x.named]);

describe('literal sets read by position (session 20)', () => {
  it('requiredLiteralSets lists each necessary part of a sequence, and none from optional parts or look-arounds', () => {
    expect(requiredLiteralSets(String.raw`(?:запах\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:тухл\p{L}*\s+яиц|серы))(?![\p{L}])`)).toEqual([['запах'], ['серы', 'тухл']]);
    const sets = requiredLiteralSets(String.raw`(?:smell\p{L}*\s+(?:of\s+)?(?<!not\s)(?:chlorine|bleach)(?!\s+gas))`);
    expect(sets).toContainEqual(['smell']);
    expect(sets).toContainEqual(['bleach', 'chlorine']);
    // optional parts and look-arounds give no set
    expect(sets.flat()).not.toContain('gas');
    expect(sets.flat()).not.toContain('not');
    expect(sets.some((s) => s.includes('of'))).toBe(false);
    // a repetition of at least one keeps its part's set; of none, not
    expect(requiredLiteralSets(String.raw`(?:abc(?:defg)+xyz)`)).toEqual([['defg'], ['abc'], ['xyz']]);
    expect(requiredLiteralSets(String.raw`(?:abc(?:defg)*xyz)`).flat()).not.toContain('defg');
    // an alternation's set is the union of its alternatives'
    expect(requiredLiteralSets(String.raw`(?:кашл\p{L}*|рвот\p{L}*)`)).toEqual([['кашл', 'рвот']]);
    // nothing worth a test (a string under three units)
    expect(requiredLiteralSets(String.raw`(?:a\s+b)`)).toEqual([]);
  });
  // (the two sweeps over every text take 4-8 minutes beside the other project's worker on a loaded 2-core machine, more as the
  // lexicon grows; their limit guards against a hang and checks nothing, so it is 15 minutes, not the shared project's 5)
  it('every match of every dispatch unit holds a string of each of its sets, inside the match, on every third text', async () => {
    const units = lexiconUnitSets();
    expect(units.length).toBeGreaterThan(500);
    expect(units.filter((u) => u.sets.length > 1).length).toBeGreaterThan(100);
    // (every third text: the whole list takes minutes on the shared machine; the extraction itself is compared on every text below)
    const texts = lowered().filter((_, i) => i % 3 === 0);
    let matches = 0;
    for (const u of units) {
      if (u.sets.length === 0) continue;
      await breathe();
      const re = new RegExp(u.source, 'gu');
      for (const t of texts) {
        re.lastIndex = 0;
        for (let m = re.exec(t); m; m = re.exec(t)) {
          if (m[0].length === 0) {
            re.lastIndex = m.index + 1;
            continue;
          }
          matches++;
          const span = m[0];
          for (const set of u.sets) if (!set.some((l) => span.includes(l))) expect({ source: u.source, set, span }).toBe('a string of the set in the match');
        }
      }
    }
    expect(matches).toBeGreaterThan(1000);
  }, 900_000);
  it('the dispatched extraction equals the reference where a later word stands before, after, apart from or glued to its opening', () => {
    const kb = loadAgentKb(packageKnowledge);
    const texts = [
      // the later word only before the opening, then after it
      'Rotten eggs were found. Then a smell of nothing much.',
      'A smell of nothing. Later, a smell like rotten eggs and a smell of garlic.',
      'Garlic everywhere; the smell was faint.',
      'Bleach and chlorine. The smell, the smell of bleach, the odour of chlorine.',
      'Within minutes of the attack, within half an hour; half an hour later within.',
      // Russian, case and endings
      'Тухлых яиц не было. Запах странный.',
      'Запах странный, потом запах тухлых яиц, запахло серой, пахло чесноком и луком.',
      'ЗАПАХ ТУХЛЫХ ЯИЦ. Запах Тухлых Яиц.',
      'Белый дым, белое облако газа; дым белый.',
      'Он бросил бутылку. Бутылку он бросил. Бросили в толпу какой-то предмет.',
      'Птицы и собаки погибли; погибли птицы; собаки сдохли через час.',
      'Глаза жжёт, глаза щипало, глаза не щипало; щиплет глаза.',
      // Arabic with its clitics and article
      'رائحة الثوم. والرائحة كريهة وبعدها رائحة البيض الفاسد، الرائحة فاسدة',
      'بعد نصف ساعة من الهجوم، وبعد ربع ساعة، خلال دقائق، وبالخزان ماء',
      'رشوا الناس بالغاز ورشهم بمادة، والرش كان على الحقل',
      'تدمع العيون، وتدمع عيني، فاغماء واغماءات، الاغماء',
      // glued to letters, cut short, punctuation between
      'smellof garlic; smell-of garlic; smell of garl; smell of,garlic; smell of "garlic".',
      'запахтухлых яиц; запах тухл; запах, тухлых яиц; запах — тухлых яиц',
      'ورائحةالثوم، رائحة الثو، رائحة: الثوم',
      // overlapping openings of several patterns and entries
      'My eyes were burning, eyes watering, eyes red and the eyes stung; people coughing, people vomited.',
      'Within minutes they collapsed; within an hour, after about ten minutes, in seconds.',
    ];
    for (const t of texts) expect(shown(extractFeatures(t, { terms: kb.terms }))).toBe(shown(extractFeatures(t, { terms: kb.terms, dispatch: false })));
  });
  // ('the dispatched extraction equals the reference on every text the project has' is in test/agents-speed-equivalence.test.ts
  // since session 31, beside that file's own sweep of the same pairs, so the two read one computation: ./helpers/extraction-pairs.ts)
});

describe('term candidates read from packed code (session 20)', () => {
  const kb = loadAgentKb(packageKnowledge);
  const scriptsOf = (lower: string) => ({ en: /[a-z]/.test(lower), ru: /[\u0400-\u04FF]/.test(lower), ar: /[\u0600-\u06FF]/.test(lower) });
  const same = (t: string) => {
    const got = matchTerms(kb.terms!, t, scriptsOf(t));
    const ref = referenceTerms(kb.terms!, t, scriptsOf(t));
    if (JSON.stringify(got) !== JSON.stringify(ref)) expect({ t, got }).toEqual({ t, got: ref });
    return got.length;
  };
  it('give the reference matcher\'s hits, in order, on every text the project has', () => {
    let hits = 0;
    for (const t of lowered()) hits += same(t);
    expect(hits).toBeGreaterThan(5000);
  });
  it('give the reference matcher\'s hits on built texts: gaps, breaks, conjunctions, و-openings, prefix words, ё', () => {
    const texts = [
      'the smell of rotten eggs; the smell, of rotten eggs; the smell was of very strong rotten eggs',
      'police and the fire department fired; police fired tear gas and the police then fired',
      'eye and throat irritation, eyes and throat and nose irritation. eyes. irritation',
      'burned and burned, burning and my eyes burned, burned burned',
      'запах тухлых яиц, запах очень сильный тухлых яиц, запах. тухлых яиц, зрачки были не узкие, протестующих разогнали',
      'пахло ёлкой и елкой, запах ёлки; горит и горит, горело и горело',
      'ريحة بيض خربان، والريحة بيض، ريحة وبيض خربان، يحترق وعيناي تدمع، لا ريحة ولا دخان',
      'ما قدر يتنفس، ماقدرش يشوف، الريحة كانت قوية كتير، ريحته مثل الكلور',
      'smell 5 smell of 2 eggs; smell-of-eggs; (smell) of eggs; smell\nof eggs',
    ];
    for (const t of texts) same(normaliseText(t).toLowerCase());
  });
  it('give the reference matcher\'s hits on a text of more distinct tokens than the table holds, and on the texts after it', () => {
    const k = packageKnowledge;
    const fresh = compileTermFiles(new Map(kb.features.map((f) => [f.id, f.topic])), k.read('agent-terms.yaml', k.path('agent-terms.yaml')), k.read('hpo-terms.yaml', k.path('hpo-terms.yaml')));
    let seed = 20;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const word = () => Array.from({ length: 4 + rnd(6) }, () => String.fromCharCode(97 + rnd(26))).join('');
    const real = ['the smell of rotten eggs', 'eyes were burning', 'people coughing and vomiting', 'police fired tear gas', 'a smell like bleach.', 'запах тухлых яиц', 'ريحة بيض خربان'];
    const parts: string[] = [];
    for (let i = 0; i < 45_000; i++) parts.push(i % 500 === 0 ? real[rnd(real.length)] : word());
    const big = parts.join(' ');
    const check = (t: string) => {
      const got = matchTerms(fresh, t, scriptsOf(t));
      const ref = referenceTerms(fresh, t, scriptsOf(t));
      if (JSON.stringify(got) !== JSON.stringify(ref)) expect({ t: t.slice(0, 80), got }).toEqual({ t: t.slice(0, 80), got: ref });
      return got.length;
    };
    expect(check(big)).toBeGreaterThan(50);
    const texts = lowered().slice(0, 300);
    for (const t of texts) check(t);
    expect(check(big)).toBeGreaterThan(50);
    for (const t of texts) check(t);
  });
});
