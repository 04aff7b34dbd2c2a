/**
 * Configuration, read from the environment once, checked, frozen. Flags (--db) override it at the edge.
 */
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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`environment ${String(i.path[0])}: ${i.message}`);
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
  });
}
