/**
 * Draws the items of the frozen claims test split v17 and of the development split dev-v17 from ../shared/data,
 * deterministically (README "Test split v17 and development split dev-v17"), as draw-v16.ts did: rows that no earlier
 * split of this directory holds (by id after its prefix, headline or excerpt text, in every eval/claims/*.jsonl that
 * existed: BEFORE_V17), split into strata by a keyword rule on the raw row text only (never any output of the claim
 * reader), each stratum in sha256("v17:<source>:" + key) order. test-v17 takes the first items of every stratum, dev-v17
 * the next ones (skipping a row that tells the story of a test-v17 item or of an earlier split: the same first 40 letters
 * and digits of its headline, or such a headline of 24 letters or more inside its text), so the two are disjoint by
 * construction. The rules, the sizes and the hash order were fixed before any row of the draw was read (README says
 * what a pool survey had shown before); the labels were then written by hand by the guide in README.md. One rule was
 * added after the first dev draw was read and before any dev label was written (the test draw is unchanged by it): the
 * headline-inside-the-text story check, because an FA-KES row that prefixes a test-v17 headline with its outlet's name
 * had come into dev (and the 64-hex hashed user ids of the tweets are left out of a story, or every tweet naming one
 * user would share one story).
 *
 * Weighting (the project is weakest on `blamed`): FA-KES, the source whose rows name culprits, gives half the items;
 * EUvsDisinfo is drawn only from the rows of Russian-language outlets (the `language` column; the text is the database's
 * English summary) with an incident or a blame word; the state-backed troll tweets (Russia's IRA and Iran's disclosed
 * accounts, never used by a split before) are drawn from the tweets with an incident or violence word; the Arabic part is
 * the Ghouta captions with an incident word (no other Arabic claim text is left in the shared data).
 * Run: `npx tsx eval/claims/draw-v17.ts [--dev] > /tmp/v17-draw.jsonl` (prints `labels: null` items; pool sizes on stderr).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byKey, csv, cut, normText, seenIndex, splitFiller, readSplits } from './draw-excerpts.js';
import { EUVS_FILE, FAKES_FILE, GHOUTA_FILE, euvsText, fakesText, ghoutaText, freshFakesRows } from './draw-v15b.js';
import { INCIDENT, VIOLENCE } from './draw-v16.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(dir, '../../../shared/data');
const sha = (alg: string, s: string) => crypto.createHash(alg).update(s).digest('hex');

export const IRA_FILE = 'state-troll-tweets/russian_unseen.csv';
export const IRAN_FILE = 'state-troll-tweets/iranian_unseen.csv';

/** v15b's attack, provocation or blame words: the EUvsDisinfo blame stratum (rows with no INCIDENT or VIOLENCE word). */
export const BLAME = /blame|accus|responsib|behind|guilty|culprit|organi[sz]ed|orchestrat|provok|fake|fabricat|set.up|\bplot|violen|shell|fire[ds]?\b|victim|dead|death|\bdie|destr|sniper|crash|downed|war crime|genocid|atroc/i;

/** the excerpt of a troll tweet: its text as posted (links and hashtags kept: that is what a user's file holds), cut within 380 */
export const tweetText = (row: Record<string, string>) => cut(row.tweet_text, 380);

export const SIZES = {
  // fakes: [incident (INCIDENT on the headline), rest]; euvs: [incident (INCIDENT or VIOLENCE), blame (BLAME only)]
  test: { fakes: [30, 20], euvs: [12, 8], ira: 9, iran: 9, ghouta: 14 },
  dev: { fakes: [24, 16], euvs: [10, 6], ira: 7, iran: 7, ghouta: 10 },
} as const;

export type Stratum = 'incident' | 'blame' | 'rest';
export interface Drawn { id: string; source: string; ref: Record<string, unknown>; language: string; text: string; stratum: Stratum; labels: null }

/** The 29 splits that existed when v17 was drawn (5 Dec 2026, session 15): the draw avoids their rows. A fixed list, so
 * that a later split (which must avoid v17's rows in turn) cannot change this draw. */
