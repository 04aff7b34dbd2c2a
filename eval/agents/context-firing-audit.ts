/**
 * `npx tsx eval/agents/context-firing-audit.ts [--feature ID] [--sample N] [--corpus NAME]` (session 32, room agctx): a
 * precision audit of the context (scene-topic) features on real public text that describes no witnessed exposure. News and
 * tweets in ../shared/data (FA-KES articles, Syrian Archive summaries EN and AR, EUvsDisinfo summaries and disproofs, the
 * state-troll tweet files; the Russian troll tweets are in English and EUvsDisinfo holds only a few dozen Cyrillic
 * lines, so Russian real text is thin) are read one text at a time with the engine's extraction (agent terms on), and the
 * script prints, per corpus, how many texts each context feature fires on (present). `--feature ID --sample N` also prints
 * N firings of that feature (the phrase and 160 characters around it) to read. A firing here is not wrong by itself (a
 * Syrian Archive summary of a shell or cylinder attack should read delivery_*); the counts are read with the samples.
 * No evaluation split is loaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { sharedDataDir } from '../../src/app/paths.js';
import { extractFeatures } from '../../src/core/agents/feature-extraction.js';

const args = process.argv.slice(2);
const KNOWN = new Set(['--feature', '--sample', '--corpus']);
for (let i = 0; i < args.length; i += 2) if (!KNOWN.has(args[i]) || args[i + 1] === undefined) {
  console.error(`context-firing-audit: bad option ${args[i]}\nusage: npx tsx eval/agents/context-firing-audit.ts [--feature ID] [--sample N] [--corpus NAME]`);
  process.exit(2);
}
const opt = (k: string): string | undefined => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const FEATURE = opt('--feature');
const SAMPLE = Number(opt('--sample') ?? (FEATURE ? 10 : 0));
const ONLY = opt('--corpus');

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks) */
function csvRows(text: string): string[][] {
  const rows: string[][] = []; let row: string[] = []; let cell = ''; let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) { if (c === '"') { if (text[i + 1] === '"') { cell += '"'; i++; } else q = false; } else cell += c; continue; }
    if (c === '"') q = true; else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
function csvColumn(file: string, cols: string[]): string[] {
  if (!fs.existsSync(file)) return [];
  const rows = csvRows(fs.readFileSync(file).toString('utf8'));
  const head = rows[0].map((h) => h.trim());
  const idx = cols.map((c) => head.indexOf(c)).filter((i) => i >= 0);
  const out: string[] = [];
  for (const r of rows.slice(1)) for (const i of idx) if (r[i] && r[i].trim().length > 20) out.push(r[i]);
  return out;
}
const D = sharedDataDir;
const corpora: [string, string[]][] = [];
corpora.push(['fakes', csvColumn(path.join(D, 'fakes-syria-news/fakes.csv'), ['article_content'])]);
const sa = path.join(D, 'syrian-archive-cw-incidents/incidents.json');
const saRecs: Record<string, unknown>[] = fs.existsSync(sa) ? JSON.parse(fs.readFileSync(sa, 'utf8')) : [];
corpora.push(['sa-en', saRecs.map((x) => x.summary_en).filter((t): t is string => typeof t === 'string' && t.length > 0)]);
corpora.push(['sa-ar', saRecs.map((x) => x.summary_ar).filter((t): t is string => typeof t === 'string' && t.length > 0)]);
const euv = csvColumn(path.join(D, 'euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv'), ['summary', 'disproof']);
corpora.push(['euvs', euv.filter((t) => !/[\u0400-\u04ff]{4}/u.test(t))]);
corpora.push(['euvs-ru', euv.filter((t) => /[\u0400-\u04ff]{4}/u.test(t))]);
const tw = path.join(D, 'state-troll-tweets');
corpora.push(['tweets-ru', csvColumn(path.join(tw, 'russian_unseen.csv'), ['tweet_text'])]);
corpora.push(['tweets-ir', csvColumn(path.join(tw, 'iranian_unseen.csv'), ['tweet_text'])]);
corpora.push(['tweets-vz', csvColumn(path.join(tw, 'vz_unseen.csv'), ['tweet_text'])]);

const kb = loadAgentKb(capabilities.knowledge);
const scene = kb.features.filter((f) => f.topic === 'scene').map((f) => f.id);
const counts = new Map<string, Map<string, number>>();
const samples: string[] = [];
const sizes: [string, number][] = [];
for (const [name, texts] of corpora) {
  if (ONLY && name !== ONLY) continue;
  sizes.push([name, texts.length]);
  for (const t of texts) {
    const ex = extractFeatures(t, { terms: kb.terms });
    for (const f of scene) {
      if (!ex.features.get(f)?.present) continue;
      const m = counts.get(f) ?? new Map<string, number>(); m.set(name, (m.get(name) ?? 0) + 1); counts.set(f, m);
      if (f === FEATURE && samples.length < SAMPLE) {
        const h = ex.hits.find((x) => x.feature === f && x.present);
        const at = h ? Math.max(0, h.start - 80) : 0;
        samples.push(`[${name}] «${h?.phrase ?? ''}» … ${t.replace(/\s+/g, ' ').slice(at, at + 200)}`);
      }
    }
  }
}
console.log(`texts: ${sizes.map(([n, k]) => `${n} ${k}`).join(', ')}`);
const names = sizes.map(([n]) => n);
console.log(`${'feature'.padEnd(28)} ${names.map((n) => n.padStart(9)).join(' ')}   total`);
for (const f of scene) {
  const m = counts.get(f); if (!m) continue;
  const row = names.map((n) => String(m.get(n) ?? 0).padStart(9));
  console.log(`${f.padEnd(28)} ${row.join(' ')}   ${[...m.values()].reduce((a, b) => a + b, 0)}`);
}
if (samples.length) { console.log(`\n${FEATURE} firings:`); for (const s of samples) console.log(`  ${s}`); }
