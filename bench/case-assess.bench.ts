/**
 * The shell's path for a bundled case (docs/architecture.md "Cost of the refactor"): import the bundle, assess it
 * for the first time in the process (the engines' knowledge compiled, every engine run) and again (the kept
 * result), with the wall clock and this process's CPU time (the machine is shared, so the CPU time is the steadier
 * figure). It uses only `openWorkspace`, `importBundle` and `assessTarget`, which every version of the program
 * has, so the same file can be copied into an older checkout to compare.
 *
 *   npm run bench -- case-assess
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// loaded by path, so a copy of this file measures the checkout it is copied into
const { openWorkspace } = await import(path.join(root, 'src/app/workspace.ts'));
const { importBundle } = await import(path.join(root, 'src/app/cases.ts'));
const { assessTarget } = await import(path.join(root, 'src/app/assess.ts'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-case-assess-'));
const ws = await openWorkspace({ db: path.join(dir, 'assay.db') });
async function timed<T>(f: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await f();
  const u = process.cpuUsage(c);
  return { value, wall: performance.now() - t, cpu: (u.user + u.system) / 1000 };
}
const ms = (x: { wall: number; cpu: number }) => `${x.wall.toFixed(0)} ms (CPU ${x.cpu.toFixed(0)} ms)`;
for (const b of ['aleppo-2018-11-24', 'khan-shaykhun-2017-04-04']) {
  const imported = await timed(() => importBundle(ws, path.join(root, 'examples', b)));
  const id = (imported.value as { case_id: string }).case_id;
  const first = await timed(() => assessTarget(ws, id));
  const second = await timed(() => assessTarget(ws, id));
  console.log(`${b}: import ${ms(imported)}, first assessment ${ms(first)}, second ${ms(second)}`);
}
await ws.close();
fs.rmSync(dir, { recursive: true, force: true });
