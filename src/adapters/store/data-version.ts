/**
 * Raising data versions (migration 0005): the whole store's ('*') and each touched case's, inside the
 * writing transaction. Called last in every transaction, after the custody head's lock, so concurrent
 * PostgreSQL writers always take the two row locks in the same order (no deadlock).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';

export async function bumpVersions(db: Kysely<Database> | Transaction<Database>, caseIds: Iterable<string>): Promise<void> {
  const scopes = ['*', ...[...new Set(caseIds)].sort()];
  await db
    .insertInto('data_version')
    .values(scopes.map((scope) => ({ scope, version: 1 })))
    .onConflict((oc) => oc.column('scope').doUpdateSet((eb) => ({ version: eb('data_version.version', '+', 1) })))
    .execute();
}

export async function readVersion(db: Kysely<Database>, scope: string): Promise<string> {
  const r = await db.selectFrom('data_version').select('version').where('scope', '=', scope).executeTakeFirst();
  return String(r ? Number(r.version) : 0);
}
