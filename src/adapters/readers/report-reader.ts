/**
 * Streams reports out of CSV, JSONL/JSON and RSS/Atom files in bounded memory, validating every record.
 * Nothing is dropped silently: a bad record is an error naming file, line and field; invalid UTF-8 is
 * replaced and counted; the date format used is stated; times without a zone are counted as read in UTC.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, hash, type Hash } from 'node:crypto';
import { parse as csvParse } from 'csv-parse';
import { XMLParser } from 'fast-xml-parser';
import { AssayError, badInput, type ErrorData } from '../../core/errors.js';
import { Worker } from 'node:worker_threads';
import type { StoredReport } from '../../core/case/schemas.js';
import { inferDateOrder, isSlashDate, parseDate } from '../../core/ingest/dates.js';
import { resolveColumns, type ColumnMap } from '../../core/ingest/columns.js';
import { MAX_TEXT_CHARS, maxLineChars } from '../../core/ingest/limits.js';
import { batchHashes } from './report-digest.js';
import { jsonDepth } from '../../core/json-depth.js';

export type { ReadOptions, ReadSummary, ReportFormat, ReportWithLine } from '../../ports/readers.js';
import type { ReadOptions, ReadSummary, ReportFormat, ReportWithLine } from '../../ports/readers.js';

interface RawRecord {
  line: number;
  rec: Record<string, unknown>;
}

export function detectFormat(file: string): ReportFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  if (ext === '.xml' || ext === '.rss' || ext === '.atom') return 'feed';
  throw badInput(`cannot tell the format from the extension "${ext}"; use .csv, .jsonl, .json, .rss/.atom/.xml`, file);
}

/** A report is a flat record: nesting deeper than this is refused before parsing (limit named in the error). */
const MAX_NESTING = 32;

/**
 * False when the text holds at most `limit` opening brackets and braces, so it cannot nest deeper than
 * `limit` (a flat report has one): two native scans instead of jsonDepth's character loop on every line.
 */
function mayNestDeeper(text: string, limit: number): boolean {
  let n = 0;
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) if (++n > limit) return true;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) if (++n > limit) return true;
  return false;
}

/** UTF-16 (a BOM, or NUL bytes between ASCII letters) is refused with what to do, not read as garbage. */
function refuseUtf16(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4096);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const b = head.subarray(0, n);
    const bom = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
    let nul = 0;
    for (const x of b) if (x === 0) nul++;
    if (bom || (n >= 16 && nul > n / 4)) throw badInput('is UTF-16 encoded (a spreadsheet\'s "Unicode text" export); save it as UTF-8 (CSV UTF-8) and import again', file);
  } finally {
    fs.closeSync(fd);
  }
}

/** Decodes a file as UTF-8 chunk by chunk, replacing invalid bytes with U+FFFD and counting them. */
async function* decodeFile(file: string, counter: { invalid: number; bytes: number; sha?: Hash }, total: number, onProgress?: ReadOptions['onProgress']) {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    counter.bytes += (chunk as Buffer).length;
    // the whole file's SHA-256 (the import log's), taken as it is read rather than by a second pass
    counter.sha?.update(chunk as Buffer);
    onProgress?.(counter.bytes, total);
    const text = decoder.decode(chunk as Buffer, { stream: true });
    counter.invalid += countReplacement(text);
    yield text;
  }
  const tail = decoder.decode();
  if (tail) {
    counter.invalid += countReplacement(tail);
    yield tail;
  }
}

