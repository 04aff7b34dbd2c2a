/**
 * `npx tsx eval/agents/hold-confusion.ts [--look]` (session 22, room agkb): the DEVELOPMENT hold parts' per-class
 * confusion in AGGREGATE (no item, id or text is printed), by register (incident reports against lay paraphrases), with
 * what drove the wrong calls: for each off-diagonal cell of two or more accounts, the features (present or absent) that
 * favoured the predicted class over the expected one, summed over the cell's accounts (the per-feature log-likelihood
 * ratio between the best agent of each class, from the KB's likelihood table, as the engine reads them) and the number of
 * the cell's accounts in which each appears. That tells a KB cause (a sign whose frequency for an agent is too high or
 * too low, a class whose likelihood is too broad) from a reading cause (the expected class's signs were never found:
 * a cell driven by one nonspecific sign with few present features). Also the Brier score raw and through the KB's class
 * calibration, by register and by a simple account-level rule (the rule the engine could apply: the account's role, the
 * number of accounts, the number of clinical features read), to see whether registers want different calibration.
 * `--look` prints the same for the look parts (whose items may be read; use `npm run eval -- agents --dev --misses`).
 * Frozen splits are never loaded.
 */
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { runDifferential, type DifferentialResult } from '../../src/core/agents/agent-differential.js';
import { developmentItems, type DevelopmentItem } from './development-parts.js';

const kb = loadAgentKb(capabilities.knowledge);
const PART = process.argv.includes('--look') ? 'look' : 'hold';
const items = developmentItems().filter((it) => it.part === PART);
const CL = kb.classes.map((c) => c.id);
const short = (c: string | null) => (c === null ? '(none)' : c === 'riot-control' ? 'riot' : c === 'toxic-industrial' ? 'tox-ind' : c === 'incendiary' ? 'incend' : c);

interface Scored { it: DevelopmentItem; r: DifferentialResult; pred: string | null; ok: boolean; reg: 'inc' | 'par'; brier: number; cal: number }
const brier = (probs: Record<string, number>, y: string) => CL.reduce((s, c) => s + ((probs[c] ?? 0) - (c === y ? 1 : 0)) ** 2, 0);
const scored: Scored[] = items.map((it) => {
  const r = runDifferential(kb, it.c.accounts);
  const pred = r.top.class;
  const ok = pred !== null && (it.c.accept ?? [it.c.class]).includes(pred);
  const raw = Object.fromEntries(r.classes.map((k) => [k.id, k.probability]));
  return { it, r, pred, ok, reg: it.group.startsWith('inc:') ? 'inc' : 'par', brier: brier(raw, it.c.class), cal: brier(r.calibrated ?? raw, it.c.class) };
});

function matrix(rows: Scored[], title: string) {
  const right = rows.filter((s) => s.ok).length;
  console.log(`\n## ${title}: ${rows.length} accounts, class top-1 ${right}/${rows.length} = ${((100 * right) / Math.max(1, rows.length)).toFixed(1)}%; Brier raw ${(rows.reduce((a, s) => a + s.brier, 0) / Math.max(1, rows.length)).toFixed(4)}, calibrated ${(rows.reduce((a, s) => a + s.cal, 0) / Math.max(1, rows.length)).toFixed(4)}`);
  console.log(`| expected \\ predicted | ${CL.map(short).join(' | ')} | (none) | right (accept) |`);
  for (const e of CL) {
    const rs = rows.filter((s) => s.it.c.class === e);
    if (!rs.length) continue;
    // a call counted right through `accept` sits on the diagonal's right-hand column, not in its predicted cell
    const cells = [...CL, null].map((p) => rs.filter((s) => s.pred === p && (p === e || !s.ok)).length);
    console.log(`| ${short(e)} | ${cells.join(' | ')} | ${rs.filter((s) => s.ok).length}/${rs.length} (${rs.filter((s) => s.ok && s.pred !== e).length}) |`);
  }
}
matrix(scored, `${PART} parts, all`);
matrix(scored.filter((s) => s.reg === 'inc'), `${PART} parts, incident reports`);
matrix(scored.filter((s) => s.reg === 'par'), `${PART} parts, lay paraphrases`);

