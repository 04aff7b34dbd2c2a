/**
 * YAML or JSON text parsed with its line numbers, and validation issues named `file:line: field: message`
 * (docs/case-bundle.md "Errors"). The one parser behind bundle files, matrix files and knowledge files.
 */
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { issuesToErrors, type ErrorData, type IssueLike } from '../../core/errors.js';

export interface ParsedText {
  value: unknown;
  /** the line of the deepest node on the path that the document has (null: none) */
  lineOf: (p: (string | number)[]) => number | null;
}

export interface ParseOptions {
  /** most YAML syntax errors reported (default 10) */
  maxErrors?: number;
  /** alias expansions allowed before the file is refused as an alias bomb (default: the yaml library's 100) */
  aliases?: number;
  /** check JSON syntax first (default: when the file name ends in .json) */
  json?: boolean;
  /**
   * for JSON: take JSON.parse's value (fast; a repeated key keeps its last value instead of being refused) and
   * build the YAML document only to name a problem's line. For files the program writes itself.
   */
  jsonValue?: boolean;
}

/** A .json file is parsed as JSON first, so a truncated or malformed file gets a JSON message with line:column. */
function parseJson(text: string, file: string): { value: unknown } | { error: ErrorData } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    const pos = m ? Number(m[1]) : text.length;
    const before = text.slice(0, pos).split('\n');
    const detail = msg.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/s, '').replace(/ at position \d+.*$/s, '');
    return { error: { code: 'bad_input', path: `${file}:${before.length}:${before[before.length - 1].length + 1}`, message: `not valid JSON: ${detail}` } };
  }
}

/** The line of the deepest node on a path that the document has. */
function lineFinder(doc: ReturnType<typeof parseDocument>, lc: LineCounter) {
  return (p: (string | number)[]): number | null => {
    // a field of a mapping is named where its key is written (a block value starts on the next line)
    const parent = p.length ? (p.length === 1 ? doc.contents : doc.getIn(p.slice(0, -1), true)) : null;
    if (isMap(parent)) {
      const pair = parent.items.find((x) => (isScalar(x.key) ? x.key.value : x.key) === p[p.length - 1]);
      const range = (pair?.key as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return lc.linePos(range[0]).line;
    }
    for (let k = p.length; k >= 0; k--) {
      const node = k === 0 ? doc.contents : doc.getIn(p.slice(0, k), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return lc.linePos(range[0]).line;
    }
    return null;
  };
}

/**
 * Parses YAML (JSON is YAML; a .json file must also be valid JSON); syntax problems come back as error data
 * with their line, nothing is thrown.
 */
export function parseWithLines(text: string, file: string, opts: ParseOptions = {}): { parsed: ParsedText } | { errors: ErrorData[] } {
  const json = opts.json ?? /\.json$/i.test(file);
  const j = json ? parseJson(text, file) : null;
  if (j && 'error' in j) return { errors: [j.error] };
  if (j && opts.jsonValue) {
    // the JSON value as it is; the YAML document is built only when a line is asked for (a problem to name)
    let lines: ((p: (string | number)[]) => number | null) | null = null;
    return {
      parsed: {
        value: j.value,
        lineOf: (p) => {
          if (!lines) {
            const lc = new LineCounter();
            lines = lineFinder(parseDocument(text, { lineCounter: lc, prettyErrors: false }), lc);
          }
          return lines(p);
        },
      },
    };
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length)
    return {
      errors: doc.errors.slice(0, opts.maxErrors ?? 10).map((e) => ({
        code: 'bad_input' as const,
        path: `${file}:${e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line}`,
        message: e.message.split('\n')[0],
      })),
    };
  let value: unknown;
  const aliases = opts.aliases ?? 100;
  try {
    // an alias bomb (a billion laughs) expands aliases exponentially: the count is capped
    value = doc.toJS({ maxAliasCount: aliases });
  } catch (e) {
    const message = /alias/i.test((e as Error).message)
      ? `expands YAML aliases more than ${aliases} times (limit ${aliases}): refused as a resource-exhaustion attack`
      : `cannot be read: ${(e as Error).message}`;
    return { errors: [{ code: 'bad_input', path: file, message }] };
  }
  return { parsed: { value, lineOf: lineFinder(doc, lc) } };
}

type Issue = IssueLike & { code?: string; keys?: readonly string[] };

/**
 * Validation issues as `file:line: field` error data through the one mapping (issuesToErrors). `offset` is the
 * path of the validated value inside the file (a list item's index). An unknown key is most often a typo: it is
 * named at its own line rather than at its parent's.
 */
export function issuesAtLines(file: string, parsed: ParsedText, issues: readonly Issue[], offset: (string | number)[] = []): ErrorData[] {
  const at = (p: (string | number)[]): string => {
    const full = [...offset, ...p];
    const line = parsed.lineOf(full);
    return `${file}${line ? ':' + line : ''}: ${full.length ? full.join('.') : '(top level)'}`;
  };
  const each = issues.flatMap((i): IssueLike[] => (i.code === 'unrecognized_keys' && i.keys ? i.keys.map((k) => ({ path: [...i.path, k], message: `unknown field "${k}"` })) : [i]));
  return issuesToErrors(each, at);
}
