/**
 * Draws the items of the supplementary frozen claims test split v15b from ../shared/data, deterministically (README
 * "Test split v15b"): rows no earlier split holds (by id, headline or text, in every eval/claims/*.jsonl of this
 * directory and of the other session worktrees given in CLAIMS_DIRS), ordered by sha256 with the salt "v15b:" before any
 * was read. Prints one JSONL line per item with `labels: null`; the labels were then written by hand by the guide in
 * README.md. Run: `npx tsx eval/claims/draw-v15b.ts > /tmp/v15b-draw.jsonl` (from a worktree under /work/wt, or with
 * CLAIMS_DIRS=dir1:dir2 naming the extra directories whose splits must be avoided).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byKey, csv, cut, normText, seenIndex } from './draw-excerpts.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(dir, '../../../shared/data');
const sha = (alg: string, s: string) => crypto.createHash(alg).update(s).digest('hex');

export { csv, cut };

export const EUVS_FILE = 'euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv';
export const FAKES_FILE = 'fakes-syria-news/fakes.csv';
export const GHOUTA_FILE = 'ghouta-2013-videos/chemweap.csv';
/** the excerpt of an EUvsDisinfo row: title, newline, summary cut within 600 (the summary alone when it repeats the title) */
export const euvsText = (row: Record<string, string>) => {
  const title = row.title.split('\n')[0].trim(), summary = row.summary.trim();
  return summary.startsWith(title) && summary ? cut(summary, 600) : summary === '' ? title : `${title}\n${cut(summary, 600)}`;
};
/** the excerpt of a FA-KES row: title, newline, article cut within 420 */
export const fakesText = (row: Record<string, string>) => `${row.article_title.trim()}\n${cut(row.article_content, 420)}`;
/** The FA-KES rows of `csvText` a draw may take (draw-v16 on): in no earlier split (`fresh`: unit id, headline, text), no
 * undecodable byte, one row per unit id (its first). */
export function freshFakesRows(csvText: string, fresh: (id: string, text: string) => boolean): { line: number; row: Record<string, string> }[] {
  const taken = new Set<string>();
  return csv(csvText).filter(({ row }) => {
    if (taken.has(row.unit_id)) return false;
    taken.add(row.unit_id);
    return fresh(row.unit_id, fakesText(row)) && !/\ufffd|Ã|â€/.test(fakesText(row));
  });
}
/** the excerpt of a Ghouta video row: its Arabic caption cut within 380 */
export const ghoutaText = (row: Record<string, string>) => cut(row.event_summary_ar, 380);

