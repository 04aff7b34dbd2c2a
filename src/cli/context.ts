/**
 * What every CLI command shares: global options, opening the workspace, printing (JSON on stdout with
 * --json, human text otherwise), and the one place errors become exit codes (0 ok, 2 bad input,
 * 3 integrity failure, 1 other).
 */
import { keyNotes } from '../app/custody-log.js';
import type { Command } from 'commander';
import { AssayError, type ErrorCode } from '../core/errors.js';
import { openWorkspace, type Workspace } from '../app/workspace.js';

export interface GlobalOptions {
  db?: string;
  databaseUrl?: string;
  json?: boolean;
  quiet?: boolean;
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

/**
 * A list under --json: the API's page shape (src/http/pagination.ts), `{items, total, limit, offset,
 * next_offset}`, the whole list in one page, so a script reads every list from the CLI or the API the same way.
 */
export function listJson<T>(items: T[]) {
  return { items, total: items.length, limit: items.length, offset: 0, next_offset: null };
}

/** Prints a list: the page shape under --json, else the human rendering. */
export function emitList<T>(cmd: Command, items: T[], human: () => string): void {
  emit(cmd, listJson(items), human);
}

export function warn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}

/**
 * Groups messages that differ only in their numbers (line 12, line 40, ...): the first of each group as it was,
 * then how many more alike, so a file with the same fault on 20 lines says it once with a count.
 */
export function collapse(messages: string[]): string[] {
  const groups = new Map<string, { first: string; n: number }>();
  for (const m of messages) {
    const k = m.replace(/\d+/g, '#');
    const g = groups.get(k);
    if (g) g.n++;
    else groups.set(k, { first: m, n: 1 });
  }
  return [...groups.values()].map((g) => (g.n > 1 ? `${g.first} (and ${g.n - 1} more like it)` : g.first));
}

/** Warnings on stderr, repeats collapsed with a count. */
export function warnAll(messages: string[]): void {
  for (const m of collapse(messages)) warn(m);
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
        // the same fault at many places: said once, with the count and the first places
        const byMessage = new Map<string, string[]>();
        for (const d of e.details) byMessage.set(d.message, [...(byMessage.get(d.message) ?? []), d.path ?? '']);
        let shown = 0;
        for (const [message, paths] of byMessage) {
          if (shown++ >= 20) break;
          const where = paths.filter(Boolean);
          if (paths.length === 1) process.stderr.write(`  ${where[0] ? where[0] + ': ' : ''}${message}\n`);
          else process.stderr.write(`  ${message} (x${paths.length}${where.length ? `: ${where.slice(0, 3).join(', ')}${where.length > 3 ? ', ...' : ''}` : ''})\n`);
        }
        if (byMessage.size > 20) process.stderr.write(`  ... and ${byMessage.size - 20} more kinds of problem\n`);
      }
    }
    return exitCodeFor(e.code);
  }
  const err = e as Error;
  process.stderr.write(`error: ${err?.message ?? String(e)}\n`);
  if (process.env.ASSAY_DEBUG) process.stderr.write(String(err?.stack) + '\n');
  return 1;
}

/** Exit status for the CLI: 0 ok, 2 bad input, 3 integrity failure, 1 anything else. */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'bad_input':
    case 'not_found':
    case 'conflict':
      return 2;
    case 'integrity':
      return 3;
    default:
      return 1;
  }
}
