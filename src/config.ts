/**
 * Configuration, read from the environment once, checked, frozen. Flags (--db) override it at the edge.
 */
import { issuesToErrors } from './core/errors.js';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const Env = z.object({
  ASSAY_DB: z.string().min(1).optional(),
  ASSAY_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  ASSAY_WORKSPACE: z.string().min(1).optional(),
  ASSAY_USER: z.string().min(1).optional(),
  ASSAY_TOKEN: z.string().min(1).optional(),
  ASSAY_HOST: z.string().min(1).optional(),
  ASSAY_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  ASSAY_CONFIG_DIR: z.string().min(1).optional(),
  ASSAY_DATA_DIR: z.string().min(1).optional(),
  ASSAY_ALLOWED_HOSTS: z.string().min(1).optional(),
  ASSAY_KEY_PASSPHRASE: z.string().min(1).optional(),
  ASSAY_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).optional(),
  XDG_CONFIG_HOME: z.string().optional(),
  XDG_DATA_HOME: z.string().optional(),
  HOME: z.string().optional(),
});

export interface Config {
  /** SQLite file, when no PostgreSQL URL is set */
  readonly sqlitePath: string;
  readonly databaseUrl?: string;
  /** folder holding the evidence blobs and keys; defaults to the folder of the SQLite file, or the cwd */
  readonly workspaceDir?: string;
  readonly user?: string;
  readonly token?: string;
  readonly host: string;
  readonly port: number;
  /**
   * the user's own configuration folder, outside every workspace: signing keys and a second copy of each
   * workspace's witness live here, so whoever can edit a workspace cannot re-sign it (docs/custody.md, "Keys")
   */
  readonly configDir: string;
  /** where workspace folders of PostgreSQL databases live (named by database and schema) */
  readonly dataDir: string;
  /** Host header values the HTTP server answers (besides the loopback names) */
  readonly allowedHosts: string[];
  /** how long a SQLite writer waits for another writer's lock before failing */
  readonly busyTimeoutMs: number;
  /** encrypts new signing keys and opens encrypted ones (docs/custody.md, "Keys"); else asked on a terminal */
  readonly keyPassphrase?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const [first] = issuesToErrors(parsed.error.issues, (p) => String(p[0]));
    throw new Error(`environment ${first.path}: ${first.message}`);
  }
  const e = parsed.data;
  return Object.freeze({
    sqlitePath: e.ASSAY_DB ?? './assay.db',
    databaseUrl: e.ASSAY_DATABASE_URL,
    workspaceDir: e.ASSAY_WORKSPACE,
    user: e.ASSAY_USER,
    token: e.ASSAY_TOKEN,
    host: e.ASSAY_HOST ?? '127.0.0.1',
    port: e.ASSAY_PORT ?? 4820,
    configDir: path.resolve(e.ASSAY_CONFIG_DIR ?? path.join(e.XDG_CONFIG_HOME || path.join(e.HOME || os.homedir(), '.config'), 'assay')),
    dataDir: path.resolve(e.ASSAY_DATA_DIR ?? path.join(e.XDG_DATA_HOME || path.join(e.HOME || os.homedir(), '.local', 'share'), 'assay')),
    allowedHosts: (e.ASSAY_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
    busyTimeoutMs: e.ASSAY_BUSY_TIMEOUT_MS ?? 60_000,
    keyPassphrase: e.ASSAY_KEY_PASSPHRASE,
  });
}
