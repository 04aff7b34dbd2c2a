import type { Command } from 'commander';
import { emit, withWorkspace } from '../context.js';
import { exportCase } from '../../app/cases.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write a case back to a bundle folder (importing it again gives the same case)')
    .argument('<id>', 'case id')
    .requiredOption('--out <dir>', 'folder to write')
    .action(async (id: string, opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const r = await exportCase(ws, id, opts.out);
        emit(cmd, r, () => `wrote ${r.files.join(', ')} to ${r.dir} (${r.reports} reports)`);
      });
    });
}