// the drivers of each off-diagonal cell: per present/absent feature, ln P(obs | best agent of predicted) - ln P(obs | best agent of expected)
const P = kb.p; // [feature][agent], the leak applied (per agent; an agent with modes by its agent row)
const agentsOf = (c: string) => kb.agents.flatMap((a, k) => (a.class === c ? [k] : []));
function bestAgent(r: DifferentialResult, c: string): number {
  const a = r.agents.filter((x) => x.class === c).sort((x, y) => y.probability - x.probability)[0];
  return a ? kb.agentIndex.get(a.id)! : agentsOf(c)[0];
}
const misses = scored.filter((s) => !s.ok && s.pred !== null);
const cells = new Map<string, Scored[]>();
for (const s of misses) {
  const k = `${s.it.c.class} > ${s.pred}`;
  cells.set(k, [...(cells.get(k) ?? []), s]);
}
console.log(`\n## what drove the wrong calls (${PART} parts; cells of 2 or more; feature: summed log-ratio toward the predicted class, accounts it appears in)`);
for (const [k, rs] of [...cells].sort((a, b) => b[1].length - a[1].length)) {
  if (rs.length < 2) continue;
  const tally = new Map<string, [number, number]>();
  let nFeat = 0;
  for (const s of rs) {
    const [e, p] = [s.it.c.class, s.pred!];
    const ae = bestAgent(s.r, e), ap = bestAgent(s.r, p);
    const seen = new Set<string>();
    for (const f of s.r.features) {
      const fi = kb.featureIndex.get(f.id);
      if (fi === undefined) continue;
      const pe = P[fi][ae], pp = P[fi][ap];
      const d = f.present ? Math.log(pp / pe) : Math.log((1 - pp) / (1 - pe));
      const key = `${f.id}${f.present ? '' : ' (absent)'}`;
      const t = tally.get(key) ?? [0, 0];
      t[0] += d;
      if (!seen.has(key)) t[1]++;
      seen.add(key);
      tally.set(key, t);
      if (f.present) nFeat++;
    }
  }
  const top = [...tally].filter(([, t]) => t[0] > 0.3).sort((a, b) => b[1][0] - a[1][0]).slice(0, 8);
  const against = [...tally].filter(([, t]) => t[0] < -0.3).sort((a, b) => a[1][0] - b[1][0]).slice(0, 4);
  console.log(`${k}: ${rs.length} accounts (${rs.filter((s) => s.reg === 'inc').length} incident), ${(nFeat / rs.length).toFixed(1)} present features each; mean leader probability ${(rs.reduce((a, s) => a + s.r.classes.find((c) => c.id === s.pred)!.probability, 0) / rs.length).toFixed(2)}, expected class ${(rs.reduce((a, s) => a + s.r.classes.find((c) => c.id === s.it.c.class)!.probability, 0) / rs.length).toFixed(2)}`);
  console.log(`  toward ${short(rs[0].pred)}: ${top.map(([f, t]) => `${f} ${t[0].toFixed(1)}/${t[1]}`).join(', ') || '-'}`);
  console.log(`  toward ${short(rs[0].it.c.class)}: ${against.map(([f, t]) => `${f} ${(-t[0]).toFixed(1)}/${t[1]}`).join(', ') || '-'}`);
}
const noFeature = scored.filter((s) => s.pred === null);
console.log(`\naccounts with no usable feature: ${noFeature.length} (${noFeature.filter((s) => s.reg === 'inc').length} incident)`);

