/**
 * Draws the items of the frozen claims test split v16 and of the development split dev-v16 from ../shared/data,
 * deterministically (README "Test split v16 and development split dev-v16"): rows that no earlier split of this directory
 * holds (by id after its prefix, headline or excerpt text, in every eval/claims/*.jsonl that existed: BEFORE_V16), split
 * into strata by a keyword rule on the raw row text only (an incident word in the title/summary, or not; never any
 * output of the claim reader), each stratum in sha256("v16:<source>:" + key) order. test-v16 takes the first items of
 * every stratum, dev-v16 the next ones (skipping a row that tells the story of a test-v16 item or of an earlier split:
 * the same first 40 letters and digits of its headline), so the two are disjoint by construction. The rules and the hash order were fixed
 * before any row was read; the sizes per stratum (SIZES) were changed once after the first draw was read, before any
 * label was written, to give FA-KES (the only source whose rows name culprits) more weight (README); no row was chosen
 * or dropped by its content. The labels were then written by hand by the guide in README.md.
 * Run: `npx tsx eval/claims/draw-v16.ts [--dev] > /tmp/v16-draw.jsonl` (prints `labels: null` items; pool sizes on stderr).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byKey, csv, normText, seenIndex, splitFiller, readSplits } from './draw-excerpts.js';
import { EUVS_FILE, FAKES_FILE, GHOUTA_FILE, euvsText, fakesText, ghoutaText, freshFakesRows } from './draw-v15b.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(dir, '../../../shared/data');
const sha = (alg: string, s: string) => crypto.createHash(alg).update(s).digest('hex');

/** The incident rule (raw text only): English, Russian and Arabic words for an attack, a strike, a gas or chemical
 * attack, a bombing, shelling, massacre, poisoning, a provocation, staging or fake, and MH17. */
export const INCIDENT =
  /attack|chemical|\bgas(sed|sing)?\b|\bgases\b|strike|bomb|provocat|\bstag(ed|ing)\b|\bfake|massacre|shell(s|ed|ing)?\b|poison|MH-?17|атак|хими|газ|удар|бомб|провокац|инсцен|фейк|резн|обстрел|отрав|هجوم|كيم|كيماوي|غاز|غارة|غارات|قصف|برميل|براميل|استفزاز|مسرحي|مفبرك|مجزرة|مجازر|تسمم|سام/i;

/** The EUvsDisinfo incident stratum's second tier: words of killing and violence (v3-v15b took almost every row with an
 * INCIDENT word, 21 are left), used after the first tier, as v15b did with its attack/blame words. */
export const VIOLENCE = /\bkill|murder|shoot|\bshot\b|sniper|terror|explo|crash|downed|genocid|fabricat|\bdead\b|death|victim|blood|burn|execut|assassin|sabotag|false.flag|war crime|atroc/i;

export const SIZES = {
  // euvs: [incident tier 1 (INCIDENT), incident tier 2 (VIOLENCE only), rest]
  test: { euvs: [8, 8, 14], fakes: [28, 28], ghouta: [14, 0] },
  dev: { euvs: [6, 6, 10], fakes: [25, 25], ghouta: [10, 0] }, // FA-KES 15 + 15 at first, raised after labelling those (README)
} as const;

export interface Drawn { id: string; source: string; ref: Record<string, unknown>; language: string; text: string; stratum: 'incident' | 'rest'; labels: null }

/** The 27 splits that existed when v16 was drawn (5 Dec 2026): the draw avoids their rows. A fixed list, so that a
 * later split (which must avoid v16's rows in turn) cannot change this draw. */
export const BEFORE_V16 = [
  'dev.jsonl', 'dev-v7.jsonl', 'dev-v8.jsonl', 'dev-v10.jsonl', 'dev-v11.jsonl', 'dev-v12.jsonl', 'dev-v13.jsonl', 'dev-v14.jsonl', 'dev-v15.jsonl',
  'test.jsonl', 'test-v2.jsonl', 'test-v3.jsonl', 'test-v4.jsonl', 'test-v5.jsonl', 'test-v6.jsonl', 'test-v6-announce.jsonl', 'test-v7.jsonl',
  'web-v7.jsonl', 'test-v9.jsonl', 'test-v10.jsonl', 'test-v11.jsonl', 'test-v11b.jsonl', 'test-v12.jsonl', 'test-v13.jsonl', 'test-v14.jsonl',
  'test-v15.jsonl', 'test-v15b.jsonl',
];


