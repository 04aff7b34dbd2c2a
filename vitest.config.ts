import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// keys and the second witness live in the user's configuration folder: tests (and the CLI they spawn) use a
// throwaway one, never the developer's own
const configDir = path.join(os.tmpdir(), `assay-test-config-${process.pid}`);

/**
 * Test files that run one after another in one shared worker thread (`isolate: false`): the engine, evaluation-split
 * and guard tests, which only read the package's files and call pure code. Importing the engine and the knowledge base
 * costs ~2 s of CPU per file; shared, it is paid once, not ~150 times (session 16, room ci: the 38 agents-eval* and
 * agents-paraphrases* files took 96 s of CPU with a fork each, 18 s in one thread). Module state (caches of parsed
 * knowledge files, compiled lexicons) carries from one file to the next, so a file here must not change global state
 * it does not restore (process.env, process.chdir, a module's switch), and must not use PostgreSQL or NATS (the files
 * of the other project may use them at the same time), a port, a browser or the CLI in-process. A new file of these
 * families (a new split's guard, a room's rule tests) joins by its name; a file that needs its own process goes in
 * OWN_PROCESS. Every other file runs in its own fork, as before.
 */
const SHARED = [
  /^test\/agents-.*\.test\.ts$/,
  /^test\/munitions-.*\.test\.ts$/,
  /^test\/narrative-claims.*\.test\.ts$/,
  /^test\/(assess-(findings|fixes|golden|scores|stix)|bundle-schema|custody-(checkpoint-and-samples|log-properties|merkle-properties|merkle-vectors)|examples-bundles|http-error-paths|http-timeline|knowledge-independence|map-data|narrative-claim-trie|narrative-core|narrative-generator|report-digest)\.test\.ts$/,
  /^src\/.*\.test\.ts$/,
  // SQLite workspaces and knowledge files of their own in temporary folders, driven in-process (no PostgreSQL, no port,
  // no CLI, no env): the first nine 27 s of CPU with a fork each, 9 s shared; the last four about 29 s, 17 s shared
  /^test\/(http-(openapi|search|hardening|records)|finding-trail|narrative-view-counts|store-sqlite|import-bulk|assess-honest-weighting|import-real-data|knowledge-files|scale-kept-results|custody-kept-results)\.test\.ts$/,
];
/** files of those families that run the CLI in-process or use PostgreSQL: each keeps its own fork */
const OWN_PROCESS = new Set(['test/agents.test.ts', 'test/agents-cli.test.ts', 'test/agents-pool.test.ts', 'test/agents-qa.test.ts', 'test/narrative-claims.test.ts']);

const root = path.dirname(fileURLToPath(import.meta.url));
const testFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts')).map((f) => `${dir}/${f}`.split(path.sep).join('/'));
const all = [...testFiles('src'), ...testFiles('test')].filter((f) => !f.includes('node_modules'));
const shared = all.filter((f) => SHARED.some((re) => re.test(f)) && !OWN_PROCESS.has(f));
const own = all.filter((f) => !shared.includes(f));

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC', ASSAY_CONFIG_DIR: configDir, ASSAY_DATA_DIR: path.join(configDir, 'data') },
    reporters: ['default', './test/plain-summary-reporter.ts'],
    // the pools read these: the forks pool starts a process per file, the threads pool reuses its thread
    poolOptions: { forks: { isolate: true }, threads: { isolate: false } },
    projects: [
      // (CPU-bound checks over every text the project has run beside the other project's worker: on a loaded machine one
      // takes minutes, so their limit is 5 minutes rather than one; a limit guards against a hang, it checks nothing)
      { extends: true, test: { name: 'shared', include: shared, pool: 'threads', isolate: false, testTimeout: 300_000 } },
      { extends: true, test: { name: 'own-process', include: own, pool: 'forks', isolate: true } },
    ],
  },
});
