/**
 * Mapping a file's columns (CSV headers, JSON keys) onto report fields. Known synonyms cover the common
 * exports (news scrapes, EUvsDisinfo, Twitter disclosures, Syrian Archive); `--map field=column` overrides.
 */
import { badInput } from '../errors.js';

export const REPORT_FIELDS = ['published_at', 'outlet', 'title', 'text', 'url', 'language', 'account', 'id', 'available_at'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
export type ColumnMap = Partial<Record<ReportField, string>>;

/** Synonyms in order of preference, compared after lower-casing and dropping spaces, "_" and "-". */
const SYNONYMS: Record<ReportField, string[]> = {
  published_at: ['publishedat', 'published', 'pubdate', 'date', 'datetime', 'tweettime', 'createdat', 'timestamp', 'time'],
  outlet: ['outlet', 'publisher', 'sourcename', 'media', 'mediaoutlet', 'source', 'site', 'userscreenname', 'screenname', 'account', 'sources', 'author'],
  title: ['title', 'articletitle', 'headline'],
  text: ['text', 'articlecontent', 'content', 'body', 'tweettext', 'summary', 'description', 'eventsummary', 'message'],
  url: ['url', 'link', 'sourceurl', 'permalink', 'source', 'urllinks'],
  language: ['language', 'lang'],
  account: ['account', 'userscreenname', 'screenname', 'handle', 'username'],
  // a record id: rows with the same id are one report (re-imports and exported bundles keep theirs)
  id: ['id', 'reportid'],
  // when the report became known, where that differs from its publication (docs/case-bundle.md)
  available_at: ['availableat'],
};

const norm = (h: string) => h.toLowerCase().replace(/[\s_\-]+/g, '');
const looksLikeUrl = (v: string | undefined) => !!v && /^https?:\/\//i.test(v.trim());

/** Parses `--map published_at=date,outlet=source` into a column map, checking the field names. */
export function parseMapOption(spec: string | undefined): ColumnMap {
  const map: ColumnMap = {};
  if (!spec) return map;
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 1) throw badInput(`expected field=column, got "${part}"`, '--map');
    const field = part.slice(0, eq).trim() as ReportField;
    if (!REPORT_FIELDS.includes(field))
      throw badInput(`unknown field "${field}" (fields: ${REPORT_FIELDS.join(', ')})`, '--map');
    map[field] = part.slice(eq + 1).trim();
  }
  return map;
}

/**
 * Picks a column for each field. `sample` (the first record) settles columns such as "source" that hold a URL
 * in some exports and an outlet name in others.
 */
export function resolveColumns(headers: string[], sample: Record<string, unknown>, explicit: ColumnMap, where: string, requireText = true): ColumnMap {
  const byNorm = new Map<string, string>();
  for (const h of headers) if (!byNorm.has(norm(h))) byNorm.set(norm(h), h);
  const out: ColumnMap = {};
  for (const [field, col] of Object.entries(explicit) as [ReportField, string][]) {
    if (headers.includes(col)) out[field] = col;
    // a mapped optional field may be absent from some JSON records; a required one may not
    else if (field === 'published_at' || field === 'outlet')
      throw badInput(`--map ${field}=${col}: no such column (columns: ${headers.join(', ')})`, where);
  }
  const taken = new Set(Object.values(explicit));
  const order: ReportField[] = ['published_at', 'url', 'title', 'text', 'outlet', 'language', 'account', 'id', 'available_at'];
  for (const field of order) {
    if (out[field]) continue;
    for (const syn of SYNONYMS[field]) {
      const h = byNorm.get(syn);
      if (!h) continue;
      if (taken.has(h) && field !== 'account') continue;
      const urlish = looksLikeUrl(String(sample[h] ?? ''));
      if (field === 'url' && !urlish) continue;
      if (field === 'outlet' && urlish) continue;
      out[field] = h;
      if (field !== 'account') taken.add(h);
      break;
    }
  }
  const missing = (['published_at', 'outlet'] as const).filter((f) => !out[f]);
  if (missing.length)
    throw badInput(
      `no column for ${missing.join(' and ')} (columns: ${headers.join(', ')}); name ${missing.length > 1 ? 'them' : 'it'} with --map ${missing.map((f) => `${f}=COLUMN`).join(',')}`,
      where,
    );
  if (requireText && !out.text && !out.title)
    throw badInput(`no column for text or title (columns: ${headers.join(', ')}); name one with --map text=COLUMN`, where);
  return out;
}
