/**
 * `npx tsx eval/agents/correlated-fit.ts [set=rest ...]` (session 21, room aginf): fits the damping of a correlated
 * feature set (knowledge/agents.yaml model.correlated; src/core/agents/agent-differential.ts dampCorrelated) on the
 * DEVELOPMENT splits only. The grid is scored on the look parts with the older development splits (the fit), and the
 * hold parts are reported beside it in aggregate only (the check): count, Brier, per language. With arguments, scores
 * those settings only. Frozen splits are never loaded; no item is printed.
 */
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import { developmentItems } from './development-parts.js';

const kb = loadAgentKb(capabilities.knowledge);
const items = developmentItems();

type Setting = Record<string, { rest?: number }>;
const perItem = new Map<string, { ok: Uint8Array; b: Float64Array }>();
function score(setting: Setting, name = '') {
  const ok1 = new Uint8Array(items.length);
  const b1 = new Float64Array(items.length);
  let n = 0;
  const agg = { all: [0, 0, 0], look: [0, 0, 0], hold: [0, 0, 0] };
  const lang = { all: new Map<string, number>(), hold: new Map<string, number>() };
  const perHold = new Map<string, number>();
  for (const it of items) {
    const r = runDifferential(kb, it.c.accounts, { correlated: setting });
    const pred = r.top.class;
    const ok = pred !== null && (it.c.accept ?? [it.c.class]).includes(pred) ? 1 : 0;
    let b = 0;
    for (const k of r.classes) b += (k.probability - (k.id === it.c.class ? 1 : 0)) ** 2;
    ok1[n] = ok;
    b1[n++] = b;
    for (const key of ['all', it.part] as const) { agg[key][0]++; agg[key][1] += ok; agg[key][2] += b; }
    if (it.c.lang) {
      lang.all.set(it.c.lang, (lang.all.get(it.c.lang) ?? 0) + ok);
      if (it.part === 'hold') lang.hold.set(it.c.lang, (lang.hold.get(it.c.lang) ?? 0) + ok);
    }
    if (it.part === 'hold') perHold.set(it.group, (perHold.get(it.group) ?? 0) + ok);
  }
  perItem.set(name, { ok: ok1, b: b1 });
  return { agg, lang, perHold };
}
const fmt = (a: number[]) => `${a[1]}/${a[0]} B${(a[2] / a[0]).toFixed(5)}`;
const id = kb.correlated?.[0]?.id ?? 'nonspecific';
const args = process.argv.slice(2);
const settings: [string, Setting][] = [];
if (args.length) for (const a of args) {
  const m = /^([a-z-]+)=([\d.]+)$/.exec(a);
  if (!m) throw new Error(`bad setting ${a}`);
  settings.push([a, { [m[1]]: { rest: Number(m[2]) } }]);
}
else for (const rest of [1, 0.75, 0.5, 0.4, 0.3, 0.25, 0.2, 0.1, 0]) settings.push([`${id}=${rest}`, { [id]: { rest } }]);
let ref: ReturnType<typeof score> | null = null;
for (const [name, s] of settings) {
  const r = score(s, name);
  ref ??= r;
  const moved = [...r.perHold].map(([g, v]) => v - (ref!.perHold.get(g) ?? 0)).filter((d) => d !== 0);
  console.log(`${name.padEnd(24)} look ${fmt(r.agg.look)}  hold ${fmt(r.agg.hold)}  total ${fmt(r.agg.all)}  lang ${[...r.lang.all].map(([l, v]) => `${l} ${v}`).join(' ')}  hold-lang ${[...r.lang.hold].map(([l, v]) => `${l} ${v}`).join(' ')}  hold splits +${moved.filter((d) => d > 0).reduce((a, b) => a + b, 0)}/${moved.filter((d) => d < 0).reduce((a, b) => a + b, 0)}`);
}

// Leave-one-split-out cross-validation over the LOOK parts (and the older development splits): for each split, the
// setting with the most right on the other splits' look parts (ties: lower Brier there, then the earlier, less damped,
// setting) is scored on that split's look part; the hold parts are never used to choose.
if (settings.length > 1) {
  const groups = [...new Set(items.filter((it) => it.part === 'look').map((it) => it.group))];
  let cvOk = 0, cvB = 0, cvN = 0;
  const chosen = new Map<string, number>();
  for (const g of groups) {
    let best: [string, number, number] | null = null;
    for (const [name] of settings) {
      const { ok, b } = perItem.get(name)!;
      let o = 0, bb = 0;
      items.forEach((it, i) => { if (it.part === 'look' && it.group !== g) { o += ok[i]; bb += b[i]; } });
      if (!best || o > best[1] || (o === best[1] && bb < best[2] - 1e-9)) best = [name, o, bb];
    }
    chosen.set(best![0], (chosen.get(best![0]) ?? 0) + 1);
    const { ok, b } = perItem.get(best![0])!;
    items.forEach((it, i) => { if (it.part === 'look' && it.group === g) { cvOk += ok[i]; cvB += b[i]; cvN++; } });
  }
  const { ok: ok0, b: b0 } = perItem.get(settings[0][0])!;
  let o0 = 0, bb0 = 0;
  items.forEach((it, i) => { if (it.part === 'look') { o0 += ok0[i]; bb0 += b0[i]; } });
  console.log(`leave-one-split-out over ${groups.length} look groups: cross-validated ${cvOk}/${cvN} B${(cvB / cvN).toFixed(5)} against ${settings[0][0]} ${o0}/${cvN} B${(bb0 / cvN).toFixed(5)}; chosen ${[...chosen].map(([k, v]) => `${k} x${v}`).join(', ')}`);
}
