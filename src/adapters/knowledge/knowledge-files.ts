/**
 * The one way to the knowledge files (docs/architecture.md, "Knowledge files"): every file under knowledge/
 * is read here, parsed as YAML or JSON with its line numbers, validated with its schema, and kept in memory
 * until the file changes. A broken file is refused as `knowledge/x.yaml:LINE: field: message`, whether the
 * schema or the engine's own checks (an unknown agent class, a missing weight, a term for an unknown feature)
 * find it. A knowledge file is the program's own, never the user's input: a broken one is a fault of the
 * installation, so the refusal's code is `internal` (HTTP 500, exit 1), not `bad_input`.
 * Engines compile what they read through `compiledKnowledge`, so a compiled knowledge base is built once per
 * version of its file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssayError, KnowledgeRefusal, issuesToErrors, type ErrorData } from '../../core/errors.js';
import { KNOWLEDGE_FILES, type KnowledgeName, type KnowledgeOf } from '../../core/knowledge-files.js';
import type { KnowledgeFiles } from '../../ports/knowledge.js';
import { issuesAtLines, parseWithLines, type ParsedText } from '../readers/yaml-lines.js';

export { KNOWLEDGE_FILES, type KnowledgeName, type KnowledgeOf };

function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new AssayError('internal', 'cannot find the assay package root');
}
const root = packageRoot();
/** The package's knowledge folder (src/ or dist/ alike). */
export const knowledgeDir = path.join(root, 'knowledge');

/** Where a knowledge file of the package is. */
export const knowledgePath = (name: KnowledgeName): string => path.join(knowledgeDir, name);

/** A file as errors name it: `knowledge/agents.yaml` for the package's own, the path as given otherwise. */
export const knowledgeLabel = (file: string): string => {
  const abs = path.resolve(file);
  return abs.startsWith(root + path.sep) ? path.relative(root, abs).split(path.sep).join('/') : file;
};

interface Entry {
  /** size and mtime of the file read: a changed file is read again */
  stamp: string;
  label: string;
  parsed: ParsedText;
  data: unknown;
  compiled: Map<string, unknown>;
}
const cache = new Map<string, Entry>();

function stampOf(file: string, label: string): string | null {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) refuse([{ code: 'internal', path: label, message: st.isDirectory() ? 'is a folder, not a knowledge file' : 'is not a regular file' }]);
    return `${st.size}:${st.mtimeMs}`;
  } catch (e) {
    if (e instanceof AssayError) throw e;
    return null;
  }
}

/** Whether an error is a knowledge file's refusal (KnowledgeRefusal, src/core/errors.ts). */
export const isKnowledgeRefusal = (e: unknown): boolean => e instanceof KnowledgeRefusal;

/**
 * Throws the first problem, with all of them as details (the CLI prints them, the HTTP error carries them).
 * The code is `internal`: the program's own knowledge is broken, whoever asked (docs/architecture.md
 * "Knowledge files").
 */
function refuse(errors: ErrorData[]): never {
  const [first] = errors;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  throw new KnowledgeRefusal('internal', first.message + more, first.path, errors);
}

function entryOf(name: KnowledgeName, file: string): Entry {
  const abs = path.resolve(file);
  const label = knowledgeLabel(abs);
  const stamp = stampOf(abs, label);
  if (stamp === null) refuse([{ code: 'internal', path: label, message: `cannot be read: no such knowledge file (${name})` }]);
  const hit = cache.get(abs);
  if (hit && hit.stamp === stamp) return hit;
  const text = fs.readFileSync(abs, 'utf8');
  // the derived table is written by JSON.stringify (writeKnowledgeJson): JSON.parse reads it
  const r = parseWithLines(text, label, { jsonValue: true });
  if ('errors' in r) refuse(r.errors.map((x) => ({ ...x, code: 'internal' as const })));
  const v = KNOWLEDGE_FILES[name].safeParse(r.parsed.value);
  if (!v.success) refuse(issuesAtLines(label, r.parsed, v.error.issues).map((x) => ({ ...x, code: 'internal' as const })));
  const entry: Entry = { stamp, label, parsed: r.parsed, data: v.data, compiled: new Map() };
  cache.set(abs, entry);
  return entry;
}

