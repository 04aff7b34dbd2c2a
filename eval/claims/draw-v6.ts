/**
 * Draws the items of claims test split v6 from ../shared/data, deterministically, from items no earlier split holds
 * (README "Test split v6"): prints one JSONL line per item with `labels: null`, in the split's order. The labels were
 * then written by hand by the guide in README.md. Run: `npx tsx eval/claims/draw-v6.ts [--announce] > /tmp/v6-draw.jsonl`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csv, cut } from './draw-excerpts.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(dir, '../../../shared/data');
const sha = (alg: string, s: string) => crypto.createHash(alg).update(s).digest('hex');

const splits = ['dev', 'test', 'test-v2', 'test-v3', 'test-v4', 'test-v5'];
const seen = splits.flatMap((f) => fs.readFileSync(path.join(dir, `${f}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
const seenIds = new Set(seen.map((i) => i.id.replace(/^[a-z]+\d?-/, '')));
const seenHeads = new Set(seen.map((i) => i.text.split('\n')[0].trim()));
const out: unknown[] = [];
/** `--announce`: the supplement (test-v6-announce.jsonl), scored for `prepared` only: the rest of pool B and the FA-KES rows naming a plan, threat or warning. */
const supplement = process.argv.includes('--announce');
const sup: unknown[] = [];

// EUvsDisinfo: distinct titles in no earlier split (by id hash, headline, or title's first line)
const INCIDENT = /terror|attack|provocat|massacre|explo|bomb|kill|murder|chemical|sabotage|false.flag|stage|assassin|shoot|shot|poison|strike|blow/i;
const ANNOUNCE = /prepar|\bplan|plot|\bwill\b|going to|intend|soon|announc|warn|threat|\bvow|promis|ready|upcoming|in the (near )?future/i;
const VIOLENCE = /shell|invad|invasion|offensive|raid|diversion|subvers|incident|fire|weapon|missile|destr|violen|\bwar\b|occup|militar|troops|nuclear|genocid|riot|coup|clash|fight|\bguns?\b|\barms\b|army|blood|\bdie|dead|death|victim|casualt|hostage|maidan|extermin/i;
const euvsFile = 'euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv';
const euvs = new Map<string, { line: number; row: Record<string, string> }>();
for (const r of csv(fs.readFileSync(path.join(shared, euvsFile), 'utf8'))) if (!euvs.has(r.row.title)) euvs.set(r.row.title, r);
const fresh = [...euvs.values()].filter(({ row }) => {
  const t = row.title.trim(), first = t.split('\n')[0].trim();
  return t && !seenIds.has(sha('sha1', row.title).slice(0, 10)) && !seenHeads.has(t) && !seenHeads.has(first) && ![...seenHeads].some((h) => h.startsWith(first));
});
const text = (row: Record<string, string>) => `${row.title} ${row.summary}`;
const poolA = fresh.filter(({ row }) => INCIDENT.test(text(row)));
const poolB = fresh.filter(({ row }) => !INCIDENT.test(text(row)) && ANNOUNCE.test(text(row)) && VIOLENCE.test(text(row)));
const byHash = (key: (r: { row: Record<string, string> }) => string) => (a: { row: Record<string, string> }, b: { row: Record<string, string> }) => (key(a) < key(b) ? -1 : 1);
const euvsItem = ({ line, row }: { line: number; row: Record<string, string> }) => {
  const title = row.title.split('\n')[0].trim(), summary = row.summary.trim();
  const body = summary.startsWith(title) || summary === '' ? '' : `\n${cut(summary, 600)}`;
  const t = summary.startsWith(title) && summary ? cut(summary, 600) : title + body;
  return { id: `euvs6-${sha('sha1', row.title).slice(0, 10)}`, source: 'euvsdisinfo', ref: { file: euvsFile, line_hint: line, date: row.date, outlet: row.outlet }, language: 'en', text: t, labels: null };
};
const pickedB = [...poolB].sort(byHash(({ row }) => sha('sha256', 'v6:euvs-announce:' + row.title))).slice(0, 50);
for (const r of [...poolA].sort(byHash(({ row }) => sha('sha256', 'v6:euvs:' + row.title)))) out.push(euvsItem(r));
for (const r of pickedB) out.push(euvsItem(r));
for (const r of [...poolB].sort(byHash(({ row }) => sha('sha256', 'v6:euvs-announce:' + row.title))).slice(50)) sup.push(euvsItem(r));
console.error(`EUvsDisinfo: ${fresh.length} fresh distinct titles, pool A (incident word) ${poolA.length} all taken, pool B (announcement + violence word, no incident word) ${poolB.length}, first 50 taken`);

