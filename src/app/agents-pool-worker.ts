/**
 * Worker-thread side of DifferentialPool (agents-pool.ts): compiles the agent KB once, from the calling thread's copy
 * of its knowledge files (knowledge-snapshot.ts: no knowledge adapter, parser or schema loaded here), then runs each chunk it is sent
 * and posts the results back (JSON strings or the results themselves). A failure on an incident (an AssayError
 * naming the incident) goes back as the error; anything else as a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AssayError } from '../core/errors.js';
import type { AgentKb } from '../core/agents/agent-kb.js';
import { loadAgentKb } from './agents.js';
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
// ready (or broken: the first chunk's reply says why)
port.postMessage({ ready: true });

function failure(e: unknown) {
  if (e instanceof AssayError) return { error: { code: e.code, message: e.bare, path: e.path, details: e.details } };
  return { crash: (e as Error)?.stack ?? String(e) };
}

port.on('message', (m: { seq: number; start: number; mode: ResultMode; incidents: Incident[] }) => {
  try {
    if (!kb) throw broken;
    port.postMessage({ seq: m.seq, results: runChunk(kb, m.incidents, m.start, m.mode) });
  } catch (e) {
    port.postMessage({ seq: m.seq, ...failure(e) });
  }
});
