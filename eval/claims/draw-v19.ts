/**
 * Draws the items of the frozen claims test split v19 and of the development split dev-v19 from ../shared/data,
 * deterministically (README "Test split v19 and development split dev-v19"), as draw-v16.ts, draw-v17.ts and draw-v18.ts
 * did: rows that no earlier split of this directory holds (by id after its prefix, headline or excerpt text, in every
 * eval/claims/*.jsonl that existed: BEFORE_V19), split into strata by a keyword rule on the raw row text only (never any
 * output of the claim reader), each stratum in sha256("v19:<source>:" + key) order. test-v19 takes the first items of
 * every stratum, dev-v19 the next ones, skipping a row that tells the story of a test-v19 item or of an earlier split
 * (draw-excerpts.ts, splitFiller, with draw-v17.ts's story and letters), so the two are disjoint by construction.
 *
 * The pool survey (6 Dec 2026, session 17; a script that printed counts only, no row text) found, of the rows in none of
 * the 33 earlier splits: FA-KES 12 unit ids (3 with an INCIDENT word in the headline, 9 without); EUvsDisinfo 1,637
 * distinct titles, of which 0 with a STAGED word, 4 with an INCIDENT or VIOLENCE word and 121 with a BLAME word only
 * (outlet languages: Russian 69, Czech 26, English 13, Hungarian 4, German 3, others 6); the Ghouta 2013 captions 10 (all
 * with an INCIDENT word); the tweets with an INCIDENT or VIOLENCE word: Iran's state-backed accounts (iranian_unseen.csv,
 * bot_or_not 1) 184, Russia's IRA (russian_unseen.csv, bot_or_not 1) 104, Venezuela's (vz_unseen.csv, bot_or_not 1) 94,
 * the verified accounts (real_test*.csv) 235. fake_test.csv holds exactly the 1,000 IRA tweets of russian_unseen.csv
 * (same tweet ids) and the bot_or_not 0 rows of the three "unseen" files are all rows of real_test*.csv, so neither is a
 * pool of its own. Russian: the only Cyrillic in the shared data is in the EUvsDisinfo files (1,337 characters on 39
 * lines: 30 "reported by" cells, 3 outlet names, 6 titles and 6 summaries quoting a Russian word, 1 disproof); no title or
 * summary has more Cyrillic letters than Latin ones, 2 fresh rows carry a Cyrillic word; no tweet, FA-KES row, Ghouta
 * caption or Syrian Archive text has any. Every tweet file is Latin script (no tweet with more Arabic or Cyrillic letters
 * than Latin ones; 4 tweets of all 12,001 look Spanish, none with an incident word). So v19, like v18, holds no Russian.
 *
 * Strata and sizes (fixed after that survey and before any row of the draw was read): FA-KES every clean row left, in
 * its two strata; EUvsDisinfo of any outlet language, the 4 incident rows and a BLAME stratum (v17's BLAME, rows with no
 * INCIDENT, VIOLENCE or STAGED word); the tweets of the three state-backed sets with an incident or violence word, the
 * Iranian and IRA ones the most (they named culprits in 10 of 18 test-v17 tweets; Venezuela's in 0 of 20 test-v18
 * tweets); the verified accounts; the Ghouta captions left. In the four strata that the earlier draws nearly emptied
 * (FA-KES incident and rest, EUvsDisinfo incident, Ghouta) test takes its size and dev what is left after the story
 * skips, at most its size (splitFiller's `devUpTo`; the first run of the draw, which printed no row, had stopped on
 * "ghouta: pool too small for dev"). The labels were then written by hand by the guide in README.md, test-v19's first
 * and committed, then dev-v19's, by a writer who never ran the claim reader or score.ts on them.
 * Run: `npx tsx eval/claims/draw-v19.ts [--dev] > /tmp/v19-draw.jsonl` (prints `labels: null` items; pool sizes on stderr).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byKey, csv, seenIndex, splitFiller, readSplits } from './draw-excerpts.js';
import { EUVS_FILE, FAKES_FILE, GHOUTA_FILE, euvsText, fakesText, ghoutaText, freshFakesRows } from './draw-v15b.js';
import { INCIDENT, VIOLENCE } from './draw-v16.js';
import { BLAME, IRA_FILE, IRAN_FILE, letters, story, tweetText } from './draw-v17.js';
import { BEFORE_V18, REAL_FILES, STAGED, VZ_FILE } from './draw-v18.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(dir, '../../../shared/data');
const sha = (alg: string, s: string) => crypto.createHash(alg).update(s).digest('hex');

export const SIZES = {
  // fakes: [incident (INCIDENT on the headline), rest]; euvs: [incident (INCIDENT or VIOLENCE, no STAGED), blame (BLAME only)];
  // dev's fakes, euvs incident and ghouta sizes are upper bounds (what is left of 12, 4 and 10 rows); dev's Iranian
  // tweets were raised from 18 to 20 when the Ghouta stratum gave dev 2 captions, not 4 (a count, before any row was read)
  test: { fakes: [2, 5], euvs: [2, 13], iran: 22, ira: 20, vz: 12, real: 18, ghouta: 6 },
  dev: { fakes: [1, 4], euvs: [2, 11], iran: 20, ira: 16, vz: 10, real: 14, ghouta: 4 },
} as const;

export type Stratum = 'incident' | 'blame' | 'rest';
export interface Drawn { id: string; source: string; ref: Record<string, unknown>; language: string; text: string; stratum: Stratum; labels: null }

/** The 33 splits that existed when v19 was drawn (6 Dec 2026, session 17): the draw avoids their rows. A fixed list, so
 * that a later split cannot change this draw. */
