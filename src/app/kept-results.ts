/**
 * Analysis results computed once per version of what they read, and kept in the store (docs/scale-out.md).
 * A result's key is a hash of exactly its input: the engine's code and knowledge files, the case and its
 * hypotheses, and only the record kinds the engine declares it reads (src/app/engines.ts); for reports, the
 * case's import log and report count (reports change only by import). So a new import of reports invalidates
 * the narrative and the outlet tally but not the agent differential, and an edited testimony the reverse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { canonicalJson } from '../core/canonical-json.js';
import type { EngineRead } from './engines.js';
import type { CaseView } from './cases.js';
import type { Capabilities, Workspace } from './workspace.js';
import type { KnowledgeFiles } from '../ports/knowledge.js';
import { analyseCase, type NarrativeReport } from './narrative.js';
import { keptResultSigner } from './custody-log.js';
import { keptResultMessage, keptResultProblem, keptResultSig } from '../core/custody/kept-result.js';

const codeHashes = new WeakMap<KnowledgeFiles, string>();
/** The program and its knowledge bases: a result computed by other code or knowledge is not reused. */
export function codeAndKnowledge(caps: Capabilities): string {
  const known = codeHashes.get(caps.knowledge);
  if (known) return known;
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|ya?ml|json)$/.test(e.name) && !e.name.endsWith('.map')) h.update(p.slice(d.length)).update(fs.readFileSync(p));
    }
  };
  walk(path.dirname(path.dirname(fileURLToPath(import.meta.url)))); // src/ or dist/
  for (const k of caps.knowledge.bytes()) h.update(k.rel).update(k.bytes);
  const hash = h.digest('hex').slice(0, 16);
  codeHashes.set(caps.knowledge, hash);
  return hash;
}

/** Reports change only by import: the import log and the count say which reports a case holds. */
export async function reportsKey(ws: Workspace, caseId: string): Promise<string> {
  const log = await ws.store.imports(caseId);
  return `${await ws.store.countReports(caseId)}:${createHash('sha256').update(JSON.stringify(log)).digest('hex').slice(0, 16)}`;
}

const READ_FIELD: Record<Exclude<EngineRead, 'reports'>, keyof CaseView> = { testimonies: 'testimonies', munitions: 'munitions', samples: 'samples', 'site-control': 'siteControl' };

/** The key of what an engine reads of a stored case. */
export async function engineInputKey(ws: Workspace, view: CaseView, reads: readonly EngineRead[], extra = ''): Promise<string> {
  const h = createHash('sha256').update(codeAndKnowledge(ws)).update(extra).update(canonicalJson({ case: view.case, hypotheses: view.hypotheses }));
  for (const r of [...reads].sort()) h.update(`\u0000${r}\u0000`).update(r === 'reports' ? await reportsKey(ws, view.case.id) : canonicalJson(view[READ_FIELD[r]]));
  return h.digest('hex');
}

/**
 * The kept result for `key`, or a fresh one (then kept). `hit` says which it was. A kept result is used only
 * when its signature by this workspace's key holds (docs/custody.md, "Kept results"): a row edited in the
 * database is ignored and recomputed (and `assay verify` names it). Without a registered workspace key at
 * hand (an encrypted key and no passphrase), results are computed and not kept.
 */
export async function kept<T>(ws: Workspace, caseId: string, name: string, key: string, compute: () => Promise<T>): Promise<{ value: T; hit: boolean }> {
  const signer = await keptResultSigner(ws);
  const k = signer ? await ws.store.keptResult(caseId, name) : null;
  if (signer && k && k.key === key && !keptResultProblem(ws.crypto.sha256, { case_id: caseId, name, ...k }, [signer], ws.crypto.ed25519Verify)) return { value: JSON.parse(k.data) as T, hit: true };
  const value = await compute();
  if (signer) {
    const data = JSON.stringify(value);
    await ws.store.keepResult(caseId, name, key, data, keptResultSig(signer.name, signer.sign(keptResultMessage(ws.crypto.sha256, { case_id: caseId, name, key, data }))));
  }
  return { value, hit: false };
}

/** The narrative analysis of a stored case (the workbench's narrative view), kept per version of its reports. */
export async function keptCaseNarrative(ws: Workspace, caseId: string): Promise<NarrativeReport> {
  const c = await ws.store.getCase(caseId);
  const key = createHash('sha256').update(codeAndKnowledge(ws)).update(c?.when.at ?? '').update(await reportsKey(ws, caseId)).digest('hex');
  return (await kept(ws, caseId, 'narrative-report', key, () => analyseCase(ws, caseId))).value;
}
