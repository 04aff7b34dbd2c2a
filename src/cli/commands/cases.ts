import type { Command } from 'commander';
import { emit, withWorkspace, emitList } from '../context.js';
import { listCases, loadCase } from '../../app/cases.js';
import type { StoredReport } from '../../core/case/schemas.js';

export function registerCases(program: Command): void {
  const cases = program.command('cases').description('list and show cases');
  cases
    .command('list')
    .description('list the cases in the workspace')
    .option('--search <text>', 'only cases whose id or title contains the text')
    .action(async (opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const list = await listCases(ws, opts.search);
        emitList(cmd, list, () =>
          list.length ? list.map((c) => `${c.occurred_at.slice(0, 16).padEnd(17)} ${c.id.padEnd(32)} ${c.title}`).join('\n') : 'no cases (try `assay import examples/aleppo-2018-11-24`)',
        );
      });
    });
  cases
    .command('show')
    .description('show a whole case')
    .argument('<id>', 'case id')
    .option('--reports', 'include every report, not only their count (a case may hold millions)')
    .action(async (id: string, opts: { reports?: boolean }, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const v = await loadCase(ws, id);
        const items: StoredReport[] = [];
        if (opts.reports) for await (const r of ws.store.streamReports(id)) items.push(r);
        const whole = opts.reports ? { ...v, reports: { total: v.reports.total, items } } : v;
        emit(cmd, whole, () => {
          const c = v.case;
          const out = [
            `${c.title}`,
            `  id:       ${c.id}`,
            `  when:     ${c.when.at}${c.when.note ? ` (${c.when.note})` : ''}`,
            `  where:    ${c.place.name}${c.place.lat !== undefined ? ` (${c.place.lat}, ${c.place.lon})` : ''}`,
          ];
          if (c.summary) out.push('', c.summary.trim());
          if (c.claims.length) {
            out.push('', 'claims:');
            for (const cl of c.claims) out.push(`  ${cl.claimed_at.slice(0, 16)}  ${cl.claimant}: ${cl.agent ?? '?'}${cl.perpetrator ? `, by ${cl.perpetrator}` : ''}`);
          }
          if (c.conclusions.length) {
            out.push('', 'conclusions:');
            for (const cl of c.conclusions) out.push(`  ${cl.published_at.slice(0, 10)}  ${cl.by}: ${cl.text}`);
          }
          out.push(
            '',
            `sources ${v.sources.length}, reports ${v.reports.total}, testimonies ${v.testimonies.length}, munitions ${v.munitions.length}, samples ${v.samples.length}, site-control ${v.siteControl.length}, hypotheses ${v.hypotheses.length}, evidence files ${v.evidence.length}`,
          );
          for (const h of v.hypotheses) out.push(`  hypothesis ${h.id}: ${h.label}`);
          if (opts.reports) {
            out.push('', 'reports:');
            for (const r of items) out.push(`  ${r.published_at.slice(0, 16).padEnd(16)}  ${r.outlet}: ${(r.title || r.text).replace(/\s+/g, ' ').slice(0, 100)}`);
          }
          return out.join('\n');
        });
      });
    });
}
