/**
 * Session 17 (speed): the lexicon dispatch's literal gate gives what the tries it skips gave (docs/agent-differential.md
 * §7.00039-speed). regex-prefix.ts `requiredLiterals` names, for a lexicon entry, strings one of which every match holds;
 * the dispatch skips an entry whose strings are all absent from the text. Checked here: the analysis on constructs of
 * every kind the lexicon uses, and, for every entry and every text the project has (with its required strings blotted
 * out where it matches), that no match survives without one of them. The whole extraction and differential are compared
 * byte for byte by bench/agents-dump.ts (run before and after; no output changed).
 */
import { breathe } from './helpers/breathe.js';
import v8 from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { requiredLiterals } from '../src/core/agents/regex-prefix.js';
import { lexiconLiteralGates, normaliseText } from '../src/core/agents/feature-extraction.js';
import { allAgentTexts } from './helpers/agent-texts.js';

// (session 31, ci2) The gates' regexes are compiled straight to machine code: with V8's default tier-up a regex is first
// compiled to bytecode and interpreted, and once many regexes had run in the process some of these large alternations stayed
// in the interpreter for every text (one gate of 4,857 characters took 33-39 s of CPU after the first 94 gates, 1.1 s
// alone); the sweep took ~136 s of CPU in the default tier, ~29 s compiled straight away. The matching is the same, only
// the compile tier differs. The switch is the process's, so this file runs in a process of its own (vitest.config.ts
// OWN_PROCESS) and restores it at the end.
v8.setFlagsFromString('--no-regexp-tier-up');
afterAll(() => v8.setFlagsFromString('--regexp-tier-up'));

describe('required literals', () => {
  it('are read from literals, alternations, repetitions and runs, and none from what may match without one', () => {
    expect(requiredLiterals('(?:within|in) (?:a few |\\d+ )?(?:seconds|minutes)[^.;]{0,60}?(?:ill|sick)')).toEqual(['minutes', 'seconds']);
    expect(requiredLiterals('cough(?:s|ed|ing)?(?![\\p{L}])')).toEqual(['cough']);
    expect(requiredLiterals('(?<![\\p{L}])(?:deep|severe) burns')).toEqual(['deep burns', 'severe burns']);
    expect(requiredLiterals('ab?cd')).toEqual(['acd', 'abcd']);
    expect(requiredLiterals('(?:pain|ache){2}')).not.toBeNull();
    // an alternative without a literal of three characters, an optional part alone, a class not enumerated: no gate
    expect(requiredLiterals('a|bcd')).toBeNull();
    expect(requiredLiterals('(?:abc)?\\p{L}+')).toBeNull();
    expect(requiredLiterals('x\\s+yz')).toBeNull();
    expect(requiredLiterals('(?=abc)\\p{L}')).toBeNull();
    // a back-reference is not read
    expect(requiredLiterals('(abc)\\1')).toBeNull();
  });

  it('are held by every match of every lexicon entry on every text the project has', async () => {
    const gates = lexiconLiteralGates().filter((g) => g.lits !== null);
    expect(gates.length).toBeGreaterThan(150);
    const texts = allAgentTexts().map((t) => normaliseText(t).toLowerCase());
    let matched = 0;
    for (const g of gates) {
      await breathe();
      const re = new RegExp(g.source, 'gu');
      // the same strings blotted out wherever they stand (a character no pattern reads): no match may be left
      const blot = new RegExp(g.lits!.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
      for (const t of texts) {
        re.lastIndex = 0;
        if (!re.test(t)) continue;
        matched++;
        expect(g.lits!.some((x) => t.includes(x))).toBe(true);
        const blotted = t.replace(blot, (m) => '\u0000'.repeat(m.length));
        re.lastIndex = 0;
        expect([g.source.slice(0, 80), re.test(blotted)]).toEqual([g.source.slice(0, 80), false]);
      }
    }
    expect(matched).toBeGreaterThan(1000);
    // (s30 coord) every gate over every text of every split (the text set grows each session): minutes on a slow 2-core machine
  }, 900_000);
});
