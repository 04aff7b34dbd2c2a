/**
 * Draws the items of the frozen claims test split v18 and of the development split dev-v18 from ../shared/data,
 * deterministically (README "Test split v18 and development split dev-v18"), as draw-v16.ts and draw-v17.ts did: rows
 * that no earlier split of this directory holds (by id after its prefix, headline or excerpt text, in every
 * eval/claims/*.jsonl that existed: BEFORE_V18), split into strata by a keyword rule on the raw row text only (never any
 * output of the claim reader), each stratum in sha256("v18:<source>:" + key) order. test-v18 takes the first items of
 * every stratum, dev-v18 the next ones, skipping a row that tells the story of a test-v18 item or of an earlier split
 * (draw-excerpts.ts, splitFiller, with draw-v17.ts's story and letters), so the two are disjoint by construction. The
 * strata, sizes and hash order were fixed after a survey of pool sizes only (counts, no row text read) and before any row
 * of the draw was read; the labels were then written by hand by the guide in README.md, by a writer who never ran the
 * claim reader or score.ts on them. Two corrections were made after the first draw was read and before any label was
 * written: STAGED's "mise" (for mise-en-scène) and "actors" (for crisis actors) had matched "promise" and "external
 * actors", so they became "mise.en.sc" and "crisis.actors"; and a stratum of Iranian state-backed tweets "in Arabic"
 * (three Arabic letters in a row) was dropped, because its rows were English tweets with Arabic hashtags (no tweet of the
 * three state-backed files has more Arabic letters than Latin ones), its places going to FA-KES and the real accounts. With the corrected STAGED only 3 EUvsDisinfo rows
 * are left in the staged stratum (2 to test, 1 to dev); its other places went to the EUvsDisinfo incident stratum and
 * the tweets.
 *
 * Sources (two never used by a split before): the FA-KES rows left; EUvsDisinfo rows of any outlet language with a
 * staging word (STAGED, the `staged` slot's stratum) and those with an incident or violence word; the tweets of the
 * Venezuelan state-backed accounts (vz_unseen.csv, bot_or_not 1: new) and of the ~35 verified "real" accounts of the same
 * disclosure data set (real_test*.csv: news outlets and US politicians, new), each with an incident or violence word; the
 * Ghouta 2013 captions (Arabic) left, the only Arabic claim text the shared data still hold. The shared data hold no Russian claim text (README, v17) and almost no announced
 * provocation is left (two rows in the pool survey), so v18 does not measure Russian or `prepared`.
 * Run: `npx tsx eval/claims/draw-v18.ts [--dev] > /tmp/v18-draw.jsonl` (prints `labels: null` items; pool sizes on stderr).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byKey, csv, seenIndex, splitFiller, readSplits } from './draw-excerpts.js';
import { EUVS_FILE, FAKES_FILE, GHOUTA_FILE, euvsText, fakesText, ghoutaText, freshFakesRows } from './draw-v15b.js';
import { INCIDENT, VIOLENCE } from './draw-v16.js';
import { letters, story, tweetText } from './draw-v17.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(dir, '../../../shared/data');
const sha = (alg: string, s: string) => crypto.createHash(alg).update(s).digest('hex');

export const VZ_FILE = 'state-troll-tweets/vz_unseen.csv';
export const REAL_FILES = ['state-troll-tweets/real_test.csv', 'state-troll-tweets/real_test2.csv', 'state-troll-tweets/real_test3.csv', 'state-troll-tweets/real_test4.csv'];

/** Words of staging, fabrication or provocation (raw text only): the EUvsDisinfo stratum meant for the `staged` slot. */
export const STAGED = /\bstag(e|ed|ing)\b|fake|fabricat|hoax|false.flag|provocat|did not happen|never happened|crisis.actors|mise.en.sc/i;

export const SIZES = {
  // fakes: [incident (INCIDENT on the headline), rest]; euvs: [staged (STAGED), incident (INCIDENT or VIOLENCE, not STAGED)]
  test: { fakes: [12, 12], euvs: [2, 14], vz: 20, real: 24, ghouta: 16 },
  dev: { fakes: [8, 12], euvs: [1, 11], vz: 16, real: 20, ghouta: 12 },
} as const;

