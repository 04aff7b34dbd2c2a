/**
 * Ed25519 signing keys of a workspace and of each user (ASSAY_USER), kept OUTSIDE the workspace, in the user's
 * configuration folder (<config>/keys, 0600 files in 0700 folders): keys/workspaces/<workspace id>.key and
 * keys/users/<user>.key (PKCS#8 PEM). Whoever can edit the workspace folder and database then still cannot
 * sign a consistent forgery. Keys older versions kept in <workspace>/keys are moved out on first use. Key names follow C2SP
 * signed-note rules (no spaces or "+"): "assay-ws-<fp>" and "<user>@assay-ws-<fp>", fp being the first 8 hex
 * digits of SHA-256 of the workspace public key, which also names the log's checkpoint origin.
 *
 * With a passphrase (ASSAY_KEY_PASSPHRASE, or asked on a terminal) keys are stored as encrypted PKCS#8 PEM
 * (RFC 5958 EncryptedPrivateKeyInfo: PBES2, PBKDF2-SHA256, AES-256-CBC; `openssl pkey` reads them). Only the
 * private half is protected: verify needs the public keys alone, and takes them from the log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { rawPublicKey } from './node-crypto.js';
import { AssayError, badInput } from '../../core/errors.js';

export type { SigningKey, WorkspaceKeys } from '../../ports/signing-keys.js';
import type { KeyRing, SigningKey, WorkspaceKeys } from '../../ports/signing-keys.js';

const fingerprint = (pub: Uint8Array) => createHash('sha256').update(pub).digest('hex').slice(0, 8);

export const workspaceKeyFile = (home: string, wsId: string) => path.join(home, 'keys', 'workspaces', `${wsId}.key`);
export const userKeyFile = (home: string, user: string) => path.join(home, 'keys', 'users', `${safeUser(user)}.key`);

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
export function existingWorkspaceKey(home: string, wsId: string, passphrase?: string): SigningKey | null {
  const file = workspaceKeyFile(home, wsId);
  let key: KeyObject;
  try {
    key = readKey(file, passphrase);
  } catch {
    return null;
  }
  const pub = rawPublicKey(createPublicKey(key));
  return mkKey('workspace', `assay-ws-${fingerprint(pub)}`, key, file);
}

const ENCRYPTED = '-----BEGIN ENCRYPTED PRIVATE KEY-----';

/** Whether a key file is passphrase-encrypted (false when it does not exist). */
export function isEncryptedKey(file: string): boolean {
  try {
    return fs.readFileSync(file, 'utf8').includes(ENCRYPTED);
  } catch {
    return false;
  }
}

/** PEM of a private key, encrypted when a passphrase is given. */
export function keyPem(key: KeyObject, passphrase?: string): string {
  return (passphrase ? key.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase }) : key.export({ format: 'pem', type: 'pkcs8' })) as string;
}

/** Opens a key file; an encrypted one needs the passphrase (bad input naming ASSAY_KEY_PASSPHRASE otherwise). */
export function readKey(file: string, passphrase?: string): KeyObject {
  const pem = fs.readFileSync(file, 'utf8');
  if (pem.includes(ENCRYPTED)) {
    if (!passphrase) throw badInput(`the signing key ${file} is encrypted: set ASSAY_KEY_PASSPHRASE, or run the command in a terminal to be asked for it`, 'ASSAY_KEY_PASSPHRASE');
    try {
      return createPrivateKey({ key: pem, format: 'pem', passphrase });
    } catch {
      throw badInput(`wrong passphrase for the signing key ${file}`, 'ASSAY_KEY_PASSPHRASE');
    }
  }
  try {
    return createPrivateKey(pem);
  } catch (e) {
    throw new AssayError('integrity', `cannot read the signing key: ${(e as Error).message}`, file);
  }
}

