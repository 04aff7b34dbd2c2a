/**
 * HTTP hardening (docs/http-api.md, "Security"): only allowed Host names are answered (DNS rebinding), a deeply
 * nested JSON body is a 400 naming the limit, and the OpenAPI document declares the bearer on every operation
 * (optional on anonymous reads).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { sqliteWorkspace, type TestWorkspace } from './helpers/workspaces.js';
import { importBundle } from '../src/app/cases.js';
import { addUser } from '../src/app/users.js';
import { createApp, hostName } from '../src/http/app.js';
import { jsonDepth } from '../src/core/json-depth.js';
import type { Env } from '../src/http/registry.js';
import { examplesDir } from '../src/app/paths.js';

let t: TestWorkspace;
let app: Hono<Env>;
let token: string;
const CASE = 'aleppo-2018-11-24';

beforeAll(async () => {
  t = await sqliteWorkspace();
  await importBundle(t.ws, path.join(examplesDir, CASE));
  token = (await addUser(t.ws, { name: 'ann', role: 'analyst' })).token;
  app = createApp(t.ws, { anonymousRead: true, webDir: null, allowedHosts: ['assay.lab.example'] });
}, 60_000);
afterAll(async () => t.dispose());

describe('Host allow-list', () => {
  it('answers loopback names and configured ones, refuses any other (a DNS-rebinding page) with 421', async () => {
    for (const host of ['localhost:4820', '127.0.0.1:4820', '[::1]:4820', 'LOCALHOST', 'assay.lab.example:8080']) {
      const r = await app.request('/api/cases', { headers: { host } });
      expect(r.status, host).toBe(200);
    }
    for (const host of ['evil.example', 'evil.example:4820', '127.0.0.1.evil.example', 'localhost.evil.example']) {
      const r = await app.request('/api/cases', { headers: { host } });
      expect(r.status, host).toBe(421);
      const body = await r.json();
      expect(body.error).toMatchObject({ code: 'forbidden', path: 'Host' });
      expect(body.error.message).toMatch(/does not answer to the host name .*ASSAY_ALLOWED_HOSTS/);
    }
    expect(hostName('[::1]:80')).toBe('[::1]');
    expect(hostName('Example.COM.:443')).toBe('example.com');
  });
});

describe('deep JSON bodies', () => {
  it('a 200k-deep body is a 400 naming the limit, and nothing is written', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const before = (await app.request(`/api/cases/${CASE}/testimonies`)).status;
    const r = await app.request(`/api/cases/${CASE}/testimonies`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: deep });
    expect(r.status).toBe(400);
    expect((await r.json()).error).toMatchObject({ code: 'bad_input', path: 'body', message: expect.stringMatching(/deeper than 64 levels \(limit 64\)/) });
    expect(before).toBe(200);
    // brackets inside strings do not count
    expect(jsonDepth('{"a":"[[[[[[[[[[","b":[1,{"c":2}]}', 64)).toBe(3);
  });
});

describe('OpenAPI security', () => {
  it('every operation declares security; anonymous reads accept an optional bearer', async () => {
    const doc = await (await app.request('/api/openapi.json')).json();
    const ops = Object.entries(doc.paths as Record<string, Record<string, { security?: unknown[]; 'x-role': string }>>).flatMap(([p, m]) => Object.entries(m).map(([k, op]) => ({ where: `${k} ${p}`, op })));
    expect(ops.length).toBeGreaterThan(20);
    for (const { where, op } of ops) {
      expect(op.security, where).toBeDefined();
      if (op['x-role'] === 'viewer') expect(op.security, where).toEqual([{}, { bearer: [] }]);
      else expect(op.security, where).toEqual([{ bearer: [] }]);
    }
  });
});
