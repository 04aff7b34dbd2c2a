/**
 * `npm run eval -- agents`: the agent differential's figures on both splits (docs/agent-differential.md §7).
 * Prints class and agent top-1 per split, per class and per language, the confusion matrices, the Brier score
 * against a uniform forecast and the reliability curve, each figure with its 95% interval in brackets (Wilson for shares,
 * a seeded bootstrap over the cases for Brier: eval/intervals.ts), and the abstention of the engine (coverage under its
 * own determination rule, top-1 where it commits and where it does not, a risk-coverage curve: figures.ts). `--json`
 * prints the scores as JSON, with the intervals and the abstention report; `--misses` lists
 * the misses of the DEVELOPMENT splits only (dev; seen, the retired v1 test split; v2, v3, v4 and v5, earlier test
 * splits that were scored and then moved into development, v5 in session 6; dev-v8, a development split written in
 * session 6 by a second hand that does not tune the engine; dev-v9, a second such split written in session 7, of which only the 'look' part prints misses: its 'hold' part,
 * ids whose sha256 starts with 0-3, is scored in aggregate only, to check that a change generalises); the frozen test splits' (v6, written in
 * session 5 by another hand, without running the engine) misses are never printed: it is never tuned on; `--dev`
 * scores only the development splits.
 */
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { scoreCases, type Score } from '../../src/core/agents/agent-evaluation.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import { loadIncidents, loadParaphrases } from './load.js';
import { developmentCases, developmentHoldCases, mayPrintMisses } from './development-parts.js';
import { splitPart, type SplitPart } from '../split-parts.js';
import { abstentionLines, abstentionReport, bracketNum, bracketPct, BOOTSTRAP, scoreIntervals } from './figures.js';

const args = process.argv.slice(2);
const USAGE = `usage: npm run eval -- agents [--dev] [--misses] [--json] [--fit]
  --dev     score the development splits only (no frozen test figure)
  --misses  list the misses of the development splits (never a frozen split or a hold part)
  --json    the scores as JSON (with their 95% intervals and the abstention report)
  --fit     fit the default reliability and temperature on development data`;
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = args.filter((a) => !['--dev', '--misses', '--json', '--fit'].includes(a));
if (unknown.length) {
  console.error(`eval agents: unknown option ${unknown.join(', ')}\n${USAGE}`);
  process.exit(2);
}
const kb = loadAgentKb(capabilities.knowledge);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** dev-v9's held-out part: ids whose sha256 starts with 0-3 (about a quarter); the rest is the part looked at. */
export function devV9Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v9'), part);
}

/** dev-v10 (English) and dev-v10b (Russian/Arabic), written in session 8 by two hands that never ran the engine, each cut
 * like dev-v9: ids whose sha256 starts with 0-3 are the 'hold' part (aggregate only), the rest 'look'. */
export function devV10Part(split: 'dev-v10' | 'dev-v10b', part: SplitPart) {
  return splitPart(loadIncidents(split), part);
}

/** Session 9's development splits, cut like dev-v9 and dev-v10: incidents dev-v11 (mostly English) and the lay paraphrases
 * dev-v3 (EN/RU/AR); ids whose sha256 starts with 0-3 are the 'hold' part (aggregate only), the rest 'look'. */
export function devV11Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v11'), part);
}
export function paraphrasesDevV3Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v3'), part);
}
/** Session 11's incidents development split dev-v12 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV12Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v12'), part);
}
/** Session 11's lay-paraphrase development split dev-v4 (EN/RU/AR, another hand that never ran the engine), cut the same way. */
export function paraphrasesDevV4Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v4'), part);
}
/** Session 12's incidents development split dev-v13 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV13Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v13'), part);
}
/** Session 13's incidents development split dev-v14 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV14Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v14'), part);
}
/** Session 14's incidents development split dev-v15 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV15Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v15'), part);
}
/** Session 15's incidents development split dev-v16 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV16Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v16'), part);
}
/** Session 16's incidents development split dev-v17 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV17Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v17'), part);
}
/** Session 17's incidents development split dev-v18 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV18Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v18'), part);
}
/** Session 18's incidents development split dev-v19 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV19Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v19'), part);
}
/** Session 19's incidents development split dev-v20 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV20Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v20'), part);
}
/** Session 20's incidents development split dev-v21 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV21Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v21'), part);
}
/** Session 21's incidents development split dev-v22 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV22Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v22'), part);
}
/** Session 22's incidents development split dev-v23 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV23Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v23'), part);
}
/** Session 23's incidents development split dev-v24 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV24Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v24'), part);
}
/** Session 24's incidents development split dev-v25 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV25Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v25'), part);
}
/** Session 25's incidents development split dev-v26 (EN/AR, a hand that never ran the engine), cut the same way. */
export function devV26Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v26'), part);
}
/** Session 26's incidents development split dev-v27 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV27Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v27'), part);
}
/** Session 27's incidents development split dev-v28 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV28Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v28'), part);
}
/** Session 28's incidents development split dev-v29 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function devV29Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v29'), part);
}
/** Session 12's lay-paraphrase development split dev-v5 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV5Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v5'), part);
}
/** Session 13's lay-paraphrase development split dev-v6 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV6Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v6'), part);
}
/** Session 14's lay-paraphrase development split dev-v7 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV7Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v7'), part);
}
/** Session 15's lay-paraphrase development split dev-v8 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV8Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v8'), part);
}
/** Session 16's lay-paraphrase development split dev-v9 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV9Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v9'), part);
}
/** Session 17's lay-paraphrase development split dev-v10 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV10Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v10'), part);
}
/** Session 18's lay-paraphrase development split dev-v11 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV11Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v11'), part);
}
/** Session 19's lay-paraphrase development split dev-v12 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV12Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v12'), part);
}
/** Session 20's lay-paraphrase development split dev-v13 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV13Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v13'), part);
}
/** Session 21's lay-paraphrase development split dev-v14 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV14Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v14'), part);
}
/** Session 22's lay-paraphrase development split dev-v15 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV15Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v15'), part);
}
/** Session 23's lay-paraphrase development split dev-v16 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV16Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v16'), part);
}
/** Session 24's lay-paraphrase development split dev-v17 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV17Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v17'), part);
}
/** Session 25's lay-paraphrase development split dev-v18 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV18Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v18'), part);
}
/** Session 26's lay-paraphrase development split dev-v19 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV19Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v19'), part);
}
/** Session 27's lay-paraphrase development split dev-v20 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV20Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v20'), part);
}
/** Session 28's lay-paraphrase development split dev-v21 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV21Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v21'), part);
}
/** Session 29's lay-paraphrase development split dev-v22 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV22Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v22'), part);
}
/** Session 30's lay-paraphrase development split dev-v23 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV23Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v23'), part);
}
/** Session 31's lay-paraphrase development split dev-v24 (EN/RU/AR, a hand that never ran the engine), cut the same way. */
export function paraphrasesDevV24Part(part: SplitPart) {
  return splitPart(loadParaphrases('dev-v24'), part);
}

