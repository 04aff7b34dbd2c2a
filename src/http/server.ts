/**
 * Binds the app to a port (@hono/node-server). Loopback (127.0.0.1) unless told otherwise; on a loopback
 * bind anonymous reads are allowed by default (see auth.ts), elsewhere every request needs a token.
 * `startServer` is what `assay serve` and `assay demo` call.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Workspace } from '../app/workspace.js';
import { createApp, type AppOptions } from './app.js';
import { recoverCustody } from '../app/custody.js';
import { isLoopback } from './auth.js';

export interface StartOptions extends AppOptions {
  ws: Workspace;
  host?: string;
  /** 0 picks a free port */
  port?: number;
}

export { isLoopback };

export async function startServer(o: StartOptions): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const host = o.host ?? o.ws.config.host ?? '127.0.0.1';
  const port = o.port ?? o.ws.config.port ?? 4820;
  // clean up after a crashed writer before serving: partial blobs removed, interrupted operations reported
  for (const n of await recoverCustody(o.ws)) (o.log ?? ((l: string) => process.stderr.write(l + '\n')))(`recovered: ${n}`);
  // the name it is bound to is a name it answers to (besides loopback and ASSAY_ALLOWED_HOSTS); bound to every
  // interface it answers any name (reads then need a token, so a rebinding page gets nothing)
  const bound = host === '0.0.0.0' || host === '::' ? ['*'] : [host.includes(':') && !host.startsWith('[') ? `[${host}]` : host];
  const app = createApp(o.ws, { ...o, anonymousRead: o.anonymousRead ?? isLoopback(host), allowedHosts: [...(o.allowedHosts ?? o.ws.config.allowedHosts), ...bound] });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(s));
    s.once('error', reject);
  });
  // slow-client limits: headers within 2 min, a whole request within 10 min (uploads). Node measures the header
  // limit from the connection's start, and a first assessment of a big case computes on this thread for a minute
  // or more; a shorter limit answered the requests queued behind it (the overview's other reads) with 408
  const http = server as unknown as { headersTimeout: number; requestTimeout: number; keepAliveTimeout: number };
  http.headersTimeout = 120_000;
  http.requestTimeout = 600_000;
  http.keepAliveTimeout = 5_000;
  const addr = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${addr.port}/`,
    port: addr.port,
    close: () => new Promise<void>((res) => server.close(() => res())),
  };
}
