/**
 * The workspace as seen by one API user: the same store and folder, with `config.user` set to the token's
 * user, so the custody log records the authenticated user as the actor of a write (src/app/custody.ts
 * actorOf reads config.user) and signs with that user's key. One view per user, kept for the app's life.
 */
import type { Workspace } from '../app/workspace.js';
import type { User } from '../app/users.js';

const views = new WeakMap<Workspace, Map<string, Workspace>>();

export function actingAs(ws: Workspace, user: User): Workspace {
  let m = views.get(ws);
  if (!m) views.set(ws, (m = new Map()));
  let v = m.get(user.name);
  if (!v) {
    v = { store: ws.store, blobs: ws.blobs, crypto: ws.crypto, readers: ws.readers, keys: ws.keys, pdf: ws.pdf, fleet: ws.fleet, knowledge: ws.knowledge, reportDigests: ws.reportDigests, narrativeCompute: ws.narrativeCompute, journals: ws.journals, dir: ws.dir, location: ws.location, notes: [], config: Object.freeze({ ...ws.config, user: user.name }), engines: ws.engines, now: () => ws.now(), close: () => ws.close() };
    m.set(user.name, v);
  }
  return v;
}
