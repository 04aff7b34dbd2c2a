/**
 * Errors are data: a closed set of codes, each with a path (file:line: field, or a JSON path) and a short
 * message. The edges (CLI, HTTP) map a code to an exit status or HTTP status once; core never knows either.
 */
export type ErrorCode =
  | 'bad_input' // the user's file, flag or request is wrong
  | 'not_found' // a case, item or file that does not exist
  | 'conflict' // would overwrite or contradict what is stored
  | 'unauthorized' // no or unknown token
  | 'forbidden' // token lacks the role
  | 'integrity' // stored evidence or log does not verify
  | 'unavailable' // a service or tool the command needs is missing
  | 'rate_limited' // too many failed attempts; retry later (HTTP 429 with Retry-After)
  | 'internal'; // a bug or an unexpected failure

export interface ErrorData {
  code: ErrorCode;
  path?: string;
  message: string;
}

export class AssayError extends Error {
  readonly code: ErrorCode;
  readonly path?: string;
  /** further problems of the same kind, when a file has several */
  readonly details: ErrorData[];
  /** the message without the path (Error.message carries "path: message" for logs and stderr) */
  readonly bare: string;
  constructor(code: ErrorCode, message: string, path?: string, details: ErrorData[] = []) {
    super(path ? `${path}: ${message}` : message);
    this.code = code;
    this.path = path;
    this.details = details;
    this.bare = message;
  }
  toData(): ErrorData & { details?: ErrorData[] } {
    const d: ErrorData & { details?: ErrorData[] } = { code: this.code, message: this.bare };
    if (this.path) d.path = this.path;
    if (this.details.length) d.details = this.details;
    return d;
  }
}

/**
 * One of the program's own knowledge files is broken (code `internal`): a use case stops rather than go on
 * without the engine that reads it, since an assessment that silently drops one would mislead
 * (docs/architecture.md "Knowledge files").
 */
export class KnowledgeRefusal extends AssayError {}

export const badInput = (message: string, path?: string, details?: ErrorData[]) =>
  new AssayError('bad_input', message, path, details);
export const notFound = (message: string, path?: string) => new AssayError('not_found', message, path);

/** A validation issue as zod reports it (structural, so this file needs no zod): where, as keys and indices, and what. */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const dotted = (path: (string | number)[]) => (path.length ? path.join('.') : '(root)');

/**
 * Validation issues as error data, one per issue in order, each path written by `at` (default "a.b.0", or
 * "(root)"); the one mapping every reader and edge uses (docs/case-bundle.md "Errors", docs/http-api.md
 * "Errors are data").
 */
export function issuesToErrors(issues: readonly IssueLike[], at: (path: (string | number)[]) => string = dotted): ErrorData[] {
  return issues.map((i) => ({
    code: 'bad_input' as const,
    path: at(i.path.map((x) => (typeof x === 'symbol' ? String(x) : x))),
    message: i.message,
  }));
}