export const BEFORE_V19 = [...BEFORE_V18, 'test-v18.jsonl', 'dev-v18.jsonl'];


const incidentText = (s: string) => INCIDENT.test(s) || VIOLENCE.test(s);

/** The draw: { test, dev }, each item with its stratum; plus the pool sizes. */
export function drawV19(): { test: Drawn[]; dev: Drawn[]; pools: Record<string, number> } {
  const seen = readSplits(dir, BEFORE_V19);
  const { fresh } = seenIndex(seen);
  const { test, dev, pools, fill, finish } = splitFiller<Omit<Drawn, 'labels'>>({ seen, story, letters });

  // FA-KES: rows in no split, no undecodable byte, one row per unit id (its first); stratum by INCIDENT on the headline
  const fakes = freshFakesRows(fs.readFileSync(path.join(shared, FAKES_FILE), 'utf8'), fresh);
  const fakesItem = ({ row }: { row: Record<string, string> }, stratum: Stratum) => ({
    id: `fakes19-${row.unit_id}`, source: 'fakes', ref: { file: FAKES_FILE, unit_id: row.unit_id, date: row.date, outlet: row.source },
    language: 'en', text: fakesText(row), stratum,
  });
  const fakesKey = byKey<{ row: Record<string, string> }>(({ row }) => sha('sha256', 'v19:fakes:' + row.unit_id));
  fill('fakes-incident', fakes.filter(({ row }) => INCIDENT.test(row.article_title)).sort(fakesKey).map((r) => fakesItem(r, 'incident')), SIZES.test.fakes[0], SIZES.dev.fakes[0], true);
  fill('fakes-rest', fakes.filter(({ row }) => !INCIDENT.test(row.article_title)).sort(fakesKey).map((r) => fakesItem(r, 'rest')), SIZES.test.fakes[1], SIZES.dev.fakes[1], true);

  // EUvsDisinfo 2015-2017: distinct titles in no split, any outlet language; stratum incident (INCIDENT or VIOLENCE on
  // title + summary, no STAGED word) or blame (BLAME only: no INCIDENT, VIOLENCE or STAGED word); no STAGED row is left
  const euvs = new Map<string, { line: number; row: Record<string, string> }>();
  for (const r of csv(fs.readFileSync(path.join(shared, EUVS_FILE), 'utf8'))) if (r.row.title.trim() && !euvs.has(r.row.title)) euvs.set(r.row.title, r);
  const euvsFresh = [...euvs.values()].filter(({ row }) => fresh(sha('sha1', row.title).slice(0, 10), euvsText(row)));
  const euvsItem = ({ line, row }: { line: number; row: Record<string, string> }, stratum: Stratum) => ({
    id: `euvs19-${sha('sha1', row.title).slice(0, 10)}`, source: 'euvsdisinfo',
    ref: { file: EUVS_FILE, line_hint: line, date: row.date, outlet: row.outlet, outlet_language: row.language.trim() }, language: 'en', text: euvsText(row), stratum,
  });
  const euvsKey = byKey<{ row: Record<string, string> }>(({ row }) => sha('sha256', 'v19:euvs:' + row.title));
  const both = (row: Record<string, string>) => `${row.title} ${row.summary}`;
  pools['euvs-staged'] = euvsFresh.filter(({ row }) => STAGED.test(both(row))).length;
  fill('euvs-incident', euvsFresh.filter(({ row }) => !STAGED.test(both(row)) && incidentText(both(row))).sort(euvsKey).map((r) => euvsItem(r, 'incident')), SIZES.test.euvs[0], SIZES.dev.euvs[0], true);
  fill('euvs-blame', euvsFresh.filter(({ row }) => !STAGED.test(both(row)) && !incidentText(both(row)) && BLAME.test(both(row))).sort(euvsKey).map((r) => euvsItem(r, 'blame')), SIZES.test.euvs[1], SIZES.dev.euvs[1]);

  // Tweets with an INCIDENT or VIOLENCE word, in sha256("v19:<name>:" + tweetid) order: the state-backed accounts of Iran,
  // Russia's IRA and Venezuela (bot_or_not 1) and the verified "real" accounts (real_test*.csv, every row)
  type Row = { line: number; row: Record<string, string>; file: string };
  const tweets = (files: string[], name: string, keep: (row: Record<string, string>) => boolean, source: string) => {
    const pool: Row[] = files.flatMap((file) => csv(fs.readFileSync(path.join(shared, file), 'utf8')).map((r) => ({ ...r, file })))
      .filter(({ row }) => keep(row) && row.tweet_text.trim() && incidentText(row.tweet_text) && fresh(row.tweetid, tweetText(row)))
      .sort(byKey(({ row }) => sha('sha256', `v19:${name}:` + row.tweetid)));
    return pool.map(({ file, line, row }) => ({
      id: `${name}19-${row.tweetid}`, source,
      ref: { file, line_hint: line, tweetid: row.tweetid, date: row.tweet_time, outlet: row.user_screen_name }, language: 'en', text: tweetText(row), stratum: 'incident' as Stratum,
    }));
  };
  const stateBacked = (row: Record<string, string>) => row.bot_or_not === '1';
  fill('iran-incident', tweets([IRAN_FILE], 'iran', stateBacked, 'troll-tweets'), SIZES.test.iran, SIZES.dev.iran);
  fill('ira-incident', tweets([IRA_FILE], 'ira', stateBacked, 'troll-tweets'), SIZES.test.ira, SIZES.dev.ira);
  fill('vz-incident', tweets([VZ_FILE], 'vz', stateBacked, 'troll-tweets'), SIZES.test.vz, SIZES.dev.vz);
  fill('real-incident', tweets(REAL_FILES, 'real', () => true, 'real-tweets'), SIZES.test.real, SIZES.dev.real);

  // Arabic: the Ghouta 2013 video captions in no split, distinct captions, by sha256("v19:ghouta:" + unique_event_ID)
  const ghouta = csv(fs.readFileSync(path.join(shared, GHOUTA_FILE), 'utf8'))
    .filter(({ row }) => row.event_summary_ar.trim() && fresh(row.unique_event_ID, ghoutaText(row)))
    .sort(byKey(({ row }) => sha('sha256', 'v19:ghouta:' + row.unique_event_ID)));
  fill('ghouta', ghouta.map(({ line, row }) => ({
    id: `ghouta19-${row.unique_event_ID}`, source: 'ghouta-videos',
    ref: { file: GHOUTA_FILE, line_hint: line, unique_event_ID: row.unique_event_ID, date: row.date_time, outlet: row.sources },
    language: 'ar', text: ghoutaText(row), stratum: (INCIDENT.test(row.event_summary_ar) ? 'incident' : 'rest') as Stratum,
  })), SIZES.test.ghouta, SIZES.dev.ghouta, true);

  finish();
  pools['fakes-fresh'] = fakes.length; pools['euvs-fresh'] = euvsFresh.length;
  return { test: test as Drawn[], dev: dev as Drawn[], pools };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { test, dev, pools } = drawV19();
  console.error(JSON.stringify(pools));
  for (const o of process.argv.includes('--dev') ? dev : test) console.log(JSON.stringify(o));
}
