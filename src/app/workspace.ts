/**
 * The composition root for a workspace: picks the store adapter (PostgreSQL when a URL is given, SQLite
 * otherwise), runs forward-only migrations, and names the folder for evidence blobs and keys.
 */
import path from 'node:path';
import fs from 'node:fs';
import { loadConfig, type Config } from '../config.js';
import { openSqliteStore } from '../adapters/store/sqlite.js';
import { openPostgresStore } from '../adapters/store/postgres.js';
import type { CaseStore } from '../ports/case-store.js';
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

export interface Workspace {
  readonly store: CaseStore;
  /** where evidence blobs, keys and exports of this workspace live */
  readonly dir: string;
  readonly config: Config;
  /** the engines the use cases run: findings for an assessment, hooks for import and export */
  readonly engines: readonly Engine[];
  /** injected so tests and reproducible runs can fix time */
  now(): Date;
  close(): Promise<void>;
}

export async function openWorkspace(opts: WorkspaceOptions = {}): Promise<Workspace> {
  const config = opts.config ?? loadConfig();
  const url = opts.databaseUrl ?? (opts.db ? undefined : config.databaseUrl);
  let store: CaseStore;
  let dir: string;
  if (url) {
    store = openPostgresStore(url, opts.pgSchema);
    dir = path.resolve(opts.workspaceDir ?? config.workspaceDir ?? '.assay');
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
      store = openSqliteStore(file);
    } catch (e) {
      throw new AssayError('unavailable', `cannot open SQLite database: ${(e as Error).message}`, file);
    }
    dir = path.resolve(
      opts.workspaceDir ?? config.workspaceDir ?? (file === ':memory:' ? '.assay' : path.join(path.dirname(file), '.assay')),
    );
  }
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => {});
    throw new AssayError('unavailable', `cannot prepare the database: ${(e as Error).message}`, url ? 'ASSAY_DATABASE_URL' : undefined);
  }
  const fixed = process.env.ASSAY_NOW ? new Date(process.env.ASSAY_NOW) : null;
  return {
    store,
    dir,
    config,
    engines: opts.engines ?? ENGINES,
    now: () => (fixed ? new Date(fixed) : new Date()),
    close: () => store.close(),
  };
}
