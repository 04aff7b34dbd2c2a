/**
 * Reads a case bundle folder (see docs/case-bundle.md): case.yaml plus optional record files and evidence/.
 * YAML or JSON anywhere. Every problem is reported as `file:line: field: message`, all of them at once,
 * before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  Case,
  EvidenceCapture,
  EvidenceFile,
  HypothesesFile,
  MunitionObservation,
  RatingLogEntry,
  Sample,
  SiteControl,
  Consequence,
  Source,
  Testimony,
  type CaseBundle,
  type MatrixItem,
} from '../../core/case/schemas.js';
import { badInput, type ErrorData } from '../../core/errors.js';
import { mediaTypeOf } from './media-type.js';
import { issuesAtLines, parseWithLines, type ParsedText } from './yaml-lines.js';
import { hashFileSync } from '../blobs/fs-blob-store.js';

export type { BundleContents, EvidenceSourceFile } from '../../ports/readers.js';
import type { BundleContents, EvidenceSourceFile } from '../../ports/readers.js';

const EXTS = ['.yaml', '.yml', '.json'];

function findFile(dir: string, base: string): string | null {
  for (const ext of EXTS) {
    const p = path.join(dir, base + ext);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

type Parsed = ParsedText;

/** Limits on a bundle's YAML/JSON files, so a hostile file cannot take the machine's memory. */
export const BUNDLE_LIMITS = { fileBytes: 32 * 1024 * 1024, aliases: 100, depth: 64 };

/** The deepest nesting of flow collections ([ and {) outside quoted strings: a cheap guard before parsing. */
function flowDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quote) {
      if (ch === 92 && quote === 34) i++;
      else if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 35 && (i === 0 || text.charCodeAt(i - 1) <= 32)) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (ch === 91 || ch === 123) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (ch === 93 || ch === 125) depth = Math.max(0, depth - 1);
  }
  return max;
}

function parseYamlFile(file: string, errors: ErrorData[]): Parsed | null {
  // a folder, a device (/dev/zero) or a huge file is refused before reading
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    errors.push({ code: 'bad_input', path: file, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    return null;
  }
  if (!st.isFile()) {
    errors.push({ code: 'bad_input', path: file, message: st.isDirectory() ? 'is a folder, not a file' : 'is not a regular file (a device or a pipe)' });
    return null;
  }
  if (st.size > BUNDLE_LIMITS.fileBytes) {
    errors.push({ code: 'bad_input', path: file, message: `is ${st.size.toLocaleString('en')} bytes, over the limit of ${BUNDLE_LIMITS.fileBytes.toLocaleString('en')} bytes for a bundle file` });
    return null;
  }
  const text = fs.readFileSync(file, 'utf8');
  if (flowDepth(text, BUNDLE_LIMITS.depth) > BUNDLE_LIMITS.depth) {
    errors.push({ code: 'bad_input', path: file, message: `nests lists and maps deeper than ${BUNDLE_LIMITS.depth} levels (limit ${BUNDLE_LIMITS.depth})` });
    return null;
  }
  const r = parseWithLines(text, file, { aliases: BUNDLE_LIMITS.aliases, json: false });
  if ('errors' in r) {
    errors.push(...r.errors);
    return null;
  }
  return r.parsed;
}

const zodErrors = (file: string, parsed: Parsed, issues: z.core.$ZodIssue[], offset: (string | number)[] = []): ErrorData[] =>
  issuesAtLines(file, parsed, issues, offset);

/** A list file holds a top-level array, or an object with the list under `key`. */
function listOf(parsed: Parsed, key: string): { items: unknown[]; offset: (string | number)[] } | null {
  const v = parsed.value;
  if (v == null) return { items: [], offset: [] };
  if (Array.isArray(v)) return { items: v, offset: [] };
  if (typeof v === 'object' && Array.isArray((v as Record<string, unknown>)[key]))
    return { items: (v as Record<string, unknown[]>)[key], offset: [key] };
  return null;
}

function readList<S extends z.ZodType>(
  dir: string,
  base: string,
  key: string,
  schema: S,
  errors: ErrorData[],
  /** further checks of a valid item; `problem` names the file, line and field */
  check?: (item: z.infer<S>, problem: (field: string, message: string) => void) => void,
): z.infer<S>[] {
  const file = findFile(dir, base);
  if (!file) return [];
  const parsed = parseYamlFile(file, errors);
  if (!parsed) return [];
  const list = listOf(parsed, key);
  if (!list) {
    errors.push({ code: 'bad_input', path: `${file}:1`, message: `expected a list, or an object with a "${key}:" list` });
    return [];
  }
  const out: z.infer<S>[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (!r.success) {
      errors.push(...zodErrors(file, parsed, r.error.issues, [...list.offset, i]));
      return;
    }
    const id = (r.data as { id?: string }).id;
    if (id !== undefined) {
      if (seen.has(id)) {
        const line = parsed.lineOf([...list.offset, i, 'id']);
        errors.push({ code: 'bad_input', path: `${file}${line ? ':' + line : ''}: ${[...list.offset, i, 'id'].join('.')}`, message: `duplicate id "${id}" (first at ${[...list.offset, seen.get(id)!].join('.')})` });
      }
      seen.set(id, i);
    }
    check?.(r.data, (field, message) => {
      const p = [...list.offset, i, field];
      const line = parsed.lineOf(p);
      errors.push({ code: 'bad_input', path: `${file}${line ? ':' + line : ''}: ${p.join('.')}`, message });
    });
    out.push(r.data);
  });
  return out;
}