export function scores(devOnly = false): Record<string, Score> {
  // order: what may be tuned on (dev, seen, v2, v3, v4, v5, dev-v8, dev-v9), then the frozen test splits; `--dev` scores the
  // development splits only, so tuning never shows a test figure
  const dev = {
    'incidents-dev': scoreCases(kb, loadIncidents('dev')),
    'incidents-seen': scoreCases(kb, loadIncidents('seen')),
    'paraphrases-dev': scoreCases(kb, loadParaphrases('dev')),
    'incidents-v2-dev': scoreCases(kb, loadIncidents('test-v2')),
    'incidents-v3-dev': scoreCases(kb, loadIncidents('test-v3')),
    'incidents-v4-dev': scoreCases(kb, loadIncidents('test-v4')),
    'incidents-v5-dev': scoreCases(kb, loadIncidents('test-v5')),
    'incidents-dev-v8': scoreCases(kb, loadIncidents('dev-v8')),
    'incidents-dev-v9': scoreCases(kb, loadIncidents('dev-v9')),
    // dev-v9 in two parts by the first hex digit of sha256(id): 'look' (4-f) may be tuned on (--misses prints its
    // misses), 'hold' (0-3) is scored in aggregate only and never prints a miss: a change that helps look but not hold
    // is probably overfitting (session 7)
    'incidents-dev-v9-look': scoreCases(kb, devV9Part('look')),
    'incidents-dev-v9-hold': scoreCases(kb, devV9Part('hold')),
    // session 8's development splits (first scored by the coordinator when they landed: dev-v10 39/76 = 51.3% on c3c7a07,
    // dev-v10b 49/70 = 70.0% on dbc334b), each with a look part (misses printed) and a hold part (aggregate only)
    'incidents-dev-v10-look': scoreCases(kb, devV10Part('dev-v10', 'look')),
    'incidents-dev-v10-hold': scoreCases(kb, devV10Part('dev-v10', 'hold')),
    'incidents-dev-v10b-look': scoreCases(kb, devV10Part('dev-v10b', 'look')),
    'incidents-dev-v10b-hold': scoreCases(kb, devV10Part('dev-v10b', 'hold')),
    'incidents-dev-v10+v10b-hold': scoreCases(kb, [...devV10Part('dev-v10', 'hold'), ...devV10Part('dev-v10b', 'hold')]),
    // session 9's development splits (written by a hand that never ran the engine), each with a look part (misses printed)
    // and a hold part (aggregate only)
    'incidents-dev-v11-look': scoreCases(kb, devV11Part('look')),
    'incidents-dev-v11-hold': scoreCases(kb, devV11Part('hold')),
    'paraphrases-dev-v3-look': scoreCases(kb, paraphrasesDevV3Part('look')),
    'paraphrases-dev-v3-hold': scoreCases(kb, paraphrasesDevV3Part('hold')),
    'incidents-dev-v12-look': scoreCases(kb, devV12Part('look')),
    'incidents-dev-v12-hold': scoreCases(kb, devV12Part('hold')),
    'incidents-dev-v13-look': scoreCases(kb, devV13Part('look')),
    'incidents-dev-v13-hold': scoreCases(kb, devV13Part('hold')),
    'incidents-dev-v14-look': scoreCases(kb, devV14Part('look')),
    'incidents-dev-v14-hold': scoreCases(kb, devV14Part('hold')),
    'incidents-dev-v15-look': scoreCases(kb, devV15Part('look')),
    'incidents-dev-v15-hold': scoreCases(kb, devV15Part('hold')),
    'incidents-dev-v16-look': scoreCases(kb, devV16Part('look')),
    'incidents-dev-v16-hold': scoreCases(kb, devV16Part('hold')),
    'incidents-dev-v17-look': scoreCases(kb, devV17Part('look')),
    'incidents-dev-v17-hold': scoreCases(kb, devV17Part('hold')),
    'incidents-dev-v18-look': scoreCases(kb, devV18Part('look')),
    'incidents-dev-v18-hold': scoreCases(kb, devV18Part('hold')),
    'incidents-dev-v19-look': scoreCases(kb, devV19Part('look')),
    'incidents-dev-v19-hold': scoreCases(kb, devV19Part('hold')),
    'incidents-dev-v20-look': scoreCases(kb, devV20Part('look')),
    'incidents-dev-v20-hold': scoreCases(kb, devV20Part('hold')),
    'incidents-dev-v21-look': scoreCases(kb, devV21Part('look')),
    'incidents-dev-v21-hold': scoreCases(kb, devV21Part('hold')),
    'incidents-dev-v22-look': scoreCases(kb, devV22Part('look')),
    'incidents-dev-v22-hold': scoreCases(kb, devV22Part('hold')),
    'incidents-dev-v23-look': scoreCases(kb, devV23Part('look')),
    'incidents-dev-v23-hold': scoreCases(kb, devV23Part('hold')),
    'incidents-dev-v24-look': scoreCases(kb, devV24Part('look')),
    'incidents-dev-v24-hold': scoreCases(kb, devV24Part('hold')),
    'incidents-dev-v25-look': scoreCases(kb, devV25Part('look')),
    'incidents-dev-v25-hold': scoreCases(kb, devV25Part('hold')),
    'incidents-dev-v26-look': scoreCases(kb, devV26Part('look')),
    'incidents-dev-v26-hold': scoreCases(kb, devV26Part('hold')),
    'incidents-dev-v27-look': scoreCases(kb, devV27Part('look')),
    'incidents-dev-v27-hold': scoreCases(kb, devV27Part('hold')),
    'incidents-dev-v28-look': scoreCases(kb, devV28Part('look')),
    'incidents-dev-v28-hold': scoreCases(kb, devV28Part('hold')),
    'incidents-dev-v29-look': scoreCases(kb, devV29Part('look')),
    'incidents-dev-v29-hold': scoreCases(kb, devV29Part('hold')),
    'paraphrases-dev-v4-look': scoreCases(kb, paraphrasesDevV4Part('look')),
    'paraphrases-dev-v4-hold': scoreCases(kb, paraphrasesDevV4Part('hold')),
    'paraphrases-dev-v5-look': scoreCases(kb, paraphrasesDevV5Part('look')),
    'paraphrases-dev-v5-hold': scoreCases(kb, paraphrasesDevV5Part('hold')),
    'paraphrases-dev-v6-look': scoreCases(kb, paraphrasesDevV6Part('look')),
    'paraphrases-dev-v6-hold': scoreCases(kb, paraphrasesDevV6Part('hold')),
    'paraphrases-dev-v7-look': scoreCases(kb, paraphrasesDevV7Part('look')),
    'paraphrases-dev-v7-hold': scoreCases(kb, paraphrasesDevV7Part('hold')),
    'paraphrases-dev-v8-look': scoreCases(kb, paraphrasesDevV8Part('look')),
    'paraphrases-dev-v8-hold': scoreCases(kb, paraphrasesDevV8Part('hold')),
    'paraphrases-dev-v9-look': scoreCases(kb, paraphrasesDevV9Part('look')),
    'paraphrases-dev-v9-hold': scoreCases(kb, paraphrasesDevV9Part('hold')),
    'paraphrases-dev-v10-look': scoreCases(kb, paraphrasesDevV10Part('look')),
    'paraphrases-dev-v10-hold': scoreCases(kb, paraphrasesDevV10Part('hold')),
    'paraphrases-dev-v11-look': scoreCases(kb, paraphrasesDevV11Part('look')),
    'paraphrases-dev-v11-hold': scoreCases(kb, paraphrasesDevV11Part('hold')),
    'paraphrases-dev-v12-look': scoreCases(kb, paraphrasesDevV12Part('look')),
    'paraphrases-dev-v12-hold': scoreCases(kb, paraphrasesDevV12Part('hold')),
    'paraphrases-dev-v13-look': scoreCases(kb, paraphrasesDevV13Part('look')),
    'paraphrases-dev-v13-hold': scoreCases(kb, paraphrasesDevV13Part('hold')),
    'paraphrases-dev-v14-look': scoreCases(kb, paraphrasesDevV14Part('look')),
    'paraphrases-dev-v14-hold': scoreCases(kb, paraphrasesDevV14Part('hold')),
    'paraphrases-dev-v15-look': scoreCases(kb, paraphrasesDevV15Part('look')),
    'paraphrases-dev-v15-hold': scoreCases(kb, paraphrasesDevV15Part('hold')),
    'paraphrases-dev-v16-look': scoreCases(kb, paraphrasesDevV16Part('look')),
    'paraphrases-dev-v16-hold': scoreCases(kb, paraphrasesDevV16Part('hold')),
    'paraphrases-dev-v17-look': scoreCases(kb, paraphrasesDevV17Part('look')),
    'paraphrases-dev-v17-hold': scoreCases(kb, paraphrasesDevV17Part('hold')),
    'paraphrases-dev-v18-look': scoreCases(kb, paraphrasesDevV18Part('look')),
    'paraphrases-dev-v18-hold': scoreCases(kb, paraphrasesDevV18Part('hold')),
    'paraphrases-dev-v19-look': scoreCases(kb, paraphrasesDevV19Part('look')),
    'paraphrases-dev-v19-hold': scoreCases(kb, paraphrasesDevV19Part('hold')),
    'paraphrases-dev-v20-look': scoreCases(kb, paraphrasesDevV20Part('look')),
    'paraphrases-dev-v20-hold': scoreCases(kb, paraphrasesDevV20Part('hold')),
    'paraphrases-dev-v21-look': scoreCases(kb, paraphrasesDevV21Part('look')),
    'paraphrases-dev-v21-hold': scoreCases(kb, paraphrasesDevV21Part('hold')),
    'paraphrases-dev-v22-look': scoreCases(kb, paraphrasesDevV22Part('look')),
    'paraphrases-dev-v22-hold': scoreCases(kb, paraphrasesDevV22Part('hold')),
    'paraphrases-dev-v23-look': scoreCases(kb, paraphrasesDevV23Part('look')),
    'paraphrases-dev-v23-hold': scoreCases(kb, paraphrasesDevV23Part('hold')),
    'paraphrases-dev-v24-look': scoreCases(kb, paraphrasesDevV24Part('look')),
    'paraphrases-dev-v24-hold': scoreCases(kb, paraphrasesDevV24Part('hold')),
    // every hold part of development together (eval/agents/development-parts.ts: the hold parts of PARTED_INCIDENT_SPLITS, then
    // of PARTED_PARAPHRASE_SPLITS): the figure a change that generalises should move. (Session 26: one entry again; session 25
    // had left two keys of this name. Review s28: taken from that one list, no longer written out here.)
    'development-hold-all': scoreCases(kb, developmentHoldCases()),
  };
  // every development case together (eval/agents/development-parts.ts: the older development splits and the parted ones,
  // incidents then paraphrases, both parts): the figure tuning watches
  const all = {
    ...dev,
    'development-total': scoreCases(kb, developmentCases()),
  };
  if (devOnly) return all;
  return {
    ...all,
    'incidents-test-v6': scoreCases(kb, loadIncidents('test-v6')),
    'incidents-test-v7': scoreCases(kb, loadIncidents('test-v7')),
    'incidents-test-v8': scoreCases(kb, loadIncidents('test-v8')),
    'incidents-test-v9': scoreCases(kb, loadIncidents('test-v9')),
    'incidents-test-v9b': scoreCases(kb, loadIncidents('test-v9b')),
    // v9b supplements v9 (the classes v9 left thin): the two are scored together
    'incidents-test-v9+v9b': scoreCases(kb, [...loadIncidents('test-v9'), ...loadIncidents('test-v9b')]),
    // the unseen estimate: the frozen splits written by other hands (v6 in session 5, v7 and v8 in session 6, v9 and v9b in session 7)
    'incidents-unseen-v6+v7': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7')]),
    'incidents-unseen-v6+v7+v8+v9+v9b': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('test-v8'), ...loadIncidents('test-v9'), ...loadIncidents('test-v9b')]),
    // session 8's fresh frozen splits by two other hands: v10 (English accounts) and v10b (Russian and Arabic accounts)
    'incidents-test-v10': scoreCases(kb, loadIncidents('test-v10')),
    'incidents-test-v10b': scoreCases(kb, loadIncidents('test-v10b')),
    'incidents-test-v10+v10b': scoreCases(kb, [...loadIncidents('test-v10'), ...loadIncidents('test-v10b')]),
    'incidents-unseen-v6..v10b': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('test-v8'), ...loadIncidents('test-v9'), ...loadIncidents('test-v9b'), ...loadIncidents('test-v10'), ...loadIncidents('test-v10b')]),
    'paraphrases-test': scoreCases(kb, loadParaphrases('test')),
    // session 8's fresh lay-paraphrase split by another hand (40 accounts per language), frozen 94113f1
    'paraphrases-test-v2': scoreCases(kb, loadParaphrases('test-v2')),
    // session 9's frozen incidents split (EN/RU/AR, another hand) and the lay-paraphrase splits of sessions 9 (v3) and 10
    // (v4), each by a hand that never ran the engine; their floors are in test/agents-eval-v11.test.ts and
    // test/agents-paraphrases-v3/v4.test.ts. Printed here so one command gives every held-out figure (session 11).
    'incidents-test-v11': scoreCases(kb, loadIncidents('test-v11')),
    'incidents-unseen-v6..v11': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('test-v8'), ...loadIncidents('test-v9'), ...loadIncidents('test-v9b'), ...loadIncidents('test-v10'), ...loadIncidents('test-v10b'), ...loadIncidents('test-v11')]),
    // session 11's frozen incidents split v12 (36 cited incidents, EN/RU/AR, weighted to none and incendiary), by the hand
    // that wrote dev-v12 from other events, never run on the engine before it was frozen; first scored by the coordinator
    // on the engine of 971a1ca
    'incidents-test-v12': scoreCases(kb, loadIncidents('test-v12')),
    'incidents-unseen-v6..v12': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('test-v8'), ...loadIncidents('test-v9'), ...loadIncidents('test-v9b'), ...loadIncidents('test-v10'), ...loadIncidents('test-v10b'), ...loadIncidents('test-v11'), ...loadIncidents('test-v12')]),
    // session 12's frozen incidents split v13 (43 cited incidents, EN/RU/AR, weighted to English clinical accounts), by the
    // hand that wrote dev-v13 from other events, never run on the engine before it was frozen; first scored by the
    // coordinator on the engine of e7c82f9
    'incidents-test-v13': scoreCases(kb, loadIncidents('test-v13')),
    'incidents-unseen-v6..v13': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('test-v8'), ...loadIncidents('test-v9'), ...loadIncidents('test-v9b'), ...loadIncidents('test-v10'), ...loadIncidents('test-v10b'), ...loadIncidents('test-v11'), ...loadIncidents('test-v12'), ...loadIncidents('test-v13')]),
    // session 13's frozen incidents split v14 (43 cited incidents, EN/RU/AR, weighted to choking against toxic-industrial,
    // riot-control, single-sign accounts and none), by the hand that wrote dev-v14 from other events, never run on the
    // engine before it was frozen; to be first scored by the coordinator
    'incidents-test-v14': scoreCases(kb, loadIncidents('test-v14')),
    'incidents-unseen-v6..v14': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('test-v8'), ...loadIncidents('test-v9'), ...loadIncidents('test-v9b'), ...loadIncidents('test-v10'), ...loadIncidents('test-v10b'), ...loadIncidents('test-v11'), ...loadIncidents('test-v12'), ...loadIncidents('test-v13'), ...loadIncidents('test-v14')]),
    // session 14's frozen incidents split v15 (41 cited incidents, EN/RU/AR, weighted to choking against toxic-industrial,
    // riot-control against toxic-industrial, single-sign accounts and none), by the hand that wrote dev-v15 from other
    // events, never run on the engine before it was frozen; to be first scored by the coordinator
    'incidents-test-v15': scoreCases(kb, loadIncidents('test-v15')),
    'incidents-unseen-v6..v15': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('test-v8'), ...loadIncidents('test-v9'), ...loadIncidents('test-v9b'), ...loadIncidents('test-v10'), ...loadIncidents('test-v10b'), ...loadIncidents('test-v11'), ...loadIncidents('test-v12'), ...loadIncidents('test-v13'), ...loadIncidents('test-v14'), ...loadIncidents('test-v15')]),
    // session 15's frozen incidents split v16 (46 cited incidents, EN/RU/AR, witness, medic and official voices, short
    // single-sign accounts and long ones), by the hand that wrote dev-v16 from other events, never run on the engine
    // before it was frozen; to be first scored by the coordinator
    'incidents-test-v16': scoreCases(kb, loadIncidents('test-v16')),
    'incidents-unseen-v6..v16': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('test-v8'), ...loadIncidents('test-v9'), ...loadIncidents('test-v9b'), ...loadIncidents('test-v10'), ...loadIncidents('test-v10b'), ...loadIncidents('test-v11'), ...loadIncidents('test-v12'), ...loadIncidents('test-v13'), ...loadIncidents('test-v14'), ...loadIncidents('test-v15'), ...loadIncidents('test-v16')]),
    // session 16's frozen incidents split v17 (46 cited incidents, EN/RU/AR, as much nerve and blister as unused real
    // events allowed), by the hand that wrote dev-v17 from other events, never run on the engine before it was frozen;
    // to be first scored by the coordinator
    'incidents-test-v17': scoreCases(kb, loadIncidents('test-v17')),
    'incidents-unseen-v6..v17': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('test-v8'), ...loadIncidents('test-v9'), ...loadIncidents('test-v9b'), ...loadIncidents('test-v10'), ...loadIncidents('test-v10b'), ...loadIncidents('test-v11'), ...loadIncidents('test-v12'), ...loadIncidents('test-v13'), ...loadIncidents('test-v14'), ...loadIncidents('test-v15'), ...loadIncidents('test-v16'), ...loadIncidents('test-v17')]),
    // session 17's frozen incidents split v18 (35 cited incidents, EN/RU/AR, every class, one blister and one nerve item:
    // unused real events ran short), by the hand that wrote dev-v18 from other events, never run on the engine before it
    // was frozen; to be first scored by the coordinator
    'incidents-test-v18': scoreCases(kb, loadIncidents('test-v18')),
    // session 18's frozen incidents split v19 (36 cited incidents, EN/RU/AR 12 each, every class, one blister and one
    // nerve item: unused real events ran short), by the hand that wrote dev-v19 from other events, never run on the
    // engine before it was frozen; to be first scored by the coordinator. The pooled entry now takes v6..v19 (it was
    // v6..v18).
    'incidents-test-v19': scoreCases(kb, loadIncidents('test-v19')),
    // session 19's frozen incidents split v20 (cited incidents, EN/RU/AR 12 each, every class), by the hand that wrote
    // dev-v20 from other events, never run on the engine before it was frozen; to be first scored by the coordinator.
    // The pooled entry now takes v6..v20 (it was v6..v19).
    'incidents-test-v20': scoreCases(kb, loadIncidents('test-v20')),
    // session 20's frozen incidents split v21 (cited incidents, EN/RU/AR 12 each, every class), by the hand that wrote
    // dev-v21 from other events, never run on the engine before it was frozen; to be first scored by the coordinator.
    // The pooled entry now takes v6..v21 (it was v6..v20).
    'incidents-test-v21': scoreCases(kb, loadIncidents('test-v21')),
    // session 21's frozen incidents split v22 (cited incidents, EN/RU/AR 12 each, every class), by the hand that wrote
    // dev-v22 from other events, never run on the engine before it was frozen; to be first scored by the coordinator.
    // The pooled entry now takes v6..v22 (it was v6..v21).
    'incidents-test-v22': scoreCases(kb, loadIncidents('test-v22')),
    // session 22's frozen incidents split v23 (cited incidents, EN/RU/AR 12 each, every class), by the hand that wrote
    // dev-v23 from other events, never run on the engine before it was frozen; to be first scored by the coordinator.
    // The pooled entry now takes v6..v23 (it was v6..v22).
    'incidents-test-v23': scoreCases(kb, loadIncidents('test-v23')),
    // session 23's frozen incidents split v24 (cited incidents, EN/RU/AR 12 each, every class), by the hand that wrote
    // dev-v24 from other events, never run on the engine before it was frozen; to be first scored by the coordinator.
    // The pooled entry now takes v6..v24 (it was v6..v23).
    'incidents-test-v24': scoreCases(kb, loadIncidents('test-v24')),
    // session 24's frozen incidents split v25 (cited incidents, EN/RU/AR 12 each, every class), by the hand that wrote
    // dev-v25 from other events, never run on the engine before it was frozen; to be first scored by the coordinator.
    // The pooled entry now takes v6..v25 (it was v6..v24).
    'incidents-test-v25': scoreCases(kb, loadIncidents('test-v25')),
    // session 25's frozen incidents split v26 (cited incidents, EN/RU/AR 12 each, balanced toward blister, nerve and
    // choking), by the hand that wrote dev-v26 from other events, never run on the engine before it was frozen; to be
    // first scored by the coordinator. The pooled entry now takes v6..v26 (it was v6..v25).
    'incidents-test-v26': scoreCases(kb, loadIncidents('test-v26')),
    // session 26's frozen incidents split v27 (cited incidents, EN/RU/AR 12 each; choking 12, nerve 2, blister 1, the
    // library's nerve and blister events being nearly all held already), by the hand that wrote dev-v27 from other events,
    // never run on the engine before it was frozen; to be first scored by the coordinator. The pooled entry now takes
    // v6..v27 (it was v6..v26).
    'incidents-test-v27': scoreCases(kb, loadIncidents('test-v27')),
    // session 27's frozen incidents split v28 (cited incidents, EN/RU/AR 12 each; choking 9, nerve 1, blister 1, the
    // library's nerve and blister events being nearly all held already), by the hand that wrote dev-v28 from other events,
    // never run on the engine before it was frozen; to be first scored by the coordinator. The pooled entry now takes
    // v6..v28 (it was v6..v27).
    'incidents-test-v28': scoreCases(kb, loadIncidents('test-v28')),
    // session 28's frozen incidents split v29 (cited incidents, EN/RU/AR 12 each; choking 7, nerve 2, blister 3, thinly
    // adjudicated nerve and blister items), by the hand that wrote dev-v29 from other events, never run on the engine
    // before it was frozen; to be first scored by the coordinator. The pooled entry now takes v6..v29 (it was v6..v28).
    'incidents-test-v29': scoreCases(kb, loadIncidents('test-v29')),
    // session 29's frozen incidents split v30 (cited incidents, EN 8 / RU 7 / AR 8; 23 items, fewer than asked because
    // reachable sources are nearly used up; thin nerve and blister items), never run on the engine before it was frozen;
    // to be first scored by the coordinator. The pooled entry now takes v6..v30 (it was v6..v29).
    'incidents-test-v30': scoreCases(kb, loadIncidents('test-v30')),
    // session 30's frozen incidents split v31 (cited incidents, EN 10 / RU 10 / AR 11; 31 items, fewer than asked because
    // reachable sources are nearly used up; two nerve items, both farm chemicals; most choking items one side's claims),
    // never run on the engine before it was frozen; to be first scored by the coordinator. The pooled entry now takes
    // v6..v31 (it was v6..v30).
    'incidents-test-v31': scoreCases(kb, loadIncidents('test-v31')),
    // session 31's frozen incidents split v32 (cited incidents, EN 8 / RU 8 / AR 6; 22 items, far fewer than asked because
    // reachable sources are nearly used up; ten Syrian Archive records; one nerve and one blister item, both teaching cases),
    // never run on the engine before it was frozen; to be first scored by the coordinator. The pooled entry now takes
    // v6..v32 (it was v6..v31).
    'incidents-test-v32': scoreCases(kb, loadIncidents('test-v32')),
    // session 32's frozen incidents split v33 (cited incidents, EN 7 / RU 4 / AR 3; 14 items, far fewer than asked because
    // reachable sources are nearly used up; every account carries a sign, smell, onset or delivery), never run on the
    // engine before it was frozen; to be first scored by the coordinator. The pooled entry now takes v6..v33 (it was v6..v32).
    'incidents-test-v33': scoreCases(kb, loadIncidents('test-v33')),
    'incidents-unseen-v6..v33': scoreCases(kb, [...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('test-v8'), ...loadIncidents('test-v9'), ...loadIncidents('test-v9b'), ...loadIncidents('test-v10'), ...loadIncidents('test-v10b'), ...loadIncidents('test-v11'), ...loadIncidents('test-v12'), ...loadIncidents('test-v13'), ...loadIncidents('test-v14'), ...loadIncidents('test-v15'), ...loadIncidents('test-v16'), ...loadIncidents('test-v17'), ...loadIncidents('test-v18'), ...loadIncidents('test-v19'), ...loadIncidents('test-v20'), ...loadIncidents('test-v21'), ...loadIncidents('test-v22'), ...loadIncidents('test-v23'), ...loadIncidents('test-v24'), ...loadIncidents('test-v25'), ...loadIncidents('test-v26'), ...loadIncidents('test-v27'), ...loadIncidents('test-v28'), ...loadIncidents('test-v29'), ...loadIncidents('test-v30'), ...loadIncidents('test-v31'), ...loadIncidents('test-v32'), ...loadIncidents('test-v33')]),
    'paraphrases-test-v3': scoreCases(kb, loadParaphrases('test-v3')),
    'paraphrases-test-v4': scoreCases(kb, loadParaphrases('test-v4')),
    // session 11's frozen lay-paraphrase split v5 (60 accounts, 20 per language), by the hand that wrote dev-v4 that
    // session, never run on the engine before it was frozen; first scored by the coordinator on main d506cec (971a1ca's engine)
    'paraphrases-test-v5': scoreCases(kb, loadParaphrases('test-v5')),
    'paraphrases-unseen-v2..v5': scoreCases(kb, [...loadParaphrases('test-v2'), ...loadParaphrases('test-v3'), ...loadParaphrases('test-v4'), ...loadParaphrases('test-v5')]),
    // session 12's frozen lay-paraphrase split v6 (90 accounts, 30 per language), by the hand that wrote dev-v5 that
    // session, never run on the engine before it was frozen; first scored by the coordinator on e7c82f9's engine
    'paraphrases-test-v6': scoreCases(kb, loadParaphrases('test-v6')),
    'paraphrases-unseen-v2..v6': scoreCases(kb, [...loadParaphrases('test-v2'), ...loadParaphrases('test-v3'), ...loadParaphrases('test-v4'), ...loadParaphrases('test-v5'), ...loadParaphrases('test-v6')]),
    // session 13's frozen lay-paraphrase split v7 (90 accounts, 30 per language), by the hand that wrote dev-v6 that
    // session, never run on the engine before it was frozen
    'paraphrases-test-v7': scoreCases(kb, loadParaphrases('test-v7')),
    'paraphrases-unseen-v2..v7': scoreCases(kb, [...loadParaphrases('test-v2'), ...loadParaphrases('test-v3'), ...loadParaphrases('test-v4'), ...loadParaphrases('test-v5'), ...loadParaphrases('test-v6'), ...loadParaphrases('test-v7')]),
    // session 14's frozen lay-paraphrase split v8 (90 accounts, 30 per language), by the hand that wrote dev-v7 that
    // session, never run on the engine before it was frozen; to be first scored by the coordinator
    'paraphrases-test-v8': scoreCases(kb, loadParaphrases('test-v8')),
    'paraphrases-unseen-v2..v8': scoreCases(kb, [...loadParaphrases('test-v2'), ...loadParaphrases('test-v3'), ...loadParaphrases('test-v4'), ...loadParaphrases('test-v5'), ...loadParaphrases('test-v6'), ...loadParaphrases('test-v7'), ...loadParaphrases('test-v8')]),
    // session 15's frozen lay-paraphrase split v9 (90 accounts, 30 per language), by the hand that wrote dev-v8 that
    // session, never run on the engine before it was frozen; to be first scored by the coordinator
    'paraphrases-test-v9': scoreCases(kb, loadParaphrases('test-v9')),
    'paraphrases-unseen-v2..v9': scoreCases(kb, [...loadParaphrases('test-v2'), ...loadParaphrases('test-v3'), ...loadParaphrases('test-v4'), ...loadParaphrases('test-v5'), ...loadParaphrases('test-v6'), ...loadParaphrases('test-v7'), ...loadParaphrases('test-v8'), ...loadParaphrases('test-v9')]),
    // session 16's frozen lay-paraphrase split v10 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses)
    'paraphrases-test-v10': scoreCases(kb, loadParaphrases('test-v10')),
    'paraphrases-unseen-v2..v10': scoreCases(kb, [...loadParaphrases('test-v2'), ...loadParaphrases('test-v3'), ...loadParaphrases('test-v4'), ...loadParaphrases('test-v5'), ...loadParaphrases('test-v6'), ...loadParaphrases('test-v7'), ...loadParaphrases('test-v8'), ...loadParaphrases('test-v9'), ...loadParaphrases('test-v10')]),
    // session 17's frozen lay-paraphrase split v11 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses)
    'paraphrases-test-v11': scoreCases(kb, loadParaphrases('test-v11')),
    // session 18's frozen lay-paraphrase split v12 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v11, which it replaced)
    'paraphrases-test-v12': scoreCases(kb, loadParaphrases('test-v12')),
    // session 19's frozen lay-paraphrase split v13 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v12, which it replaced)
    'paraphrases-test-v13': scoreCases(kb, loadParaphrases('test-v13')),
    // session 20's frozen lay-paraphrase split v14 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v13, which it replaced)
    'paraphrases-test-v14': scoreCases(kb, loadParaphrases('test-v14')),
    // session 21's frozen lay-paraphrase split v15 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v14, which it replaced)
    'paraphrases-test-v15': scoreCases(kb, loadParaphrases('test-v15')),
    // session 22's frozen lay-paraphrase split v16 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v15, which it replaced)
    'paraphrases-test-v16': scoreCases(kb, loadParaphrases('test-v16')),
    // session 23's frozen lay-paraphrase split v17 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v16, which it replaced)
    'paraphrases-test-v17': scoreCases(kb, loadParaphrases('test-v17')),
    // session 24's frozen lay-paraphrase split v18 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v17, which it replaced)
    'paraphrases-test-v18': scoreCases(kb, loadParaphrases('test-v18')),
    // session 25's frozen lay-paraphrase split v19 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v18, which it replaced)
    'paraphrases-test-v19': scoreCases(kb, loadParaphrases('test-v19')),
    // session 26's frozen lay-paraphrase split v20 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v19, which it replaced)
    'paraphrases-test-v20': scoreCases(kb, loadParaphrases('test-v20')),
    // session 27's frozen lay-paraphrase split v21 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v20, which it replaced)
    'paraphrases-test-v21': scoreCases(kb, loadParaphrases('test-v21')),
    // session 28's frozen lay-paraphrase split v22 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v21, which it replaced)
    'paraphrases-test-v22': scoreCases(kb, loadParaphrases('test-v22')),
    // session 29's frozen lay-paraphrase split v23 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v22, which it replaced)
    'paraphrases-test-v23': scoreCases(kb, loadParaphrases('test-v23')),
    // session 30's frozen lay-paraphrase split v24 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v23, which it replaced)
    'paraphrases-test-v24': scoreCases(kb, loadParaphrases('test-v24')),
    // session 31's frozen lay-paraphrase split v25 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry took it (renamed from paraphrases-unseen-v2..v24, which it replaced)
    'paraphrases-test-v25': scoreCases(kb, loadParaphrases('test-v25')),
    // session 32's frozen lay-paraphrase split v26 (90 accounts, 30 per language), by a hand that does not tune the engine,
    // never run on the engine before it was frozen; to be first scored by the coordinator (aggregate only, no misses).
    // The pooled unseen entry takes it (renamed from paraphrases-unseen-v2..v25, which it replaces)
    'paraphrases-test-v26': scoreCases(kb, loadParaphrases('test-v26')),
    'paraphrases-unseen-v2..v26': scoreCases(kb, [...loadParaphrases('test-v2'), ...loadParaphrases('test-v3'), ...loadParaphrases('test-v4'), ...loadParaphrases('test-v5'), ...loadParaphrases('test-v6'), ...loadParaphrases('test-v7'), ...loadParaphrases('test-v8'), ...loadParaphrases('test-v9'), ...loadParaphrases('test-v10'), ...loadParaphrases('test-v11'), ...loadParaphrases('test-v12'), ...loadParaphrases('test-v13'), ...loadParaphrases('test-v14'), ...loadParaphrases('test-v15'), ...loadParaphrases('test-v16'), ...loadParaphrases('test-v17'), ...loadParaphrases('test-v18'), ...loadParaphrases('test-v19'), ...loadParaphrases('test-v20'), ...loadParaphrases('test-v21'), ...loadParaphrases('test-v22'), ...loadParaphrases('test-v23'), ...loadParaphrases('test-v24'), ...loadParaphrases('test-v25'), ...loadParaphrases('test-v26')]),
  };
}

