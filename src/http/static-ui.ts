/**
 * Serves the built web UI (web/dist) from memory: index.html never cached, hashed assets cached for a year.
 * A strict Content-Security-Policy: only this origin's scripts, styles and API; no inline scripts, no
 * framing, no plugins.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Hono } from 'hono';
import type { Env } from './registry.js';
import { packageRoot } from '../app/paths.js';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // locker previews: a video's first frame from a blob copy of its bytes
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export const defaultWebDir = () => path.join(packageRoot, 'web', 'dist');

interface Asset {
  body: Uint8Array;
  type: string;
  immutable: boolean;
}

function load(dir: string): Map<string, Asset> {
  const out = new Map<string, Asset>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const rel = '/' + path.relative(dir, p).split(path.sep).join('/');
        out.set(rel, { body: fs.readFileSync(p), type: TYPES[path.extname(p)] ?? 'application/octet-stream', immutable: rel.startsWith('/assets/') });
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

export function staticUi(app: Hono<Env>, webDir = defaultWebDir()): void {
  const assets = load(webDir);
  const secure = (h: Headers) => {
    h.set('Content-Security-Policy', CSP);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
  };
  app.get('*', (c) => {
    const p = new URL(c.req.url).pathname;
    if (p.startsWith('/api/')) return c.json({ error: { code: 'not_found', message: `no route GET ${p}` } }, 404);
    const a = assets.get(p === '/' ? '/index.html' : p) ?? (!p.startsWith('/assets/') && !path.extname(p) ? assets.get('/index.html') : undefined);
    if (!a) {
      if (assets.size === 0 && (p === '/' || p === '/index.html'))
        return c.text('The web UI is not built: run `npm run build:web` (the API is at /api).', 503);
      return c.json({ error: { code: 'not_found', message: `no file ${p}` } }, 404);
    }
    const h = new Headers({ 'Content-Type': a.type, 'Cache-Control': a.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    secure(h);
    return new Response(a.body as unknown as BodyInit, { status: 200, headers: h });
  });
}
