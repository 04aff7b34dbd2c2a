/**
 * The knowledge adapter (docs/architecture.md "Knowledge files"): every file under knowledge/ has a schema and
 * validates; reads are cached until the file changes; a broken file is refused as `file:LINE: field: message`,
 * whether the schema or the engine's own check finds the problem, as a fault of the program (code internal:
 * exit 1, HTTP 500), since a knowledge file is never the user's input.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_FILES, isKnowledgeRefusal, knowledgeDir, knowledgeLabel, knowledgePath, readKnowledge, type KnowledgeName } from '../src/adapters/knowledge/knowledge-files.js';
import { loadAgentKb, loadMunitionKb } from '../src/app/agents.js';
import { custodyWeights } from '../src/app/custody.js';
import { loadBaselines, outletResolver } from '../src/app/narrative.js';
import { exitCodeFor } from '../src/cli/context.js';
import { httpStatusFor } from '../src/http/http-errors.js';
import { AssayError } from '../src/core/errors.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-knowledge-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the knowledge folder with one file edited; returns the edited file's path. */
let n = 0;
function broken(name: KnowledgeName, edit: (text: string) => string): string {
  const dir = path.join(tmp, `k${n++}`);
  fs.cpSync(knowledgeDir, dir, { recursive: true });
  const file = path.join(dir, name);
  const text = fs.readFileSync(file, 'utf8');
  const out = edit(text);
  expect(out).not.toBe(text);
  fs.writeFileSync(file, out);
  return file;
}
const lineOf = (file: string, needle: string) => fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

function refusal(f: () => unknown): AssayError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AssayError);
    return e as AssayError;
  }
  throw new Error('expected a refusal');
}

