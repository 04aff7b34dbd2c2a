/**
 * What the engines say about a case: every engine's findings (the list in src/app/engines.ts), the
 * assessment with its key judgments (src/app/assess.ts), the narrative analysis (src/app/narrative.ts), the
 * agent differential and munition compatibility (src/app/agents.ts), and the report exports (JSON, Markdown,
 * HTML, PDF, STIX 2.1). An engine whose module cannot load answers 503 "unavailable", never a crash.
 */
import type { RouteContext } from '../app.js';
import { param } from '../registry.js';
import { loadCase } from '../../app/cases.js';
import { caseFindings } from '../../app/assess.js';
import { Finding, IsoTime } from '../../core/case/schemas.js';
import { isoMs } from '../../core/case/availability.js';
import { z } from 'zod';

/** The timeline's JSON (src/app/timeline.ts Timeline). */
const TimelineOut = z.object({
  case_id: z.string(),
  event_time: z.string(),
  hypotheses: z.array(z.object({ id: z.string(), label: z.string() })),
  points: z.array(z.object({ at: z.string(), items: z.number(), posteriors: z.record(z.string(), z.number()), leading: z.string(), words: z.string(), confidence: z.string() })),
  final_band: z.object({ hypothesis: z.string(), words: z.string(), first_reached: z.string().nullable(), stayed_from: z.string().nullable() }).nullable(),
  milestones: z.array(z.object({ at: z.string(), kind: z.string(), label: z.string(), from: z.string() })),
  notes: z.array(z.string()),
});
import { AssayError, badInput } from '../../core/errors.js';
import { page, pageParams } from '../pagination.js';
import { canonicalJson } from '../../core/canonical-json.js';
import { PdfQueue } from '../pdf-queue.js';
import { AgentsOut, AssessmentOut, NarrativeOut } from '../response-schemas.js';

export const EXPORT_FORMATS = ['json', 'md', 'html', 'pdf', 'stix', 'case'] as const;
const MEDIA: Record<(typeof EXPORT_FORMATS)[number], [string, string]> = {
  json: ['application/json; charset=utf-8', 'assessment.json'],
  md: ['text/markdown; charset=utf-8', 'report.md'],
  html: ['text/html; charset=utf-8', 'report.html'],
  pdf: ['application/pdf', 'report.pdf'],
  stix: ['application/stix+json;version=2.1', 'stix-bundle.json'],
  case: ['application/json; charset=utf-8', 'case.json'],
};