function walk(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, base));
    else if (e.isFile()) out.push(path.relative(base, p));
  }
  return out;
}

export function readBundle(dirArg: string): BundleContents {
  const dir = path.resolve(dirArg);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw badInput('not a folder', dirArg);
  const errors: ErrorData[] = [];
  const caseFile = findFile(dir, 'case');
  if (!caseFile) throw badInput('a case bundle needs case.yaml (or case.json) with a top-level id:', dirArg);
  const parsedCase = parseYamlFile(caseFile, errors);
  let theCase: Case | null = null;
  if (parsedCase) {
    const r = Case.safeParse(parsedCase.value);
    if (r.success) theCase = r.data;
    else errors.push(...zodErrors(caseFile, parsedCase, r.error.issues));
  }

  const sources = readList(dir, 'sources', 'sources', Source, errors);
  const testimonies = readList(dir, 'testimonies', 'testimonies', Testimony, errors);
  const munitions = readList(dir, 'munitions', 'munitions', MunitionObservation, errors);
  const samples = readList(dir, 'samples', 'samples', Sample, errors);
  const siteControl = readList(dir, 'site-control', 'site_control', SiteControl, errors);
  const consequences = readList(dir, 'consequences', 'consequences', Consequence, errors);

  let hypotheses: CaseBundle['hypotheses'] = [];
  let matrix: MatrixItem[] = [];
  const hypFile = findFile(dir, 'hypotheses');
  if (hypFile) {
    const parsed = parseYamlFile(hypFile, errors);
    if (parsed) {
      // a plain list of hypotheses, or {hypotheses: [...], evidence: [...]} with the analyst's matrix
      const isList = Array.isArray(parsed.value);
      const schema = isList ? HypothesesFile.options[0] : HypothesesFile.options[1];
      const r = schema.safeParse(parsed.value);
      if (!r.success) errors.push(...zodErrors(hypFile, parsed, r.error.issues));
      else if (Array.isArray(r.data)) hypotheses = r.data;
      else {
        hypotheses = r.data.hypotheses;
        matrix = r.data.evidence;
      }
      const ids = new Set(hypotheses.map((h) => h.id));
      matrix.forEach((item, i) => {
        for (const h of Object.keys(item.ratings)) {
          if (!ids.has(h)) {
            const p = ['evidence', i, 'ratings', h];
            const line = parsed.lineOf(p);
            errors.push({ code: 'bad_input', path: `${hypFile}${line ? ':' + line : ''}: ${p.join('.')}`, message: `no hypothesis has id "${h}"` });
          }
        }
      });
    }
  }

  // ratings.yaml: the rating log `assay export` writes; each change names a hypothesis of this case
  const hypothesisIds = new Set(hypotheses.map((h) => h.id));
  const ratings = readList(dir, 'ratings', 'ratings', RatingLogEntry, errors, (r, problem) => {
    if (!hypothesisIds.has(r.hypothesis_id)) problem('hypothesis_id', `no hypothesis has id "${r.hypothesis_id}" (hypotheses.yaml)`);
  });

  // evidence/: every file is hashed; evidence.yaml may add capture records keyed by file name
  const evidenceFiles: EvidenceSourceFile[] = [];
  const captures = readList(dir, 'evidence', 'evidence', EvidenceCapture, errors);
  const byFile = new Map(captures.map((c) => [c.file, c]));
  const evDir = path.join(dir, 'evidence');
  const present = fs.existsSync(evDir) && fs.statSync(evDir).isDirectory() ? walk(evDir) : [];
  for (const rel of present) {
    const abs = path.join(evDir, rel);
    const { sha256, size } = hashFileSync(abs);
    const cap = byFile.get(rel);
    if (cap?.sha256 && cap.sha256 !== sha256)
      errors.push({ code: 'integrity', path: `${path.join(dir, 'evidence.yaml')}: ${rel}`, message: `sha256 is ${cap.sha256} in evidence.yaml but the file hashes to ${sha256}` });
    const meta = EvidenceFile.parse({ ...cap, file: rel, sha256, size, media_type: cap?.media_type ?? mediaTypeOf(abs) });
    evidenceFiles.push({ abs, rel, meta });
  }
  for (const c of captures) {
    if (!present.includes(c.file)) {
      if (c.sha256) {
        // a record of a file held elsewhere (e.g. an exported bundle without the files): keep its metadata
        evidenceFiles.push({ abs: '', rel: c.file, meta: EvidenceFile.parse({ ...c, media_type: c.media_type ?? 'application/octet-stream', size: c.size ?? 0 }) });
      } else errors.push({ code: 'bad_input', path: `${path.join(dir, 'evidence.yaml')}: ${c.file}`, message: 'no such file in evidence/ and no sha256 given' });
    }
  }

  const reportFiles = ['reports.jsonl', 'reports.ndjson', 'reports.csv', 'reports.json']
    .map((f) => path.join(dir, f))
    .filter((f) => fs.existsSync(f));

  if (errors.length || !theCase) {
    const first = errors[0] ?? { code: 'bad_input', message: 'invalid case bundle', path: dirArg };
    throw badInput(errors.length > 1 ? `${first.message} (and ${errors.length - 1} more)` : first.message, first.path, errors);
  }
  return {
    dir,
    bundle: {
      case: theCase,
      sources,
      testimonies,
      munitions,
      samples,
      siteControl,
      consequences,
      ...(ratings.length ? { ratings } : {}),
      hypotheses,
      matrix,
      evidence: evidenceFiles.map((e) => e.meta),
    },
    reportFiles,
    evidenceFiles,
  };
}

