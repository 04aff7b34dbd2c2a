/**
 * Word evidence (src/core/agents/word-layer.ts, knowledge/agent-word-layer.json): off by default, never speaks without a
 * usable feature, keeps guard 4 with one account, averages accounts, and its table says where it came from. Invented
 * sentences and invented tables only; the fitted table is checked for its provenance, not for its weights.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageKnowledge } from './helpers/knowledge.js';
import { loadAgentKb } from '../src/app/agents.js';
import { packageRoot } from '../src/app/paths.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import { compileWordLayer, layerInputs, wordEvidence, type WordLayerFile } from '../src/core/agents/word-layer.js';
import { layerStopWords } from '../src/app/stop-words.js';
import { AssayError } from '../src/core/errors.js';
import { WORD_EVIDENCE_DEFAULT, wordEvidenceDefault } from '../src/app/agents.js';
import { runCli } from './helpers/cli.js';

const kb = loadAgentKb(packageKnowledge);
const classIds = kb.classes.map((c) => c.id);
const at = (id: string) => classIds.indexOf(id);
/** an invented table: 'canister' and 'marchers' for riot-control, 'factory' for toxic-industrial */
const table = (rows: Record<string, Record<string, number>>) => {
  const weights = new Map<string, Float64Array>();
  for (const [input, w] of Object.entries(rows)) weights.set(input, Float64Array.from(classIds, (c) => w[c] ?? 0));
  return { classes: classIds, weights, source: 'invented', stop: layerStopWords() };
};
const invented = table({ 'u:en:canist': { 'riot-control': 1.5 }, 'u:en:marcher': { 'riot-control': 1 }, 'u:en:factori': { 'toxic-industrial': 2 }, 'u:en:afternoon': { nerve: 3 } });
const kbW = { ...kb, wordLayer: invented };
const probs = (r: ReturnType<typeof runDifferential>) => Object.fromEntries(r.classes.map((c) => [c.id, c.probability]));

