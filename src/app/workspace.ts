/**
 * The composition root for a workspace: picks the store adapter (PostgreSQL when a URL is given, SQLite
 * otherwise), runs forward-only migrations, names the folder for evidence blobs and keys, and picks the
 * adapter behind every other port the use cases take (docs/architecture.md, "Ports and adapters"). Use cases
 * receive these as typed capabilities on the workspace; no file but this one imports an adapter.
 */
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { createHash, randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../config.js';
import { openSqliteStore } from '../adapters/store/sqlite.js';
import { openPostgresStore } from '../adapters/store/postgres.js';
import type { CaseStore } from '../ports/case-store.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { Crypto } from '../ports/crypto.js';
import type { FileReaders } from '../ports/readers.js';
import { fileReaders } from '../adapters/readers/file-readers.js';
import type { Journals } from '../ports/journal.js';
import type { KeyRing } from '../ports/signing-keys.js';
import { fileJournals } from '../adapters/custody/journal.js';
import { fileKeyRing } from '../adapters/custody/keys.js';
import type { PdfPrinter } from '../ports/pdf.js';
import { chromiumPdf } from '../adapters/pdf/chromium-pdf.js';
import type { FleetServices } from '../ports/distributed.js';
import { NatsQueue } from '../adapters/queue/nats-queue.js';
import { PgStaging } from '../adapters/distributed/pg-staging.js';
import type { KnowledgeFiles } from '../ports/knowledge.js';
import { fileKnowledge } from '../adapters/knowledge/knowledge-files.js';
import type { ReportDigests } from '../ports/report-digest.js';
import { fastReportDigests } from '../adapters/readers/report-digest.js';
import type { NarrativeCompute } from '../ports/narrative-compute.js';
import { threadedNarrative } from '../adapters/narrative/narrative-compute.js';
import { nodeCrypto } from '../adapters/custody/node-crypto.js';
import { FsBlobStore } from '../adapters/blobs/fs-blob-store.js';
import { AssayError } from '../core/errors.js';
import { ENGINES, type Engine } from './engines.js';

export interface WorkspaceOptions {
  db?: string;
  databaseUrl?: string;
  /** for tests: a PostgreSQL schema to isolate this workspace in */
  pgSchema?: string;
  workspaceDir?: string;
  config?: Config;
  /** refuse to create a new SQLite file: read-only commands must not turn a mistyped path into an empty workspace */
  mustExist?: boolean;
  /** the engines the use cases run (default: every engine of src/app/engines.ts) */
  engines?: readonly Engine[];
}

/**
 * What a use case can be handed without a database (checking a partner's verification bundle, hashing a
 * file): the adapters this module picks for the ports that do not depend on a workspace.
 */
export interface Capabilities {
  readonly crypto: Crypto;
  /** case bundles, report files and media types, read from disk */
  readonly readers: FileReaders;
  /** the signing keys of workspaces and users */
  readonly keys: KeyRing;
  /** HTML reports printed to PDF */
  readonly pdf: PdfPrinter;
  /** the job queue and staging side of distributed work */
  readonly fleet: FleetServices;
  /** the knowledge files, read, validated and cached; what engines compile from them */
  readonly knowledge: KnowledgeFiles;
  /** the custody log's report hashes (content digest, batch root, stored batch) */
  readonly reportDigests: ReportDigests;
  /** the narrative engine's worker threads and spilled sketches for long streams */
  readonly narrativeCompute: NarrativeCompute;
}

/** The capabilities for use cases that run without a workspace (src/cli, tests). */
export const capabilities: Capabilities = { crypto: nodeCrypto, readers: fileReaders, keys: fileKeyRing, pdf: chromiumPdf, fleet: { openQueue: (url) => NatsQueue.open(url), openStaging: (url, schema) => new PgStaging(url, schema) },
  knowledge: fileKnowledge,
  reportDigests: fastReportDigests,
  narrativeCompute: threadedNarrative,
};

export interface Workspace extends Capabilities {
  readonly store: CaseStore;
  /** the evidence locker: content-addressed blobs under <dir>/blobs */
  readonly blobs: BlobStore;
  /** intent journals of long custody operations, under <dir>/custody/journal */
  readonly journals: Journals;
  /** where evidence blobs, keys and exports of this workspace live */
  readonly dir: string;
  /** the database: the SQLite file's absolute path, or postgres://host:port/db#schema (no password) */
  readonly location: string;
  /** what opening did that the user should hear of (a folder migrated from an older layout) */
  readonly notes: string[];
  readonly config: Config;
  /** the engines the use cases run: findings for an assessment, hooks for import and export */
  readonly engines: readonly Engine[];
  /** injected so tests and reproducible runs can fix time */
  now(): Date;
  close(): Promise<void>;
  /**
   * how another thread opens this same workspace (src/app/precompute.ts); absent for an in-memory SQLite
   * database and for engines injected by the caller, which a worker cannot share
   */
  readonly reopen?: WorkspaceOptions;
}

/** The workspace folder of a SQLite database: beside it, under .assay/, named by the file (docs/custody.md). */
export const sqliteWorkspaceDir = (file: string): string => path.join(path.dirname(path.resolve(file)), '.assay', path.basename(file));

function redacted(url: string, schema?: string): string {
  try {
    const u = new URL(url);
    return `postgres://${u.hostname}:${u.port || '5432'}${u.pathname}${schema ? '#' + schema : ''}`;
  } catch {
    return 'postgres';
  }
}

/** The workspace folder of a PostgreSQL database: named by host, port, database and schema. */
export function postgresWorkspaceDir(dataDir: string, url: string, schema?: string): string {
  let name: string;
  try {
    const u = new URL(url);
    name = [u.hostname || 'local', u.port || '5432', decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres', schema || 'public'].join('-');
  } catch {
    name = createHash('sha256').update(`${url}\u0000${schema ?? ''}`).digest('hex').slice(0, 16);
  }
  return path.join(dataDir, 'workspaces', 'pg-' + name.replace(/[^A-Za-z0-9._-]/g, '_'));
}

/**
 * Older versions kept one `.assay/` folder for every database in a folder (and took it from the current
 * directory on PostgreSQL), so two workspaces shared a witness and keys. Each workspace now has its own
 * folder; on first open it gets the legacy folder's blobs (hard links: content-addressed, never altered),
 * and the legacy witness and interrupted-operation journals only if they are its own (the witness's
 * checkpoint is one of its checkpoints). The legacy folder is left for the other databases that used it.
 */
async function migrateLegacyFolder(store: CaseStore, legacy: string, dir: string): Promise<string[]> {
  if (path.resolve(legacy) === path.resolve(dir) || fs.existsSync(dir)) return [];
  const blobs = path.join(legacy, 'blobs');
  const witness = path.join(legacy, 'custody', 'witness.json');
  if (!fs.existsSync(blobs) && !fs.existsSync(witness)) return [];
  const checkpoints = await store.custodyLog().checkpoints();
  if (!checkpoints.length) return []; // a new workspace: nothing of it can be in the old folder
  const notes: string[] = [];
  let linked = 0;
  if (fs.existsSync(blobs)) {
    for (const sub of fs.readdirSync(blobs)) {
      if (!/^[0-9a-f]{2}$/.test(sub)) continue;
      fs.mkdirSync(path.join(dir, 'blobs', sub), { recursive: true });
      for (const f of fs.readdirSync(path.join(blobs, sub))) {
        const from = path.join(blobs, sub, f);
        const to = path.join(dir, 'blobs', sub, f);
        try {
          fs.linkSync(from, to);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EXDEV') fs.copyFileSync(from, to);
          else if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        }
        linked++;
      }
    }
  }
  let w: { checkpoint?: number; size?: number; root?: string } | null = null;
  try {
    w = JSON.parse(fs.readFileSync(witness, 'utf8'));
  } catch {
    w = null;
  }
  const own = !!w && checkpoints.some((c) => c.id === w!.checkpoint && c.size === w!.size && c.root === w!.root);
  if (own) {
    fs.mkdirSync(path.join(dir, 'custody'), { recursive: true });
    fs.copyFileSync(witness, path.join(dir, 'custody', 'witness.json'));
    const journal = path.join(legacy, 'custody', 'journal');
    if (fs.existsSync(journal)) fs.cpSync(journal, path.join(dir, 'custody', 'journal'), { recursive: true });
    if (fs.existsSync(path.join(legacy, 'keys'))) fs.cpSync(path.join(legacy, 'keys'), path.join(dir, 'keys'), { recursive: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  notes.push(`this workspace now has its own folder ${dir} (was ${legacy}, shared by every database beside it): ${linked} blob(s) linked${own ? ', its witness and keys moved' : ''}`);
  return notes;
}

export async function openWorkspace(opts: WorkspaceOptions = {}): Promise<Workspace> {
  const config = opts.config ?? loadConfig();
  const url = opts.databaseUrl ?? (opts.db ? undefined : config.databaseUrl);
  let store: CaseStore;
  let dir: string;
  let legacy: string | null = null;
  let location: string;
  if (url) {
    store = openPostgresStore(url, opts.pgSchema);
    // named by server, database and schema, in the user's data folder: never the current directory
    dir = path.resolve(opts.workspaceDir ?? config.workspaceDir ?? postgresWorkspaceDir(config.dataDir, url, opts.pgSchema));
    if (!opts.workspaceDir && !config.workspaceDir) legacy = path.resolve('.assay');
    location = redacted(url, opts.pgSchema);
  } else {
    const file = opts.db ?? config.sqlitePath;
    if (opts.mustExist && file !== ':memory:' && !fs.existsSync(file))
      throw new AssayError(
        'not_found',
        'no workspace database here; create one with `assay init` or `assay import <bundle>`, or name it with --db PATH (or $ASSAY_DB)',
        file,
      );
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    try {
      store = openSqliteStore(file, { busyTimeoutMs: config.busyTimeoutMs });
    } catch (e) {
      // a file that is not a database is the user's choice of file (bad input); a locked or unreadable one is not
      if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw new AssayError('bad_input', 'is not an assay workspace (not a SQLite database); name a workspace with --db PATH (or $ASSAY_DB)', file);
      throw new AssayError('unavailable', `cannot open SQLite database: ${(e as Error).message}`, file);
    }
    // one folder per database file: <folder of the file>/.assay/<file name>
    dir = path.resolve(
      opts.workspaceDir ?? config.workspaceDir ?? (file === ':memory:' ? path.join(os.tmpdir(), `assay-memory-${process.pid}-${randomBytes(4).toString('hex')}`) : sqliteWorkspaceDir(file)),
    );
    location = file === ':memory:' ? file : path.resolve(file);
    if (!opts.workspaceDir && !config.workspaceDir && file !== ':memory:') legacy = path.join(path.dirname(path.resolve(file)), '.assay');
  }
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => {});
    throw new AssayError('unavailable', `cannot prepare the database: ${(e as Error).message}`, url ? 'ASSAY_DATABASE_URL' : undefined);
  }
  const notes = legacy ? await migrateLegacyFolder(store, legacy, dir) : [];
  const fixed = process.env.ASSAY_NOW ? new Date(process.env.ASSAY_NOW) : null;
  const shareable = !opts.engines && (url ? true : location !== ':memory:');
  const reopen: WorkspaceOptions | undefined = shareable ? { ...(url ? { databaseUrl: url, ...(opts.pgSchema ? { pgSchema: opts.pgSchema } : {}) } : { db: location }), workspaceDir: dir, config, mustExist: true } : undefined;
  return {
    ...capabilities,
    store,
    blobs: new FsBlobStore(path.join(dir, 'blobs')),
    journals: fileJournals(dir),
    dir,
    location,
    notes,
    config,
    ...(reopen ? { reopen } : {}),
    engines: opts.engines ?? ENGINES,
    now: () => (fixed ? new Date(fixed) : new Date()),
    close: () => store.close(),
  };
}
