/**
 * The signing keys of a workspace and its users (docs/custody.md): Ed25519 keys kept outside the workspace,
 * optionally encrypted with a passphrase. The default adapter keeps them as files under the user's
 * configuration folder (src/adapters/custody/keys.ts); the workspace module picks it.
 */
export interface SigningKey {
  role: 'workspace' | 'user';
  name: string;
  publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
  file: string;
}

export interface WorkspaceKeys {
  workspace: SigningKey;
  user: SigningKey;
  origin: string;
  /** keys created by this call (to be registered in the log before they sign) */
  created: SigningKey[];
}

export interface KeyRing {
  /**
   * The keys of the workspace `wsId` for `user`, under `home` (the user's configuration folder), created when
   * missing; `legacyDir` is the workspace folder, whose keys/ older versions used. `moved` lists key files moved out.
   */
  workspaceKeys(home: string, wsId: string, legacyDir: string, user: string, passphrase?: string): WorkspaceKeys & { moved: string[] };
  /** the workspace's key when it exists (never created) */
  existingWorkspaceKey(home: string, wsId: string, passphrase?: string): SigningKey | null;
  workspaceKeyFile(home: string, wsId: string): string;
  userKeyFile(home: string, user: string): string;
  isEncrypted(file: string): boolean;
  /** encrypts a key file in place; false when there is none */
  encrypt(file: string, passphrase: string): boolean;
  /** asks on the terminal; null when there is none */
  askPassphrase(what: string, twice?: boolean): Promise<string | null>;
}