/** Rewrites a key file encrypted with `passphrase` (atomically; 0600). False when it already is, or is absent. */
export function encryptKeyFile(file: string, passphrase: string): boolean {
  if (!fs.existsSync(file) || isEncryptedKey(file)) return false;
  const key = readKey(file);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, keyPem(key, passphrase), { mode: 0o600, flag: 'wx' });
  fs.renameSync(tmp, file);
  return true;
}

/**
 * Asks for the keys' passphrase on the terminal (echo off); null when there is no terminal to ask on.
 * `twice`: for a new passphrase, typed again to confirm.
 */
export async function askPassphrase(what: string, twice = false): Promise<string | null> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return null;
  const once = (prompt: string) =>
    new Promise<string>((resolve, reject) => {
      const stdin = process.stdin;
      process.stderr.write(prompt);
      let buf = '';
      stdin.setRawMode(true);
      stdin.resume();
      const done = (v: string | null) => {
        stdin.setRawMode(false);
        stdin.pause();
        stdin.off('data', onData);
        process.stderr.write('\n');
        if (v === null) reject(badInput('no passphrase given', 'ASSAY_KEY_PASSPHRASE'));
        else resolve(v);
      };
      const onData = (d: Buffer) => {
        for (const ch of d.toString('utf8')) {
          if (ch === '\r' || ch === '\n') return done(buf);
          if (ch === '\u0003' || ch === '\u0004') return done(null);
          if (ch === '\u007f' || ch === '\b') buf = buf.slice(0, -1);
          else buf += ch;
        }
      };
      stdin.on('data', onData);
    });
  const p = await once(`passphrase for ${what}: `);
  if (!p) throw badInput('the passphrase is empty', 'ASSAY_KEY_PASSPHRASE');
  if (twice && (await once('the same passphrase again: ')) !== p) throw badInput('the two passphrases differ', 'ASSAY_KEY_PASSPHRASE');
  return p;
}

function loadOrCreate(file: string, passphrase?: string): { key: KeyObject; created: boolean } {
  if (fs.existsSync(file)) {
    const st = fs.statSync(file);
    if ((st.mode & 0o077) !== 0) fs.chmodSync(file, 0o600); // never leave a private key readable by others
    return { key: readKey(file, passphrase), created: false };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = keyPem(privateKey, passphrase);
  // 'wx': never overwrite a key another process created a moment ago
  try {
    fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return { key: readKey(file, passphrase), created: false };
    throw e;
  }
  return { key: privateKey, created: true };
}

export const safeUser = (u: string) => u.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64) || 'unknown';

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
export function workspaceKeys(home: string, wsId: string, legacyDir: string, user: string, passphrase?: string): WorkspaceKeys & { moved: string[] } {
  const keysDir = path.join(home, 'keys');
  fs.mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  const wsFile = path.join(keysDir, 'workspaces', `${wsId}.key`);
  const moved: string[] = [];
  if (moveLegacy(path.join(legacyDir, 'keys', 'workspace.key'), wsFile)) moved.push(wsFile);
  if (moveLegacy(path.join(legacyDir, 'keys', 'users', `${safeUser(user)}.key`), path.join(keysDir, 'users', `${safeUser(user)}.key`))) moved.push(path.join(keysDir, 'users', `${safeUser(user)}.key`));
  const ws = loadOrCreate(wsFile, passphrase);
  const wsPub = rawPublicKey(createPublicKey(ws.key));
  const fp = fingerprint(wsPub);
  const wsName = `assay-ws-${fp}`;
  const uFile = path.join(keysDir, 'users', `${safeUser(user)}.key`);
  const us = loadOrCreate(uFile, passphrase);
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

/** The KeyRing port (src/ports/signing-keys.ts) on Ed25519 key files under the user's configuration folder. */
export const fileKeyRing: KeyRing = { workspaceKeys, existingWorkspaceKey, workspaceKeyFile, userKeyFile, isEncrypted: isEncryptedKey, encrypt: encryptKeyFile, askPassphrase };
