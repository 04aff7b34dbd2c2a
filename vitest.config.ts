import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// keys and the second witness live in the user's configuration folder: tests (and the CLI they spawn) use a
// throwaway one, never the developer's own
const configDir = path.join(os.tmpdir(), `assay-test-config-${process.pid}`);

/**
 * Test files that run one after another in shared worker threads (`isolate: false`; SHARED_THREADS of them, below): the
 * engine, evaluation-split and guard tests, which only read the package's files and call pure code. Importing the engine and the knowledge base
 * costs ~2 s of CPU per file; shared, it is paid once, not ~150 times (session 16, room ci: the 38 agents-eval* and
 * agents-paraphrases* files took 96 s of CPU with a fork each, 18 s in one thread). Module state (caches of parsed
 * knowledge files, compiled lexicons) carries from one file to the next, so a file here must not change global state
 * it does not restore (process.env, process.chdir, a module's switch), must name no file by process.pid alone (two files
 * may run at once in two threads of one process), and must not use PostgreSQL or NATS (the files
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
/** files of those families that run the CLI in-process or use PostgreSQL, or set a V8 flag (narrative-claim-trie,
 * agents-speed-s17 and agents-speed-s19: their regexes' compile tier, session 31): each keeps its own fork */
const OWN_PROCESS = new Set(['test/agents.test.ts', 'test/agents-cli.test.ts', 'test/agents-pool.test.ts', 'test/agents-qa.test.ts', 'test/narrative-claims.test.ts', 'test/narrative-claim-trie.test.ts', 'test/agents-speed-s17.test.ts', 'test/agents-speed-s19.test.ts']);

/**
 * The shared project runs in SHARED_THREADS threads (each keeps its own imports; a file goes to whichever thread is free),
 * two on a 2-core machine: with one, its ~400 files ran one after another for most of the suite's time while the
 * other project's forks had finished long before and left a core idle (session 31, room ci: the suite's wall time was the
 * shared thread's). The own-process forks keep vitest's default (one fewer than the cores).
 */
const SHARED_THREADS = Math.max(2, os.availableParallelism() - 1);

/**
 * Files started first, longest first (minutes each of exhaustive equivalence sweeps on a loaded 2-core machine), so the
 * threads end together rather than one starting a long file when the rest are done; the others follow in vitest's order
 * (failed, then longest by the last run's durations, or largest on a clean clone). Durations from session 31's full run of the
 * unchanged suite (one shared thread, a machine at load 8-17 on 2 cores).
 */
const LONGEST_FIRST = [
  'test/agents-speed-s17.test.ts', // 651 s of the 2,545 s loaded full run (since ci2 in its own fork, 139 -> 38 s of CPU)
  'test/agents-speed-equivalence.test.ts', // 391
  'test/agents-speed-s20.test.ts', // 343, ~190 once its every-text comparison moved to agents-speed-equivalence
  'test/agents-speed-s19.test.ts', // 129 (since ci2 in its own fork, 43 -> 21 s of CPU)
  'test/agents-speed-s25-narrow.test.ts', // 109
  'test/narrative-generator.test.ts', // 45 (a small file: by size it ran last of all)
  'test/agents-speed-s14.test.ts', // 27
  'test/agents-speed-s12.test.ts', // 26
];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.indexOf(path.relative(root, f.moduleId).split(path.sep).join('/'));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return sorted.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.f);
  }
}

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
    poolOptions: { forks: { isolate: true }, threads: { isolate: false, maxThreads: SHARED_THREADS } },
    sequence: { sequencer: LongestFirst },
    projects: [
      // (CPU-bound checks over every text the project has run beside the other project's worker: on a loaded machine one
      // takes minutes, so their limit is 5 minutes rather than one; a limit guards against a hang, it checks nothing)
      { extends: true, test: { name: 'shared', include: shared, pool: 'threads', isolate: false, testTimeout: 300_000 } },
      { extends: true, test: { name: 'own-process', include: own, pool: 'forks', isolate: true } },
    ],
  },
});
