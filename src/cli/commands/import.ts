import fs from 'node:fs';
import type { Command } from 'commander';
import { emit, globals, warn, warnAll, withWorkspace } from '../context.js';
import { importBundle, importReports, type ImportResult } from '../../app/cases.js';
import { parseMapOption } from '../../core/ingest/columns.js';
import { badInput } from '../../core/errors.js';
import type { ReadOptions } from '../../ports/readers.js';
import { progressBar } from '../progress.js';
import { recoverCustody } from '../../app/custody.js';
import { importReportsDistributed } from '../../app/distributed-import.js';
import { loadConfig } from '../../config.js';
import { PRECOMPUTE_REPORTS, precomputeCase } from '../../app/precompute.js';

function describe(r: ImportResult): string {
  const lines = [r.dry_run ? `dry run, nothing written: case ${r.case_id} would be ${r.created ? 'created' : 'updated'}` : `case ${r.case_id}: ${r.created ? 'created' : 'already in the workspace'}`];
  for (const [kind, c] of Object.entries(r.records)) {
    if (c.added + c.updated + c.unchanged === 0) continue;
    lines.push(`  ${kind.padEnd(13)} ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged`);
  }
  if (r.reports.read || r.reports.files.length)
    lines.push(`  ${'reports'.padEnd(13)} ${r.reports.added} added, ${r.reports.read - r.reports.added} already present`);
  for (const f of r.reports.files) {
    const formats = Object.entries(f.dateFormats).map(([k, n]) => `${k} x${n}`).join(', ');
    lines.push(`  ${f.file}: ${f.records} record(s), ${f.format}${f.delimiter ? ` "${f.delimiter === '\t' ? '\\t' : f.delimiter}"` : ''}${formats ? `; dates: ${formats}` : ''}`);
  }
  const a = r.available_at;
  if (a && a.given + a.own_date + a.event_time)
    lines.push(
      `  available_at ${a.given} given, ${a.own_date} defaulted from the record's own date` +
        (a.event_time ? `, ${a.event_time} with no date of their own taken as known at the event time (add available_at)` : ''),
    );
  return lines.join('\n');
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import a case bundle folder, or add a reports file (CSV, JSONL, JSON, RSS/Atom) to a case')
    .argument('<path>', 'a bundle folder, or a reports file with --case')
    .option('--case <id>', 'the case a reports file belongs to')
    .option('--map <field=column,...>', 'name the columns for report fields (published_at, outlet, title, text, url, language, account, id, available_at)')
    .option('--date-order <DMY|MDY>', 'how to read slash dates such as 04/05/17 when the file does not settle it')
    .option('--format <csv|jsonl|json|feed>', 'file format, when the extension does not say')
    .option('--delimiter <char>', 'CSV delimiter (sniffed from the header otherwise)')
    .option('--max-text <chars>', 'longest text or title one report may have', '1000000')
    .option('--dry-run', 'read and check everything and say what would change, writing nothing')
    .option('--distributed', 'split a JSONL reports file into chunks for `assay worker` processes (PostgreSQL workspace); still all or nothing')
    .option('--queue <url>', 'the work queue for --distributed (default $ASSAY_QUEUE_URL, else nats://127.0.0.1:4222)')
    .option('--why <text>', 'why these reports are added (kept in the custody log with them)')
    .option('--precompute', `compute and keep the case's assessment and narrative now, whatever its size (done by default from ${PRECOMPUTE_REPORTS.toLocaleString('en')} reports, so the workbench opens a big case at once)`)
    .option('--no-precompute', 'leave them to be computed when the case is first opened, whatever its size')
    .option('--prefer-bundle', "where an analyst changed a record since the bundle's last import and the bundle now differs, take the bundle's value (default: keep the analyst's and report the conflict)")
    .addHelpText('after', '\nExamples:\n  assay import examples/aleppo-2018-11-24\n  assay import tweets.csv --case aleppo-2018-11-24 --map published_at=tweet_time,outlet=user_screen_name')
    .action(async (target: string, opts, cmd: Command) => {
      const g = globals(cmd);
      const order = opts.dateOrder?.toUpperCase();
      if (order && order !== 'DMY' && order !== 'MDY') throw badInput(`must be DMY or MDY, got "${opts.dateOrder}"`, '--date-order');
      if (opts.format && !['csv', 'jsonl', 'json', 'feed'].includes(opts.format)) throw badInput(`unknown format "${opts.format}"`, '--format');
      if (!fs.existsSync(target)) throw badInput('no such file or folder', target);
      const bar = progressBar(opts.dryRun ? 'checking' : 'importing', !g.json && !g.quiet);
      if (opts.dryRun && opts.distributed) throw badInput('--dry-run reads the file here; leave out --distributed', '--dry-run');
      const read: ReadOptions = {
        map: parseMapOption(opts.map),
        dateOrder: order,
        format: opts.format,
        delimiter: opts.delimiter === '\\t' ? '\t' : opts.delimiter,
        onProgress: (done, total) => bar.update(done, total),
        maxTextChars: Number(opts.maxText),
      };
      if (!Number.isInteger(read.maxTextChars) || read.maxTextChars! < 1) throw badInput(`expected a whole number of characters, got "${opts.maxText}"`, '--max-text');
      await withWorkspace(cmd, async (ws) => {
        // say what an earlier, interrupted import or evidence add left behind (and clean partial files)
        for (const n of await recoverCustody(ws)) warn(`recovered: ${n}`);
        let result: ImportResult;
        try {
          if (fs.statSync(target).isDirectory()) {
            if (opts.case) throw badInput('--case is for a reports file; a bundle names its case in case.yaml', '--case');
            if (opts.distributed) throw badInput('--distributed is for a reports file', '--distributed');
            result = await importBundle(ws, target, { ...read, preferBundle: !!opts.preferBundle, dryRun: opts.dryRun });
          } else {
            if (!opts.case) throw badInput('a reports file needs --case <id> (or give a bundle folder)', target);
            result = opts.distributed
              ? await importReportsDistributed(ws, target, opts.case, read, {
                  queueUrl: opts.queue,
                  databaseUrl: g.databaseUrl ?? loadConfig().databaseUrl,
                  onProgress: (done, total) => bar.update(done, total),
                  onNotice: (m) => warn(m),
                })
              : await importReports(ws, target, opts.case, { ...read, dryRun: opts.dryRun, ...(opts.why ? { why: String(opts.why) } : {}) });
          }
        } finally {
          bar.end();
        }
        warnAll(result.warnings);
        // the data changed: compute its analyses once now, not on a reader's first request (docs/scale-out.md "Kept results")
        const big = async () => (await ws.store.countReports(result.case_id)) >= PRECOMPUTE_REPORTS;
        if (!opts.dryRun && (opts.precompute ?? (await big()))) {
          const say = !g.json && !g.quiet;
          if (say) process.stderr.write(`computing the assessment and narrative of ${result.case_id}…\n`);
          try {
            const p = await precomputeCase(ws, result.case_id);
            if (say) process.stderr.write(`computed in ${p.seconds} s${p.kept ? ' and kept: the workbench opens the case without waiting' : ' (not kept: no workspace key at hand; the workbench computes on first open)'}\n`);
          } catch (e) {
            // the import stands; the views say what is wrong with the analysis when opened
            warn(`the case was imported, but its analysis could not be computed now: ${(e as Error).message}`);
          }
        }
        emit(cmd, result, () => describe(result));
      }, { create: true });
    });
}