/** The draw: { test, dev }, each item with its stratum; plus the pool sizes. */
export function drawV16(): { test: Drawn[]; dev: Drawn[]; pools: Record<string, number> } {
  const seen = readSplits(dir, BEFORE_V16);
  const norm = normText;
  const { seenHeads, fresh } = seenIndex(seen);
  /** the same story told twice: the first 40 letters and digits of the headline (a wire republished by two outlets
   * with their own suffixes, "... Monitor" and "... monitor | Jordan Times") */
  const story = (text: string) => text.split('\n')[0].toLowerCase().replace(/[^a-z0-9\u0600-\u06ff\u0400-\u04ff]/g, '').slice(0, 40);
  /** take items of one stratum (already in hash order): the first nTest to test now; the next nDev to dev after every
   * stratum has given its test items, skipping a row whose story (above) is that of a test-v16 item or of an earlier split
   * (draw-excerpts.ts, splitFiller) */
  const { test, dev, pools, fill, finish } = splitFiller<Omit<Drawn, 'labels'>>({ seen, story });

  // EUvsDisinfo 2015-2017: distinct titles in no split; stratum by INCIDENT on title + summary
  const euvs = new Map<string, { line: number; row: Record<string, string> }>();
  for (const r of csv(fs.readFileSync(path.join(shared, EUVS_FILE), 'utf8'))) if (r.row.title.trim() && !euvs.has(r.row.title)) euvs.set(r.row.title, r);
  const euvsFresh = [...euvs.values()].filter(({ row }) => fresh(sha('sha1', row.title).slice(0, 10), euvsText(row)) && !seenHeads.has(norm(row.title.split('\n')[0])));
  const euvsItem = ({ line, row }: { line: number; row: Record<string, string> }, stratum: Drawn['stratum']) => ({
    id: `euvs16-${sha('sha1', row.title).slice(0, 10)}`, source: 'euvsdisinfo',
    ref: { file: EUVS_FILE, line_hint: line, date: row.date, outlet: row.outlet }, language: 'en', text: euvsText(row), stratum,
  });
  const euvsKey = byKey<{ row: Record<string, string> }>(({ row }) => sha('sha256', 'v16:euvs:' + row.title));
  const inc = (row: Record<string, string>) => INCIDENT.test(`${row.title} ${row.summary}`);
  const vio = (row: Record<string, string>) => !inc(row) && VIOLENCE.test(`${row.title} ${row.summary}`);
  fill('euvs-incident', euvsFresh.filter(({ row }) => inc(row)).sort(euvsKey).map((r) => euvsItem(r, 'incident')), SIZES.test.euvs[0], SIZES.dev.euvs[0]);
  fill('euvs-violence', euvsFresh.filter(({ row }) => vio(row)).sort(euvsKey).map((r) => euvsItem(r, 'incident')), SIZES.test.euvs[1], SIZES.dev.euvs[1]);
  fill('euvs-rest', euvsFresh.filter(({ row }) => !inc(row) && !vio(row)).sort(euvsKey).map((r) => euvsItem(r, 'rest')), SIZES.test.euvs[2], SIZES.dev.euvs[2]);

  // FA-KES: rows in no split (unit id, headline, text), no undecodable byte; one row per unit id (its first);
  // stratum by INCIDENT on the headline
  const fakes = freshFakesRows(fs.readFileSync(path.join(shared, FAKES_FILE), 'utf8'), fresh);
  const fakesItem = ({ row }: { row: Record<string, string> }, stratum: Drawn['stratum']) => ({
    id: `fakes16-${row.unit_id}`, source: 'fakes', ref: { file: FAKES_FILE, unit_id: row.unit_id, date: row.date, outlet: row.source },
    language: 'en', text: fakesText(row), stratum,
  });
  const fakesKey = byKey<{ row: Record<string, string> }>(({ row }) => sha('sha256', 'v16:fakes:' + row.unit_id));
  fill('fakes-incident', fakes.filter(({ row }) => INCIDENT.test(row.article_title)).sort(fakesKey).map((r) => fakesItem(r, 'incident')), SIZES.test.fakes[0], SIZES.dev.fakes[0]);
  fill('fakes-rest', fakes.filter(({ row }) => !INCIDENT.test(row.article_title)).sort(fakesKey).map((r) => fakesItem(r, 'rest')), SIZES.test.fakes[1], SIZES.dev.fakes[1]);

  // Arabic: no Syrian Archive incident with an Arabic title is left, and the 34 left with an Arabic summary all read
  // «لم نعثر على أية وثائق بصريّة تؤكّد هذه الحادثة» (no visual record found): no claim to label. So the Arabic items are
  // the Ghouta 2013 video captions (`event_summary_ar`) in no split, distinct captions, by sha256("v16:ghouta:" + id);
  // stratum by INCIDENT on the caption
  const ghouta = csv(fs.readFileSync(path.join(shared, GHOUTA_FILE), 'utf8')).filter(({ row }) => row.event_summary_ar.trim() && fresh(row.unique_event_ID, ghoutaText(row)));
  const ghoutaItem = ({ line, row }: { line: number; row: Record<string, string> }, stratum: Drawn['stratum']) => ({
    id: `ghouta16-${row.unique_event_ID}`, source: 'ghouta-videos',
    ref: { file: GHOUTA_FILE, line_hint: line, unique_event_ID: row.unique_event_ID, date: row.date_time, outlet: row.sources },
    language: 'ar', text: ghoutaText(row), stratum,
  });
  const ghoutaKey = byKey<{ row: Record<string, string> }>(({ row }) => sha('sha256', 'v16:ghouta:' + row.unique_event_ID));
  const gInc = ghouta.filter(({ row }) => INCIDENT.test(row.event_summary_ar)).sort(ghoutaKey);
  const gRest = ghouta.filter(({ row }) => !INCIDENT.test(row.event_summary_ar)).sort(ghoutaKey);
  // the captions are nearly all about the chemical attack: half from each stratum as far as the rest goes
  const restTest = Math.min(SIZES.test.ghouta[0] / 2, Math.floor(new Set(gRest.map(({ row }) => norm(ghoutaText(row)))).size * 0.6));
  const restDev = Math.min(SIZES.dev.ghouta[0] / 2, new Set(gRest.map(({ row }) => norm(ghoutaText(row)))).size - restTest);
  fill('ghouta-rest', gRest.map((r) => ghoutaItem(r, 'rest')), restTest, restDev);
  fill('ghouta-incident', gInc.map((r) => ghoutaItem(r, 'incident')), SIZES.test.ghouta[0] - restTest, SIZES.dev.ghouta[0] - restDev);
  finish();
  pools['euvs-fresh'] = euvsFresh.length; pools['fakes-fresh'] = fakes.length; pools['ghouta-fresh'] = ghouta.length;
  return { test: test as Drawn[], dev: dev as Drawn[], pools };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { test, dev, pools } = drawV16();
  console.error(JSON.stringify(pools));
  for (const o of process.argv.includes('--dev') ? dev : test) console.log(JSON.stringify(o));
}
