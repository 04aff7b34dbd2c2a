import fs from 'node:fs';
import type { Command } from 'commander';
import { emit, withWorkspace } from '../context.js';
import { ASSESS_FORMATS, assessTarget, renderAssessment, writeOut, type AssessFormat } from '../../app/assess.js';
import { badInput } from '../../core/errors.js';
import { IsoTime } from '../../core/case/schemas.js';
import { isoMs, utcLabel } from '../../core/case/availability.js';
import { caseTimeline, type Timeline } from '../../app/timeline.js';
import { briefText } from '../../core/report/brief-text.js';
import { buildBrief } from '../../core/report/brief.js';

/** The timeline as text: the moments the leader, its band or the confidence changed, then the summary. */
function timelineText(t: Timeline): string {
  const lines = [`Judgment over time: ${t.case_id} (${t.points.length} moments)`, ''];
  let last = '';
  for (const p of t.points) {
    const k = `${p.leading}|${p.words}|${p.confidence}`;
    if (k === last) continue;
    last = k;
    lines.push(`${utcLabel(Date.parse(p.at)).padEnd(22)} ${String(p.items).padStart(6)} items  ${p.leading}: ${p.words}, confidence ${p.confidence}`);
  }
  if (t.milestones.length) lines.push('', 'Milestones:', ...t.milestones.map((m) => `${utcLabel(Date.parse(m.at)).padEnd(22)} ${m.kind}: ${m.label}`));
  lines.push('', ...t.notes.map((n) => `note: ${n}`));
  return lines.join('\n');
}

/** `--as-of` as a moment: an ISO 8601 date (start of that day, UTC) or date-time. */
function asOfOption(v: string | undefined): Date | undefined {
  if (v === undefined) return undefined;
  const ms = IsoTime.safeParse(v).success ? isoMs(v) : NaN;
  if (Number.isNaN(ms)) throw badInput(`must be an ISO 8601 date or date-time, e.g. 2018-11-25T12:00Z, got "${v}"`, '--as-of');
  return new Date(ms);
}

/** `assay assess <case id or bundle dir> [--format json|md|html|pdf|stix] [--out FILE]`. */
export function registerAssess(program: Command): void {
  program
    .command('assess')
    .description('weigh the competing hypotheses of a case (or a bundle folder, without importing it) and write the assessment')
    .argument('<target>', 'case id, or a case bundle folder')
    .option('--format <format>', `json, md, html, pdf or stix (default: key judgments as text; json under --json)`)
    .option('--out <file>', 'write to this file instead of standard output (required for pdf)')
    .option('--timeline', 'the assessment at each moment the evidence changed, and when the leader reached its final band')
    .option('--as-of <time>', 'assess the case as it stood then: only records available by then and ratings made by then (ISO 8601)')
    .option('--layout <layout>', 'matrix layout in md/html/pdf: hypotheses-as-rows (default) or evidence-as-rows', 'hypotheses-as-rows')
    .action(async (target: string, opts, cmd: Command) => {
      const format = opts.format as AssessFormat | undefined;
      if (format !== undefined && !ASSESS_FORMATS.includes(format)) throw badInput(`must be one of ${ASSESS_FORMATS.join(', ')}`, '--format');
      if (!['hypotheses-as-rows', 'evidence-as-rows'].includes(opts.layout)) throw badInput('must be hypotheses-as-rows or evidence-as-rows', '--layout');
      if (format === 'pdf' && !opts.out) throw badInput('a PDF needs --out FILE', '--out');
      const asOf = asOfOption(opts.asOf);
      if (opts.timeline && (asOf || format || opts.out)) throw badInput('--timeline prints the timeline (text, or --json); it takes no --as-of, --format or --out', '--timeline');
      // a bundle folder is assessed without importing it, so it needs no existing workspace; a case id does
      const bundleDir = fs.existsSync(target) && fs.statSync(target).isDirectory();
      await withWorkspace(cmd, async (ws) => {
        if (opts.timeline) {
          const t = await caseTimeline(ws, target);
          emit(cmd, t, () => timelineText(t));
          return;
        }
        const r = await assessTarget(ws, target, { asOf });
        const a = r.assessment;
        if (format === undefined && !opts.out) {
          // the brief a decision-maker reads, in the report's words; ids and the computation are in --json
          emit(cmd, a, () =>
            [
              briefText(a, r.view.case, a.brief ?? buildBrief(a, r.view.case, r.view)),
              '',
              'Full report: --format md|html|pdf (with the appendix for auditors); the computation: --json.',
              ...(a.warnings.length ? ['', ...a.warnings.map((w) => `warning: ${w}`)] : []),
            ].join('\n'),
          );
          return;
        }
        const out = await renderAssessment(ws, r, format ?? 'json', opts.layout);
        if (opts.out) {
          writeOut(opts.out, out);
          emit(cmd, { written: opts.out, format: format ?? 'json', bytes: Buffer.byteLength(out), leading: a.leading, confidence: a.confidence }, () => `wrote ${opts.out} (${format ?? 'json'})`);
        } else process.stdout.write(out);
      }, { create: bundleDir });
    });
}
