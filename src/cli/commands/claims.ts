import fs from 'node:fs';
import type { Command } from 'commander';
import { globals } from '../context.js';
import type { ReportWithLine } from '../../ports/readers.js';
import { capabilities } from '../../app/workspace.js';
import { parseMapOption } from '../../core/ingest/columns.js';
import { badInput } from '../../core/errors.js';
import { claimReader, itemClaims } from '../../app/narrative.js';

/**
 * `assay claims FILE`: how the narrative engine reads each item (docs/narrative.md, "Reading claims"): in file
 * order, {line, id, claims: {agent, blamed, staged, prepared, munition}, voice, phrases}. --json streams one JSON
 * array (a million items never sit in memory).
 */
export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('read each report for its claims: who is blamed, staged or real, a provocation announced, agent, munition, and in whose voice')
    .argument('<file>', 'reports file: JSONL, CSV, JSON or RSS/Atom (the formats of import)')
    .option('--map <field=column,...>', 'name the columns for report fields')
    .option('--date-order <DMY|MDY>', 'how to read slash dates the file does not settle')
    .option('--format <csv|jsonl|json|feed>', 'file format, when the extension does not say')
    .option('--delimiter <char>', 'CSV delimiter')
    .addHelpText('after', '\nExamples:\n  assay claims examples/aleppo-2018-11-24/reports.jsonl\n  assay claims ../shared/data/euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv --json')
    .action(async (file: string, opts, cmd: Command) => {
      if (!fs.existsSync(file)) throw badInput('no such file', file);
      const order = opts.dateOrder?.toUpperCase();
      if (order && order !== 'DMY' && order !== 'MDY') throw badInput(`must be DMY or MDY, got "${opts.dateOrder}"`, '--date-order');
      if (opts.format && !['csv', 'jsonl', 'json', 'feed'].includes(opts.format)) throw badInput(`unknown format "${opts.format}"`, '--format');
      const json = globals(cmd).json;
      const out: string[] = [];
      const flush = (force = false) => {
        if (out.length && (force || out.length >= 512)) {
          process.stdout.write(out.join(''));
          out.length = 0;
        }
      };
      let n = 0;
      const source = capabilities.readers.readReports(file, { map: parseMapOption(opts.map), dateOrder: order, format: opts.format, delimiter: opts.delimiter === '\\t' ? '\t' : opts.delimiter, withLines: true });
      // read the whole file first when printing JSON, so a bad record exits 2 before any output (never half a list)
      const batches: ReportWithLine[][] = [];
      for await (const b of source) batches.push(b);
      const lexicon = claimReader(capabilities.knowledge);
      if (json) out.push('[');
      for (const batch of batches)
        for (const r of batch) {
          const c = itemClaims(r, lexicon);
          const rec = { line: r.line ?? null, id: r.id, ...c };
          if (json) out.push((n ? ',\n' : '\n') + JSON.stringify(rec));
          else {
            const k = c.claims;
            out.push(
              `${String(rec.line ?? '-').padStart(5)} ${r.id.slice(0, 12)}  blamed=${k.blamed ?? '-'} staged=${k.staged ?? '-'} prepared=${k.prepared} agent=${k.agent ?? '-'} munition=${k.munition ?? '-'} voice=${c.voice}` +
                (c.phrases.blamed || c.phrases.staged ? `  [${[...(c.phrases.blamed ?? []), ...(c.phrases.staged ?? [])].join(', ')}]` : '') +
                '\n',
            );
          }
          n++;
          flush();
        }
      if (json) out.push(n ? '\n]\n' : ']\n');
      else out.push(`${n} item(s)\n`);
      flush(true);
    });
}
