import fs from 'node:fs';
import type { Command } from 'commander';
import { emit, withWorkspace } from '../context.js';
import { ASSESS_FORMATS, assessTarget, renderAssessment, writeOut, type AssessFormat } from '../../app/assess.js';
import { badInput } from '../../core/errors.js';
import { IsoTime } from '../../core/case/schemas.js';
import { isoMs } from '../../core/case/availability.js';

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
    .option('--as-of <time>', 'assess the case as it stood then: only records available by then and ratings made by then (ISO 8601)')
    .option('--layout <layout>', 'matrix layout in md/html/pdf: hypotheses-as-rows (default) or evidence-as-rows', 'hypotheses-as-rows')
    .action(async (target: string, opts, cmd: Command) => {
      const format = opts.format as AssessFormat | undefined;
      if (format !== undefined && !ASSESS_FORMATS.includes(format)) throw badInput(`must be one of ${ASSESS_FORMATS.join(', ')}`, '--format');
      if (!['hypotheses-as-rows', 'evidence-as-rows'].includes(opts.layout)) throw badInput('must be hypotheses-as-rows or evidence-as-rows', '--layout');
      if (format === 'pdf' && !opts.out) throw badInput('a PDF needs --out FILE', '--out');
      const asOf = asOfOption(opts.asOf);
      // a bundle folder is assessed without importing it, so it needs no existing workspace; a case id does
      const bundleDir = fs.existsSync(target) && fs.statSync(target).isDirectory();
      await withWorkspace(cmd, async (ws) => {
        const r = await assessTarget(ws, target, { asOf });
        const a = r.assessment;
        if (format === undefined && !opts.out) {
          emit(cmd, a, () =>
            [
              `Assessment: ${r.view.case.title}`,
              ...(a.as_of ? [a.as_of.statement] : []),
              '',
              ...a.key_judgments.map((k, i) => `${i + 1}. ${k.text}${k.evidence.length ? `\n   evidence: ${k.evidence.join(', ')}` : ''}`),
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
