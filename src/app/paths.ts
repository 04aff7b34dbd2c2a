/** Where the package's own files are (examples; the knowledge files: src/adapters/knowledge), whether run from src/ (tsx) or dist/. */
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('cannot find the assay package root');
}

export const packageRoot = findRoot();
export const examplesDir = path.join(packageRoot, 'examples');
/** The shared real data beside the checkout (tests and benchmarks only). */
export const sharedDataDir = path.resolve(packageRoot, '..', 'shared', 'data');
