/**
 * The functional core stays pure (DESIGN.md convention 1): nothing under src/core imports Node built-ins,
 * drivers, or the IO layers; and engines never import each other (only the shared case model).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../src/core');
const files: string[] = [];
const walk = (d: string) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts')) files.push(p);
  }
};
walk(root);

const importsOf = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

const FORBIDDEN = /^(node:|fs$|path$|crypto$|os$|child_process$|better-sqlite3|pg$|kysely|hono|@hono|playwright)/;
const ENGINES = ['agents', 'munitions', 'narrative', 'custody'];

describe('architecture', () => {
  it('has a core to check', () => expect(files.length).toBeGreaterThan(5));

  it('src/core imports no IO: no Node built-ins, drivers, servers, adapters or app code', () => {
    const bad: string[] = [];
    for (const f of files) {
      for (const spec of importsOf(f)) {
        const resolved = spec.startsWith('.') ? path.resolve(path.dirname(f), spec) : spec;
        if (FORBIDDEN.test(spec) || (spec.startsWith('.') && !resolved.startsWith(root + path.sep)))
          bad.push(`${path.relative(root, f)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('engines do not import each other', () => {
    const bad: string[] = [];
    for (const f of files) {
      const own = path.relative(root, f).split(path.sep)[0];
      if (!ENGINES.includes(own)) continue;
      for (const spec of importsOf(f)) {
        if (!spec.startsWith('.')) continue;
        const target = path.relative(root, path.resolve(path.dirname(f), spec)).split(path.sep)[0];
        // munition compatibility may use the agent knowledge types (agent ids and classes are its vocabulary)
        if (ENGINES.includes(target) && target !== own && !(own === 'munitions' && target === 'agents')) bad.push(`${own}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
