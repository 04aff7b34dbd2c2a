/**
 * Session 19 (speed): the lexicon dispatch tries the patterns found at a position, not the entry's whole alternation, and
 * answers plain-string prefilters and the patterns' required literals by the literal gate (docs/agent-differential.md
 * §7.00041-speed). Each is exact:
 * - the dispatched extraction equals the reference (every entry's whole regex scanned over the text) on every text the
 *   project has (test/agents-speed-equivalence.test.ts) and, here, on texts built to reach the patterns' orders: several
 *   patterns of one entry opening at one position (the first in the entry's order wins, its end kept);
 * - a prefilter read as plain strings answers as its regex does, on every text, on texts that hold one of its strings,
 *   and on texts that hold every trigram of a string but not the string;
 * - a pattern whose required literals are all absent from a text does not match in it.
 * The whole extraction and differential are compared byte for byte by bench/agents-dump.ts (run before and after).
 */
import v8 from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFeatures, lexiconUnitLiterals, normaliseText, prefilterLiteralMismatches } from '../src/core/agents/feature-extraction.js';
import { LEXICON } from '../src/core/agents/feature-lexicon.js';
import { loadAgentKb } from '../src/app/agents.js';
import { packageKnowledge } from './helpers/knowledge.js';
import { allAgentTexts } from './helpers/agent-texts.js';

// (session 31, ci2) The units' regexes (1,056, each run on up to 400 texts) are compiled straight to machine code rather
// than to bytecode first and tiered up (V8's default): the bytecode compile and interpreted runs before the tier-up were
// most of 'patterns tried apart' (~23 s of CPU to ~6 s); the matching is the same, only the compile tier differs. The
// switch is the process's, so this file runs in a process of its own (vitest.config.ts OWN_PROCESS) and restores it at the end.
v8.setFlagsFromString('--no-regexp-tier-up');
afterAll(() => v8.setFlagsFromString('--regexp-tier-up'));

const lowered = () => allAgentTexts().map((t) => normaliseText(t).toLowerCase());
const shown = (x: ReturnType<typeof extractFeatures>) => JSON.stringify([x.hits, [...x.features], x.named]);

describe('prefilters answered by their strings (session 19)', () => {
  const plain = new Set<string>();
  for (const e of LEXICON) for (const l of ['en', 'ru', 'ar'] as const) if (e.requires?.[l] && /^[^\\()[\]{}.*+?^$|]+(?:\|[^\\()[\]{}.*+?^$|]+)*$/u.test(e.requires[l]!)) plain.add(e.requires[l]!);
  it('most prefilters are plain strings', () => {
    expect(prefilterLiteralMismatches('').literal).toBeGreaterThan(150);
  }, 300_000); // (s31 ci2) the shared project's limit, which this file had there (42 s loaded: the file's first call into the lexicon); a limit checks nothing
  it('answer as the regex does on every text', () => {
    for (const t of lowered()) expect(prefilterLiteralMismatches(t).mismatches).toEqual([]);
  }, 300_000);
  it('answer as the regex does on texts holding a string, its trigrams apart, or a string cut short', () => {
    const strings = [...plain].flatMap((s) => s.split('|'));
    for (let k = 0; k < strings.length; k += 7) {
      const w = strings[k];
      const apart = w.length >= 4 ? `${w.slice(0, 3)} x ${w.slice(1)} ${w.slice(0, -1)}` : `${w.slice(0, -1)} .`;
      for (const t of [`a ${w} b`, apart, w.slice(1), `${w}${w}`]) expect(prefilterLiteralMismatches(t).mismatches).toEqual([]);
    }
  });
});

describe('patterns tried apart (session 19)', () => {
  it('a pattern whose required literals are all absent from a text does not match in it', () => {
    const units = lexiconUnitLiterals();
    expect(units.length).toBeGreaterThan(500);
    const texts = lowered().slice(0, 400);
    for (const u of units) {
      if (!u.lits) continue;
      const re = new RegExp(u.source, 'gu');
      for (const t of texts) if (!u.lits.some((l) => t.includes(l))) expect(re.test(t)).toBe(false);
    }
  }, 900_000); // (s31 ci) 112 s at one shared thread on a loaded machine; with two threads and a fork on 2 cores 5 minutes is too near (a limit checks nothing)
  it('several patterns of one entry opening at one position give the entry its first pattern\'s match', () => {
    const kb = loadAgentKb(packageKnowledge);
    // the English openings several patterns share (smell ..., the eyes ..., people ...), with what follows varied
    const texts = [
      'The smell of chlorine was everywhere and the smell was like bleach.',
      'A smell like rotten eggs, then a smell of garlic; smells of hay.',
      'My eyes were burning, eyes watering, eyes red and the eyes stung.',
      'People were coughing, people vomited, people fell down and people were foaming at the mouth.',
      'Within minutes they collapsed; within an hour, after about ten minutes, in seconds.',
      'Запах хлора, запах чеснока, пахло тухлыми яйцами, запах газа.',
      'رائحة الكلور ورائحة الثوم، والرائحة كريهة، بعد دقائق من الهجوم.',
    ];
    for (const t of texts) expect(shown(extractFeatures(t, { terms: kb.terms }))).toBe(shown(extractFeatures(t, { terms: kb.terms, dispatch: false })));
  });
});