function draw(): void {
  // every split file held anywhere: this directory, and the same directory in every other worktree
  const wt = path.resolve(dir, '../../..');
  const extra = (process.env.CLAIMS_DIRS ?? '').split(':').filter(Boolean);
  const dirs = [dir, ...extra, ...(fs.existsSync(wt) ? fs.readdirSync(wt).map((d) => path.join(wt, d, 'eval/claims')) : [])].filter((d) => fs.existsSync(d));
  const seen: { id: string; text: string }[] = [];
  for (const d of new Set(dirs)) for (const f of fs.readdirSync(d).filter((f) => f.endsWith('.jsonl') && !f.startsWith('test-v15b')))
    for (const l of fs.readFileSync(path.join(d, f), 'utf8').split('\n').filter(Boolean)) seen.push(JSON.parse(l));
  const norm = normText;
  const { seenHeads, fresh } = seenIndex(seen);
  const out: Record<string, unknown>[] = [];
  const taken = new Set<string>();
  const take = (o: { id: string; text: string }) => {
    const h = norm(o.text.split('\n')[0]);
    if (taken.has(h)) return false;
    taken.add(h); out.push({ ...o, labels: null }); return true;
  };

  // EUvsDisinfo: distinct titles in no split; first every row naming an incident word (v3's pattern), then rows naming
  // an attack, provocation or blame word, each group in sha256("v15b:euvs:" + title) order, 45 in all
  const INCIDENT = /terror|attack|provocat|massacre|explo|bomb|kill|murder|chemical|sabotage|false.flag|stage|assassin|shoot|shot|poison|strike|blow/i;
  const BLAME = /blame|accus|responsib|behind|guilty|culprit|organi[sz]ed|orchestrat|provok|fake|fabricat|set.up|\bplot|violen|shell|fire[ds]?\b|victim|dead|death|\bdie|destr|sniper|crash|downed|war crime|genocid|atroc/i;
  const euvsFile = EUVS_FILE;
  const euvs = new Map<string, { line: number; row: Record<string, string> }>();
  for (const r of csv(fs.readFileSync(path.join(shared, euvsFile), 'utf8'))) if (r.row.title.trim() && !euvs.has(r.row.title)) euvs.set(r.row.title, r);
  const euvsFresh = [...euvs.values()].filter(({ row }) => fresh(sha('sha1', row.title).slice(0, 10), euvsText(row)) && !seenHeads.has(norm(row.title.split('\n')[0])));
  const both = (row: Record<string, string>) => `${row.title} ${row.summary}`;
  const euvsA = euvsFresh.filter(({ row }) => INCIDENT.test(both(row)));
  const euvsB = euvsFresh.filter(({ row }) => !INCIDENT.test(both(row)) && BLAME.test(both(row)));
  const euvsC = euvsFresh.filter(({ row }) => !INCIDENT.test(both(row)) && !BLAME.test(both(row)));
  const euvsKey = byKey<{ row: Record<string, string> }>(({ row }) => sha('sha256', 'v15b:euvs:' + row.title));
  let nEuvs = 0;
  for (const { line, row } of [...euvsA.sort(euvsKey), ...euvsB.sort(euvsKey), ...euvsC.sort(euvsKey)]) {
    if (nEuvs === 45) break;
    const t = euvsText(row);
    if (take({ id: `euvs15b-${sha('sha1', row.title).slice(0, 10)}`, source: 'euvsdisinfo', ref: { file: euvsFile, line_hint: line, date: row.date, outlet: row.outlet }, language: 'en', text: t } as never)) nEuvs++;
  }
  console.error(`EUvsDisinfo: ${euvsFresh.length} fresh distinct titles; incident word ${euvsA.length}, attack/provocation/blame word ${euvsB.length}, neither ${euvsC.length}; ${nEuvs} taken`);

  // FA-KES: rows in no split (unit id, headline, text), excerpt without an undecodable byte: first 30 distinct unit ids by sha256("v15b:fakes-" + unit_id)
  const fakesFile = FAKES_FILE;
  const fakes = csv(fs.readFileSync(path.join(shared, fakesFile), 'utf8'));
  const fakesPool = fakes.filter(({ row }) => fresh(row.unit_id, fakesText(row)) && !/\ufffd|Ã|â€/.test(fakesText(row)));
  let nFakes = 0;
  const fakesSeen = new Set<string>();
  for (const { row } of fakesPool.sort(byKey(({ row }) => sha('sha256', 'v15b:fakes-' + row.unit_id)))) {
    if (nFakes === 30) break;
    if (fakesSeen.has(row.unit_id)) continue;
    fakesSeen.add(row.unit_id);
    if (take({ id: `fakes15b-${row.unit_id}`, source: 'fakes', ref: { file: fakesFile, unit_id: row.unit_id, date: row.date, outlet: row.source }, language: 'en', text: fakesText(row) } as never)) nFakes++;
  }
  console.error(`FA-KES: ${fakesPool.length} rows in no split; ${nFakes} taken`);

  // Syrian Archive incidents with Arabic title and summary in no split: first 15 by sha256("v15b:sa-" + code)
  const saFile = 'syrian-archive-cw-incidents/incidents.json';
  const saText = (i: Record<string, string>) => `${i.title_ar.trim()}\n${cut(i.summary_ar, 380)}`;
  const sa = (JSON.parse(fs.readFileSync(path.join(shared, saFile), 'utf8')) as Record<string, string>[])
    .filter((i) => i.title_ar?.trim() && i.summary_ar?.trim() && fresh(i.incident_code, saText(i)));
  let nSa = 0;
  for (const i of sa.sort(byKey((i) => sha('sha256', 'v15b:sa-' + i.incident_code)))) {
    if (nSa === 15) break;
    if (take({ id: `sa15b-${i.incident_code}`, source: 'syrian-archive', ref: { file: saFile, incident_code: i.incident_code, date: i.incident_date, field: 'title_ar + summary_ar' }, language: 'ar', text: saText(i) } as never)) nSa++;
  }
  console.error(`Syrian Archive: ${sa.length} incidents with Arabic text in no split; ${nSa} taken`);

  // No Syrian Archive incident with Arabic text is left (v6 took the last 8), so the Arabic part comes from the other
  // Arabic text of the shared data: the Syrian Archive's 2013 Ghouta video list (`event_summary_ar`, the publishing media
  // office's caption). Distinct non-empty captions in no split: the first 15 by sha256("v15b:ghouta-" + unique_event_ID).
  const ghoutaFile = GHOUTA_FILE;
  const ghouta = csv(fs.readFileSync(path.join(shared, ghoutaFile), 'utf8'))
    .filter(({ row }) => row.event_summary_ar.trim() && fresh(row.unique_event_ID, ghoutaText(row)));
  let nGhouta = 0;
  for (const { line, row } of ghouta.sort(byKey(({ row }) => sha('sha256', 'v15b:ghouta-' + row.unique_event_ID)))) {
    if (nGhouta === 15 - nSa) break;
    if (take({ id: `ghouta15b-${row.unique_event_ID}`, source: 'ghouta-videos', ref: { file: ghoutaFile, line_hint: line, unique_event_ID: row.unique_event_ID, date: row.date_time, outlet: row.sources }, language: 'ar', text: ghoutaText(row) } as never)) nGhouta++;
  }
  console.error(`Ghouta 2013 videos: ${ghouta.length} rows with an Arabic caption in no split; ${nGhouta} distinct captions taken`);
  for (const o of out) console.log(JSON.stringify(o));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) draw();
