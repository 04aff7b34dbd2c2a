/**
 * The report an analyst sends (docs/assessment.md "The report an analyst sends") and the consequences timeline
 * ("Consequences"): bottom line first, key judgments without internal ids and with [n] references that resolve
 * to URLs, every user string escaped, consequences in the CLI contract, the HTML report and STIX.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openWorkspace, type Workspace } from '../src/app/workspace.js';
import { exportCase, importBundle } from '../src/app/cases.js';
import { examplesDir } from '../src/app/paths.js';
import { assessTarget, renderAssessment, stixOf } from '../src/app/assess.js';
import { caseConsequences } from '../src/app/consequences.js';
import { markdownReport } from '../src/core/report/markdown-report.js';
import { htmlReport } from '../src/core/report/html-report.js';
import { buildBrief } from '../src/core/report/brief.js';
import { briefText } from '../src/core/report/brief-text.js';
import { CHROMIUM_PATH } from '../src/adapters/pdf/chromium-pdf.js';
import { danglingRefs } from '../src/core/stix/stix-bundle.js';
import { main } from '../src/cli/main.js';
import { haveSchemas, validateStix } from './golden/stix-validate.js';
import { fixtureAssessment } from './golden/fixtures.js';
import { tempDir } from './helpers/workspaces.js';

const aleppo = path.join(examplesDir, 'aleppo-2018-11-24');
const douma = path.join(examplesDir, 'douma-2018-04-07');
let tmp: string;
let ws: Workspace;
beforeAll(async () => {
  tmp = tempDir('assay-brief-');
  ws = await openWorkspace({ db: path.join(tmp, 'ws.db'), workspaceDir: path.join(tmp, '.assay') });
});
afterAll(async () => {
  await ws.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The text of a Markdown section: from its heading to the next heading of the same level. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const rest = md.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('the Aleppo report a decision-maker reads', async () => {
  const r = await assessTarget(await openWorkspace({ db: ':memory:' }), aleppo);
  const md = markdownReport({ assessment: r.assessment, case: r.view.case });
  const ids = [...r.assessment.evidence.map((e) => e.id), ...r.assessment.hypotheses.map((h) => h.id), ...r.view.testimonies.map((t) => t.id)];

  it('opens with the title block and a Bottom line of two or three sentences with an ICD 203 word and range, and confidence', () => {
    const firstSection = md.match(/\n## (.+)\n/)![1];
    expect(firstSection).toBe('Bottom line');
    expect(md).toMatch(/\*\*Incident:\*\* 24 November 2018/);
    expect(md).toMatch(/\*\*Version:\*\* assay-ach-bayes\/1, [0-9a-f]{8}/);
    const bl = section(md, 'Bottom line').trim();
    expect(bl).toMatch(/\b(likely|unlikely|roughly even chance|almost certain|almost no chance) \(\d+-\d+%\)/);
    expect(bl).toMatch(/(High|Moderate|Low) confidence: /);
    const sentences = bl.replace(/\[\d+\]/g, '').split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.trim());
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });

  it('key judgments hold no internal id, and each carries a [n] that resolves to a URL in Sources', () => {
    const kj = section(md, 'Key judgments');
    for (const id of ids) expect(kj, id).not.toContain(id);
    expect(kj).not.toMatch(/`/);
    const sources = section(md, 'Sources');
    const urlOf = new Map([...sources.matchAll(/^(\d+)\. .*?<(https?:\/\/[^>]+)>/gm)].map((m) => [Number(m[1]), m[2]]));
    const paras = kj.split(/\n\d+\. /).slice(1);
    expect(paras.length).toBeGreaterThanOrEqual(3);
    for (const p of paras) {
      const refs = [...p.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      expect(refs.length, p.slice(0, 80)).toBeGreaterThan(0);
      for (const n of refs) expect(urlOf.has(n) || /^\d+\. OPCW/m.test(sources), `[${n}]`).toBe(true);
      expect(refs.some((n) => urlOf.has(n)), p.slice(0, 80)).toBe(true);
    }
  });

  it('lists at least 15 distinct source URLs, each numbered once, with titles from the bundle where it gives them', () => {
    const sources = section(md, 'Sources');
    const urls = new Set([...sources.matchAll(/<(https?:\/\/[^>]+)>/g)].map((m) => m[1]));
    expect(urls.size).toBeGreaterThanOrEqual(15);
    expect(sources).toContain('Open Source Survey of the Alleged November 24 2018 Chemical Attack in Aleppo. Bellingcat');
    // the OPCW symbol resolves to its document's URL
    expect(sources).toMatch(/Report of the OPCW Fact-Finding Mission .* <https:\/\/reliefweb\.int\/report\/syrian-arab-republic\/note-technical-secretariat-report-opcw-fact-finding-mission-syria-3>/);
    const b = r.assessment.brief!;
    expect(b.sources.map((s) => s.n)).toEqual(b.sources.map((_, i) => i + 1));
  });

  it('what would change the judgment is in words (no ids), and internal ids appear only in the appendix', () => {
    const wwc = section(md, 'What would change the judgment');
    expect(wwc.length).toBeGreaterThan(50);
    for (const id of ids) expect(wwc).not.toContain(id);
    const appendix = md.slice(md.indexOf('## Appendix for auditors'));
    expect(appendix).toContain('`e-opcw-not-established`');
    expect(md.slice(0, md.indexOf('## Appendix for auditors'))).not.toContain('`e-opcw-not-established`');
  });

  it('the assessment JSON carries the same bottom line, judgments, sources and consequences for the workbench', () => {
    const b = r.assessment.brief!;
    expect(section(md, 'Bottom line')).toContain(b.bottom_line.slice(0, 40));
    expect(b.judgments.every((j) => j.refs.length > 0)).toBe(true);
    expect(b.consequences.map((c) => c.id)).toContain('ru-strikes-dmz');
  });

  it('the HTML report has the same sections, links every [n] to its source, and shows the consequences timeline', () => {
    const html = htmlReport({ assessment: r.assessment, case: r.view.case });
    expect(html.indexOf('id="bottom-line"')).toBeLessThan(html.indexOf('id="key-judgments"'));
    const anchors = new Set([...html.matchAll(/id="source-(\d+)"/g)].map((m) => m[1]));
    for (const m of html.matchAll(/href="#source-(\d+)"/g)) expect(anchors.has(m[1])).toBe(true);
    for (const c of r.assessment.brief!.consequences) expect(html).toContain(`id="consequence-${c.id}"`);
    expect(html).not.toMatch(/<script/);
  });
});

/**
 * Internal ids stay in the auditors' appendix: the text a reader sees first (the CLI's text output, the Markdown
 * and the HTML before the appendix) holds no record, item or hypothesis id, no engine row id and none of the
 * engine's internal wording, for every bundled case.
 */