function countReplacement(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i !== -1; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Yields the records of each decoded chunk together: one await per megabyte, not per line. */
async function* jsonlRecords(file: string, counter: { invalid: number; bytes: number }, total: number, errors: ErrorData[], opts: ReadOptions): AsyncGenerator<RawRecord[]> {
  let buf = '';
  let line = 0;
  const maxLine = maxLineChars(opts.maxTextChars ?? MAX_TEXT_CHARS);
  const tooLong = () => `the line is longer than ${maxLine.toLocaleString('en')} characters: no report within the limit of ${(opts.maxTextChars ?? MAX_TEXT_CHARS).toLocaleString('en')} characters of text is that long (not parsed)`;
  // while true, the rest of an over-long line is being dropped unread (memory stays bounded)
  let skipping = false;
  const handle = (raw: string): RawRecord | null => {
    line++;
    if (raw.length > maxLine) {
      errors.push({ code: 'bad_input', path: `${file}:${line}`, message: tooLong() });
      return null;
    }
    const s = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // (a line that starts with a non-space is not blank: no trimmed copy of every line)
    if (!s.length || (s.charCodeAt(0) <= 32 && !s.trim())) return null;
    if (mayNestDeeper(s, MAX_NESTING) && jsonDepth(s, MAX_NESTING) > MAX_NESTING) {
      errors.push({ code: 'bad_input', path: `${file}:${line}`, message: `nests arrays and objects deeper than ${MAX_NESTING} levels (limit ${MAX_NESTING})` });
      return null;
    }
    try {
      const rec = JSON.parse(s);
      if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
        errors.push({ code: 'bad_input', path: `${file}:${line}`, message: 'expected a JSON object on each line' });
        return null;
      }
      return { line, rec };
    } catch (e) {
      errors.push({ code: 'bad_input', path: `${file}:${line}`, message: `invalid JSON (${(e as Error).message})` });
      return null;
    }
  };
  for await (const text of decodeFile(file, counter, total, opts.onProgress)) {
    let start = 0;
    if (skipping) {
      const nl = text.indexOf('\n');
      if (nl === -1) continue;
      skipping = false;
      buf = '';
      start = nl + 1;
    }
    buf += start ? text.slice(start) : text;
    start = 0;
    let nl: number;
    const out: RawRecord[] = [];
    while ((nl = buf.indexOf('\n', start)) !== -1) {
      const r = handle(buf.slice(start, nl));
      start = nl + 1;
      if (r) out.push(r);
    }
    buf = buf.slice(start);
    if (buf.length > maxLine) {
      line++;
      errors.push({ code: 'bad_input', path: `${file}:${line}`, message: tooLong() });
      buf = '';
      skipping = true;
    }
    if (out.length) yield out;
  }
  if (buf.length) {
    const r = handle(buf);
    if (r) yield [r];
  }
}

/**
 * The 1-based line on which each element of a JSON text's top-level array opens (or, `inReports`, of the array
 * under the top-level object's "reports" key), for a text JSON.parse accepted. One pass over the characters.
 */
export function jsonElementLines(txt: string, inReports: boolean): number[] {
  const out: number[] = [];
  let line = 1;
  let depth = 0;
  // the depth at which the elements sit: 1 in a top-level array; 2 inside {"reports": [...]} once it opens
  let target = inReports ? -1 : 1;
  let lastString = '';
  for (let i = 0; i < txt.length; i++) {
    const ch = txt[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      if (depth === target) out.push(line);
      const start = i + 1;
      for (i++; i < txt.length && txt[i] !== '"'; i++) {
        if (txt[i] === '\\') i++;
        else if (txt[i] === '\n') line++;
      }
      lastString = txt.slice(start, i);
    } else if (ch === '{' || ch === '[') {
      if (depth === target) out.push(line);
      depth++;
      if (inReports && depth === 2 && ch === '[' && lastString === 'reports') {
        target = 2;
        out.length = 0; // a repeated "reports" key: JSON.parse keeps the last
      }
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (inReports && depth === 1) target = -1;
    } else if (depth === target && ch !== ',' && ch !== ' ' && ch !== '\t' && ch !== '\r') {
      // a number, true, false or null as an element
      out.push(line);
      while (i + 1 < txt.length && !/[\s,\]}]/.test(txt[i + 1])) i++;
    }
  }
  return out;
}

/** Sniffs the delimiter from the header line: the candidate seen most often outside quotes. */
function sniffDelimiter(head: string): string {
  const firstLine = head.split(/\r?\n/)[0] ?? '';
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][1] > 0
    ? Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0]
    : ',';
}

