/**
 * What every CLI command shares: global options, opening the workspace, printing (JSON on stdout with
 * --json, human text otherwise), and the one place errors become exit codes (0 ok, 2 bad input,
 * 3 integrity failure, 1 other).
 */
import { keyNotes } from '../app/custody-log.js';
import type { Command } from 'commander';
import { AssayError, exitCodeFor } from '../core/errors.js';
import { openWorkspace, type Workspace } from '../app/workspace.js';

export interface GlobalOptions {
  db?: string;
  databaseUrl?: string;
  json?: boolean;
}

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/**
 * Opens the workspace for a command. Only commands that create (`init`, `import`, `demo`, `users add`) pass
 * `create`; every other command refuses a SQLite file that does not exist rather than make an empty one
 * (a mistyped --db must never verify "OK").
 */
export async function withWorkspace<T>(cmd: Command, fn: (ws: Workspace) => Promise<T>, opts: { create?: boolean } = {}): Promise<T> {
  const g = globals(cmd);
  const ws = await openWorkspace({ db: g.db, databaseUrl: g.databaseUrl, mustExist: !opts.create });
  for (const n of ws.notes) warn(n);
  try {
    const out = await fn(ws);
    for (const n of keyNotes.splice(0)) warn(n);
    return out;
  } finally {
    await ws.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Prints JSON under --json, else the human rendering. */
export function emit(cmd: Command, value: unknown, human: () => string): void {
  if (globals(cmd).json) printJson(value);
  else process.stdout.write(human().replace(/\n?$/, '\n'));
}

export function warn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}

/** The exit status set by a command that finished without throwing (e.g. verify's 3). */
export let commandExitCode = 0;
export function setExitCode(code: number): void {
  commandExitCode = code;
}

/** Turns any thrown error into a message on stderr and an exit code; stack traces only for bugs. */
export function reportError(e: unknown, json: boolean): number {
  if (e instanceof AssayError) {
    if (json) process.stderr.write(JSON.stringify({ error: e.toData() }) + '\n');
    else {
      // one problem: one line. Several: a count, then each on its own line (the first is not repeated)
      if (e.details.length <= 1) process.stderr.write(`error: ${e.message}\n`);
      else {
        process.stderr.write(`error: ${e.details.length} problems${e.details.length >= 20 ? ' (stopped counting)' : ''}:\n`);
        for (const d of e.details.slice(0, 20)) process.stderr.write(`  ${d.path ? d.path + ': ' : ''}${d.message}\n`);
        if (e.details.length > 20) process.stderr.write(`  ... and ${e.details.length - 20} more\n`);
      }
    }
    return exitCodeFor(e.code);
  }
  const err = e as Error;
  process.stderr.write(`error: ${err?.message ?? String(e)}\n`);
  if (process.env.ASSAY_DEBUG) process.stderr.write(String(err?.stack) + '\n');
  return 1;
}
