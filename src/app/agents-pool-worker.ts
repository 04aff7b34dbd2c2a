/**
 * Worker-thread side of DifferentialPool (agents-pool.ts): compiles the agent KB once, from the calling thread's copy
 * of its knowledge files (knowledge-snapshot.ts: no knowledge adapter, parser or schema loaded here), warms its extractor,
 * then runs each chunk it is sent and posts the results back (under 'json' one string a chunk, the results joined by
 * newlines; else the results themselves). A failure on an incident (an AssayError
 * naming the incident) goes back as the error; anything else as a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AssayError } from '../core/errors.js';
import type { AgentKb } from '../core/agents/agent-kb.js';
import { loadAgentKb } from './agents.js';
import { runDifferential } from '../core/agents/agent-differential.js';
import { runChunk, type Incident, type ResultMode } from './agents-pool.js';
import { snapshotKnowledge, type KnowledgeSnapshot } from './knowledge-snapshot.js';

const { kbFile, knowledge } = workerData as { kbFile: string; knowledge: KnowledgeSnapshot };
const port = parentPort!;
let kb: AgentKb | null = null;
let broken: unknown = null;
try {
  kb = loadAgentKb(snapshotKnowledge(knowledge), kbFile);
} catch (e) {
  broken = e;
}
/**
 * Warm-up before saying ready: the first differential of an isolate compiles the extractor's patterns (about 3 s of
 * CPU on the 2-core machine, session 25: docs/agent-differential.md §7.00050-speedpool), so a worker that took a chunk
 * first and compiled after would hold it that long, and the calling thread, done with the rest, would wait for it.
 * One short account a language; the results are thrown away (the engine's caches only memoise: the same results).
 */
const WARM_UP = [
  'A strong smell of chlorine; people were coughing and could not breathe.',
  'Сильный запах хлора, люди кашляли и задыхались.',
  'رائحة كلور قوية، والناس يسعلون ولا يستطيعون التنفس.',
];
if (kb)
  try {
    for (const text of WARM_UP) runDifferential(kb, [{ text }]);
  } catch {
    // a real incident that fails says so with its index
  }
// ready (or broken: the first chunk's reply says why)
port.postMessage({ ready: true });

function failure(e: unknown) {
  if (e instanceof AssayError) return { error: { code: e.code, message: e.bare, path: e.path, details: e.details } };
  return { crash: (e as Error)?.stack ?? String(e) };
}

port.on('message', (m: { seq: number; start: number; mode: ResultMode; incidents: Incident[] }) => {
  try {
    if (!kb) throw broken;
    const results = runChunk(kb, m.incidents, m.start, m.mode);
    // JSON: one string for the chunk (DifferentialPool.run splits it at the newlines)
    port.postMessage(m.mode === 'json' ? { seq: m.seq, json: results.join('\n') } : { seq: m.seq, results });
  } catch (e) {
    port.postMessage({ seq: m.seq, ...failure(e) });
  }
});