// FA-KES: rows in no earlier split, excerpt without an undecodable byte
const fakesFile = 'fakes-syria-news/fakes.csv';
const fakes = csv(fs.readFileSync(path.join(shared, fakesFile), 'utf8'));
const fakesItem = ({ row }: { row: Record<string, string> }) => ({
  id: `fakes6-${row.unit_id}`, source: 'fakes', ref: { file: fakesFile, unit_id: row.unit_id, date: row.date, outlet: row.source }, language: 'en',
  text: `${row.article_title.trim()}\n${cut(row.article_content, 420)}`, labels: null,
});
const fakesPool = fakes.filter(({ row }) => !seenIds.has(row.unit_id)).filter((r) => !/\ufffd|Ã|â€/.test(fakesItem(r).text));
const fakesSeen = new Set<string>();
const fakesPicked = [...fakesPool].sort(byHash(({ row }) => sha('sha256', 'v6:fakes-' + row.unit_id))).filter(({ row }) => !fakesSeen.has(row.unit_id) && fakesSeen.add(row.unit_id)).slice(0, 40);
for (const r of fakesPicked) out.push(fakesItem(r));
const FAKES_ANNOUNCE = /prepar|\bplan|plot|\bwill\b|going to|intend|warn|threat|announc/i;
const supSeen = new Set(fakesPicked.map(({ row }) => row.unit_id));
const fakesSup = fakesPool.filter((r) => !supSeen.has(r.row.unit_id) && FAKES_ANNOUNCE.test(fakesItem(r).text) && supSeen.add(r.row.unit_id));
for (const r of fakesSup.sort(byHash(({ row }) => sha('sha256', 'v6:fakes-' + row.unit_id)))) sup.push(fakesItem(r));
console.error(`FA-KES: ${fakesPool.length} rows in no earlier split, first 40 distinct unit ids taken`);

// Syrian Archive: incidents with Arabic title and summary in no earlier split (all of them)
const saFile = 'syrian-archive-cw-incidents/incidents.json';
const sa = (JSON.parse(fs.readFileSync(path.join(shared, saFile), 'utf8')) as Record<string, string>[])
  .filter((i) => i.title_ar?.trim() && i.summary_ar?.trim() && !seenIds.has(i.incident_code));
for (const i of sa.sort((a, b) => (sha('sha256', 'v6:sa-' + a.incident_code) < sha('sha256', 'v6:sa-' + b.incident_code) ? -1 : 1)))
  out.push({ id: `sa6-${i.incident_code}`, source: 'syrian-archive', ref: { file: saFile, incident_code: i.incident_code, date: i.incident_date, field: 'title_ar + summary_ar' }, language: 'ar', text: `${i.title_ar.trim()}\n${cut(i.summary_ar, 380)}`, labels: null });
console.error(`Syrian Archive: ${sa.length} incidents with Arabic text in no earlier split, all taken`);
console.error(`supplement: ${sup.length} items (pool B after the first 50, and ${fakesSup.length} FA-KES rows whose excerpt names a plan, threat or warning)`);
for (const o of supplement ? sup : out) console.log(JSON.stringify(o));