describe('word evidence', () => {
  const two = [
    { text: 'A canister landed among the marchers; eyes streaming and coughing.', role: 'witness' as const },
    { text: 'Eyes burning and coughing near the factory gate.', role: 'witness' as const },
  ];

  it('is off when the KB\'s default is off and the context does not ask: the same result as without a table, and no words field', () => {
    const off = runDifferential({ ...kbW, wordEvidence: false }, two);
    const none = runDifferential({ ...kb, wordLayer: undefined }, two);
    expect(off.words).toBeUndefined();
    expect(probs(off)).toEqual(probs(none));
  });

  it('when asked for, averages the accounts\' word sums, weighted by their weights, and lists the words', () => {
    const on = runDifferential(kbW, two, { wordEvidence: true });
    const off = runDifferential(kbW, two, { wordEvidence: false });
    expect(on.words).toBeDefined();
    expect(off.words).toBeUndefined();
    // account 1: canister 1.5 + marchers 1 for riot-control; account 2: factory 2 for toxic-industrial; equal weights
    const ev = wordEvidence(invented, two.map((a) => a.text), [1, 1]);
    expect(ev.delta[at('riot-control')]).toBeCloseTo(1.25, 12);
    expect(ev.delta[at('toxic-industrial')]).toBeCloseTo(1, 12);
    expect(on.words!.kept).toBe(1);
    const ratio = (r: typeof on, c: string) => r.classes.find((x) => x.id === c)!.probability;
    // riot-control gains on the others by exp(1.25), toxic-industrial by exp(1)
    const g = (c: string) => ratio(on, c) / ratio(off, c);
    expect(g('riot-control') / g('choking')).toBeCloseTo(Math.exp(1.25), 6);
    expect(g('toxic-industrial') / g('choking')).toBeCloseTo(Math.exp(1), 6);
    expect(on.classes.reduce((s, c) => s + c.probability, 0)).toBeCloseTo(1, 12);
    expect(on.words!.inputs.map((x) => x.words)).toEqual(['factory', 'canister', 'marchers']);
  });

  it('never speaks when nothing usable was read: every class stays at its prior share', () => {
    const r = runDifferential(kbW, [{ text: 'We walked home in the afternoon.', role: 'witness' }], { wordEvidence: true });
    // 'afternoon' is in the table, but no sign, odour or scene was read
    expect(r.features).toHaveLength(0);
    expect(r.words).toBeUndefined();
    expect(r.top.class).toBeNull();
  });

  it('keeps guard 4 with one account: no class above w + (1 - w) x prior, no agent below (1 - w) x prior', () => {
    const strong = table({ 'u:en:canist': { 'riot-control': 9 }, 'u:en:pupil': { nerve: -9 } });
    const acc = [{ text: 'A canister was fired; eyes streaming, pupils normal, coughing.', role: 'witness' as const, reliability: 0.7 }];
    const r = runDifferential({ ...kb, wordLayer: strong }, acc, { wordEvidence: true });
    const w = 0.7 * (1 - kb.reportNoise);
    for (const c of kb.classes) {
      const prior = c.agents.reduce((s, ai) => s + kb.prior[ai], 0);
      expect(r.classes.find((x) => x.id === c.id)!.probability).toBeLessThanOrEqual(w + (1 - w) * prior + 1e-9);
    }
    for (const a of r.agents) expect(a.probability).toBeGreaterThanOrEqual((1 - w) * kb.prior[kb.agentIndex.get(a.id)!] - 1e-9);
    expect(r.words!.kept).toBeLessThan(1);
  });

  it('reads content words only: no function word, digit or agent name', () => {
    const x = [...layerInputs(['The police said 40 people were hit by chlorine; они сказали что это был газ; قال إن الغاز'], layerStopWords()).keys()];
    expect(x.some((k) => /:(the|said|were|by|они|что|это|قال|إن)$/.test(k))).toBe(false);
    expect(x.some((k) => /chlor|40/.test(k))).toBe(false);
    expect(x).toContain('u:en:polic');
  });

  it('refuses a table whose classes are not the knowledge base\'s, naming the file', () => {
    const bad = { about: '', fitted: { command: '', date: '', cases: 1, options: {}, training: [] }, classes: ['nerve', 'choking'], inputs: {} } as WordLayerFile;
    expect(() => compileWordLayer(bad, 'knowledge/agent-word-layer.json', classIds, new Set())).toThrow(/knowledge\/agent-word-layer.json: classes/);
    const short = { ...bad, classes: classIds, inputs: { 'u:en:x': [1, 2] } } as WordLayerFile;
    expect(() => compileWordLayer(short, 'f.json', classIds, new Set())).toThrow(/f.json: inputs.u:en:x: expected 7 finite weights/);
  });

  it('a broken table beside the KB is refused on the first read of kb.wordLayer, not on loading the KB (code review s10 B3)', () => {
    // the KB and its term files copied beside a broken table: loading the KB compiles no table, reading kb.wordLayer does.
    // A table of the wrong shape (classes not the KB's) is refused by compileWordLayer as bad_input; a file the knowledge
    // reader cannot parse is refused as internal, as every broken knowledge file is (src/adapters/knowledge/knowledge-files.ts)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-word-layer-'));
    try {
      for (const f of ['agents.yaml', 'agent-terms.yaml', 'hpo-terms.yaml']) fs.copyFileSync(path.join(packageRoot, 'knowledge', f), path.join(dir, f));
      const wrongClasses = { about: '', fitted: { command: '', date: '', cases: 1, options: {}, training: [] }, classes: ['nerve', 'choking'], inputs: {} };
      const cases: [string, string, string][] = [
        ['classes not the KB\'s', JSON.stringify(wrongClasses), 'bad_input'],
        ['not JSON', '{ "classes": [', 'internal'],
      ];
      for (const [what, text, code] of cases) {
        // each version has another size, so the knowledge cache sees a new file
        fs.writeFileSync(path.join(dir, 'agent-word-layer.json'), text);
        const broken = loadAgentKb(packageKnowledge, path.join(dir, 'agents.yaml'));
        let err: unknown;
        try {
          void broken.wordLayer;
        } catch (e) {
          err = e;
        }
        expect(err, what).toBeInstanceOf(AssayError);
        expect((err as AssayError).code, what).toBe(code);
        expect((err as AssayError).message, what).toMatch(/agent-word-layer\.json/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the fitted table says where it came from: development files only, each as it is now (sha256), and the KB classes', () => {
    const file: WordLayerFile = JSON.parse(fs.readFileSync(path.join(packageRoot, 'knowledge', 'agent-word-layer.json'), 'utf8'));
    expect(file.classes).toEqual(classIds);
    expect(file.fitted.cases).toBe(file.fitted.training.reduce((s, t) => s + t.cases, 0));
    for (const t of file.fitted.training) {
      expect(t.file, 'never a frozen test split').not.toMatch(/test-v([6-9]|[1-9]\d)|paraphrases-test/);
      expect(crypto.createHash('sha256').update(fs.readFileSync(path.join(packageRoot, t.file))).digest('hex'), t.file).toBe(t.sha256);
    }
    expect(kb.wordLayer!.weights.size).toBe(Object.keys(file.inputs).length);
  });

  it('the KB\'s default (kb.wordEvidence) decides when the context does not say; the context overrides it either way (session 27)', () => {
    const probsOf = (r: ReturnType<typeof runDifferential>) => JSON.stringify(r.classes);
    const askOn = runDifferential(kbW, two, { wordEvidence: true });
    const askOff = runDifferential(kbW, two, { wordEvidence: false });
    expect(probsOf(runDifferential({ ...kbW, wordEvidence: true }, two))).toBe(probsOf(askOn));
    expect(probsOf(runDifferential({ ...kbW, wordEvidence: false }, two))).toBe(probsOf(askOff));
    expect(probsOf(runDifferential({ ...kbW, wordEvidence: true }, two, { wordEvidence: false }))).toBe(probsOf(askOff));
    expect(probsOf(runDifferential({ ...kbW, wordEvidence: false }, two, { wordEvidence: true }))).toBe(probsOf(askOn));
    expect(probsOf(askOn)).not.toBe(probsOf(askOff));
    // the packaged KB carries the app's default
    expect(kb.wordEvidence).toBe(wordEvidenceDefault());
  });

  it('ASSAY_WORD_EVIDENCE=on|off overrides the app\'s default; another value is refused as bad input (session 27)', () => {
    expect(wordEvidenceDefault({})).toBe(WORD_EVIDENCE_DEFAULT);
    expect(wordEvidenceDefault({ ASSAY_WORD_EVIDENCE: '' })).toBe(WORD_EVIDENCE_DEFAULT);
    for (const v of ['on', 'ON', '1', 'true']) expect(wordEvidenceDefault({ ASSAY_WORD_EVIDENCE: v }), v).toBe(true);
    for (const v of ['off', 'Off', '0', 'false']) expect(wordEvidenceDefault({ ASSAY_WORD_EVIDENCE: v }), v).toBe(false);
    expect(() => wordEvidenceDefault({ ASSAY_WORD_EVIDENCE: 'maybe' })).toThrow(/ASSAY_WORD_EVIDENCE must be on or off, got "maybe"/);
  });

  it('loading the KB under a bad ASSAY_WORD_EVIDENCE is the user\'s bad input (exit 2), not a fault of agents.yaml; the loaded KB follows the variable (review s27)', () => {
    const saved = process.env.ASSAY_WORD_EVIDENCE;
    try {
      process.env.ASSAY_WORD_EVIDENCE = 'maybe';
      let err: unknown;
      try {
        loadAgentKb(packageKnowledge);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AssayError);
      expect((err as AssayError).code).toBe('bad_input');
      expect((err as AssayError).message).not.toMatch(/agents\.yaml/);
      process.env.ASSAY_WORD_EVIDENCE = 'on';
      expect(loadAgentKb(packageKnowledge).wordEvidence).toBe(true);
      process.env.ASSAY_WORD_EVIDENCE = 'off';
      expect(loadAgentKb(packageKnowledge).wordEvidence).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.ASSAY_WORD_EVIDENCE;
      else process.env.ASSAY_WORD_EVIDENCE = saved;
    }
  });

  it('a table with feature inputs (f:<id>+ / f:<id>-) also reads each account\'s stated features, averaged like its words (session 27)', () => {
    const base = runDifferential({ ...kb, wordLayer: undefined }, two);
    const f0 = base.features.find((f) => f.report === 0 && f.present)!;
    expect(f0).toBeDefined();
    const rows: Record<string, Record<string, number>> = { [`f:${f0.id}+`]: { incendiary: 2 }, [`f:${f0.id}-`]: { nerve: 5 } };
    const feat = table(rows);
    const withF = { ...feat, features: true };
    const on = runDifferential({ ...kb, wordLayer: withF }, two, { wordEvidence: true });
    const off = runDifferential({ ...kb, wordLayer: withF }, two, { wordEvidence: false });
    const g = (c: string) => on.classes.find((x) => x.id === c)!.probability / off.classes.find((x) => x.id === c)!.probability;
    // account 0 states f0 present (weight 2 for incendiary); the mean over the two equally weighted accounts: 2 if
    // account 1 states it too, else 1
    const both = base.features.some((f) => f.report === 1 && f.id === f0.id && f.present);
    expect(g('incendiary') / g('choking')).toBeCloseTo(Math.exp(both ? 2 : 1), 6);
    expect(g('nerve') / g('choking')).toBeCloseTo(1, 9);
    expect(on.words!.inputs[0]).toEqual({ words: `feature ${f0.id} present`, favours: 'incendiary', weight: expect.closeTo(2 - 2 / 7, 4) });
    // without the flag (a table of words only), the features are not read
    const plain = runDifferential({ ...kb, wordLayer: feat }, two, { wordEvidence: true });
    expect(plain.words).toBeUndefined();
  });

  it('the CLI: --word-evidence adds the words, --no-word-evidence leaves them out, no flag follows the default (session 27)', async () => {
    const text = 'A canister was fired at the marchers; eyes streaming, coughing, a peppery smell.';
    const on = (await runCli(['agents', '--text', text, '--json', '--word-evidence'])).json();
    const off = (await runCli(['agents', '--text', text, '--json', '--no-word-evidence'])).json();
    const none = (await runCli(['agents', '--text', text, '--json'])).json();
    expect(on.words).toMatchObject({ source: expect.stringMatching(/agent-word-layer\.json/), kept: expect.any(Number) });
    expect(off.words).toBeUndefined();
    expect(none.words === undefined).toBe(!kb.wordEvidence);
  });
});