async function readHead(file: string, bytes = 65536): Promise<string> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return new TextDecoder('utf-8', { fatal: false }).decode(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

async function* csvRecords(
  file: string, delimiter: string, counter: { invalid: number; bytes: number }, total: number,
  errors: ErrorData[], summary: { ragged: number; raggedLines: number[] }, opts: ReadOptions,
): AsyncGenerator<RawRecord[]> {
  const parser = csvParse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: true });
  const source = decodeFile(file, counter, total, opts.onProgress);
  // feed the parser from the decoded stream while we consume its records
  const feed = (async () => {
    try {
      for await (const text of source) {
        if (!parser.write(text)) await new Promise((r) => parser.once('drain', r));
      }
      parser.end();
    } catch (e) {
      parser.destroy(e as Error);
    }
  })();
  let headers: string[] | null = null;
  let prevEnd = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const startLine = prevEnd + 1;
      prevEnd = info.lines;
      if (!headers) {
        headers = record.map((h, i) => h.trim() || `column_${i + 1}`);
        continue;
      }
      if (record.length !== headers.length) {
        summary.ragged++;
        if (summary.raggedLines.length < 5) summary.raggedLines.push(startLine);
      }
      const rec: Record<string, unknown> = {};
      for (let i = 0; i < headers.length; i++) rec[headers[i]] = record[i] ?? '';
      yield [{ line: startLine, rec }];
    }
  } catch (e) {
    const err = e as Error & { lines?: number };
    errors.push({ code: 'bad_input', path: `${file}:${err.lines ?? prevEnd + 1}`, message: `CSV: ${err.message}` });
  }
  await feed;
}