function print(name: string, s: Score) {
  const ci = scoreIntervals(s);
  console.log(`\n## ${name}: ${s.n} cases`);
  console.log(`class top-1 ${s.classCorrect}/${s.n} = ${pct(s.classTop1)} ${bracketPct(ci.classTop1)}; agent top-1 ${s.agentCorrect}/${s.agentN} = ${pct(s.agentTop1)} ${bracketPct(ci.agentTop1)}; Brier ${s.brier.toFixed(3)} ${bracketNum(ci.brier)} (uniform ${s.brierUniform.toFixed(3)})${s.brierCalibrated !== undefined ? `; calibrated Brier ${s.brierCalibrated.toFixed(3)}${ci.brierCalibrated ? ` ${bracketNum(ci.brierCalibrated)}` : ''}` : ''}`);
  console.log('per class: ' + Object.entries(s.perClass).map(([k, v]) => `${k} ${v.correct}/${v.n} ${bracketPct(ci.perClass[k])}`).join(', '));
  if (Object.keys(s.perLang).length) console.log('per language: ' + Object.entries(s.perLang).map(([k, v]) => `${k} ${v.correct}/${v.n} (${pct(v.correct / v.n)}) ${bracketPct(ci.perLang[k])}`).join(', '));
  for (const line of abstentionLines(abstentionReport(s, kb.threshold))) console.log(line);
  const cols = [...kb.classes.map((c) => c.id), '(none)'];
  const abbr = (c: string) => c.replace('toxic-industrial', 'tox-ind').replace('riot-control', 'riot').replace('incendiary', 'incend');
  console.log('confusion (rows expected, columns predicted):');
  console.log('| expected | ' + cols.map(abbr).join(' | ') + ' |');
  for (const k of kb.classes.map((c) => c.id)) console.log(`| ${abbr(k)} | ` + cols.map((c) => s.confusion[k]?.[c] ?? 0).join(' | ') + ' |');
  console.log('reliability (leading-class probability bin: n, mean confidence, accuracy): ' + s.reliability.map((b) => `[${b.from.toFixed(1)}-${b.to.toFixed(1)}) n=${b.n} conf=${b.confidence.toFixed(2)} acc=${b.accuracy.toFixed(2)}`).join('; '));
  if (args.includes('--misses') && mayPrintMisses(name))
    for (const o of s.outcomes.filter((x) => !x.correct)) console.log(`  miss ${o.id}: expected ${o.expected}, got ${o.predicted ?? '(no leader)'} (p expected ${o.pExpected.toFixed(2)})`);
}

