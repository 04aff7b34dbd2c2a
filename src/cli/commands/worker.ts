import { spawn, type ChildProcess } from 'node:child_process';
import type { Command } from 'commander';
import { globals } from '../context.js';
import { badInput } from '../../core/errors.js';
import { loadConfig } from '../../config.js';
import { capabilities } from '../../app/workspace.js';
import { runWorker } from '../../app/worker.js';

/**
 * `assay worker`: one process per core does CPU work in parallel (a Node process uses one core), so
 * --concurrency N starts N worker processes and supervises them; each takes one job at a time.
 */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take distributed import and narrative jobs from the work queue (NATS JetStream) and do them against the workspace\'s PostgreSQL')
    .option('--queue <url>', 'the work queue (default $ASSAY_QUEUE_URL, else nats://127.0.0.1:4222)')
    .option('--concurrency <n>', 'worker processes to run (one job each at a time; one per core is right)', '1')
    .addHelpText('after', '\nExamples:\n  ASSAY_DATABASE_URL=postgres://db-host/assay assay worker --queue nats://queue-host:4222 --concurrency 2\n\nStop with Ctrl-C (SIGINT) or SIGTERM: the job in hand is finished first.')
    .action(async (opts, cmd: Command) => {
      const g = globals(cmd);
      const n = Number(opts.concurrency);
      if (!Number.isInteger(n) || n < 1 || n > 256) throw badInput(`expected a whole number from 1 to 256, got "${opts.concurrency}"`, '--concurrency');
      const databaseUrl = g.databaseUrl ?? loadConfig().databaseUrl;
      if (!databaseUrl) throw badInput('a worker works on a PostgreSQL workspace: set ASSAY_DATABASE_URL (or --database-url)', 'ASSAY_DATABASE_URL');
      const queueUrl = opts.queue ?? process.env.ASSAY_QUEUE_URL;
      if (n > 1) {
        const children: ChildProcess[] = [];
        const args = [...process.execArgv, process.argv[1], 'worker', '--concurrency', '1', ...(queueUrl ? ['--queue', queueUrl] : [])];
        for (let i = 0; i < n; i++) children.push(spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASSAY_DATABASE_URL: databaseUrl } }));
        const stop = (sig: NodeJS.Signals) => children.forEach((c) => c.kill(sig));
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
        const codes = await Promise.all(children.map((c) => new Promise<number>((res) => c.once('exit', (code) => res(code ?? 1)))));
        if (codes.some((c) => c !== 0)) process.exitCode = 1;
        return;
      }
      const ac = new AbortController();
      process.once('SIGINT', () => ac.abort());
      process.once('SIGTERM', () => ac.abort());
      await runWorker(capabilities, { queueUrl, databaseUrl, concurrency: 1, signal: ac.signal, log: (l) => process.stderr.write(`${new Date().toISOString()} ${l}\n`) });
    });
}