export const BEFORE_V17 = [
  'dev.jsonl', 'dev-v7.jsonl', 'dev-v8.jsonl', 'dev-v10.jsonl', 'dev-v11.jsonl', 'dev-v12.jsonl', 'dev-v13.jsonl', 'dev-v14.jsonl', 'dev-v15.jsonl', 'dev-v16.jsonl',
  'test.jsonl', 'test-v2.jsonl', 'test-v3.jsonl', 'test-v4.jsonl', 'test-v5.jsonl', 'test-v6.jsonl', 'test-v6-announce.jsonl', 'test-v7.jsonl',
  'web-v7.jsonl', 'test-v9.jsonl', 'test-v10.jsonl', 'test-v11.jsonl', 'test-v11b.jsonl', 'test-v12.jsonl', 'test-v13.jsonl', 'test-v14.jsonl',
  'test-v15.jsonl', 'test-v15b.jsonl', 'test-v16.jsonl',
];


/** the same story told twice: the first 40 letters and digits of the headline (draw-v16.ts) */
/** letters and digits of a text, lower-cased, without the 64-hex-digit hashed user ids of the troll-tweet disclosures
 * (a tweet that opens with one would otherwise share its "story" with every tweet that names that user) */
export const letters = (text: string) => text.toLowerCase().replace(/\b[0-9a-f]{64}\b/g, '').replace(/[^a-z0-9\u0600-\u06ff\u0400-\u04ff]/g, '');
export const story = (text: string) => letters(text.split('\n')[0]).slice(0, 40);

