/**
 * An intent journal for long custody operations (evidence add, bundle import): a JSONL file under
 * <workspace>/custody/journal/<pid>-<rand>.jsonl whose first line says what is being done and whose next lines
 * record each item completed (blob stored and entry logged). It is removed at the end. A journal left by a
 * dead process tells the next run exactly what was interrupted, what was done and what was not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export type { Intent, Progress } from '../../ports/journal.js';
import type { Intent, Journals, LeftJournal, Progress } from '../../ports/journal.js';

export class Journal {
  private constructor(readonly file: string) {}

  static start(dir: string, intent: Intent): Journal {
    const jdir = path.join(dir, 'custody', 'journal');
    fs.mkdirSync(jdir, { recursive: true });
    const file = path.join(jdir, `${process.pid}-${randomBytes(4).toString('hex')}.jsonl`);
    fs.writeFileSync(file, JSON.stringify(intent) + '\n', { flag: 'wx' });
    return new Journal(file);
  }

  done(p: Progress): void {
    fs.appendFileSync(this.file, JSON.stringify(p) + '\n');
  }

  close(): void {
    fs.rmSync(this.file, { force: true });
  }

  /** Journals of processes that are no longer running, read and removed. */
  /** Journals of dead processes; removed as they are read unless `keep` (a read-only look, as verify takes). */
  static leftovers(dir: string, opts: { keep?: boolean } = {}): LeftJournal[] {
    const jdir = path.join(dir, 'custody', 'journal');
    if (!fs.existsSync(jdir)) return [];
    const out: LeftJournal[] = [];
    for (const f of fs.readdirSync(jdir)) {
      const m = /^(\d+)-[0-9a-f]+\.jsonl$/.exec(f);
      if (!m) continue;
      const pid = Number(m[1]);
      if (pid === process.pid || isAlive(pid)) continue;
      const file = path.join(jdir, f);
      const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
      const parse = (l: string) => {
        try {
          return JSON.parse(l);
        } catch {
          return null; // a line cut by the crash
        }
      };
      out.push({ file, pid, intent: lines.length ? parse(lines[0]) : null, progress: lines.slice(1).map(parse).filter(Boolean) });
      if (!opts.keep) fs.rmSync(file, { force: true });
    }
    return out;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The Journals port (src/ports/journal.ts) on JSONL files under <dir>/custody/journal. */
export const fileJournals = (dir: string): Journals => ({ start: (intent) => Journal.start(dir, intent), leftovers: (opts) => Journal.leftovers(dir, opts) });