export type Stratum = 'incident' | 'staged' | 'rest';
export interface Drawn { id: string; source: string; ref: Record<string, unknown>; language: string; text: string; stratum: Stratum; labels: null }

/** The 31 splits that existed when v18 was drawn (6 Dec 2026, session 16): the draw avoids their rows. A fixed list, so
 * that a later split cannot change this draw. */
export const BEFORE_V18 = [
  'dev.jsonl', 'dev-v7.jsonl', 'dev-v8.jsonl', 'dev-v10.jsonl', 'dev-v11.jsonl', 'dev-v12.jsonl', 'dev-v13.jsonl', 'dev-v14.jsonl', 'dev-v15.jsonl', 'dev-v16.jsonl', 'dev-v17.jsonl',
  'test.jsonl', 'test-v2.jsonl', 'test-v3.jsonl', 'test-v4.jsonl', 'test-v5.jsonl', 'test-v6.jsonl', 'test-v6-announce.jsonl', 'test-v7.jsonl',
  'web-v7.jsonl', 'test-v9.jsonl', 'test-v10.jsonl', 'test-v11.jsonl', 'test-v11b.jsonl', 'test-v12.jsonl', 'test-v13.jsonl', 'test-v14.jsonl',
  'test-v15.jsonl', 'test-v15b.jsonl', 'test-v16.jsonl', 'test-v17.jsonl',
];


const incidentText = (s: string) => INCIDENT.test(s) || VIOLENCE.test(s);