if (args.includes('--fit')) {
  // Calibration fitted on the DEVELOPMENT splits only (dev, seen, v2-v5, dev-v8, dev-v9's look part, dev paraphrases):
  // the reliability of an ungraded account of no listed role (model.default_reliability, the weight of the mixture
  // with an uninformative report, section 4 step 4) and the temperature (model.temperature), on a grid: the pair with
  // the lowest development Brier score (a proper scoring rule) among those that get at least as many development cases
  // right as the KB's present values (a calibration parameter may not cost a case; chasing one more case instead picked
  // a pair whose Brier score was worse on development and on the hold part alike, session 8).
  // Ranges (judgments): the reliability 0.6-0.8, because above 0.8 one account could reach the 0.8 determination
  // threshold by itself (w + (1 - w) / 7 >= 0.8 once r (1 - report_noise) > 0.767); the temperature 0.5-2, because below
  // 0.5 one weak feature would count more than twice its log-likelihood ratio. dev-v9's hold part is scored at the
  // chosen pair, in aggregate, to show whether the fit carries over; it takes no part in the choice.
  const dev = [...loadIncidents('dev'), ...loadIncidents('seen'), ...loadIncidents('test-v2'), ...loadIncidents('test-v3'), ...loadIncidents('test-v4'), ...loadIncidents('test-v5'), ...loadIncidents('dev-v8'), ...devV9Part('look'), ...loadParaphrases('dev')];
  const at = (r: number, T: number, cases: typeof dev) => {
    const kbR = r === kb.defaultReliability ? kb : { ...kb, defaultReliability: r };
    return scoreCases(kbR, cases, (c) => runDifferential(kbR, c.accounts, { temperature: T }));
  };
  const floor = at(kb.defaultReliability, kb.temperature, dev).classCorrect;
  let best = { r: kb.defaultReliability, T: kb.temperature, correct: -1, brier: Infinity };
  for (let r = 0.6; r <= 0.8001; r += 0.05)
    for (let T = 0.5; T <= 2.0001; T += 0.05) {
      const s = at(r, T, dev);
      if (T < 0.8001) console.log(`reliability ${r.toFixed(2)} T ${T.toFixed(2)}: ${s.classCorrect}/${s.n}, Brier ${s.brier.toFixed(4)}`);
      if (s.classCorrect >= floor && s.brier < best.brier - 1e-9) best = { r, T, correct: s.classCorrect, brier: s.brier };
    }
  const bins = (s: Score) => s.reliability.filter((b) => b.n).map((b) => `[${b.from.toFixed(1)}-${b.to.toFixed(1)}) n=${b.n} conf=${b.confidence.toFixed(2)} acc=${b.accuracy.toFixed(2)}`).join('; ');
  const fitted = at(best.r, best.T, dev);
  const hold = at(best.r, best.T, devV9Part('hold'));
  const holdNow = at(kb.defaultReliability, kb.temperature, devV9Part('hold'));
  console.log(`best: default_reliability ${best.r.toFixed(2)}, temperature ${best.T.toFixed(2)} (development ${best.correct}/${dev.length}, Brier ${best.brier.toFixed(4)}); set model.default_reliability and model.temperature in knowledge/agents.yaml`);
  console.log(`reliability bins, development at the fit: ${bins(fitted)}`);
  console.log(`dev-v9 hold (aggregate) at the fit: ${hold.classCorrect}/${hold.n}, Brier ${hold.brier.toFixed(4)}; bins ${bins(hold)}`);
  console.log(`dev-v9 hold (aggregate) with the KB's values (${kb.defaultReliability}, ${kb.temperature}): ${holdNow.classCorrect}/${holdNow.n}, Brier ${holdNow.brier.toFixed(4)}`);
  process.exit(0);
}
const all = scores(args.includes('--dev'));
// --json: each split's scores (without its cases) and, beside them, the 95% intervals and the abstention report
if (args.includes('--json')) console.log(JSON.stringify(Object.fromEntries(Object.entries(all).map(([k, v]) => [k, { ...v, outcomes: undefined, intervals: scoreIntervals(v), abstention: abstentionReport(v, kb.threshold) }])), null, 1));
else {
  console.log(`(in brackets: 95% intervals; Wilson score intervals for shares, a percentile bootstrap for Brier scores: ${BOOTSTRAP.resamples.toLocaleString('en')} resamples of the cases, seed ${BOOTSTRAP.seed}; docs/agent-differential.md §7.00048-evalx)`);
  for (const [k, v] of Object.entries(all)) print(k, v);
}
