/**
 * The word layer's fit and its fast scorer (eval/agents/word-layer-fit.ts, session 27 room agfit): the scorer the CV grid
 * runs on gives the differential's own probabilities; the fit learns a word that tells a class the engine misses, keeps
 * only inputs found across writers' files, drops genre words, and weighs features when asked. Invented cases only.
 */
import { describe, expect, it } from 'vitest';
import { packageKnowledge } from './helpers/knowledge.js';
import { loadAgentKb } from '../src/app/agents.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import type { LabelledCase } from '../src/core/agents/agent-evaluation.js';
import { applyTable, asWordLayer, FIT_DEFAULTS, fitCaseOf, fitTable, genreStems, vocabularyOf } from '../eval/agents/word-layer-fit.js';

const kb = loadAgentKb(packageKnowledge);
const classIds = kb.classes.map((c) => c.id);
const K = classIds.length;
const at = (id: string) => classIds.indexOf(id);
const row = (w: Record<string, number>) => Float64Array.from(classIds, (c) => w[c] ?? 0);
const lc = (id: string, cls: string, ...texts: string[]): LabelledCase => ({ id, class: cls, agent: null, source: 'invented', accounts: texts.map((text) => ({ text, role: 'witness' as const })) }) as LabelledCase;

describe('word layer fit (session 27)', () => {
  it('applyTable gives the differential\'s class probabilities with the same table, with two accounts and under the one-account cap', () => {
    const table = new Map([
      ['u:en:canist', row({ 'riot-control': 1.5 })],
      ['u:en:factori', row({ 'toxic-industrial': 2 })],
      ['u:en:marcher', row({ 'riot-control': 9, nerve: -9 })],
    ]);
    const kbW = { ...kb, wordLayer: asWordLayer(table, classIds, 'invented') };
    const cases = [
      lc('two', 'riot-control', 'A canister landed among us; eyes streaming and coughing.', 'Eyes burning and coughing near the factory gate.'),
      lc('one', 'riot-control', 'The marchers were hit by a canister; eyes streaming, coughing.'),
    ];
    for (const c of cases) {
      const fc = fitCaseOf(kb, 'g', 'look', c);
      const p = applyTable(kb, table, fc);
      const r = runDifferential(kbW, c.accounts, { wordEvidence: true });
      expect(r.words, c.id).toBeDefined();
      for (const k of classIds) expect(p[at(k)], `${c.id} ${k}`).toBeCloseTo(r.classes.find((x) => x.id === k)!.probability, 9);
      if (c.id === 'one') expect(r.words!.kept).toBeLessThan(1);
    }
  });

  it('says nothing where the engine has nothing usable: the engine\'s own probabilities', () => {
    const table = new Map([['u:en:afternoon', row({ nerve: 3 })]]);
    const fc = fitCaseOf(kb, 'g', 'look', lc('x', 'none', 'We walked home in the afternoon.'));
    expect(fc.engineTop).toBe(-1);
    expect(Array.from(applyTable(kb, table, fc))).toEqual(Array.from(fc.engineP));
  });

  // six files of invented cases: coughing and streaming eyes (which the engine reads) with 'zorblat' for riot-control and
  // 'quenby' for toxic-industrial, words the engine does not know; 'plimp' in one file only
  const train = Array.from({ length: 6 }, (_, f) => [
    fitCaseOf(kb, `f${f}`, 'look', lc(`r${f}`, 'riot-control', `Coughing and streaming eyes after the zorblat came down the street ${f}.`)),
    fitCaseOf(kb, `f${f}`, 'look', lc(`t${f}`, 'toxic-industrial', `Coughing and streaming eyes after the quenby near the depot ${f}.`)),
    fitCaseOf(kb, `f${f}`, 'look', lc(`c${f}`, 'riot-control', f === 0 ? 'Coughing and streaming eyes, plimp everywhere.' : 'Coughing and streaming eyes.')),
  ]).flat();

  it('learns a word that tells a class the engine does not read, against the engine\'s offset', () => {
    const table = fitTable(train, K, { ...FIT_DEFAULTS, maxDfShare: 1 });
    const z = table.get('u:en:zorblat')!;
    const q = table.get('u:en:quenbi') ?? table.get('u:en:quenby')!;
    expect(z[at('riot-control')]).toBeGreaterThan(0.2);
    expect(z[at('riot-control')]).toBeGreaterThan(z[at('toxic-industrial')]);
    expect(q[at('toxic-industrial')]).toBeGreaterThan(0.2);
    // centred per input, rounded to 3 decimals
    expect(Math.abs(z.reduce((s, x) => s + x, 0))).toBeLessThan(0.01);
    for (const x of z) expect(Math.round(x * 1000) / 1000).toBe(x);
  });

  it('keeps an input only when it is in minFiles files and under the per-language share; genre words and features as asked', () => {
    const v = vocabularyOf(train, { ...FIT_DEFAULTS, maxDfShare: 1 });
    expect(v).toContain('u:en:zorblat');
    expect(v.some((x) => x.includes('plimp'))).toBe(false);
    expect(v.some((x) => x.startsWith('f:'))).toBe(false);
    // 'coughing' is in every case: above a 5% share of the English cases it is a function word
    expect(vocabularyOf(train, FIT_DEFAULTS).some((x) => x.startsWith('u:en:cough'))).toBe(false);
    expect(vocabularyOf(train, { ...FIT_DEFAULTS, maxDfShare: 1 }).some((x) => x.startsWith('u:en:cough'))).toBe(true);
    // genre words: a word of the list drops its unigram and every bigram holding it
    const drop = genreStems(['zorblat']);
    expect(vocabularyOf(train, { ...FIT_DEFAULTS, maxDfShare: 1, drop }).some((x) => x.includes('zorblat'))).toBe(false);
    expect(genreStems().has('en:chemic')).toBe(true);
    // features x class: the engine's stated features are inputs only when 'f:' is asked for
    const vf = vocabularyOf(train, { ...FIT_DEFAULTS, prefixes: ['f:'], maxDfShare: 1 });
    expect(vf.length).toBeGreaterThan(0);
    expect(vf.every((x) => /^f:[a-z_0-9]+[+-]$/.test(x))).toBe(true);
  });
});
