/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (each a standalone script that prints its figures),
 * or only those whose name contains the first argument: `npm run bench -- import` (only the one so named, when one is:
 * `npm run bench -- narrative` is not also narrative10m).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const all = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts'));
// an exact name runs that one only (`narrative` is not also `narrative10m`, which takes minutes)
const files = all.includes(`${filter}.bench.ts`) ? [`${filter}.bench.ts`] : all.filter((f) => f.includes(filter)).sort();
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(dir, f)], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
