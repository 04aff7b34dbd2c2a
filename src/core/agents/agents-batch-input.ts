/**
 * The input of `assay agents --batch FILE`: many incidents, each what `assay agents FILE` reads ({"reports": [...],
 * "context"?: {...}} or a bare array of reports) plus an optional "id", either one a line (JSONL) or as one JSON array
 * (a file whose first character is "["). Every incident is validated before any is run; problems are named by file,
 * line and field (`incidents.jsonl:12: reports.0.reliability: ...`), at most 20 of them.
 */
import { AssayError, badInput, type ErrorData } from '../errors.js';
import { parseAgentsInput, parseJsonText } from './agents-input.js';
import type { Account, DifferentialContext } from './agent-differential.js';

export interface BatchIncident {
  /** the incident's "id" as given (a string or a number), null without one */
  id: string | number | null;
  /** where it starts in the file (1-based) */
  line: number;
  accounts: Account[];
  context: DifferentialContext;
}

const MAX_PROBLEMS = 20;

/** The 1-based line each element of a top-level JSON array starts on (the text is valid JSON). */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\uFEFF') continue;
    if (depth === 1 && expectValue && c !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

/** One JSONL line as JSON, a syntax error named `file:line:column`. */
function parseLine(text: string, file: string, line: number): unknown {
  try {
    return parseJsonText(text, file);
  } catch (e) {
    const where = /:(\d+):(\d+)$/.exec((e as AssayError).path ?? '');
    throw badInput((e as AssayError).bare, where ? `${file}:${line}:${where[2]}` : `${file}:${line}`);
  }
}

/** Problems of one incident as error data named `file:line: field` (the first of them in the error's message). */
function problemsOf(e: unknown, where: string): ErrorData[] {
  if (!(e instanceof AssayError)) throw e;
  if (e.details.length) return e.details.map((d) => ({ code: d.code, path: d.path ? `${where}: ${d.path}` : where, message: d.message }));
  // one problem: parseAgentsInput's message is "field: what"
  const m = /^([\w.]+): ([\s\S]*)$/.exec(e.bare);
  return [{ code: e.code, path: m ? `${where}: ${m[1]}` : where, message: m ? m[2] : e.bare }];
}

/**
 * Validates a batch; `known` as for parseAgentsInput. Returns the incidents in file order and the warnings (unknown
 * keys), each named by file and line; throws one bad_input naming every problem found (up to 20).
 */
export function parseAgentsBatch(text: string, file: string, known: { features: Set<string>; priorIds: Set<string> }): { incidents: BatchIncident[]; warnings: string[] } {
  const body = text.replace(/^\uFEFF/, '');
  const items: { raw: unknown; line: number }[] = [];
  if (body.trimStart().startsWith('[')) {
    const raw = parseJsonText(body, file) as unknown[];
    const lines = arrayElementLines(body);
    raw.forEach((x, i) => items.push({ raw: x, line: lines[i] ?? 1 }));
  } else {
    const rows = body.split('\n');
    const syntax: ErrorData[] = [];
    for (let i = 0; i < rows.length && syntax.length < MAX_PROBLEMS; i++) {
      if (!rows[i].trim()) continue;
      try {
        items.push({ raw: parseLine(rows[i], file, i + 1), line: i + 1 });
      } catch (e) {
        syntax.push((e as AssayError).toData());
      }
    }
    if (syntax.length) throw badInput(syntax[0].message, syntax[0].path, syntax.length > 1 ? syntax : []);
  }
  if (!items.length) throw badInput('no incidents (one JSON object a line, or a JSON array of them)', file);
  const incidents: BatchIncident[] = [];
  const warnings: string[] = [];
  const problems: ErrorData[] = [];
  for (const { raw, line } of items) {
    const where = `${file}:${line}`;
    let rest = raw;
    let id: string | number | null = null;
    if (raw && typeof raw === 'object' && !Array.isArray(raw) && 'id' in raw) {
      const { id: given, ...others } = raw as Record<string, unknown>;
      if (typeof given === 'string' || (typeof given === 'number' && Number.isFinite(given))) id = given;
      else problems.push({ code: 'bad_input', path: `${where}: id`, message: 'an incident\'s "id" is a string or a number' });
      rest = others;
    }
    if (!rest || typeof rest !== 'object') {
      problems.push({ code: 'bad_input', path: where, message: 'an incident is a JSON object {"reports": [...]} or an array of reports' });
      continue;
    }
    try {
      const one = parseAgentsInput(rest, where, known);
      incidents.push({ id, line, accounts: one.accounts, context: one.context });
      for (const w of one.warnings) warnings.push(`${where}: ${w}`);
    } catch (e) {
      problems.push(...problemsOf(e, where));
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length) {
    const p = problems.slice(0, MAX_PROBLEMS);
    throw badInput(p[0].message, p[0].path, p.length > 1 ? p : []);
  }
  return { incidents, warnings };
}
