/** `npm run eval -- <name>`: runs eval/<name>/run.ts (each a standalone script that prints its figures). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const [name, ...rest] = process.argv.slice(2);
const script = name ? path.join(dir, name, 'run.ts') : '';
if (!name || !fs.existsSync(script)) {
  const known = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'run.ts')));
  console.error(`usage: npm run eval -- <${known.join('|')}> [options]`);
  process.exit(2);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...rest], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
process.exit(r.status ?? 1);
