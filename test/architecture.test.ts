/**
 * The functional core stays pure (functional core, imperative shell; docs/architecture.md): nothing under src/core imports Node built-ins,
 * drivers, or the IO layers; and engines never import each other (only the shared case model). The shell
 * reaches the database only through the store port: only the workspace module (the composition root)
 * imports a store adapter, and src/app and src/http never import the query layer (kysely).
 * The shell wires engines by an explicit list (src/app/engines.ts, docs/architecture.md): no module fills a
 * registry when it loads, no side-effect imports, no Proxy standing in for the store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(__dirname, '../src');
const root = path.join(src, 'core');
const sourcesUnder = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts')) out.push(p);
    }
  };
  walk(dir);
  return out;
};
const files = sourcesUnder(root);

const importsOf = (file: string) => [
  ...[...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]),
  // type-position and dynamic imports: import('x')
  ...[...fs.readFileSync(file, 'utf8').matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]),
];

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

  it('only the workspace module imports a store adapter; src/app, src/http and src/cli never import kysely', () => {
    const storeAdapters = path.join(src, 'adapters', 'store') + path.sep;
    const workspace = path.join(src, 'app', 'workspace.ts');
    const bad: string[] = [];
    for (const f of sourcesUnder(src)) {
      if (f.startsWith(path.join(src, 'adapters') + path.sep)) continue;
      const shell = ['app', 'http', 'cli'].some((d) => f.startsWith(path.join(src, d) + path.sep));
      for (const spec of importsOf(f)) {
        if (shell && /^kysely(\/|$)/.test(spec)) bad.push(`${path.relative(src, f)} imports ${spec}`);
        if (spec.startsWith('.') && path.resolve(path.dirname(f), spec).startsWith(storeAdapters) && f !== workspace)
          bad.push(`${path.relative(src, f)} imports the store adapter ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('only the workspace module (the composition root) imports adapters; it hands them over as ports, never re-exports one', () => {
    const adapters = path.join(src, 'adapters') + path.sep;
    const workspace = path.join(src, 'app', 'workspace.ts');
    const bad: string[] = [];
    for (const f of sourcesUnder(src)) {
      if (f.startsWith(adapters) || f === workspace) continue;
      for (const spec of importsOf(f))
        if (spec.startsWith('.') && path.resolve(path.dirname(f), spec).startsWith(adapters)) bad.push(`${path.relative(src, f).split(path.sep).join('/')} imports ${spec}`);
    }
    expect(bad).toEqual([]);
    // the composition root picks adapters; it does not pass them through as a barrel
    const text = fs.readFileSync(workspace, 'utf8');
    expect([...text.matchAll(/^export\s[^;]*?from\s+['"]([^'"]*adapters[^'"]*)['"]/gm)].map((m) => m[1])).toEqual([]);
    // the capabilities the use cases receive are typed by ports, not adapter classes
    const iface = /export interface (?:Capabilities|Workspace)\b[^{]*\{([\s\S]*?)\n\}/g;
    for (const m of text.matchAll(iface)) expect(m[1]).not.toMatch(/:\s*(Fs|Node|Chromium|Nats|Pg|Kysely|Sqlite|Postgres)[A-Z]\w*/);
  });

  it('src/app reads files and hashes through the ports (readers, crypto), not node:fs / node:crypto; the remaining uses are listed with their reason', () => {
    const app = path.join(src, 'app') + path.sep;
    // file -> why it still touches the file system or node:crypto itself. Shrink this list; never grow it
    // without a reason a reviewer would accept.
    const allowed: Record<string, { fs?: string; crypto?: string }> = {
      'workspace.ts': { fs: 'the composition root: creates the workspace folder and moves a legacy layout before any port exists', crypto: 'the composition root: names a database schema and a temporary workspace' },
      'paths.ts': { fs: 'finds the package root when the module loads, before any capabilities exist' },
      'assess.ts': { fs: 'writeOut writes command output files, and a target is told apart as folder or case id (no writer port yet)', crypto: 'SHA-1 for STIX UUIDv5 ids (the Crypto port has SHA-256 only)' },
      'cases.ts': { fs: 'case export writes a bundle folder (no writer port yet)', crypto: 'short ids of site-control rows (not yet through the Crypto port)' },
      'consequences.ts': { fs: 'tells a bundle folder from a case id (not yet through the readers port)' },
      'custody-anchor.ts': { fs: 'writes anchoring requests and reads timestamp receipts (no writer port yet)', crypto: 'random nonce of an RFC 3161 request (the Crypto port has no random source)' },
      'custody-log.ts': { fs: 'the witness file, written atomically (no writer port yet)', crypto: 'workspace id and temporary names (not yet through the Crypto port)' },
      'custody-verify.ts': { fs: 'reads notes and external witness files given on the command line (not yet through the readers port)' },
      'evidence.ts': { fs: 'checks files to add and copies blobs out on export (no writer port yet)' },
      'kept-results.ts': { fs: 'hashes the code and knowledge folders into the kept-results key', crypto: 'the kept-results key (not yet through the Crypto port)' },
      'read-chunk.ts': { fs: 'a queued chunk goes through a temporary file so the report reader reads it exactly as the whole file' },
      'users.ts': { crypto: 'API tokens need a cryptographic random source, which the Crypto port does not offer' },
    };
    const found: Record<string, { fs?: boolean; crypto?: boolean }> = {};
    for (const f of sourcesUnder(path.join(src, 'app'))) {
      const rel = f.slice(app.length).split(path.sep).join('/');
      for (const spec of importsOf(f)) {
        const kind = /^(node:)?fs(\/promises)?$/.test(spec) ? 'fs' : /^(node:)?crypto$/.test(spec) ? 'crypto' : null;
        if (kind) (found[rel] ??= {})[kind] = true;
      }
    }
    const bad = Object.entries(found).flatMap(([rel, k]) => (['fs', 'crypto'] as const).filter((x) => k[x] && !allowed[rel]?.[x]).map((x) => `src/app/${rel} imports node:${x}`));
    expect(bad).toEqual([]);
    // the list holds no stale entries: each reason still describes an import
    const stale = Object.entries(allowed).flatMap(([rel, k]) => (['fs', 'crypto'] as const).filter((x) => k[x] && !found[rel]?.[x]).map((x) => `${rel}: ${x}`));
    expect(stale).toEqual([]);
    // the narrative use cases in particular read and hash only through the ports
    for (const f of ['narrative.ts', 'narrative-baselines.ts', 'distributed-narrative.ts']) expect(found[f]).toBeUndefined();
  });

  it('src/http reaches files, stores and services only through the use cases in src/app (no adapter imports)', () => {
    const adapters = path.join(src, 'adapters') + path.sep;
    const bad: string[] = [];
    for (const f of sourcesUnder(path.join(src, 'http')))
      for (const spec of importsOf(f)) if (spec.startsWith('.') && path.resolve(path.dirname(f), spec).startsWith(adapters)) bad.push(`${path.relative(src, f)} imports ${spec}`);
    expect(bad).toEqual([]);
  });

  it('nothing is wired by loading a module: no side-effect imports (in src, tests or benchmarks), no top-level register/add calls', () => {
    const bad: string[] = [];
    const repo = path.resolve(src, '..');
    const withTests = (d: string): string[] =>
      fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? withTests(path.join(d, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(d, e.name)] : []));
    for (const f of ['src', 'test', 'bench', 'eval'].map((d) => path.join(repo, d)).filter((d) => fs.existsSync(d)).flatMap(withTests))
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/^import\s+['"]([^'"]+)['"]/gm)) bad.push(`${path.relative(repo, f)}: import '${m[1]}'`);
    for (const f of sourcesUnder(src)) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/^(?:register|add)\w*\(/gm)) bad.push(`${path.relative(src, f)}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
  });

  it('only the knowledge adapter reads knowledge/ files (src/adapters/knowledge, docs/architecture.md "Knowledge files")', () => {
    const adapter = path.join(src, 'adapters', 'knowledge') + path.sep;
    const bad: string[] = [];
    const repo = path.resolve(src, '..');
    for (const f of [...sourcesUnder(src), ...sourcesUnder(path.join(repo, 'bench'))]) {
      if (f.startsWith(adapter)) continue;
      const code = fs
        .readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const rel = path.relative(repo, f);
      // the folder's location, a path built to it, or a file system call naming it
      if (/\bknowledgeDir\b/.test(code)) bad.push(`${rel}: knowledgeDir`);
      // (a bare 'knowledge' is the port's name on the capabilities; as a path it is joined or has a slash)
      if (/['"`](?:\.{0,2}\/)knowledge\/?['"`]|['"`]knowledge\/['"`]|\b(?:join|resolve)\([^)]*['"`]knowledge['"`]/.test(code)) bad.push(`${rel}: a path to the knowledge folder`);
      if (/\bfs\.\w+\([^)]*knowledge/.test(code)) bad.push(`${rel}: reads a knowledge file itself`);
      if (/\b(?:path\.)?(?:join|resolve)\([^)]*['"`][^'"`]*knowledge\/[^'"`]*\.(?:ya?ml|json)['"`]/.test(code)) bad.push(`${rel}: builds a knowledge file path`);
    }
    expect(bad).toEqual([]);
    // and the core's list knows every file there is (a schema each)
    const listed = fs.readFileSync(path.join(root, 'knowledge-files.ts'), 'utf8');
    for (const k of fs.readdirSync(path.join(repo, 'knowledge')).filter((x) => /\.(ya?ml|json)$/.test(x))) expect(listed).toContain(`'${k}':`);
  });

  it('the workspace exposes the store as the port, not an adapter class', () => {
    const ws = fs.readFileSync(path.join(src, 'app', 'workspace.ts'), 'utf8');
    expect(ws).toMatch(/readonly store: CaseStore;/);
    expect(ws).not.toMatch(/KyselyCaseStore/);
  });

  it('src/app wraps nothing in a Proxy (engines get their input from the engine list, not a disguised store)', () => {
    const bad = sourcesUnder(src).filter((f) => f.startsWith(path.join(src, 'app')) && /new Proxy\(/.test(fs.readFileSync(f, 'utf8')));
    expect(bad.map((f) => path.relative(src, f))).toEqual([]);
  });

  it('comments cite a method or a section of docs/, never an issue number or a design file outside the repository', () => {
    const repo = path.resolve(src, '..');
    const trees = ['src', 'web/src', 'bench', 'test'].map((d) => path.join(repo, d));
    const walk = (d: string): string[] =>
      fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === 'node_modules' || e.name === 'golden' ? [] : walk(path.join(d, e.name))) : /\.(tsx?|css|ya?ml)$/.test(e.name) ? [path.join(d, e.name)] : [],
      );
    // 'issue 6', 'QA issue 7', 'issue #10', 'DESIGN.md', and the domain pages kept outside the repository
    const cites = /\b[Ii]ssues? #?\d+|\bDESIGN\.md|structured-analysis\.md|custody-and-exchange\.md|shared\/domain\//;
    const bad: string[] = [];
    for (const f of trees.filter((t) => fs.existsSync(t)).flatMap(walk)) {
      if (f === __filename) continue;
      fs.readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        if (cites.test(line)) bad.push(`${path.relative(repo, f)}:${i + 1}`);
      });
    }
    // the knowledge files' comments and judgments too (their sources are cited documents, not issues), the docs,
    // the README and the example bundles' own files (their reports quote outside sources and are left out)
    const prose = [
      ...fs.readdirSync(path.join(repo, 'knowledge')).filter((x) => /\.(ya?ml|json)$/.test(x)).map((k) => `knowledge/${k}`),
      ...fs.readdirSync(path.join(repo, 'docs')).filter((x) => x.endsWith('.md')).map((d) => `docs/${d}`),
      'README.md',
      ...fs.readdirSync(path.join(repo, 'examples'), { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) =>
        fs.readdirSync(path.join(repo, 'examples', e.name)).filter((x) => /\.(ya?ml|md)$/.test(x)).map((x) => `examples/${e.name}/${x}`),
      ),
    ];
    for (const rel of prose)
      fs.readFileSync(path.join(repo, rel), 'utf8').split('\n').forEach((line, i) => {
        if (/\b[Ii]ssues? #?\d+/.test(line)) bad.push(`${rel}:${i + 1}`);
      });
    expect(bad).toEqual([]);
  });

  it('the web UI runs only core code from src/ and imports the shared shapes instead of copying them', () => {
    const web = path.resolve(src, '../web/src');
    const bad: string[] = [];
    for (const f of sourcesUnder(web)) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
        const target = path.resolve(path.dirname(f), m[3]);
        if (!m[3].startsWith('.') || !target.startsWith(src + path.sep)) continue;
        // code that runs in the browser comes from the pure core; types may come from anywhere the core reaches
        if (!m[2] && !target.startsWith(root + path.sep)) bad.push(`${path.relative(web, f)} runs ${m[3]}`);
      }
      // the case model's records are z.infer types of src/core/case/schemas.ts; the UI imports them
      const copies = /^export (?:interface|type) (Page|RatingChange|RatingChangeRecord|Rating|CaseSummary|CaseView|Affiliation|Source|Testimony|Munition|MunitionObservation|Hypothesis|MatrixItem|EvidenceFile|Sample|SiteControl|Report|StoredReport|Finding|KeyJudgment|TimelineEvent|Brief)\b(?:<[^>]*>)?\s*(?:\{|=\s*\{)/gm;
      for (const m of text.matchAll(copies)) bad.push(`${path.relative(web, f)} copies the shared type ${m[1]}`);
      if (/^export type Rating = ['"]/m.test(text)) bad.push(`${path.relative(web, f)} copies the shared type Rating`);
    }
    expect(bad).toEqual([]);
  });

  it('core throws only AssayError with a code; the code becomes an HTTP status in src/http and an exit code in src/cli', () => {
    const bad = files.filter((f) => /\bthrow\s+(new\s+)?(Error|RangeError|TypeError|SyntaxError)\(/.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    expect(bad).toEqual([]);
    const errors = fs.readFileSync(path.join(root, 'errors.ts'), 'utf8');
    expect(errors).not.toMatch(/httpStatusFor|exitCodeFor|\b(400|404|500)\b/);
    expect(fs.readFileSync(path.join(src, 'http', 'http-errors.ts'), 'utf8')).toMatch(/export function httpStatusFor/);
    expect(fs.readFileSync(path.join(src, 'cli', 'context.ts'), 'utf8')).toMatch(/export function exitCodeFor/);
  });

  it('validation issues become error data in one place (issuesToErrors in core/errors.ts)', () => {
    const bad = sourcesUnder(src)
      .filter((f) => f !== path.join(root, 'errors.ts') && /\.issues(\.slice\([^)]*\))?\.map\(|\.issues\[0\]/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(src, f));
    expect(bad).toEqual([]);
  });

  it('use cases and routes stay small enough to read (src/app and src/http files under 500 lines)', () => {
    const big = sourcesUnder(src)
      .filter((f) => f.startsWith(path.join(src, 'app') + path.sep) || f.startsWith(path.join(src, 'http') + path.sep))
      .map((f) => [path.relative(src, f), fs.readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 500);
    expect(big).toEqual([]);
  });

  it('dead imports and locals fail the type check (noUnusedLocals in the program and the web UI)', () => {
    const repo = path.resolve(src, '..');
    for (const f of ['tsconfig.json', 'web/tsconfig.json'])
      expect(JSON.parse(fs.readFileSync(path.join(repo, f), 'utf8')).compilerOptions.noUnusedLocals, f).toBe(true);
  });

  it('src/app/engines.ts lists every engine with what it reads and its findings', async () => {
    const { ENGINES } = await import('../src/app/engines.js');
    expect(ENGINES.map((e) => e.name)).toEqual(['custody', 'narrative', 'agent-differential', 'munition-compatibility']);
    for (const e of ENGINES) {
      expect(e.reads.length).toBeGreaterThan(0);
      expect(typeof e.findings).toBe('function');
    }
  });
});