/** The draw: { test, dev }, each item with its stratum; plus the pool sizes. */
export function drawV18(): { test: Drawn[]; dev: Drawn[]; pools: Record<string, number> } {
  const seen = readSplits(dir, BEFORE_V18);
  const { fresh } = seenIndex(seen);
  const { test, dev, pools, fill, finish } = splitFiller<Omit<Drawn, 'labels'>>({ seen, story, letters });

  // FA-KES: rows in no split, no undecodable byte, one row per unit id (its first); stratum by INCIDENT on the headline
  const fakes = freshFakesRows(fs.readFileSync(path.join(shared, FAKES_FILE), 'utf8'), fresh);
  const fakesItem = ({ row }: { row: Record<string, string> }, stratum: Stratum) => ({
    id: `fakes18-${row.unit_id}`, source: 'fakes', ref: { file: FAKES_FILE, unit_id: row.unit_id, date: row.date, outlet: row.source },
    language: 'en', text: fakesText(row), stratum,
  });
  const fakesKey = byKey<{ row: Record<string, string> }>(({ row }) => sha('sha256', 'v18:fakes:' + row.unit_id));
  fill('fakes-incident', fakes.filter(({ row }) => INCIDENT.test(row.article_title)).sort(fakesKey).map((r) => fakesItem(r, 'incident')), SIZES.test.fakes[0], SIZES.dev.fakes[0]);
  fill('fakes-rest', fakes.filter(({ row }) => !INCIDENT.test(row.article_title)).sort(fakesKey).map((r) => fakesItem(r, 'rest')), SIZES.test.fakes[1], SIZES.dev.fakes[1]);

  // EUvsDisinfo 2015-2017: distinct titles in no split, any outlet language; stratum staged (STAGED on title + summary)
  // or incident (INCIDENT or VIOLENCE, no STAGED word); rows with neither are not drawn
  const euvs = new Map<string, { line: number; row: Record<string, string> }>();
  for (const r of csv(fs.readFileSync(path.join(shared, EUVS_FILE), 'utf8'))) if (r.row.title.trim() && !euvs.has(r.row.title)) euvs.set(r.row.title, r);
  const euvsFresh = [...euvs.values()].filter(({ row }) => fresh(sha('sha1', row.title).slice(0, 10), euvsText(row)));
  const euvsItem = ({ line, row }: { line: number; row: Record<string, string> }, stratum: Stratum) => ({
    id: `euvs18-${sha('sha1', row.title).slice(0, 10)}`, source: 'euvsdisinfo',
    ref: { file: EUVS_FILE, line_hint: line, date: row.date, outlet: row.outlet, outlet_language: row.language.trim() }, language: 'en', text: euvsText(row), stratum,
  });
  const euvsKey = byKey<{ row: Record<string, string> }>(({ row }) => sha('sha256', 'v18:euvs:' + row.title));
  const both = (row: Record<string, string>) => `${row.title} ${row.summary}`;
  fill('euvs-staged', euvsFresh.filter(({ row }) => STAGED.test(both(row))).sort(euvsKey).map((r) => euvsItem(r, 'staged')), SIZES.test.euvs[0], SIZES.dev.euvs[0]);
  fill('euvs-incident', euvsFresh.filter(({ row }) => !STAGED.test(both(row)) && incidentText(both(row))).sort(euvsKey).map((r) => euvsItem(r, 'incident')), SIZES.test.euvs[1], SIZES.dev.euvs[1]);

  // Tweets with an INCIDENT or VIOLENCE word, in sha256("v18:<name>:" + tweetid) order: the Venezuelan state-backed
  // accounts (bot_or_not 1) and the verified "real" accounts (real_test*.csv, every row)
  type Row = { line: number; row: Record<string, string>; file: string };
  const tweets = (files: string[], name: string, keep: (row: Record<string, string>) => boolean, language: string, source: string) => {
    const pool: Row[] = files.flatMap((file) => csv(fs.readFileSync(path.join(shared, file), 'utf8')).map((r) => ({ ...r, file })))
      .filter(({ row }) => keep(row) && row.tweet_text.trim() && incidentText(row.tweet_text) && fresh(row.tweetid, tweetText(row)))
      .sort(byKey(({ row }) => sha('sha256', `v18:${name}:` + row.tweetid)));
    return pool.map(({ file, line, row }) => ({
      id: `${name}18-${row.tweetid}`, source,
      ref: { file, line_hint: line, tweetid: row.tweetid, date: row.tweet_time, outlet: row.user_screen_name }, language, text: tweetText(row), stratum: 'incident' as Stratum,
    }));
  };
  fill('vz-incident', tweets([VZ_FILE], 'vz', (row) => row.bot_or_not === '1', 'en', 'troll-tweets'), SIZES.test.vz, SIZES.dev.vz);
  fill('real-incident', tweets(REAL_FILES, 'real', () => true, 'en', 'real-tweets'), SIZES.test.real, SIZES.dev.real);

  // Arabic: the Ghouta 2013 video captions in no split, distinct captions, by sha256("v18:ghouta:" + unique_event_ID)
  const ghouta = csv(fs.readFileSync(path.join(shared, GHOUTA_FILE), 'utf8'))
    .filter(({ row }) => row.event_summary_ar.trim() && fresh(row.unique_event_ID, ghoutaText(row)))
    .sort(byKey(({ row }) => sha('sha256', 'v18:ghouta:' + row.unique_event_ID)));
  fill('ghouta', ghouta.map(({ line, row }) => ({
    id: `ghouta18-${row.unique_event_ID}`, source: 'ghouta-videos',
    ref: { file: GHOUTA_FILE, line_hint: line, unique_event_ID: row.unique_event_ID, date: row.date_time, outlet: row.sources },
    language: 'ar', text: ghoutaText(row), stratum: (INCIDENT.test(row.event_summary_ar) ? 'incident' : 'rest') as Stratum,
  })), SIZES.test.ghouta, SIZES.dev.ghouta);

  finish();
  pools['fakes-fresh'] = fakes.length; pools['euvs-fresh'] = euvsFresh.length;
  return { test: test as Drawn[], dev: dev as Drawn[], pools };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { test, dev, pools } = drawV18();
  console.error(JSON.stringify(pools));
  for (const o of process.argv.includes('--dev') ? dev : test) console.log(JSON.stringify(o));
}