function feedRecords(file: string, errors: ErrorData[]): { records: RawRecord[]; outlet: string; language?: string } {
  const xml = new TextDecoder('utf-8', { fatal: false }).decode(fs.readFileSync(file));
  let doc: any;
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text' }).parse(xml);
  } catch (e) {
    errors.push({ code: 'bad_input', path: file, message: `not a valid feed: ${(e as Error).message}` });
    return { records: [], outlet: '' };
  }
  const text = (v: any): string => {
    if (v == null) return '';
    if (typeof v === 'object') return String(v['#text'] ?? '');
    return String(v);
  };
  const list = (v: any): any[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
  const lineOf = (needle: string, from: number) => {
    const at = xml.indexOf(needle, from);
    return at < 0 ? { line: 0, at: from } : { line: xml.slice(0, at).split('\n').length, at: at + 1 };
  };
  const out: RawRecord[] = [];
  let pos = 0;
  if (doc.rss?.channel || doc['rdf:RDF']) {
    const ch = doc.rss?.channel ?? doc['rdf:RDF'].channel ?? {};
    const items = list(doc.rss?.channel?.item ?? doc['rdf:RDF']?.item);
    for (const it of items) {
      const l = lineOf('<item', pos);
      pos = l.at;
      out.push({
        line: l.line,
        rec: {
          published_at: text(it.pubDate ?? it['dc:date']),
          title: text(it.title),
          text: text(it['content:encoded'] ?? it.description),
          url: text(it.link ?? it.guid),
          account: text(it['dc:creator'] ?? it.author) || undefined,
        },
      });
    }
    return { records: out, outlet: text(ch.title) || path.basename(file), language: text(ch.language) || undefined };
  }
  if (doc.feed) {
    for (const e of list(doc.feed.entry)) {
      const l = lineOf('<entry', pos);
      pos = l.at;
      const link = list(e.link).find((k: any) => !k['@rel'] || k['@rel'] === 'alternate') ?? list(e.link)[0];
      out.push({
        line: l.line,
        rec: {
          published_at: text(e.published ?? e.updated),
          title: text(e.title),
          text: text(e.content ?? e.summary),
          url: link?.['@href'] ?? '',
          account: text(list(e.author)[0]?.name) || undefined,
        },
      });
    }
    return { records: out, outlet: text(doc.feed.title) || path.basename(file), language: doc.feed['@xml:lang'] };
  }
  errors.push({ code: 'bad_input', path: file, message: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed>)' });
  return { records: [], outlet: '' };
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : String(v));

/**
 * A stable id from the whole source record (every column, not only the mapped ones): the same row imported
 * twice is one report, while two rows that differ only in a column assay does not map (e.g. a video link)
 * stay two reports. Nothing distinct is merged.
 */
export function reportId(rec: Record<string, unknown>): string {
  return hash('sha256', JSON.stringify(rec), 'hex').slice(0, 32);
}

/**
 * Reads a reports file, yielding validated reports in batches. Throws a bad_input error with every problem
 * found (up to maxErrors) after the last batch, so a caller inside a transaction rolls back: nothing half-imports.
 */
export async function* readReports(file: string, opts: ReadOptions = {}, summaryOut?: ReadSummary): AsyncGenerator<StoredReport[]> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw badInput('no such file', file);
  }
  if (!stat.isFile()) throw badInput('not a file', file);
  refuseUtf16(file);
  const format = opts.format ?? detectFormat(file);
  const maxErrors = opts.maxErrors ?? 20;
  const batchSize = opts.batchSize ?? 2000;
  const errors: ErrorData[] = [];
  const counter: { invalid: number; bytes: number; sha?: Hash } = { invalid: 0, bytes: 0, sha: createHash('sha256') };
  const summary: ReadSummary = summaryOut ?? ({} as ReadSummary);
  Object.assign(summary, { file, format, records: 0, invalidUtf8: 0, dateFormats: {}, zoneAssumed: 0, columns: {}, ragged: 0, raggedLines: [] });

  let delimiter: string | undefined;
  let feedDefaults: { outlet: string; language?: string } | null = null;
  // `c` and `errs` are separate for the pre-scan of a date column, so nothing is counted twice
  const source = (c = counter, errs = errors, progress = opts): AsyncIterable<RawRecord[]> | Iterable<RawRecord[]> => {
    if (format === 'jsonl') return jsonlRecords(file, c, stat.size, errs, progress);
    if (format === 'csv') return csvRecords(file, delimiter!, c, stat.size, errs, errs === errors ? summary : { ragged: 0, raggedLines: [] }, progress);
    if (format === 'json') {
      const txt = new TextDecoder('utf-8', { fatal: false }).decode(fs.readFileSync(file));
      // an empty file holds no records, as an empty CSV or JSONL does (the summary warns)
      if (!txt.trim()) return [];
      let arr: unknown;
      try {
        arr = JSON.parse(txt);
      } catch (e) {
        errors.push({ code: 'bad_input', path: file, message: `invalid JSON (${(e as Error).message})` });
        return [];
      }
      const items = Array.isArray(arr) ? arr : Array.isArray((arr as any)?.reports) ? (arr as any).reports : null;
      if (!items) {
        errors.push({ code: 'bad_input', path: file, message: 'expected an array of reports or {"reports": [...]}' });
        return [];
      }
      // each record named by the line it opens on (an error points into the file, as for JSONL and CSV)
      const lines = jsonElementLines(txt, !Array.isArray(arr));
      const at = lines.length === items.length ? lines : null;
      return [items.map((rec: any, i: number) => ({ line: at ? at[i] : i + 1, rec }))];
    }
    const f = feedRecords(file, errors);
    feedDefaults = f;
    return [f.records];
  };
  if (format === 'csv') {
    delimiter = opts.delimiter ?? sniffDelimiter(await readHead(file));
    summary.delimiter = delimiter;
  }

  let columns: ColumnMap | null = null;
  const columnsByKeys = new Map<string, ColumnMap>();
  let lastKeys: string[] | null = null;
  // each column map's source columns, listed once
  const mappedColumns = new WeakMap<ColumnMap, string[]>();
  let order = opts.dateOrder;
  if (order) {
    summary.dateOrder = order;
    summary.dateOrderSource = 'given';
  }
  let batch: StoredReport[] = [];
  const fail = (line: number | string, field: string, message: string) =>
    errors.push({ code: 'bad_input', path: `${file}:${line}: ${field}`, message });

  records: for await (const chunk of source() as AsyncIterable<RawRecord[]>) for (const { line, rec } of chunk) {
    if (errors.length >= maxErrors) break records;
    if (format === 'csv') {
      columns ??= resolveColumns(Object.keys(rec), rec, opts.map ?? {}, file);
    } else if (format === 'feed') {
      columns ??= { published_at: 'published_at', outlet: 'outlet', title: 'title', text: 'text', url: 'url', account: 'account', language: 'language', ...opts.map };
    } else {
      // JSON records need not share keys (an optional "url" absent from the first line): map each key set
      // most files give every record the same keys in the same order: reuse the last record's map then
      const keys = Object.keys(rec);
      const same = lastKeys !== null && keys.length === lastKeys.length && keys.every((k, i) => k === lastKeys![i]);
      if (!same) columns = columnsByKeys.get(keys.join('\u0000')) ?? null;
      if (!same && !columns) {
        try {
          columns = resolveColumns(Object.keys(rec), rec, opts.map ?? {}, `${file}:${line}`, false);
        } catch (e) {
          // every record with these keys fails the same way (and is said to): not reused
          lastKeys = null;
          errors.push((e as AssayError).toData());
          continue;
        }
        columnsByKeys.set(keys.join('\u0000'), columns);
      }
      lastKeys = keys;
      if (!columns) continue;
      if (!columns.text && !columns.title) {
        fail(line, 'text', 'the record has neither text nor title');
        continue;
      }
    }
    if (!summary.columns || Object.keys(summary.columns).length === 0) summary.columns = columns;
    if (feedDefaults) {
      rec.outlet ??= (feedDefaults as { outlet: string }).outlet;
      rec.language ??= (feedDefaults as { language?: string }).language;
    }
    // JSON values must be text (or a number, read as its digits): an object or list in a text field is a mistake
    let mapped = mappedColumns.get(columns);
    if (!mapped) mappedColumns.set(columns, (mapped = Object.values(columns) as string[]));
    const nonText = mapped.find((col) => {
      const v = rec[col];
      return v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number';
    });
    if (nonText) {
      fail(line, nonText, `must be text, not ${Array.isArray(rec[nonText]) ? 'a list' : typeof rec[nonText] === 'object' ? 'an object' : `a ${typeof rec[nonText]}`}`);
      continue;
    }
    const rawDate = str(rec[columns.published_at!]).trim();
    if (!order && isSlashDate(rawDate)) {
      // the order of slash dates is settled by the whole column, never by one value
      const values: string[] = [];
      const scan = source({ invalid: 0, bytes: 0 }, [], {}) as AsyncIterable<RawRecord[]>;
      for await (const chunk of scan) for (const r of chunk) values.push(str(r.rec[columns.published_at!]));
      const inferred = inferDateOrder(values);
      if (inferred === 'ambiguous')
        throw badInput(
          `dates such as "${rawDate}" could be day/month or month/day and no value settles it; pass --date-order DMY or MDY`,
          `${file}: ${columns.published_at}`,
        );
      if (typeof inferred === 'object')
        throw badInput(`the column mixes day-first and month-first dates (e.g. "${inferred.conflict}"); pass --date-order`, `${file}: ${columns.published_at}`);
      order = inferred;
      summary.dateOrder = order;
      summary.dateOrderSource = 'inferred';
    }
    const d = parseDate(rawDate, order);
    if ('error' in d) {
      fail(line, columns.published_at!, d.error);
      continue;
    }
    summary.dateFormats[d.format] = (summary.dateFormats[d.format] ?? 0) + 1;
    if (d.zoneAssumed) summary.zoneAssumed++;
    const outlet = str(rec[columns.outlet!]).trim();
    if (!outlet) {
      fail(line, columns.outlet!, 'is empty (every report needs an outlet or account)');
      continue;
    }
    // a number where text belongs must be finite: JSON's 1e999 parses to Infinity, never stored as "Infinity"
    const notFinite = mapped.find((c) => c && typeof rec[c] === 'number' && !Number.isFinite(rec[c] as number));
    if (notFinite) {
      fail(line, notFinite, `is ${String(rec[notFinite])}, a number out of range (expected text or a finite number)`);
      continue;
    }
    const title = columns.title ? str(rec[columns.title]) : '';
    const text = columns.text ? str(rec[columns.text]) : '';
    const limit = opts.maxTextChars ?? MAX_TEXT_CHARS;
    const long = text.length > limit ? columns.text! : title.length > limit ? columns.title! : null;
    if (long) {
      fail(line, long, `is ${(long === columns.text && text.length > limit ? text.length : title.length).toLocaleString('en')} characters long, over the limit of ${limit.toLocaleString('en')} characters per report`);
      continue;
    }
    const r: StoredReport = { id: '', published_at: d.iso, outlet, title, text };
    const url = columns.url ? str(rec[columns.url]).trim() : '';
    if (url) r.url = url;
    const language = columns.language ? str(rec[columns.language]).trim() : '';
    if (language) r.language = language;
    const account = columns.account ? str(rec[columns.account]).trim() : '';
    if (account) r.account = account;
    const rawAvailable = columns.available_at ? str(rec[columns.available_at]).trim() : '';
    if (rawAvailable) {
      const a = parseDate(rawAvailable, order);
      if ('error' in a) {
        fail(line, columns.available_at!, a.error);
        continue;
      }
      r.available_at = a.iso;
    }
    const given = columns.id ? rec[columns.id] : undefined;
    r.id = typeof given === 'string' && given.trim() ? given.trim() : typeof given === 'number' ? String(given) : reportId(rec);
    if (opts.withLines) (r as ReportWithLine).line = line;
    // the bundle author's paraphrase, not the outlet's words (docs/case-bundle.md, "Paraphrases")
    if (rec.paraphrase === true || rec.paraphrase === 'true') r.paraphrase = true;
    summary.records++;
    if (errors.length) continue; // keep scanning for more errors but stop yielding
    batch.push(r);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  summary.invalidUtf8 = counter.invalid;
  // read to its end (CSV and JSONL): the bytes imported are the file's; JSON and feeds are read whole elsewhere
  if (counter.bytes === stat.size && (format === 'jsonl' || format === 'csv')) summary.sha256 = counter.sha!.digest('hex');
  if (errors.length) {
    const first = errors[0];
    throw badInput(
      errors.length === 1 ? first.message : `${first.message} (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}${errors.length >= maxErrors ? ', stopped counting' : ''})`,
      first.path,
      errors,
    );
  }
  if (batch.length) yield batch;
}

