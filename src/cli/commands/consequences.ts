import type { Command } from 'commander';
import { withWorkspace, emit } from '../context.js';
import { caseConsequences } from '../../app/consequences.js';
import { consequenceContract } from '../../core/report/consequence-timeline.js';

/**
 * `assay consequences <case>`: what followed the incident, in time order, with the lag from it. Under --json a
 * bare array in the contract of docs/assessment.md "Consequences" (not the page shape of the other lists).
 */
export function registerConsequences(program: Command): void {
  program
    .command('consequences')
    .description('what followed the incident (strikes, statements, sanctions, investigations), in time order with the lag from it')
    .argument('<case>', 'case id, or a bundle folder')
    .action(async (target: string, _opts: unknown, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const rows = await caseConsequences(ws, target);
        emit(cmd, rows.map(consequenceContract), () =>
          rows.length
            ? rows
                .map((r) => `${r.at.slice(0, 16).padEnd(17)} ${((r.lag_hours >= 0 ? '+' : '') + r.lag_hours.toFixed(1) + ' h').padEnd(11)} ${r.kind.padEnd(14)} ${r.cites_incident ? 'cites ' : '      '}${r.actor}: ${r.action}${r.place ? ` (${r.place})` : ''}`)
                .join('\n')
            : 'no consequences recorded (add consequences.yaml to the bundle)',
        );
      });
    });
}