describe('no internal id outside the appendix, in every bundled case and format', async () => {
  const cases = fs.readdirSync(examplesDir).filter((d) => fs.existsSync(path.join(examplesDir, d, 'case.yaml')));
  const mem = await openWorkspace({ db: ':memory:' });
  const ID_LIKE = [
    /\b[eh]-[a-z0-9]+(?:-[a-z0-9]+)+\b/, // analyst item and hypothesis ids (e-..., h-...)
    /\b[a-z]+(?:-[a-z]+)*:[a-z0-9]+(?:-[a-z0-9]+){2,}/, // engine row ids (agent-differential:agent-differential-...)
    /\bkj-\d+\b/,
    /row mean|shown converted|\(an override\)|~(?:CC|II|C|N|I)\b/, // the engine cells' internal wording
    /\bsource_group\b|\bderived_from\b|\blikelihood ratio \d/,
  ];
  const strip = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const dir of cases) {
    const r = await assessTarget(mem, path.join(examplesDir, dir));
    const a = r.assessment;
    const ids = [
      ...a.evidence.map((e) => e.id),
      ...a.hypotheses.map((h) => h.id),
      ...r.view.testimonies.map((t) => t.id),
      ...r.view.munitions.map((m) => m.id),
      ...r.view.samples.map((x) => x.id),
      ...(r.view.consequences ?? []).map((x) => x.id),
    ].filter((id) => id.includes('-'));
    const md = markdownReport({ assessment: a, case: r.view.case });
    const html = htmlReport({ assessment: a, case: r.view.case });
    const outputs: [string, string][] = [
      ['text', briefText(a, r.view.case, a.brief!)],
      ['md', md.slice(0, md.indexOf('\n## Appendix for auditors'))],
      ['html', strip(html.slice(0, html.indexOf('id="appendix"')))],
    ];
    it(`${dir}: text, md and html before the appendix`, () => {
      expect(md.indexOf('\n## Appendix for auditors')).toBeGreaterThan(0);
      expect(html.indexOf('id="appendix"')).toBeGreaterThan(0);
      for (const [fmt, text] of outputs) {
        expect(text.length, fmt).toBeGreaterThan(1000);
        for (const id of ids) expect(text.includes(id), `${fmt} holds ${id}`).toBe(false);
        for (const re of ID_LIKE) expect(text.match(re)?.[0], `${fmt} matches ${re}`).toBeUndefined();
      }
      // the key judgments each carry a reference, in the text output too
      expect(a.brief!.judgments.every((j) => /\[\d+\]/.test(j.text))).toBe(true);
    });
  }
});

