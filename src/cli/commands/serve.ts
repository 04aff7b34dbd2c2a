import type { Command } from 'commander';
import { globals, printJson } from '../context.js';
import { openWorkspace } from '../../app/workspace.js';
import { startServer, isLoopback } from '../../http/server.js';
import { badInput } from '../../core/errors.js';

/** `assay serve [--port P] [--host H]`: the HTTP API and the web UI; runs until interrupted. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and the HTTP API (binds 127.0.0.1 unless --host says otherwise)')
    .option('--port <n>', 'port (default 4820, or $ASSAY_PORT; 0 picks a free one)')
    .option('--host <h>', 'address to bind (default 127.0.0.1, or $ASSAY_HOST)')
    .option('--require-token', 'reads need a viewer token even on a loopback bind')
    .option('--open-read', 'reads need no token even on a non-loopback bind (writes always need one)')
    .option('--quiet', 'no access log')
    .action(async (opts, cmd: Command) => {
      const g = globals(cmd);
      let port: number | undefined;
      if (opts.port !== undefined) {
        if (!/^\d+$/.test(opts.port) || Number(opts.port) > 65535) throw badInput(`must be a port number 0-65535, got "${opts.port}"`, '--port');
        port = Number(opts.port);
      }
      // (session 32, review) as every command but those that create (context.ts withWorkspace): a mistyped --db is refused, not
      // made into an empty workspace and served
      const ws = await openWorkspace({ db: g.db, databaseUrl: g.databaseUrl, mustExist: true });
      const host: string = opts.host ?? ws.config.host;
      const anonymousRead = opts.requireToken ? false : opts.openRead ? true : isLoopback(host);
      const log = opts.quiet ? undefined : (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
      const srv = await startServer({ ws, host, port, anonymousRead, log }).catch(async (e) => {
        await ws.close();
        throw badInput(`cannot listen on ${host}:${port ?? ws.config.port}: ${(e as Error).message}`, '--port');
      });
      if (g.json) printJson({ url: srv.url, anonymous_read: anonymousRead });
      else {
        process.stdout.write(`assay is serving the workbench at ${srv.url}\n`);
        process.stdout.write(anonymousRead ? 'reads are open on this address; writes need a token (assay users add --name N --role analyst)\n' : 'every request needs a token (assay users add --name N --role viewer|analyst|admin)\n');
        if (!isLoopback(host)) process.stdout.write(`warning: bound to ${host}, reachable from other machines; put TLS in front of it\n`);
      }
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await srv.close();
      await ws.close();
    });
}