/** The draw: { test, dev }, each item with its stratum; plus the pool sizes. */
export function drawV17(): { test: Drawn[]; dev: Drawn[]; pools: Record<string, number> } {
  const seen = readSplits(dir, BEFORE_V17);
  const norm = normText;
  const { seenHeads, fresh } = seenIndex(seen);
  /** take items of one stratum (already in hash order): the first nTest to test now; the next nDev to dev after every
   * stratum has given its test items, skipping a row whose story is that of a test-v17 item or of an earlier split, or
   * whose text holds such a headline of 24 letters or more under an outlet prefix ("National News Agency - Damascus
   * explosion ...") (draw-excerpts.ts, splitFiller) */
  const { test, dev, pools, fill, finish } = splitFiller<Omit<Drawn, 'labels'>>({ seen, story, letters });

  // FA-KES: rows in no split (unit id, headline, text), no undecodable byte; one row per unit id (its first); stratum by
  // INCIDENT on the headline
  const fakes = freshFakesRows(fs.readFileSync(path.join(shared, FAKES_FILE), 'utf8'), fresh);
  const fakesItem = ({ row }: { row: Record<string, string> }, stratum: Stratum) => ({
    id: `fakes17-${row.unit_id}`, source: 'fakes', ref: { file: FAKES_FILE, unit_id: row.unit_id, date: row.date, outlet: row.source },
    language: 'en', text: fakesText(row), stratum,
  });
  const fakesKey = byKey<{ row: Record<string, string> }>(({ row }) => sha('sha256', 'v17:fakes:' + row.unit_id));
  fill('fakes-incident', fakes.filter(({ row }) => INCIDENT.test(row.article_title)).sort(fakesKey).map((r) => fakesItem(r, 'incident')), SIZES.test.fakes[0], SIZES.dev.fakes[0]);
  fill('fakes-rest', fakes.filter(({ row }) => !INCIDENT.test(row.article_title)).sort(fakesKey).map((r) => fakesItem(r, 'rest')), SIZES.test.fakes[1], SIZES.dev.fakes[1]);

  // EUvsDisinfo 2015-2017: distinct titles in no split, of Russian-language outlets (the `language` column); stratum
  // incident (INCIDENT or VIOLENCE on title + summary) or blame (BLAME only); rows with neither are not drawn
  const euvs = new Map<string, { line: number; row: Record<string, string> }>();
  for (const r of csv(fs.readFileSync(path.join(shared, EUVS_FILE), 'utf8'))) if (r.row.title.trim() && !euvs.has(r.row.title)) euvs.set(r.row.title, r);
  const euvsFresh = [...euvs.values()].filter(({ row }) => row.language.trim() === 'Russian'
    && fresh(sha('sha1', row.title).slice(0, 10), euvsText(row)) && !seenHeads.has(norm(row.title.split('\n')[0])));
  const euvsItem = ({ line, row }: { line: number; row: Record<string, string> }, stratum: Stratum) => ({
    id: `euvs17-${sha('sha1', row.title).slice(0, 10)}`, source: 'euvsdisinfo',
    ref: { file: EUVS_FILE, line_hint: line, date: row.date, outlet: row.outlet, outlet_language: 'Russian' }, language: 'en', text: euvsText(row), stratum,
  });
  const euvsKey = byKey<{ row: Record<string, string> }>(({ row }) => sha('sha256', 'v17:euvs:' + row.title));
  const both = (row: Record<string, string>) => `${row.title} ${row.summary}`;
  const inc = (row: Record<string, string>) => INCIDENT.test(both(row)) || VIOLENCE.test(both(row));
  fill('euvs-ru-incident', euvsFresh.filter(({ row }) => inc(row)).sort(euvsKey).map((r) => euvsItem(r, 'incident')), SIZES.test.euvs[0], SIZES.dev.euvs[0]);
  fill('euvs-ru-blame', euvsFresh.filter(({ row }) => !inc(row) && BLAME.test(both(row))).sort(euvsKey).map((r) => euvsItem(r, 'blame')), SIZES.test.euvs[1], SIZES.dev.euvs[1]);

  // State-backed troll tweets (bot_or_not 1: accounts of Twitter's information-operation disclosures), Russia's IRA and
  // Iran: tweets with an INCIDENT or VIOLENCE word, in sha256("v17:<ira|iran>:" + tweetid) order
  const tweets = (file: string, name: 'ira' | 'iran') => {
    const pool = csv(fs.readFileSync(path.join(shared, file), 'utf8'))
      .filter(({ row }) => row.bot_or_not === '1' && row.tweet_text.trim() && (INCIDENT.test(row.tweet_text) || VIOLENCE.test(row.tweet_text))
        && fresh(row.tweetid, tweetText(row)))
      .sort(byKey(({ row }) => sha('sha256', `v17:${name}:` + row.tweetid)));
    return pool.map(({ line, row }) => ({
      id: `${name}17-${row.tweetid}`, source: 'troll-tweets',
      ref: { file, line_hint: line, tweetid: row.tweetid, date: row.tweet_time, outlet: row.user_screen_name }, language: 'en', text: tweetText(row), stratum: 'incident' as Stratum,
    }));
  };
  fill('ira-incident', tweets(IRA_FILE, 'ira'), SIZES.test.ira, SIZES.dev.ira);
  fill('iran-incident', tweets(IRAN_FILE, 'iran'), SIZES.test.iran, SIZES.dev.iran);

  // Arabic: the Ghouta 2013 video captions in no split with an INCIDENT word (v16 took nearly all the others), distinct
  // captions, by sha256("v17:ghouta:" + unique_event_ID)
  const ghouta = csv(fs.readFileSync(path.join(shared, GHOUTA_FILE), 'utf8'))
    .filter(({ row }) => row.event_summary_ar.trim() && INCIDENT.test(row.event_summary_ar) && fresh(row.unique_event_ID, ghoutaText(row)))
    .sort(byKey(({ row }) => sha('sha256', 'v17:ghouta:' + row.unique_event_ID)));
  fill('ghouta-incident', ghouta.map(({ line, row }) => ({
    id: `ghouta17-${row.unique_event_ID}`, source: 'ghouta-videos',
    ref: { file: GHOUTA_FILE, line_hint: line, unique_event_ID: row.unique_event_ID, date: row.date_time, outlet: row.sources },
    language: 'ar', text: ghoutaText(row), stratum: 'incident' as Stratum,
  })), SIZES.test.ghouta, SIZES.dev.ghouta);

  finish();
  pools['fakes-fresh'] = fakes.length; pools['euvs-ru-fresh'] = euvsFresh.length;
  return { test: test as Drawn[], dev: dev as Drawn[], pools };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { test, dev, pools } = drawV17();
  console.error(JSON.stringify(pools));
  for (const o of process.argv.includes('--dev') ? dev : test) console.log(JSON.stringify(o));
}