/** A knowledge file, parsed and validated with its schema (read once per version of the file). */
export function readKnowledge<N extends KnowledgeName>(name: N, file: string = knowledgePath(name)): KnowledgeOf<N> {
  return entryOf(name, file).data as KnowledgeOf<N>;
}

/** Whether a knowledge file exists (optional files, such as the term files beside an analyst's agent KB). */
export const knowledgeExists = (file: string): boolean => fs.existsSync(file);

/** The version of a knowledge file as the cache sees it (size and modification time; '' when missing). */
export const knowledgeVersion = (file: string): string => stampOf(path.resolve(file), knowledgeLabel(file)) ?? '';

/** `agents.3.class` -> ['agents', 3, 'class'] */
const pathOf = (dotted: string): (string | number)[] => dotted.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
const DOTTED = /^[^:/]+$/;

/**
 * What an engine compiles from a knowledge file (a knowledge base, a resolver), built once per version of the
 * file and `what`. A problem the compiler finds at a field (error details with a path such as `agents.3.class`)
 * is named at its line like a schema problem, in the file the error names (its path: the term files beside
 * the agent KB are checked while it compiles), or else the file compiled.
 */
export function compiledKnowledge<N extends KnowledgeName, T>(name: N, file: string, what: string, build: (data: KnowledgeOf<N>, label: string) => T): T {
  const e = entryOf(name, file);
  if (e.compiled.has(what)) return e.compiled.get(what) as T;
  let out: T;
  try {
    out = build(e.data as KnowledgeOf<N>, e.label);
  } catch (err) {
    if (!(err instanceof AssayError) || err.code !== 'bad_input') throw err;
    const named = [...cache.values()].find((x) => x.label === err.path) ?? e;
    if (err.details.length && err.details.every((d) => d.path && DOTTED.test(d.path)))
      refuse(
        err.details.map((d) => {
          const line = named.parsed.lineOf(pathOf(d.path!));
          return { code: 'internal', path: `${named.label}${line ? ':' + line : ''}: ${d.path}`, message: d.message };
        }),
      );
    refuse([{ code: 'internal', path: err.path ?? e.label, message: err.bare }]);
  }
  e.compiled.set(what, out);
  return out;
}

/** Writes a derived knowledge file (JSON) after validating it; the next read sees the new version. */
export function writeKnowledgeJson(name: KnowledgeName, value: object, file: string = knowledgePath(name)): void {
  const v = KNOWLEDGE_FILES[name].safeParse(value);
  if (!v.success) {
    const [first, ...more] = issuesToErrors(v.error.issues, (p) => `${knowledgeLabel(file)}: ${p.join('.')}`);
    throw new AssayError('internal', `refusing to write an invalid table: ${first.message}`, first.path, more);
  }
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
  cache.delete(path.resolve(file));
}

/**
 * Every file of the knowledge folder, its path inside the folder and its bytes, in a fixed order: what a kept
 * result's key hashes, so a result computed with other knowledge is not reused.
 */
export function knowledgeBytes(): { rel: string; bytes: Buffer }[] {
  const out: { rel: string; bytes: Buffer }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push({ rel: p.slice(knowledgeDir.length), bytes: fs.readFileSync(p) });
    }
  };
  walk(knowledgeDir);
  return out;
}

/** The knowledge files of the package, as the `KnowledgeFiles` port hands them to use cases. */
export const fileKnowledge: KnowledgeFiles = {
  path: knowledgePath,
  label: knowledgeLabel,
  exists: knowledgeExists,
  version: knowledgeVersion,
  read: readKnowledge,
  compiled: compiledKnowledge,
  writeJson: writeKnowledgeJson,
  bytes: knowledgeBytes,
};