/** Files smaller than this are read on the calling thread: a worker's start-up would cost more than it saves. */
const WORKER_THRESHOLD_BYTES = 16 << 20;

type WorkerMessage =
  | { t: 'batch'; batch: StoredReport[]; digests?: string[]; root?: string }
  | { t: 'progress'; done: number; total: number }
  | { t: 'done'; summary: ReadSummary }
  | { t: 'error'; error: { code: ErrorData['code']; message: string; path?: string; details: ErrorData[] } }
  | { t: 'crash'; message: string };

/**
 * readReports on a worker thread, for large files: parsing and validation overlap with the caller's
 * database writes (the import hot path uses both cores). Same batches, same summary, same errors; the
 * worker runs at most a few batches ahead, so memory stays bounded.
 */
export async function* readReportsInWorker(file: string, opts: ReadOptions = {}, summaryOut?: ReadSummary): AsyncGenerator<StoredReport[]> {
  let size = 0;
  try {
    size = fs.statSync(file).size;
  } catch {
    /* readReports names the missing file */
  }
  if (size < WORKER_THRESHOLD_BYTES) {
    yield* readReports(file, opts, summaryOut);
    return;
  }
  // compiled: the .js beside this module; from source (tests, tsx): the .ts, loaded through tsx
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(`./report-reader-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const { onProgress, ...plain } = opts;
  const worker = fromSource
    ? new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(script.href)}); })`, {
        eval: true,
        workerData: { file, opts: plain },
      })
    : new Worker(script, { workerData: { file, opts: plain } });
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  const push = (m: WorkerMessage) => {
    queue.push(m);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (e) => push({ t: 'crash', message: e.message }));
  worker.on('exit', (code) => push({ t: 'crash', message: `the reader stopped (exit ${code})` }));
  try {
    for (;;) {
      while (!queue.length) await new Promise<void>((r) => (wake = r));
      wake = null;
      const m = queue.shift()!;
      if (m.t === 'batch') {
        worker.postMessage({ t: 'ack' }); // before yielding: the worker reads on while the caller writes
        if (m.digests && m.root) batchHashes.set(m.batch, { digests: m.digests, root: m.root });
        yield m.batch;
      } else if (m.t === 'progress') onProgress?.(m.done, m.total);
      else if (m.t === 'done') {
        if (summaryOut) Object.assign(summaryOut, m.summary);
        return;
      } else if (m.t === 'error') throw new AssayError(m.error.code, m.error.message, m.error.path, m.error.details);
      else throw new Error(`reading ${file}: ${m.message}`);
    }
  } finally {
    await worker.terminate();
  }
}
