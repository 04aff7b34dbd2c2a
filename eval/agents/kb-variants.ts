/**
 * `npx tsx eval/agents/kb-variants.ts [variant ...]` (session 21, room agkb): scores knowledge-base variants on the
 * DEVELOPMENT splits only, in aggregate: every development case (the figure `npm run eval -- agents --dev` calls
 * development-total), the look parts with the older development splits, and the hold parts (development-hold-all),
 * with the hold parts also per split (so that a change is seen to help across splits, not in one). A variant changes
 * P(feature | agent or mode) or a context feature's undescribed salience in memory (the file is untouched); the figures
 * are the evidence for or against changing the file. Frozen splits are never loaded; no item is printed.
 */
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import type { AgentKb } from '../../src/core/agents/agent-kb.js';
import { developmentItems, scoreItems } from './development-parts.js';

const base = loadAgentKb(capabilities.knowledge);
const items = developmentItems();

/** a change: P(feature | column) = p (before the leak), or a context feature's undescribed salience */
type Change = { f: string; col?: string; p?: number; und?: number; ctxNoise?: number };
function variant(changes: Change[]): AgentKb {
  const modes = base.modes;
  const P = (modes ? modes.p : base.p).map((r) => Float64Array.from(r));
  const Pa = base.p.map((r) => Float64Array.from(r));
  const features = base.features.map((f) => ({ ...f }));
  let contextNoise = base.contextNoise;
  for (const ch of changes) {
    if (ch.ctxNoise !== undefined) { contextNoise = ch.ctxNoise; continue; }
    const fi = base.featureIndex.get(ch.f);
    if (fi === undefined) throw new Error(`no feature ${ch.f}`);
    if (ch.und !== undefined) features[fi].undescribedSalience = ch.und;
    if (ch.p !== undefined && ch.col) {
      const v = base.leak + (1 - base.leak) * ch.p;
      const ids = modes ? modes.colId : base.agents.map((a) => a.id);
      const ks = ids.flatMap((id, k) => (id === ch.col || id.startsWith(ch.col + '/') ? [k] : []));
      if (!ks.length) throw new Error(`no column ${ch.col}`);
      for (const k of ks) P[fi][k] = v;
      const ai = base.agentIndex.get(ch.col.split('/')[0]);
      if (ai !== undefined && !ch.col.includes('/')) Pa[fi][ai] = v;
    }
  }
  return { ...base, contextNoise, p: Pa, features, ...(modes ? { modes: { ...modes, p: P } } : {}) } as AgentKb;
}

const L = { hallmark: 0.9, common: 0.6, occasional: 0.3, uncommon: 0.1, rare: 0.03 };
export const VARIANTS: Record<string, Change[]> = {
  base: [],
};
function score(kb: AgentKb) {
  const perHold = new Map<string, number>();
  const lang = new Map<string, number>();
  const conf = new Map<string, number>();
  const cls = new Map<string, number>();
  const agg = scoreItems(kb, items, (it, pred, ok) => {
    if (it.part === 'hold') perHold.set(it.group, (perHold.get(it.group) ?? 0) + ok);
    if (it.c.lang) lang.set(it.c.lang, (lang.get(it.c.lang) ?? 0) + ok);
    if (ok) cls.set(`${it.part}:${it.c.class}`, (cls.get(`${it.part}:${it.c.class}`) ?? 0) + 1);
    if (!ok) conf.set(`${it.c.class}>${pred}`, (conf.get(`${it.c.class}>${pred}`) ?? 0) + 1);
  });
  return { agg, perHold, lang, conf, cls };
}
const names = process.argv.slice(2);
const specs: [string, Change[]][] = names.length ? names.map((n) => [n, parse(n)]) : Object.entries(VARIANTS);
/** a variant on the command line: "f:col=p,f:col=p,f~und" e.g. "throat_burning:ammonia=0.6,delivery_pool_pump~0.1" */
function parse(n: string): Change[] {
  if (VARIANTS[n]) return VARIANTS[n];
  if (n === 'base') return [];
  return n.split(',').map((s) => {
    const cn = /^context_noise=([\d.]+)$/.exec(s);
    if (cn) return { f: '', ctxNoise: Number(cn[1]) };
    const und = /^([a-z_]+)~([\d.]+)$/.exec(s);
    if (und) return { f: und[1], und: Number(und[2]) };
    const m = /^([a-z_]+):([a-z/-]+)=([a-z\d.]+)$/.exec(s);
    if (!m) throw new Error(`bad change ${s}`);
    return { f: m[1], col: m[2], p: m[3] in L ? L[m[3] as keyof typeof L] : Number(m[3]) };
  });
}
let ref: ReturnType<typeof score> | null = null;
const TARGET = ['choking>toxic-industrial', 'nerve>toxic-industrial', 'riot-control>none', 'incendiary>none'];
for (const [name, ch] of specs) {
  const s = score(variant(ch));
  ref ??= s;
  const f = (k: 'all' | 'look' | 'hold') => `${s.agg[k][1]}/${s.agg[k][0]} (${s.agg[k][1] - ref!.agg[k][1] >= 0 ? '+' : ''}${s.agg[k][1] - ref!.agg[k][1]}) B${(s.agg[k][2] / s.agg[k][0]).toFixed(4)}`;
  const held = [...s.perHold].map(([g, v]) => v - (ref!.perHold.get(g) ?? 0)).filter((d) => d !== 0);
  console.log(`${name}\n  total ${f('all')}  look ${f('look')}  hold ${f('hold')}`);
  console.log(`  hold splits moved: +${held.filter((d) => d > 0).reduce((a, b) => a + b, 0)} / ${held.filter((d) => d < 0).reduce((a, b) => a + b, 0)}; lang ${[...s.lang].map(([l, v]) => `${l} ${v}(${v - (ref!.lang.get(l) ?? 0)})`).join(' ')}`);
  const cd = (part: string) => ['choking', 'nerve', 'blister', 'riot-control', 'toxic-industrial', 'incendiary', 'none'].map((c) => { const v = s.cls.get(`${part}:${c}`) ?? 0, d = v - (ref!.cls.get(`${part}:${c}`) ?? 0); return `${c} ${v}${d ? `(${d > 0 ? '+' : ''}${d})` : ''}`; }).join(' ');
  console.log(`  look per class: ${cd('look')}\n  hold per class: ${cd('hold')}`);
  console.log(`  target confusions: ${TARGET.map((t) => `${t} ${s.conf.get(t) ?? 0}`).join('; ')}`);
}
