import type { Command } from 'commander';
import { emit, withWorkspace } from '../context.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create a workspace (the SQLite file, or the tables in PostgreSQL) and its evidence folder')
    .action(async (_opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const cases = await ws.store.listCases();
        const where = ws.store.dialect === 'sqlite' ? (cmd.optsWithGlobals().db ?? ws.config.sqlitePath) : 'PostgreSQL';
        emit(cmd, { database: ws.store.dialect, location: where, dir: ws.dir, cases: cases.length }, () =>
          `workspace ready: ${where} (${cases.length} case${cases.length === 1 ? '' : 's'}); evidence and keys in ${ws.dir}`,
        );
      }, { create: true });
    });
}
