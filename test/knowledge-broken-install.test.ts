/**
 * A broken knowledge file in an installed copy of the program (docs/architecture.md "Knowledge files"): the
 * program's own knowledge is at fault, not the user, so the CLI exits 1 and the HTTP API answers 500, each
 * naming file, line and field; a user's mistake against the same copy stays exit 2 and HTTP 400.
 * The copy is the package's layout (src, knowledge, package.json, node_modules beside them), run as separate
 * processes, so the knowledge adapter finds the broken file where it finds the shipped one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/workspaces.js';

const repo = path.resolve(__dirname, '..');
let copy: string;
let brokenLine: number;

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(copy, script), ...args], { cwd: copy, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, timeout: 120_000 });

beforeAll(() => {
  copy = tempDir('assay-broken-install-');
  for (const d of ['src', 'knowledge']) fs.cpSync(path.join(repo, d), path.join(copy, d), { recursive: true, filter: (f) => !f.endsWith('.test.ts') });
  for (const f of ['package.json', 'tsconfig.json']) fs.copyFileSync(path.join(repo, f), path.join(copy, f));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const kb = path.join(copy, 'knowledge', 'agents.yaml');
  const text = fs.readFileSync(kb, 'utf8');
  expect(text).toContain('leak: {value: 0.01,');
  fs.writeFileSync(kb, text.replace('leak: {value: 0.01,', 'leak: {value: "lots",'));
  brokenLine = fs.readFileSync(kb, 'utf8').split('\n').findIndex((l) => l.includes('leak: {value: "lots"')) + 1;
  expect(brokenLine).toBeGreaterThan(0);
  fs.writeFileSync(path.join(copy, 'cli.ts'), "import { main } from './src/cli/main.js';\nmain(process.argv).then((code) => { process.exitCode = code; });\n");
  fs.writeFileSync(
    path.join(copy, 'http.ts'),
    [
      "import { openWorkspace } from './src/app/workspace.js';",
      "import { importBundle } from './src/app/cases.js';",
      "import { createApp } from './src/http/app.js';",
      'const [db, bundle] = process.argv.slice(2);',
      'const ws = await openWorkspace({ db });',
      'const { case_id } = await importBundle(ws, bundle);',
      'const app = createApp(ws, { anonymousRead: true });',
      'const out: Record<string, unknown> = {};',
      "for (const [k, url] of [['assessment', `/api/cases/${case_id}/assessment`], ['agents', `/api/cases/${case_id}/agents`], ['badLimit', `/api/cases/${case_id}/reports?limit=nope`]]) {",
      "  const r = await app.request(url, { headers: { host: 'localhost' } });",
      '  out[k] = { status: r.status, body: await r.json() };',
      '}',
      'console.log(JSON.stringify(out));',
      'await ws.close();',
      '',
    ].join('\n'),
  );
});
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe('a broken knowledge file shipped with the program', () => {
  it('CLI: exit 1 naming knowledge/agents.yaml, its line and the field; a user mistake stays exit 2', () => {
    const r = run('cli.ts', ['agents', '--text', 'a strange smell of bleach, then burning eyes']);
    expect(r.stderr).toMatch(new RegExp(`^error: knowledge/agents\\.yaml:${brokenLine}: model\\.leak\\.value: .*number`, 'm'));
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.status).toBe(1);

    // a bundle with a wrong date is the user's mistake: exit 2 naming its file, line and field
    const bundle = path.join(copy, 'bundle');
    fs.cpSync(path.join(repo, 'examples', 'aleppo-2018-11-24'), bundle, { recursive: true });
    const caseFile = path.join(bundle, 'case.yaml');
    const text = fs.readFileSync(caseFile, 'utf8');
    expect(text).toMatch(/\n {2}at: /);
    fs.writeFileSync(caseFile, text.replace(/\n {2}at: [^\n]*/, '\n  at: 24 November 2018'));
    const line = fs.readFileSync(caseFile, 'utf8').split('\n').indexOf('  at: 24 November 2018') + 1;
    const user = run('cli.ts', ['assess', bundle]);
    expect(user.stderr).toMatch(new RegExp(`case\\.yaml:${line}: when\\.at`));
    expect(user.status).toBe(2);
  });

  it('HTTP: 500 with the file, line and field; a bad query stays 400', () => {
    const r = run('http.ts', [path.join(copy, 'ws.sqlite'), path.join(repo, 'examples', 'aleppo-2018-11-24')]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
    for (const k of ['assessment', 'agents']) {
      expect(out[k].status, k).toBe(500);
      expect(out[k].body.error).toMatchObject({ code: 'internal', path: `knowledge/agents.yaml:${brokenLine}: model.leak.value` });
      expect(out[k].body.error.message).toMatch(/number/);
    }
    expect(out.badLimit.status).toBe(400);
    expect(out.badLimit.body.error).toMatchObject({ code: 'bad_input', path: 'limit' });
  });
});
