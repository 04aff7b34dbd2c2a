/**
 * API users and tokens (docs/http-api.md). Roles are ordered viewer < analyst < admin: viewers read, analysts write
 * case content, admins manage users. A token is 32 random bytes (base64url, prefixed "assay_") shown once at
 * creation; only its SHA-256 is stored, so a copy of the database does not leak working tokens. Lookup is by
 * hash, so no token comparison runs over secret bytes.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Workspace } from './workspace.js';
import { AssayError, badInput, notFound } from '../core/errors.js';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  name: string;
  role: Role;
  created_at: string;
  revoked_at: string | null;
}

export const roleRank = (r: Role): number => ROLES.indexOf(r);
/** true when `have` is at least `need` in viewer < analyst < admin */
export const roleAtLeast = (have: Role, need: Role): boolean => roleRank(have) >= roleRank(need);

export function parseRole(r: unknown, path = 'role'): Role {
  if (typeof r === 'string' && (ROLES as readonly string[]).includes(r)) return r as Role;
  throw badInput(`must be one of ${ROLES.join(', ')}, got ${JSON.stringify(r)}`, path);
}

export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

const NAME = /^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,79}$/;

function rowUser(r: { id: string; name: string; role: string; created_at: string; revoked_at: string | null }): User {
  return { id: r.id, name: r.name, role: r.role as Role, created_at: r.created_at, revoked_at: r.revoked_at };
}

/** Creates a user and returns the token, which is never retrievable again. */
export async function addUser(ws: Workspace, input: { name: string; role: string }): Promise<{ user: User; token: string }> {
  const name = String(input.name ?? '').trim();
  if (!NAME.test(name)) throw badInput('must be 1-80 letters, digits, spaces or ._@- and start with a letter or digit', 'name');
  const role = parseRole(input.role);
  const existing = await ws.store.findUser(name);
  if (existing?.name === name) throw new AssayError('conflict', `a user named "${name}" already exists`, 'name');
  const token = 'assay_' + randomBytes(32).toString('base64url');
  const user: User = { id: 'u_' + randomBytes(8).toString('hex'), name, role, created_at: ws.now().toISOString(), revoked_at: null };
  await ws.store.addUser({ ...user, token_sha256: tokenHash(token) });
  return { user, token };
}

export async function listUsers(ws: Workspace): Promise<User[]> {
  return (await ws.store.listUsers()).map(rowUser);
}

/** The active user holding this token, or null. */
export async function userForToken(ws: Workspace, token: string): Promise<User | null> {
  if (!token || token.length > 200) return null;
  const r = await ws.store.userByTokenHash(tokenHash(token));
  return r ? rowUser(r) : null;
}

/** Revokes a user's token (by name or id); the row stays for the record. */
export async function revokeUser(ws: Workspace, nameOrId: string): Promise<User> {
  const r = await ws.store.findUser(nameOrId);
  if (!r) throw notFound(`no user "${nameOrId}"`, 'name');
  if (!r.revoked_at) {
    const at = ws.now().toISOString();
    await ws.store.revokeUser(r.id, at);
    r.revoked_at = at;
  }
  return rowUser(r);
}
