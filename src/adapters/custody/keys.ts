/**
 * Ed25519 signing keys of a workspace and of each user (ASSAY_USER), kept OUTSIDE the workspace, in the user's
 * configuration folder (<config>/keys, 0600 files in 0700 folders): keys/workspaces/<workspace id>.key and
 * keys/users/<user>.key (PKCS#8 PEM). Whoever can edit the workspace folder and database then still cannot
 * sign a consistent forgery. Keys older versions kept in <workspace>/keys are moved out on first use. Key names follow C2SP
 * signed-note rules (no spaces or "+"): "assay-ws-<fp>" and "<user>@assay-ws-<fp>", fp being the first 8 hex
 * digits of SHA-256 of the workspace public key, which also names the log's checkpoint origin.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { rawPublicKey } from './node-crypto.js';
import { AssayError } from '../../core/errors.js';

export interface SigningKey {
  role: 'workspace' | 'user';
  name: string;
  publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
  file: string;
}

const fingerprint = (pub: Uint8Array) => createHash('sha256').update(pub).digest('hex').slice(0, 8);

const mkKey = (role: SigningKey['role'], name: string, key: KeyObject, file: string): SigningKey => ({
  role,
  name,
  publicKey: rawPublicKey(createPublicKey(key)),
  sign: (m) => new Uint8Array(sign(null, m, key)),
  file,
});

/**
 * The workspace's signing key if it exists and can be opened without asking (no new key is made, nothing
 * is written): what read commands sign kept results with. Null when there is none, or it is encrypted and
 * no passphrase is at hand.
 */
export function existingWorkspaceKey(home: string, wsId: string): SigningKey | null {
  const file = path.join(home, 'keys', 'workspaces', `${wsId}.key`);
  let key: KeyObject;
  try {
    key = createPrivateKey(fs.readFileSync(file));
  } catch {
    return null;
  }
  const pub = rawPublicKey(createPublicKey(key));
  return mkKey('workspace', `assay-ws-${fingerprint(pub)}`, key, file);
}

function loadOrCreate(file: string): { key: KeyObject; created: boolean } {
  if (fs.existsSync(file)) {
    const st = fs.statSync(file);
    if ((st.mode & 0o077) !== 0) fs.chmodSync(file, 0o600); // never leave a private key readable by others
    try {
      return { key: createPrivateKey(fs.readFileSync(file)), created: false };
    } catch (e) {
      throw new AssayError('integrity', `cannot read the signing key: ${(e as Error).message}`, file);
    }
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  // 'wx': never overwrite a key another process created a moment ago
  try {
    fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return { key: createPrivateKey(fs.readFileSync(file)), created: false };
    throw e;
  }
  return { key: privateKey, created: true };
}

export const safeUser = (u: string) => u.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64) || 'unknown';

export interface WorkspaceKeys {
  workspace: SigningKey;
  user: SigningKey;
  origin: string;
  /** keys created by this call (to be registered in the log before they sign) */
  created: SigningKey[];
}

/** Moves a key file older versions kept inside the workspace to its place outside (once; never overwrites). */
function moveLegacy(from: string, to: string): boolean {
  if (!fs.existsSync(from) || fs.existsSync(to)) return false;
  fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(to, 0o600);
  fs.rmSync(from);
  return true;
}

/**
 * The keys of the workspace `wsId` (a stable name of the workspace folder) for `user`, under `home` (the
 * user's configuration folder). `legacyDir` is the workspace folder, whose keys/ older versions used.
 * `moved` lists key files moved out of the workspace by this call.
 */
export function workspaceKeys(home: string, wsId: string, legacyDir: string, user: string): WorkspaceKeys & { moved: string[] } {
  const keysDir = path.join(home, 'keys');
  fs.mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  const wsFile = path.join(keysDir, 'workspaces', `${wsId}.key`);
  const moved: string[] = [];
  if (moveLegacy(path.join(legacyDir, 'keys', 'workspace.key'), wsFile)) moved.push(wsFile);
  if (moveLegacy(path.join(legacyDir, 'keys', 'users', `${safeUser(user)}.key`), path.join(keysDir, 'users', `${safeUser(user)}.key`))) moved.push(path.join(keysDir, 'users', `${safeUser(user)}.key`));
  const ws = loadOrCreate(wsFile);
  const wsPub = rawPublicKey(createPublicKey(ws.key));
  const fp = fingerprint(wsPub);
  const wsName = `assay-ws-${fp}`;
  const uFile = path.join(keysDir, 'users', `${safeUser(user)}.key`);
  const us = loadOrCreate(uFile);
  const mk = mkKey;
  const workspace = mk('workspace', wsName, ws.key, wsFile);
  const userKey = mk('user', `${safeUser(user)}@${wsName}`, us.key, uFile);
  return {
    workspace,
    user: userKey,
    origin: `assay/${fp}`,
    created: [...(ws.created ? [workspace] : []), ...(us.created ? [userKey] : [])],
    moved,
  };
}