/** Loads an engine's app module; a module that is missing or fails to load is "unavailable" (503). */
async function engine<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof AssayError) throw e;
    throw new AssayError('unavailable', `the ${name} engine is not available on this server: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** one queue per process: Chromium is the scarce resource, whatever the workspace */
export const pdfQueue = new PdfQueue();

export function registerEngineRoutes({ ws, table, busy, reads }: RouteContext): void {
  table.add(
    { method: 'get', path: '/api/cases/:id/findings', role: 'viewer', tag: 'engines', summary: "every engine's findings for the case", paginated: true, response: Finding, query: [{ name: 'engine', description: 'only this engine' }] },
    async (c) => {
      const p = pageParams((k) => c.req.query(k));
      const v = await loadCase(ws, param(c, 'id'));
      const wait = await busy(c, v.case.id);
      if (wait) return wait;
      const engineName = c.req.query('engine');
      let f = await caseFindings(ws, v);
      if (engineName) f = f.filter((x) => x.engine === engineName);
      return c.json({ ...page(f, p), engines: ws.engines.map((x) => x.name) });
    },
  );

  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/assessment',
      role: 'viewer',
      tag: 'engines',
      summary: 'the assessment (docs/assessment.md): hypotheses with posterior and words, leading, confidence, key judgments, the engines findings, sensitivity',
      response: AssessmentOut,
      notAList: 'one assessment: every score depends on the whole matrix; findings are paged at /findings',
      query: [{ name: 'as_of', description: 'assess the case as it stood then (ISO 8601): only records available and ratings made by then' }],
    },
    async (c) => {
      const id = param(c, 'id');
      await loadCase(ws, id);
      const { assessTarget } = await engine('assessment', () => import('../../app/assess.js'));
      const asOfText = c.req.query('as_of');
      if (asOfText !== undefined) {
        const ms = IsoTime.safeParse(asOfText).success ? isoMs(asOfText) : NaN;
        if (Number.isNaN(ms)) throw badInput(`must be an ISO 8601 date or date-time, got "${asOfText}"`, 'as_of');
        return c.json((await assessTarget(ws, id, { asOf: new Date(ms) })).assessment);
      }
      const wait = await busy(c, id);
      if (wait) return wait;
      const r = await reads.analysis('assessment', id, () => assessTarget(ws, id));
      return c.json(r.assessment);
    },
  );

  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/judgment-timeline',
      role: 'viewer',
      tag: 'engines',
      summary: 'judgment over time: the assessment at each moment the evidence changed (posteriors, leader, ICD 203 words, confidence), when the leader first reached and stayed in its final band, and the case milestones (docs/assessment.md)',
      response: TimelineOut,
      notAList: 'one timeline: its points are the moments of one case, each scored on everything known by then',
    },
    async (c) => {
      const id = param(c, 'id');
      await loadCase(ws, id);
      const wait = await busy(c, id);
      if (wait) return wait;
      const { caseTimeline } = await engine('timeline', () => import('../../app/timeline.js'));
      return c.json(await reads.analysis('timeline', id, () => caseTimeline(ws, id)));
    },
  );

  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/narrative',
      role: 'viewer',
      tag: 'engines',
      summary: "the narrative analysis of the case's reports (docs/narrative.md) with each narrative's outlet adoption curve and the baseline's hours-to-k of past events",
      response: NarrativeOut,
      notAList: 'one analysis of all the reports; its narratives are clusters (a few dozen at most), each read with its curve; the reports themselves are paged at /reports',
    },
    async (c) => {
      const id = param(c, 'id');
      await loadCase(ws, id);
      const wait = await busy(c, id);
      if (wait) return wait;
      const nar = await engine('narrative', () => import('../../app/narrative.js'));
      // kept in the store per version of the case's reports (src/app/kept-results.ts): a big case's view is read, not recomputed
      const rep = await reads.analysis('narrative', id, async () => (await import('../../app/kept-results.js')).keptCaseNarrative(ws, id));
      const out = nar.contractJson(rep) as Record<string, any>;
      const curves = rep.detail.narratives.map((d) => ({
        id: d.id,
        curve: [...d.outlets].sort((a, b) => a.hours - b.hours).map((o, k) => ({ hours: o.hours, outlets: k + 1, outlet: o.name, affiliation: o.affiliation })),
      }));
      out.narratives = (out.narratives as { id: string }[]).map((n) => ({ ...n, curve: curves.find((x) => x.id === n.id)?.curve ?? [] }));
      try {
        const table = nar.loadBaselines(ws.knowledge);
        // the same past events the comparison counted (baseline.events), so the view's band and text agree
        const { usable } = nar.usableEvents(table, rep.event_time);
        const past_events = usable.map((e: { id: string; hours_to_k: number | null }) => ({ id: e.id, hours_to_k: e.hours_to_k }));
        const hours = past_events.map((e: { hours_to_k: number | null }) => e.hours_to_k).filter((h: number | null): h is number => h !== null);
        out.baseline = { ...out.baseline, k: table.outlets_k, past_hours_to_k: hours, past_events, left_out: table.events.length - usable.length, focal_narrative: rep.baseline.focal_narrative };
      } catch {
        /* no baseline table: the contract's baseline stands */
      }
      return c.json(out);
    },
  );

  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/agents',
      role: 'viewer',
      tag: 'engines',
      summary: "the agent differential over the case's testimonies (docs/agent-differential.md) and the munition compatibility of its munition observations",
      response: AgentsOut,
      notAList: 'one differential over all testimonies (agents and features are bounded by the knowledge base)',
    },
    async (c) => {
      const v = await loadCase(ws, param(c, 'id'));
      const ag = await engine('agent differential', () => import('../../app/agents.js'));
      const accounts = v.testimonies.map((t) => ({ id: t.id, text: t.text, role: t.role, ...(t.reliability !== undefined ? { reliability: t.reliability } : {}), ...(t.credibility !== undefined ? { credibility: t.credibility } : {}), ...(t.features ? { features: t.features } : {}) }));
      const kb = ag.loadAgentKb(ws.knowledge);
      const differential = accounts.length ? ag.differential(accounts, {}, kb) : null;
      let munitions: unknown = null;
      if (v.munitions.length) {
        const mkb = ag.loadMunitionKb(ws.knowledge);
        const known = new Set(mkb.deliveries.map((d: { id: string }) => d.id));
        munitions = ag.munitionCompatibility({
          munitions: v.munitions.map((o) => ({
            id: o.id,
            description: o.description,
            delivery: o.delivery && known.has(o.delivery) ? o.delivery : undefined,
            calibre_mm: o.calibre_mm,
            burster: o.burster,
            fill_container: o.fill_container,
            reliability: o.reliability,
          })),
          casualties: v.case.casualties,
        }, mkb);
      }
      const labels = {
        features: Object.fromEntries(kb.features.map((f: { id: string; label: string }) => [f.id, f.label])),
        agents: Object.fromEntries(kb.agents.map((a: { id: string; label: string }) => [a.id, a.label])),
        classes: Object.fromEntries(kb.classes.map((k: { id: string; label: string }) => [k.id, k.label])),
      };
      return c.json({ ...(differential ?? { agents: [], classes: [], determination: null, features: [], contributions: [] }), munitions, labels });
    },
  );

  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/export',
      role: 'viewer',
      tag: 'reports',
      summary: 'the report: json (the assessment), md, html, pdf (through Chromium), stix (STIX 2.1 bundle), or case (the whole case as stored)',
      query: [{ name: 'format', description: 'export format', enum: [...EXPORT_FORMATS] }],
      produces: [...new Set(Object.values(MEDIA).map((m) => m[0]))],
    },
    async (c) => {
      const id = param(c, 'id');
      const format = (c.req.query('format') ?? 'json') as (typeof EXPORT_FORMATS)[number];
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw badInput(`unknown format "${format}"; one of ${EXPORT_FORMATS.join(', ')}`, 'format');
      const v = await loadCase(ws, id);
      const [type, suffix] = MEDIA[format];
      const headers = { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${id}-${suffix}"`, 'X-Content-Type-Options': 'nosniff' };
      if (format === 'case') return new Response(canonicalJson(v), { headers });
      const wait = await busy(c, id);
      if (wait) return wait;
      const as = await engine('assessment', () => import('../../app/assess.js'));
      const render = async () => as.renderAssessment(ws, await reads.analysis('assessment', id, () => as.assessTarget(ws, id)), format);
      // PDF: Chromium one at a time, the bytes reused per case and version for a few minutes (pdf-queue.ts)
      const body = format === 'pdf' ? await pdfQueue.get(`${ws.dir}\u0000${id}\u0000${await reads.caseVersion(id)}`, async () => new Uint8Array((await render()) as Buffer)) : await render();
      return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers });
    },
  );
}

