/**
 * Passphrase-encrypted signing keys (docs/custody.md, "Keys"): with ASSAY_KEY_PASSPHRASE new keys are stored as
 * encrypted PKCS#8; commands that sign need the passphrase (a clear exit 2 without it or with a wrong one,
 * nothing written), while verify and read commands work with the public keys alone; `assay log encrypt-keys`
 * protects existing keys without changing what the log says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrivateKey } from 'node:crypto';
import { examplesDir } from '../src/app/paths.js';
import { tempDir } from './helpers/workspaces.js';
import { runCli } from './helpers/cli.js';

const CASE = 'aleppo-2018-11-24';
const dir = tempDir('assay-passphrase-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const keyFiles = (config: string) => ['workspaces', 'users'].flatMap((d) => fs.readdirSync(path.join(config, 'keys', d)).map((f) => path.join(config, 'keys', d, f)));
const size = async (db: string, env: Record<string, string>) => (await runCli(['log', 'root', '--db', db, '--json'], env)).json().size as number;

describe('passphrase-encrypted signing keys', () => {
  it('ASSAY_KEY_PASSPHRASE encrypts new keys; signing needs it, verify and assess do not', async () => {
    const config = path.join(dir, 'config-a');
    const db = path.join(dir, 'a.db');
    const env = { ASSAY_CONFIG_DIR: config, ASSAY_USER: 'ann' };
    const imp = await runCli(['import', path.join(examplesDir, CASE), '--db', db], { ...env, ASSAY_KEY_PASSPHRASE: 'correct horse' });
    expect(imp.code, imp.stderr).toBe(0);
    const files = keyFiles(config);
    expect(files).toHaveLength(2);
    for (const f of files) {
      const pem = fs.readFileSync(f, 'utf8');
      expect(pem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
      expect(() => createPrivateKey(pem)).toThrow();
      expect(createPrivateKey({ key: pem, format: 'pem', passphrase: 'correct horse' }).asymmetricKeyType).toBe('ed25519');
      expect(fs.statSync(f).mode & 0o777).toBe(0o600);
    }
    const n = await size(db, env);
    // the public keys alone: verify passes without the passphrase; an assessment reads without signing
    const v = await runCli(['verify', '--db', db], env);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const a = await runCli(['assess', CASE, '--db', db, '--json'], env);
    expect(a.code, a.stderr).toBe(0);
    expect(await size(db, env)).toBe(n);
    // signing without the passphrase, or with a wrong one: exit 2, said plainly, nothing written
    const no = await runCli(['log', 'checkpoint', '--db', db], env);
    expect(no.code).toBe(2);
    expect(no.stderr).toMatch(/ASSAY_KEY_PASSPHRASE: the signing key .*\.key is encrypted: set ASSAY_KEY_PASSPHRASE, or run the command in a terminal to be asked for it/);
    const wrong = await runCli(['hypotheses', 'rate', CASE, 'e-us-munition-remnants', 'h-other-unknown', 'I', '--why', 'x', '--db', db], { ...env, ASSAY_KEY_PASSPHRASE: 'wrong' });
    expect(wrong.code, wrong.stdout).toBe(2);
    expect(wrong.stderr).toMatch(/wrong passphrase for the signing key/);
    expect(await size(db, env)).toBe(n);
    const ok = await runCli(['log', 'checkpoint', '--db', db], { ...env, ASSAY_KEY_PASSPHRASE: 'correct horse' });
    expect(ok.code, ok.stderr).toBe(0);
  }, 120_000);

  it('assay log encrypt-keys protects existing keys; the log and verify are unchanged', async () => {
    const config = path.join(dir, 'config-b');
    const db = path.join(dir, 'b.db');
    const env = { ASSAY_CONFIG_DIR: config, ASSAY_USER: 'bob' };
    expect((await runCli(['import', path.join(examplesDir, CASE), '--db', db], env)).code).toBe(0);
    const before = keyFiles(config).map((f) => fs.readFileSync(f, 'utf8'));
    expect(before.every((p) => p.startsWith('-----BEGIN PRIVATE KEY-----'))).toBe(true);
    const noPass = await runCli(['log', 'encrypt-keys', '--db', db], env);
    expect(noPass.code).toBe(2);
    expect(noPass.stderr).toMatch(/no passphrase: set ASSAY_KEY_PASSPHRASE/);
    const r = await runCli(['log', 'encrypt-keys', '--db', db, '--json'], { ...env, ASSAY_KEY_PASSPHRASE: 'pass phrase' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().encrypted).toHaveLength(2);
    for (const [i, f] of keyFiles(config).entries()) {
      const pem = fs.readFileSync(f, 'utf8');
      expect(pem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
      // the same key, protected
      const pub = (k: string, p?: string) => createPrivateKey(p ? { key: k, format: 'pem', passphrase: p } : k).export({ format: 'jwk' }).x;
      expect(pub(pem, 'pass phrase')).toBe(pub(before[i]));
    }
    expect((await runCli(['verify', '--db', db], env)).code).toBe(0);
    expect((await runCli(['log', 'checkpoint', '--db', db], env)).code).toBe(2);
    const again = await runCli(['log', 'encrypt-keys', '--db', db, '--json'], { ...env, ASSAY_KEY_PASSPHRASE: 'pass phrase' });
    expect(again.json()).toMatchObject({ encrypted: [], already: [expect.any(String), expect.any(String)] });
  }, 120_000);
});
