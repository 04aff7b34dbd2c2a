import fs from 'node:fs';
import type { Command } from 'commander';
import path from 'node:path';
import { emit, warn, withWorkspace } from '../context.js';
import { parseDate } from '../../core/ingest/dates.js';
import { analyseCase, analyseFiles, contractJson, loadBaselines, narrativeChart, type NarrativeReport } from '../../app/narrative.js';
import { rebuildBaselines } from '../../app/narrative-baselines.js';
import { parseMapOption } from '../../core/ingest/columns.js';
import { badInput } from '../../core/errors.js';
import type { AnalyseOptions } from '../../core/narrative/narrative-analyser.js';
import { analyseCaseDistributed, analyseFilesDistributed } from '../../app/distributed-narrative.js';
import { loadConfig } from '../../config.js';
import { capabilities } from '../../app/workspace.js';
import { globals } from '../context.js';

/** "90s", "10m", "1h", "14d" -> ms. */
export function parseDuration(v: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)$/.exec(v.trim());
  if (!m) throw badInput(`expected a duration such as 90s, 10m, 1h or 14d, got "${v}"`, flag);
  return Number(m[1]) * { s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

function human(rep: NarrativeReport): string {
  const lines = [`event ${rep.event_time}; ${rep.items} item(s) in the window (${rep.detail.skipped_outside_window} outside, ${rep.detail.skipped_keywords} without a keyword, ${rep.detail.duplicate_ids} duplicate ids)`];
  for (const n of rep.narratives.slice(0, 12)) {
    const h = n.hours_to_outlets;
    lines.push(
      `  ${n.id}: ${n.label}`,
      `    ${n.items} items, ${n.outlets.length} outlets (state-affiliated ${Math.round(n.state_affiliated_share * 100)}%); agent ${n.claims.agent ?? '-'}, munition ${n.claims.munition ?? '-'}`,
      `    first seen ${n.first_seen} (${n.lead_hours} h); 2/5/10 outlets at ${h['2'] ?? '-'}/${h['5'] ?? '-'}/${h['10'] ?? '-'} h; t50 ${n.t50_hours} h, t90 ${n.t90_hours} h`,
      `    outlets: ${n.outlets.slice(0, 10).join(', ')}${n.outlets.length > 10 ? ', ...' : ''}`,
    );
  }
  const c = rep.coordination;
  lines.push(`coordination (window ${rep.detail.coordination_window_seconds} s): ${c.pairs.length} pair(s), ${c.groups.length} group(s)`);
  for (const g of c.groups.slice(0, 10)) lines.push(`  p=${g.p_value}: ${g.members.slice(0, 8).join(', ')}${g.members.length > 8 ? ` (+${g.members.length - 8})` : ''}`);
  lines.push(`baseline: ${rep.baseline.statement}`);
  if (rep.detail.unknown_outlets.length) lines.push(`unknown outlets (kept, flagged): ${rep.detail.unknown_outlets.length}`);
  return lines.join('\n');
}

export function registerNarrative(program: Command): void {
  program
    .command('narrative')
    .description('claim narratives, convergence across outlets, coordination and comparison with past events, from report files or a stored case')
    .argument('[files...]', 'reports files: JSONL, CSV, JSON or RSS/Atom')
    .option('--event-time <iso>', 'the event time; hours are counted from it (a case uses its own)')
    .option('--case <id>', "analyse a stored case's reports instead of files")
    .option('--keywords <a,b>', 'keep only items whose title or text contains one of these (case-insensitive)')
    .option('--window <duration>', 'how long after the event to look', '14d')
    .option('--before <duration>', 'how long before the event to look (pre-scripted stories can lead)', '3d')
    .option('--coord-window <duration>', 'co-publication window for coordination', '1h')
    .option('--min-weight <n>', 'edge weight (distinct shared clusters) for a coordination edge', '2')
    .option('--permutations <n>', 'time-shift null-model permutations per group', '99')
    .option('--actor <account|outlet>', 'coordinate accounts when items have one (default), or outlets', 'account')
    .option('--sensitivity <list>', 'windows for the sensitivity curve, e.g. 1m,10m,1h,1d (shown with --full)')
    .option('--chart <file.svg>', 'write the cumulative-outlets chart as SVG')
    .option('--full', 'add the detail: claim words, duplicate clusters with origin and copies, sensitivity curve, unknown outlets')
    .option('--map <field=column,...>', 'name the columns for report fields')
    .option('--date-order <DMY|MDY>', 'how to read slash dates the file does not settle')
    .option('--format <csv|jsonl|json|feed>', 'file format, when the extension does not say')
    .option('--delimiter <char>', 'CSV delimiter')
    .option('--distributed', 'featurise partitions on `assay worker` processes and merge here (PostgreSQL workspace; JSONL files); same result')
    .option('--queue <url>', 'the work queue for --distributed (default $ASSAY_QUEUE_URL, else nats://127.0.0.1:4222)')
    .addHelpText('after', '\nExamples:\n  assay narrative reports.jsonl --event-time 2018-11-24T19:00:00Z --json\n  assay narrative ../shared/data/euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv --event-time 2017-04-04T03:45:00Z --keywords chemical,sarin,idlib,"khan sh",gas,"white helmets"\n  assay narrative --case aleppo-2018-11-24 --chart aleppo.svg')
    .option('--rebuild', 'with `narrative baselines`: re-derive knowledge/narrative-baselines.json from the listed past events')
    .action(async (files: string[], opts, cmd: Command) => {
      // `assay narrative baselines [--rebuild]`: the baseline table (past events, who carried the story, when)
      if (files[0] === 'baselines' && files.length === 1 && !fs.existsSync('baselines')) {
        const table = opts.rebuild ? (await rebuildBaselines(capabilities)).table : loadBaselines(capabilities.knowledge);
        emit(cmd, table, () =>
          [
            `${table.metric}; bins (days) ${table.bins.join(', ')}, then never within ${table.window_days} days`,
            ...table.events.map(
              (e) =>
                `  ${e.id.padEnd(22)} ${e.status.padEnd(10)} ${String(e.items).padStart(3)} items ${e.coverage_ok ? '' : '(thin) '}focal ${e.focal_narrative ?? '-'}: ${e.focal_outlets.slice(0, 5).join(', ') || '-'}; ${e.days_to_k === null ? `never reached ${table.outlets_k} outlets` : `${table.outlets_k} outlets on day ${e.days_to_k}`} (${e.resolution})`,
            ),
            opts.rebuild ? `written to knowledge/narrative-baselines.json` : '',
          ].join('\n'),
        );
        return;
      }
      const order = opts.dateOrder?.toUpperCase();
      if (order && order !== 'DMY' && order !== 'MDY') throw badInput(`must be DMY or MDY, got "${opts.dateOrder}"`, '--date-order');
      if (opts.format && !['csv', 'jsonl', 'json', 'feed'].includes(opts.format)) throw badInput(`unknown format "${opts.format}"`, '--format');
      if (opts.actor !== 'account' && opts.actor !== 'outlet') throw badInput(`must be account or outlet, got "${opts.actor}"`, '--actor');
      const int = (v: string, flag: string, min: number) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < min) throw badInput(`expected a whole number >= ${min}, got "${v}"`, flag);
        return n;
      };
      // parseDate rejects impossible dates (2017-02-30) that Date.parse silently rolls over
      if (opts.eventTime !== undefined) {
        const d = parseDate(String(opts.eventTime));
        if ('error' in d) throw badInput(`not a date-time: ${d.error}`, '--event-time');
        if (d.zoneAssumed) warn(`--event-time "${opts.eventTime}" has no zone: read as UTC`);
        opts.eventTime = d.iso;
      }
      if (opts.chart) {
        const dir = path.dirname(path.resolve(String(opts.chart)));
        if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw badInput(`the folder ${dir} does not exist`, '--chart');
      }
      const coordWindowMs = parseDuration(opts.coordWindow, '--coord-window');
      if (!(coordWindowMs > 0)) throw badInput(`must be longer than zero, got "${opts.coordWindow}"`, '--coord-window');
      const analyse: Partial<AnalyseOptions> = {
        eventTime: opts.eventTime,
        windowMs: parseDuration(opts.window, '--window'),
        beforeMs: parseDuration(opts.before, '--before'),
        keywords: opts.keywords ? String(opts.keywords).split(',').map((s: string) => s.trim()).filter(Boolean) : [],
        actor: opts.actor === 'outlet' ? 'outlet' : 'account-or-outlet',
        coordination: {
          windowMs: coordWindowMs,
          minWeight: int(opts.minWeight, '--min-weight', 1),
          permutations: int(opts.permutations, '--permutations', 0),
        },
        sensitivityMs: opts.sensitivity
          ? String(opts.sensitivity).split(',').map((s: string) => parseDuration(s, '--sensitivity'))
          : opts.full
            ? ['1m', '10m', '1h', '6h', '1d', '7d'].map((s) => parseDuration(s, '--sensitivity'))
            : [],
      };
      let rep: NarrativeReport;
      if (opts.case) {
        if (files.length) throw badInput('give report files or --case, not both', '--case');
        const dist = { queueUrl: opts.queue, databaseUrl: globals(cmd).databaseUrl ?? loadConfig().databaseUrl, onNotice: (m: string) => warn(m) };
        rep = await withWorkspace(cmd, (ws) => (opts.distributed ? analyseCaseDistributed(ws, opts.case, analyse, dist) : analyseCase(ws, opts.case, analyse)));
      } else {
        if (!files.length) throw badInput('give at least one reports file, or --case ID', 'FILE');
        if (!analyse.eventTime) throw badInput('--event-time is required with report files (e.g. 2018-11-24T19:00:00Z)', '--event-time');
        for (const f of files) if (!fs.existsSync(f)) throw badInput('no such file', f);
        const read = {
          map: parseMapOption(opts.map),
          dateOrder: order,
          format: opts.format,
          delimiter: opts.delimiter === '\\t' ? '\t' : opts.delimiter,
        };
        rep = opts.distributed
          ? await analyseFilesDistributed(capabilities, files, analyse as AnalyseOptions, read, { queueUrl: opts.queue, databaseUrl: globals(cmd).databaseUrl ?? loadConfig().databaseUrl, onNotice: (m) => warn(m) })
          : await analyseFiles(capabilities, files, analyse as AnalyseOptions, read);
      }
      if (opts.chart) fs.writeFileSync(opts.chart, narrativeChart(rep));
      emit(cmd, contractJson(rep, !!opts.full), () => human(rep) + (opts.chart ? `\nchart written to ${opts.chart}` : ''));
    });
}