// calibration by register and by account-level rules the engine could apply
console.log(`\n## Brier raw -> calibrated by an account-level rule (${PART} parts)`);
const clinical = (s: Scored) => s.r.features.filter((f) => f.present && kb.features[kb.featureIndex.get(f.id)!]?.scope !== 'incident').length;
const roleOf = (s: Scored) => s.r.reports.map((r) => r.role).sort().join('+');
const rules: [string, (s: Scored) => string][] = [
  ['register (file, for reference only)', (s) => s.reg],
  ['number of accounts', (s) => (s.it.c.accounts.length > 1 ? '2+' : '1')],
  ['roles', (s) => roleOf(s)],
  ['present clinical features', (s) => (clinical(s) <= 1 ? '0-1' : clinical(s) <= 3 ? '2-3' : '4+')],
  ['leading probability', (s) => { const m = Math.max(...s.r.classes.map((c) => c.probability)); return m < 0.4 ? '<.4' : m < 0.6 ? '.4-.6' : '.6+'; }],
  ['detailed (absence counts)', (s) => (s.r.reports.some((r) => r.detailed) ? 'detailed' : 'not')],
];
for (const [name, f] of rules) {
  const g = new Map<string, Scored[]>();
  for (const s of scored) g.set(f(s), [...(g.get(f(s)) ?? []), s]);
  const line = [...g].sort().map(([k, rs]) => `${k} n=${rs.length} (${rs.filter((s) => s.reg === 'inc').length} inc) top-1 ${((100 * rs.filter((s) => s.ok).length) / rs.length).toFixed(0)}% Brier ${(rs.reduce((a, s) => a + s.brier, 0) / rs.length).toFixed(3)} -> ${(rs.reduce((a, s) => a + s.cal, 0) / rs.length).toFixed(3)}`);
  console.log(`${name}:\n  ${line.join('\n  ')}`);
}

// signs the KB holds unlikely for the true class that its accounts tell: per class, a feature read present in two or more
// of its accounts while every agent of the class has it at uncommon or below (P' <= 0.11), with how many of them missed
console.log(`\n## features read present in accounts of a class for which the KB holds them unlikely (${PART} parts; every agent of the class <= 0.11)`);
for (const c of CL) {
  const rs = scored.filter((s) => s.it.c.class === c);
  const cols = agentsOf(c);
  const tally = new Map<string, [number, number]>();
  for (const s of rs)
    for (const f of new Set(s.r.features.filter((x) => x.present).map((x) => x.id))) {
      const fi = kb.featureIndex.get(f);
      if (fi === undefined || Math.max(...cols.map((k) => P[fi][k])) > 0.111) continue;
      const t = tally.get(f) ?? [0, 0];
      t[0]++;
      if (!s.ok) t[1]++;
      tally.set(f, t);
    }
  const rows = [...tally].filter(([, t]) => t[0] >= 2).sort((a, b) => b[1][0] - a[1][0]);
  if (rows.length) console.log(`${c} (${rs.length}): ${rows.map(([f, t]) => `${f} ${t[0]} (${t[1]} missed; max P' ${Math.max(...cols.map((k) => P[kb.featureIndex.get(f)!][k])).toFixed(2)})`).join(', ')}`);
}

// a KB cause or a reading cause? A miss in which some feature read favours the expected class over the predicted one by
// 3 to 1 or more (best agent of each) had its evidence read and outweighed: the weights (the KB) decide it. A miss in
// which no feature read favours the expected class so is one the words did not carry: nothing read for it (the account
// is thin, or a reading is missing). Accounts with no usable feature count with the second.
console.log(`\n## misses by cause (${PART} parts): evidence for the expected class read and outweighed, or none read`);
for (const reg of ['inc', 'par'] as const) {
  const ms = scored.filter((s) => !s.ok && s.reg === reg);
  let outweighed = 0;
  const byClass = new Map<string, [number, number]>();
  for (const s of ms) {
    let read = false;
    if (s.pred !== null) {
      const ae = bestAgent(s.r, s.it.c.class), ap = bestAgent(s.r, s.pred);
      for (const f of s.r.features) {
        const fi = kb.featureIndex.get(f.id);
        if (fi === undefined) continue;
        const pe = P[fi][ae], pp = P[fi][ap];
        const ratio = f.present ? pe / pp : (1 - pe) / (1 - pp);
        if (ratio >= 3) read = true;
      }
    }
    if (read) outweighed++;
    const t = byClass.get(s.it.c.class) ?? [0, 0];
    t[read ? 0 : 1]++;
    byClass.set(s.it.c.class, t);
  }
  console.log(`${reg === 'inc' ? 'incident reports' : 'lay paraphrases'}: ${ms.length} misses; ${outweighed} with evidence for the expected class read and outweighed, ${ms.length - outweighed} with none read; by expected class (outweighed/none read): ${[...byClass].map(([c, t]) => `${short(c)} ${t[0]}/${t[1]}`).join(', ')}`);
}