describe('knowledge files: one adapter', () => {
  it('every file in knowledge/ has a schema and validates; package files are named knowledge/<file>', () => {
    const files = fs.readdirSync(knowledgeDir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
    expect(files).toEqual(Object.keys(KNOWLEDGE_FILES).sort());
    for (const name of files as KnowledgeName[]) expect(readKnowledge(name)).toBeTruthy();
    expect(knowledgeLabel(knowledgePath('agents.yaml'))).toBe('knowledge/agents.yaml');
    expect(readKnowledge('outlets.yaml').outlets.length).toBeGreaterThan(50);
    expect(loadBaselines(packageKnowledge).events.length).toBeGreaterThan(5);
  });

  it('reads once per version of a file: the same object until the file changes', () => {
    expect(readKnowledge('agents.yaml')).toBe(readKnowledge('agents.yaml'));
    expect(loadAgentKb(packageKnowledge)).toBe(loadAgentKb(packageKnowledge));
    expect(custodyWeights(packageKnowledge)).toBe(custodyWeights(packageKnowledge));
    const file = broken('custody-weights.yaml', (t) => t.replace('floor: {value: 0.05,', 'floor: {value: 0.07,'));
    expect(custodyWeights(packageKnowledge, file).weights.floor).toBe(0.07);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('floor: {value: 0.07,', 'floor: {value: 0.075,'));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(custodyWeights(packageKnowledge, file).weights.floor).toBe(0.075);
  });

  it('a schema problem names file, line and field; a fault of the program: exit 1, HTTP 500', () => {
    const file = broken('agents.yaml', (t) => t.replace('leak: {value: 0.01,', 'leak: {value: "lots",'));
    const e = refusal(() => loadAgentKb(packageKnowledge, file));
    expect(e.code).toBe('internal');
    expect(exitCodeFor(e.code)).toBe(1);
    expect(httpStatusFor(e.code)).toBe(500);
    // an assessment stops on it rather than drop the engine (src/app/assess.ts runEngines)
    expect(isKnowledgeRefusal(e)).toBe(true);
    expect(isKnowledgeRefusal(new AssayError('bad_input', 'a bundle problem'))).toBe(false);
    expect(e.path).toBe(`${file}:${lineOf(file, 'leak: {value: "lots"')}: model.leak.value`);
    expect(e.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: model\\.leak\\.value: .*number`));
  });

  it("an engine's own check (an unknown agent class) is named at its line too", () => {
    const file = broken('agents.yaml', (t) => t.replace(/(\n {2}- \{?\s*id: [^\n]*?class: )([a-z-]+)/, '$1no-such-class'));
    const e = refusal(() => loadAgentKb(packageKnowledge, file));
    expect(e.path).toMatch(/agents\.yaml:\d+: agents\.\d+\.class$/);
    const [, line] = /:(\d+): /.exec(e.path!)!;
    expect(fs.readFileSync(file, 'utf8').split('\n')[Number(line) - 1]).toContain('no-such-class');
    expect(e.bare).toMatch(/unknown class "no-such-class"/);
    expect(isKnowledgeRefusal(e)).toBe(true);
  });

  it('a missing custody weight, a YAML syntax error, a broken JSON table and a bad outlet are refused by line', () => {
    const w = broken('custody-weights.yaml', (t) => t.replace(/\n {2}floor: [^\n]*/, ''));
    expect(refusal(() => custodyWeights(packageKnowledge, w)).message).toMatch(new RegExp(`custody-weights\\.yaml:${lineOf(w, 'weights:')}: weights: weight "floor" is missing`));

    const y = broken('munitions.yaml', (t) => t.replace(/\ndeliveries:/, '\ndeliveries: [\n'));
    const ey = refusal(() => loadMunitionKb(packageKnowledge, y));
    expect(ey.code).toBe('internal');
    expect(ey.path).toMatch(/munitions\.yaml:\d+$/);

    const j = broken('narrative-baselines.json', (t) => t.replace('"dirichlet_alpha": 0.5', '"dirichlet_alpha": "half"'));
    expect(refusal(() => loadBaselines(packageKnowledge, j)).path).toBe(`${j}:${lineOf(j, '"dirichlet_alpha"')}: dirichlet_alpha`);
    const j2 = broken('narrative-baselines.json', (t) => t.replace('"dirichlet_alpha": 0.5,', '"dirichlet_alpha": 0.5'));
    expect(refusal(() => loadBaselines(packageKnowledge, j2)).message).toMatch(/narrative-baselines\.json:\d+:\d+: not valid JSON/);

    const o = broken('outlets.yaml', (t) => t.replace(/(- id: sputnik\n[\s\S]*?\n) {4}source: [^\n]*\n/, '$1'));
    expect(refusal(() => outletResolver(packageKnowledge, o)).path).toBe(`${o}:${lineOf(o, '- id: sputnik')}: outlets.1.source`);
  });

  /** The line of a refusal's path (`file:LINE: field`) and the text on it. */
  const at = (e: AssayError, file: string) => {
    expect(e.path!.startsWith(`${file}:`)).toBe(true);
    const line = Number(/:(\d+): /.exec(e.path!.slice(file.length))![1]);
    return { line, text: fs.readFileSync(file, 'utf8').split('\n')[line - 1], field: e.path!.slice(e.path!.indexOf(': ', file.length) + 2) };
  };
  const agentsBeside = (file: string) => path.join(path.dirname(file), 'agents.yaml');

  it('the term files beside the agent KB: an unknown feature, an unknown macro, an HPO term for an unknown feature, each by file, line and field', () => {
    const lay = broken('agent-terms.yaml', (t) => t.replace('\n  lacrimation:\n', '\n  lacrimashun:\n'));
    const e1 = refusal(() => loadAgentKb(packageKnowledge, agentsBeside(lay)));
    expect(e1.code).toBe('internal');
    expect(isKnowledgeRefusal(e1)).toBe(true);
    expect(at(e1, lay)).toEqual({ line: lineOf(lay, '  lacrimashun:'), text: '  lacrimashun:', field: 'features.lacrimashun' });
    expect(e1.bare).toBe('unknown feature "lacrimashun"');

    const macro = broken('agent-terms.yaml', (t) => t.replace("'{SMELL} bleach'", "'{SMEL} bleach'"));
    const e2 = refusal(() => loadAgentKb(packageKnowledge, agentsBeside(macro)));
    const a2 = at(e2, macro);
    expect(a2.line).toBe(lineOf(macro, '{SMEL}'));
    expect(a2.field).toMatch(/^features\.\w+\.en\.\d+$/);
    expect(e2.bare).toBe('unknown macro {SMEL} for en');

    const hpo = broken('hpo-terms.yaml', (t) => t.replace('    feature: lacrimation\n', '    feature: lacrimashun\n'));
    const e3 = refusal(() => loadAgentKb(packageKnowledge, agentsBeside(hpo)));
    expect(at(e3, hpo)).toEqual({ line: lineOf(hpo, 'feature: lacrimashun'), text: '    feature: lacrimashun', field: 'terms.1.feature' });
    expect(e3.bare).toBe('unknown feature "lacrimashun" (HP:0009926)');

    // a schema problem in a term file is named at its line by the adapter as for any knowledge file
    const bad = broken('hpo-terms.yaml', (t) => t.replace('    label: Miosis\n', '    label: [Miosis]\n'));
    const e4 = refusal(() => loadAgentKb(packageKnowledge, agentsBeside(bad)));
    expect(at(e4, bad)).toMatchObject({ line: lineOf(bad, 'label: [Miosis]'), field: 'terms.0.label' });
  });

  it('the outlet registry: a duplicate id and a state-affiliated outlet without its state, each by line and field', () => {
    const dup = broken('outlets.yaml', (t) => t.replace('\n  - id: sputnik\n', '\n  - id: rt\n'));
    const e1 = refusal(() => outletResolver(packageKnowledge, dup));
    expect(e1.code).toBe('internal');
    const second = fs.readFileSync(dup, 'utf8').split('\n').findIndex((l, i, all) => l === '  - id: rt' && all.indexOf(l) < i) + 1;
    expect(at(e1, dup)).toEqual({ line: second, text: '  - id: rt', field: 'outlets.1.id' });
    expect(e1.bare).toBe('duplicate id "rt" (also outlets.0)');

    const state = broken('outlets.yaml', (t) => t.replace('{type: state-affiliated, state: RU, note: "brand of the state agency Rossiya Segodnya"}', '{type: state-affiliated, note: "brand of the state agency Rossiya Segodnya"}'));
    const e2 = refusal(() => outletResolver(packageKnowledge, state));
    const a2 = at(e2, state);
    expect(a2.field).toBe('outlets.1.affiliation');
    expect(a2.text).toContain('affiliation: {type: state-affiliated, note: "brand of the state agency');
    expect(e2.bare).toBe('"sputnik" is state-affiliated: it names its state (affiliation.state)');
  });

  it('an edited term file is read again: the compiled agent KB is kept per version of the three files', () => {
    const lay = broken('agent-terms.yaml', (t) => t.replace("'{SMELL} bleach'", "'{SMEL} bleach'"));
    const kbFile = agentsBeside(lay);
    expect(refusal(() => loadAgentKb(packageKnowledge, kbFile)).bare).toMatch(/unknown macro/);
    fs.writeFileSync(lay, fs.readFileSync(lay, 'utf8').replace("'{SMEL} bleach'", "'{SMELL} bleach'"));
    fs.utimesSync(lay, new Date(), new Date(Date.now() + 5000));
    expect(loadAgentKb(packageKnowledge, kbFile).terms).toBeTruthy();
  });
});
