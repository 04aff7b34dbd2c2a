import type { Command } from 'commander';
import { withWorkspace, emitList } from '../context.js';
import { caseConsequences } from '../../app/consequences.js';

/** `assay consequences <case>`: what followed the incident, in time order, with the lag from it. */
export function registerConsequences(program: Command): void {
  program
    .command('consequences')
    .description('what followed the incident (strikes, statements, sanctions, investigations), in time order with the lag from it')
    .argument('<case>', 'case id, or a bundle folder')
    .action(async (target: string, _opts: unknown, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const rows = await caseConsequences(ws, target);
        emitList(cmd, rows, () =>
          rows.length
            ? rows
                .map((r) => `${r.at.slice(0, 16).padEnd(17)} ${((r.lag_hours >= 0 ? '+' : '') + r.lag_hours.toFixed(1) + ' h').padEnd(11)} ${r.kind.padEnd(14)} ${r.cites_incident ? 'cites ' : '      '}${r.actor}: ${r.action}`)
                .join('\n')
            : 'no consequences recorded (add consequences.yaml to the bundle)',
        );
      });
    });
}