describe('escaping every user-supplied string', async () => {
  const { bundle, assessment } = await fixtureAssessment();
  const evil = '<script>alert(1)</script> *bold* [x](javascript:alert(1)) | pipe `tick`';
  const c = { ...bundle.case, title: evil, place: { ...bundle.case.place, name: evil } };
  const a = { ...assessment, title: evil, hypotheses: assessment.hypotheses.map((h, i) => (i === 0 ? { ...h, label: evil } : h)) };
  a.brief = buildBrief(a, c, {
    sources: [{ id: 's', name: evil, kind: 'outlet', affiliation: { type: 'unknown' }, reliability: 'F', aliases: [], citations: [], documents: [{ url: 'https://example.org/a', title: evil }] }],
    matrix: bundle.matrix.map((m, i) => (i === 0 ? { ...m, citations: ['https://example.org/a'] } : m)),
  });
  it('Markdown: no raw HTML, no live link or emphasis from a title', () => {
    const md = markdownReport({ assessment: a, case: c });
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toMatch(/[^\\]\[x\]\(javascript/);
    expect(md).toContain('\\*bold\\*');
  });
  it('HTML: no script element, the title escaped', () => {
    const html = htmlReport({ assessment: a, case: c });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('consequences (seed row 7)', () => {
  it('`assay consequences <bundle> --json` follows the contract, in time order, the 25 Nov strikes about a day after', async () => {
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let code: number;
    let printed = '';
    let errors = '';
    try {
      code = await main(['node', 'assay', '--db', path.join(tmp, 'ws.db'), 'consequences', aleppo, '--json']);
    } finally {
      printed = spy.mock.calls.map((c) => String(c[0])).join('');
      errors = err.mock.calls.map((c) => String(c[0])).join('');
      spy.mockRestore();
      err.mockRestore();
    }
    expect(code, errors).toBe(0);
    const parsed = JSON.parse(printed) as unknown;
    // a bare array, not the page shape of the other lists
    expect(Array.isArray(parsed)).toBe(true);
    const rows = parsed as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['id', 'at', 'actor', 'action', 'kind', 'cites_incident', 'lag_hours', 'sources']);
      expect(typeof row.cites_incident).toBe('boolean');
      expect(typeof row.lag_hours).toBe('number');
      for (const s of row.sources as Record<string, unknown>[]) {
        expect(Object.keys(s)).toEqual(['title', 'url']);
        expect(String(s.url)).toMatch(/^https?:\/\//);
        expect(String(s.title).length).toBeGreaterThan(0);
      }
    }
    const lags = rows.map((x) => x.lag_hours as number);
    expect(lags).toEqual([...lags].sort((p, q) => p - q));
    const strike = rows.find((x) => x.id === 'ru-strikes-dmz')!;
    expect(strike.kind).toBe('strike');
    expect(String(strike.at).slice(0, 10)).toBe('2018-11-25');
    expect(strike.cites_incident).toBe(true);
    expect(strike.lag_hours).toBeGreaterThan(12);
    expect(strike.lag_hours).toBeLessThan(36);
    const kinds = new Set(rows.map((x) => x.kind));
    for (const k of ['strike', 'statement', 'diplomatic', 'investigation']) expect(kinds.has(k)).toBe(true);
    expect(rows.some((x) => String(x.actor).includes('Turkey'))).toBe(true);
    expect(rows.some((x) => x.id === 'us-state-dept-statement' && String(x.at).startsWith('2018-12-07'))).toBe(true);
  });

  it('Douma holds the U.S./UK/French strikes of 14 April 2018', async () => {
    const rows = await caseConsequences(ws, douma);
    const s = rows.find((x) => x.kind === 'strike')!;
    expect(s.at.slice(0, 10)).toBe('2018-04-14');
    expect(s.actor).toMatch(/United States.*United Kingdom.*France/);
  });

  it('are imported and exported with the bundle, and the stored case gives the same rows', async () => {
    await importBundle(ws, aleppo);
    const byId = await caseConsequences(ws, 'aleppo-2018-11-24');
    expect(byId).toEqual(await caseConsequences(ws, aleppo));
    const out = path.join(tmp, 'export');
    const res = await exportCase(ws, 'aleppo-2018-11-24', out);
    expect(res.files).toContain('consequences.yaml');
    expect(await caseConsequences(ws, out)).toEqual(byId);
  });

  it('a consequence without a source, or of an unknown kind, is refused with file, line and field', async () => {
    const dir = path.join(tmp, 'bad-bundle');
    fs.cpSync(douma, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'consequences.yaml'), 'consequences:\n  - id: x\n    at: 2018-04-14\n    actor: A\n    action: B\n    cites_incident: true\n    kind: revenge\n    sources: []\n');
    await expect(caseConsequences(ws, dir)).rejects.toThrow(/consequences\.yaml:\d+: .*(kind|sources)/);
  });

  it.skipIf(!haveSchemas)('appear in STIX as notes and relationships to the incident, and the bundle still validates', async () => {
    const r = await assessTarget(ws, aleppo);
    const b = stixOf(r, new Date('2026-01-01T00:00:00Z'));
    expect(validateStix(b)).toEqual([]);
    expect(danglingRefs(b)).toEqual([]);
    const incident = b.objects.find((o) => o.type === 'incident')!.id;
    const rels = b.objects.filter((o) => o.type === 'relationship' && o.target_ref === incident);
    expect(rels.length).toBe(r.view.consequences!.length);
    const strike = rels.find((o) => (o.x_assay_consequence as { id: string }).id === 'ru-strikes-dmz')!;
    expect(strike.relationship_type).toBe('responds-to');
    expect(strike.start_time).toBe('2018-11-25T12:11:00.000Z');
  });
});

const canPdf = fs.existsSync(CHROMIUM_PATH) && (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!canPdf)('the PDF', () => {
  it('has a title block, page numbers on every page and no near-blank page', async () => {
    const r = await assessTarget(ws, aleppo);
    const pdf = (await renderAssessment(ws, r, 'pdf')) as Buffer;
    const file = path.join(tmp, 'aleppo.pdf');
    fs.writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(1);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const perPage = text.split('\f').filter((_, i) => i < pages);
    expect(perPage[0]).toMatch(/Bottom line/);
    expect(perPage[0]).toMatch(/Version/);
    perPage.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain(`page ${i + 1} of ${pages}`);
      // a near-blank page holds little beyond its header and footer
      expect(p.replace(/\s+/g, ' ').length, `page ${i + 1} is near-blank`).toBeGreaterThan(400);
    });
  }, 90_000);
});
