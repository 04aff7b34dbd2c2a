/**
 * Worker-thread side of DifferentialPool (agents-pool.ts): loads the agent KB once, then runs each chunk it is sent
 * and posts the results back (JSON strings or the results themselves). A failure on an incident (an AssayError
 * naming the incident) goes back as the error; anything else as a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AssayError } from '../core/errors.js';
import type { AgentKb } from '../core/agents/agent-kb.js';
import { capabilities } from './workspace.js';
import { loadAgentKb } from './agents.js';
import { runChunk, type Incident, type ResultMode } from './agents-pool.js';

const { kbFile } = workerData as { kbFile?: string };
const port = parentPort!;
let kb: AgentKb | null = null;
let broken: unknown = null;
try {
  kb = kbFile ? loadAgentKb(capabilities.knowledge, kbFile) : loadAgentKb(capabilities.knowledge);
} catch (e) {
  broken = e;
}

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
