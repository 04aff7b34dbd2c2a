/**
 * End to end: the Aleppo 2018 example bundle assessed without importing it, the same case assessed by id after
 * import, analyst overrides of analyst and engine cells with their history, every export format (STIX
 * validated), the CLI contract of `assay hypotheses score`, and the PDF (checked with pdftotext).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openWorkspace, type Workspace } from '../src/app/workspace.js';
import { importBundle } from '../src/app/cases.js';
import { examplesDir } from '../src/app/paths.js';
import { ENGINES, type Engine } from '../src/app/engines.js';
import { caseHistory } from '../src/app/custody.js';
import { assessTarget, renderAssessment, stixOf } from '../src/app/assess.js';
import { ratingHistory, setRating } from '../src/app/ratings.js';
import { AssayError } from '../src/core/errors.js';
import { danglingRefs } from '../src/core/stix/stix-bundle.js';
import { hasLikelihoodTerm } from '../src/core/estimative-language.js';
import { htmlToPdf, CHROMIUM_PATH } from '../src/adapters/pdf/chromium-pdf.js';
import { htmlReport } from '../src/core/report/html-report.js';
import { mdEsc } from '../src/core/report/markdown-report.js';
import { main } from '../src/cli/main.js';
import { haveSchemas, validateStix } from './golden/stix-validate.js';
import { FINDINGS, fixtureAssessment } from './golden/fixtures.js';

const aleppo = path.join(examplesDir, 'aleppo-2018-11-24');
const haveAleppo = fs.existsSync(path.join(aleppo, 'case.yaml'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-assess-'));

// a stand-in engine, so engine cells and their overrides are exercised whatever engines are listed
const testEngine: Engine = { name: 'test-engine', reads: [], findings: async () => ({ findings: [{ ...FINDINGS[0], engine: 'test-engine' }] }) };

let ws: Workspace;
beforeAll(async () => {
  ws = await openWorkspace({ db: path.join(tmp, 'ws.db'), workspaceDir: path.join(tmp, '.assay'), engines: [...ENGINES, testEngine] });
});
afterAll(async () => {
  await ws.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!haveAleppo)('Aleppo 24 Nov 2018 (examples/aleppo-2018-11-24)', () => {
  it('assesses the bundle folder without importing it, with a reasoned assessment', async () => {
    const r = await assessTarget(ws, aleppo);
    const a = r.assessment;
    expect(await ws.store.listCases()).toHaveLength(0);
    expect(r.view.reports.total).toBeGreaterThan(0);
    expect(a.hypotheses.map((h) => h.id)).toContain(a.leading);
    const sum = a.hypotheses.reduce((s, h) => s + h.posterior, 0);
    expect(sum).toBeCloseTo(1, 12);
    for (const h of a.hypotheses) expect(h.words).toMatch(/\(\d+-\d+%\)$/);
    expect(['high', 'moderate', 'low']).toContain(a.confidence);
    expect(a.confidence_reasons.length).toBeGreaterThanOrEqual(4);
    // key judgments: the leader first, every hypothesis, method comparison, sensitivity, priors, confidence
    expect(a.key_judgments[0].hypothesis).toBe(a.leading);
    expect(new Set(a.key_judgments.filter((k) => k.hypothesis).map((k) => k.hypothesis))).toEqual(new Set(a.hypotheses.map((h) => h.id)));
    const ids = new Set(a.evidence.map((e) => e.id));
    for (const k of a.key_judgments) for (const e of k.evidence) expect(ids.has(e)).toBe(true);
    expect(a.key_judgments[0].evidence.length).toBeGreaterThan(0);
    // confidence never shares a sentence with a likelihood word (ICD 203)
    const conf = a.key_judgments.find((k) => k.kind === 'confidence')!;
    for (const sentence of conf.text.split(/(?<=\.)\s+/)) expect(hasLikelihoodTerm(sentence), sentence).toBe(false);
    // the test engine's finding is a row, mapped through Hypothesis.agent
    const row = a.evidence.find((e) => e.id === 'test-engine:signs-and-odour-fit-chlorine')!;
    expect(row.ratings['h-opposition-chlorine']).toBe('CC'); // chlorine: the finding's best value
    expect(row.ratings['h-staged-no-chemical']).toBe('II'); // none: .02/.5 of the best
    expect(row.ratings['h-other-unknown']).toBe('N'); // unknown: the finding's mean
  });

  it('gives the same numbers for the imported case id as for the folder', async () => {
    const byDir = (await assessTarget(ws, aleppo)).assessment;
    await importBundle(ws, aleppo);
    const byId = (await assessTarget(ws, 'aleppo-2018-11-24')).assessment;
    expect(byId.hypotheses.map((h) => h.posterior)).toEqual(byDir.hypotheses.map((h) => h.posterior));
    expect(byId.key_judgments).toEqual(byDir.key_judgments);
    // engines that read reports through ws.store see the bundle's reports too
    expect(byDir.findings).toEqual(byId.findings);
  });

  it('an analyst override wins over an engine cell and is logged with who, when, why, old and new value', async () => {
    const item = 'test-engine:signs-and-odour-fit-chlorine';
    const ch = await setRating(ws, 'aleppo-2018-11-24', item, 'h-opposition-chlorine', 'I', { actor: 'analyst-1', why: 'odour not described as chlorine by any witness' });
    expect(ch).toMatchObject({ cell: 'engine', old_rating: 'CC', new_rating: 'I', by: 'analyst-1', seq: 1 });
    const a = (await assessTarget(ws, 'aleppo-2018-11-24')).assessment;
    const row = a.evidence.find((e) => e.id === item)!;
    expect(row.ratings['h-opposition-chlorine']).toBe('I');
    expect(row.overridden).toEqual(['h-opposition-chlorine']);
    expect(a.overrides).toMatchObject([{ item_id: item, rating: 'I', previous: 'CC', actor: 'analyst-1' }]);
    // clearing returns the cell to the engine
    await setRating(ws, 'aleppo-2018-11-24', item, 'h-opposition-chlorine', null, { actor: 'analyst-1', why: 'revert' });
    const b = (await assessTarget(ws, 'aleppo-2018-11-24')).assessment;
    expect(b.evidence.find((e) => e.id === item)!.ratings['h-opposition-chlorine']).toBe('CC');
    const log = (await caseHistory(ws, 'aleppo-2018-11-24')).filter((h) => h.entry.type === 'rating-changed').map((h) => h.entry);
    expect(log.map((e) => [e.item_id, e.old, e.new, e.actor])).toEqual([
      [item, 'CC', 'I', 'analyst-1'],
      [item, 'I', null, 'analyst-1'],
    ]);
    const hist = await ratingHistory(ws, 'aleppo-2018-11-24', item);
    expect(hist.map((h) => [h.seq, h.old_rating, h.new_rating])).toEqual([
      [1, 'CC', 'I'],
      [2, 'I', null],
    ]);
  });

  it('an analyst item rating is rewritten in the record and kept in the history', async () => {
    const ch = await setRating(ws, 'aleppo-2018-11-24', 'e-delayed-onset', 'h-opposition-chlorine', 'N', { actor: 'analyst-2', why: 'relayed by one outlet only' });
    expect(ch).toMatchObject({ cell: 'analyst', old_rating: 'C', new_rating: 'N' });
    const a = (await assessTarget(ws, 'aleppo-2018-11-24')).assessment;
    expect(a.evidence.find((e) => e.id === 'e-delayed-onset')!.ratings['h-opposition-chlorine']).toBe('N');
  });

  it('clearing an analyst cell reverts it to the bundle rating (not deleting it), logged like any change', async () => {
    const c = 'aleppo-2018-11-24';
    await setRating(ws, c, 'e-delayed-onset', 'h-opposition-chlorine', 'II', { actor: 'analyst-2', why: 'second thoughts' });
    const cl = await setRating(ws, c, 'e-delayed-onset', 'h-opposition-chlorine', null, { actor: 'analyst-3', why: 'back to the bundle' });
    expect(cl).toMatchObject({ cell: 'analyst', old_rating: 'II', new_rating: 'C', reverted_to: 'bundle', by: 'analyst-3' });
    const a = (await assessTarget(ws, c)).assessment;
    expect(a.evidence.find((e) => e.id === 'e-delayed-onset')!.ratings['h-opposition-chlorine']).toBe('C');
    expect(a.warnings.join('\n')).not.toMatch(/e-delayed-onset has no rating/);
    const hist = await ratingHistory(ws, c, 'e-delayed-onset', 'h-opposition-chlorine');
    expect(hist.map((h) => [h.old_rating, h.new_rating, h.by])).toEqual([
      ['C', 'N', 'analyst-2'],
      ['N', 'II', 'analyst-2'],
      ['II', 'C', 'analyst-3'],
    ]);
    const log = (await caseHistory(ws, c)).filter((h) => h.entry.type === 'rating-changed' && h.entry.item_id === 'e-delayed-onset').map((h) => h.entry);
    expect(log.at(-1)).toMatchObject({ old: 'II', new: 'C', actor: 'analyst-3', reverted_to: 'bundle' });
    // clearing again is a logged no-op on the bundle rating
    const again = await setRating(ws, c, 'e-delayed-onset', 'h-opposition-chlorine', null, { actor: 'analyst-3', why: 'again' });
    expect(again).toMatchObject({ old_rating: 'C', new_rating: 'C' });
  });

  it('rejects bad ratings, unknown items and a missing reason', async () => {
    const err = async (p: Promise<unknown>) => p.then(() => null, (e) => e as AssayError);
    expect((await err(setRating(ws, 'aleppo-2018-11-24', 'e-delayed-onset', 'h-opposition-chlorine', 'XX', { actor: 'a', why: 'w' })))?.code).toBe('bad_input');
    expect((await err(setRating(ws, 'aleppo-2018-11-24', 'nope', 'h-opposition-chlorine', 'C', { actor: 'a', why: 'w' })))?.code).toBe('not_found');
    expect((await err(setRating(ws, 'aleppo-2018-11-24', 'e-delayed-onset', 'h-nope', 'C', { actor: 'a', why: 'w' })))?.code).toBe('not_found');
    expect((await err(setRating(ws, 'aleppo-2018-11-24', 'e-delayed-onset', 'h-opposition-chlorine', 'C', { actor: 'a', why: ' ' })))?.code).toBe('bad_input');
  });

  it.skipIf(!haveSchemas)('exports a valid STIX bundle, Markdown and HTML', async () => {
    const r = await assessTarget(ws, aleppo);
    const b = stixOf(r, new Date('2026-11-25T09:00:00.000Z'));
    expect(validateStix(b)).toEqual([]);
    expect(danglingRefs(b)).toEqual([]);
    expect(b.objects.filter((o) => o.type === 'sighting').length).toBeGreaterThan(3);
    const md = (await renderAssessment(ws, r, 'md')) as string;
    // the brief's bottom line first; the computed judgment (escaped) in the auditors' appendix
    expect(md).toContain(r.assessment.brief!.bottom_line.slice(0, 60));
    expect(md.slice(md.indexOf('## Appendix for auditors'))).toContain(mdEsc(r.assessment.key_judgments[0].text));
    const html = (await renderAssessment(ws, r, 'html')) as string;
    expect(html.match(/<svg /g)?.length).toBe(4); // posterior, inconsistency, the narrative engine's convergence chart, judgment over time
    expect(html).toContain('Narrative convergence');
  });
});

describe('assay hypotheses score FILE (CLI contract)', () => {
  const out = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((c) => String(c[0])).join('');
  it('prints the contract JSON', async () => {
    const file = path.join(tmp, 'm.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        hypotheses: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B', prior: 0.6 }],
        evidence: [
          { id: 'x', label: 'X', credibility: 'high', relevance: 'low', reliability: 0.9, source_group: 'g', ratings: { a: 'C', b: 'II' } },
          { id: 'y', label: 'Y', ratings: { a: 'I', b: 'NA' } },
        ],
        likelihoods: { C: 0.7 },
      }),
    );
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await main(['node', 'assay', '--db', path.join(tmp, 'cli.db'), 'hypotheses', 'score', file, '--json']);
    const printed = out(spy);
    spy.mockRestore();
    expect(code).toBe(0);
    const r = JSON.parse(printed);
    expect(Object.keys(r.hypotheses[0])).toEqual(expect.arrayContaining(['id', 'inconsistency', 'weighted_inconsistency', 'posterior', 'words']));
    expect(Object.keys(r.evidence[0])).toEqual(expect.arrayContaining(['id', 'diagnosticity', 'pivotal']));
    // a: prior 1 - .6 = .4, L_x = .9*.7+.05 = .68, L_y = .2 ; b: prior .6, L_x = .9*.05+.05 = .095, L_y = .5
    const pa = 0.4 * 0.68 * 0.2;
    const pb = 0.6 * 0.095 * 0.5;
    expect(r.hypotheses[0].posterior).toBeCloseTo(pa / (pa + pb), 12);
    expect(r.leading).toBe('a');
    expect(r.hypotheses[1].inconsistency).toBe(2);
    expect(r.hypotheses[1].weighted_inconsistency).toBeCloseTo(2, 12);
    expect(['high', 'moderate', 'low']).toContain(r.confidence);
  });
  it('assess: an unknown case or format, or a PDF without --out, is bad input (exit 2)', async () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const db = path.join(tmp, 'cli.db');
    const codes = [
      await main(['node', 'assay', '--db', db, 'assess', 'no-such-case']),
      await main(['node', 'assay', '--db', db, 'assess', 'no-such-case', '--format', 'xml']),
      await main(['node', 'assay', '--db', db, 'assess', 'no-such-case', '--format', 'pdf']),
    ];
    const printed = out(spy);
    spy.mockRestore();
    expect(codes).toEqual([2, 2, 2]);
    // an unknown case id names the case, or the missing workspace; either way no database is created as a side effect
    expect(printed).toMatch(/no case "no-such-case"|no workspace database/);
    expect(fs.existsSync(db)).toBe(false);
    expect(printed).toContain('--format: must be one of json, md, html, pdf, stix');
    expect(printed).toContain('--out: a PDF needs --out FILE');
  });
  it('a truncated .json matrix gets a JSON message with line:column, printed once', async () => {
    const file = path.join(tmp, 'trunc.json');
    fs.writeFileSync(file, '{"hypotheses":[{"id":"a","label":"A"}],\n "evidence":[{"id":"e1","label":"x","ratings":{"a":"C"\n');
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['node', 'assay', 'hypotheses', 'score', file]);
    const printed = out(spy);
    spy.mockRestore();
    expect(code).toBe(2);
    expect(printed).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:1: not valid JSON`));
    expect(printed).not.toMatch(/Flow map|indented/);
    expect(printed.trim().split('\n')).toHaveLength(1);
  });
  it('names file, line and field on bad input, exit 2', async () => {
    const file = path.join(tmp, 'bad.yaml');
    fs.writeFileSync(file, 'hypotheses:\n  - id: a\n    label: A\nevidence:\n  - id: x\n    label: X\n    ratings: { a: maybe }\n');
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['node', 'assay', '--db', path.join(tmp, 'cli.db'), 'hypotheses', 'score', file]);
    const printed = out(spy);
    spy.mockRestore();
    expect(code).toBe(2);
    expect(printed).toContain(`${file}:7: evidence.0.ratings.a`);
    expect(printed).not.toMatch(/\n\s+at /);
  });
});

const canPdf = fs.existsSync(CHROMIUM_PATH) && (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!canPdf)('PDF through Chromium', () => {
  it('opens and holds the key judgments (pdftotext)', async () => {
    const { bundle, assessment } = await fixtureAssessment();
    const pdf = await htmlToPdf(htmlReport({ assessment, case: bundle.case }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(tmp, 'a.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Key judgments');
    for (const k of assessment.key_judgments.slice(0, 3)) expect(text).toContain(k.text.slice(0, 60).replace(/\s+/g, ' '));
  }, 60_000);
});
