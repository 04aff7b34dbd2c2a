/**
 * Session 20 (speed): machinery of the matchers, each step exact (docs/agent-differential.md §7.00042-speed).
 * - The lexicon's dispatch reads every literal set a pattern's matches must hold (regex-prefix.ts requiredLiteralSets),
 *   by position: a pattern is tried at p only when each of its sets has a string starting at p or later in the text.
 *   Checked here: every match of every dispatch unit, on a third of the texts the project has, holds a string of each of its sets
 *   inside the match; the dispatched extraction equals the reference (every entry's whole regex scanned over the text)
 *   on every text and on texts built so that a pattern's later word stands only before its opening, after it, in another
 *   case, glued to a letter, or cut short (English, Russian, Arabic with its clitics).
 * The whole extraction and differential are compared byte for byte by bench/agents-dump.ts (run before and after).
 */
import { describe, expect, it } from 'vitest';
import { extractFeatures, lexiconUnitSets, normaliseText } from '../src/core/agents/feature-extraction.js';
import { requiredLiteralSets } from '../src/core/agents/regex-prefix.js';
import { loadAgentKb } from '../src/app/agents.js';
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
  it('every match of every dispatch unit holds a string of each of its sets, inside the match, on every third text', () => {
    const units = lexiconUnitSets();
    expect(units.length).toBeGreaterThan(500);
    expect(units.filter((u) => u.sets.length > 1).length).toBeGreaterThan(100);
    // (every third text: the whole list takes minutes on the shared machine; the extraction itself is compared on every text below)
    const texts = lowered().filter((_, i) => i % 3 === 0);
    let matches = 0;
    for (const u of units) {
      if (u.sets.length === 0) continue;
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
  });
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
  it('the dispatched extraction equals the reference on every text the project has', () => {
    const kb = loadAgentKb(packageKnowledge);
    for (const t of allAgentTexts()) expect(shown(extractFeatures(t, { terms: kb.terms }))).toBe(shown(extractFeatures(t, { terms: kb.terms, dispatch: false })));
  });
});
