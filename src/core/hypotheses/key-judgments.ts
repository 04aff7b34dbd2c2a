/**
 * Key judgments written from the numbers (ICD 203: express uncertainty, separate judgments from information,
 * analyse alternatives, explain what would change the judgment). Each judgment lists the matrix items it
 * rests on (`evidence`) and the case records behind them (`records`). Likelihood words carry their range
 * beside them; confidence is stated in its own sentences, never beside a likelihood word.
 */
import type { MatrixScore } from './score-matrix.js';
import { DIAGNOSTIC_MIN } from './score-matrix.js';
import { effectiveN, type CompiledMatrix } from './matrix.js';
import type { Confidence } from './confidence.js';
import type { RatingChange } from './sensitivity.js';

/** An item a judgment rests on, with the likelihood ratio it gives the hypothesis over the one compared. */
export interface EvidenceRef {
  id: string;
  label: string;
  /** L(this hypothesis) / L(compared hypothesis), discounted for a shared source (raised to 1/n) */
  ratio: number;
}

export interface KeyJudgment {
  id: string;
  kind: 'leading' | 'alternative' | 'methods' | 'sensitivity' | 'priors' | 'confidence';
  text: string;
  /** the hypothesis the judgment is about, if any */
  hypothesis?: string;
  /** the hypothesis `for` and `against` compare it with (the runner-up for the leader, the leader otherwise) */
  compared_with?: string;
  /** items that favour `hypothesis` over `compared_with` (ratio > 1), strongest first */
  for?: EvidenceRef[];
  /** items that favour `compared_with` over `hypothesis` (ratio < 1), strongest first */
  against?: EvidenceRef[];
  /** when the leaders tie: every hypothesis sharing the highest posterior */
  tie?: string[];
  evidence: string[];
  records: string[];
}

/** "It is likely (55-80%) that ..." / "There is a roughly even chance (45-55%) that ..." (ICD 203 phrasing). */
export function estimativeSentenceStart(term: string, words: string): string {
  return term.endsWith('chance') ? `There is ${term === 'roughly even chance' ? 'a ' : ''}${words} that` : `It is ${words} that`;
}

const pct = (p: number) => (p < 0.001 ? '<0.1%' : p > 0.999 ? '>99.9%' : `${(p * 100).toFixed(p < 0.1 || p > 0.9 ? 1 : 0)}%`);

/**
 * The diagnostic items weighed between hypotheses j and k, by direction: per item the log likelihood ratio
 * (ln L_ij - ln L_ik) / n_i (its share of the posterior odds of j over k); positive favours j. Strongest first.
 */
function weighed(c: CompiledMatrix, s: MatrixScore, j: number, k: number, limit: number): { for: EvidenceRef[]; against: EvidenceRef[] } {
  const pro: [number, number][] = [];
  const con: [number, number][] = [];
  for (let i = 0; i < c.N; i++) {
    if (s.evidence[i].diagnosticity < DIAGNOSTIC_MIN) continue;
    const d = (c.lnL[i * c.H + j] - c.lnL[i * c.H + k]) / effectiveN(c, i);
    if (d > 1e-9) pro.push([i, d]);
    else if (d < -1e-9) con.push([i, d]);
  }
  const ref = ([i, d]: [number, number]): EvidenceRef => ({ id: c.items[i].id, label: c.items[i].label, ratio: Math.exp(d) });
  return {
    for: pro.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(ref),
    against: con.sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, limit).map(ref),
  };
}

const ratioText = (r: number) => (r >= 10 || r <= 0.1 ? r.toPrecision(2) : r.toFixed(2)).replace(/\.?0+$/, '');
const refList = (xs: EvidenceRef[]) => xs.map((x) => `"${x.label}" (likelihood ratio ${ratioText(x.ratio)})`).join('; ');

/** The for/against sentence of a judgment comparing `h` with `other`. */
function directionText(w: { for: EvidenceRef[]; against: EvidenceRef[] }, other: string): string {
  const parts: string[] = [];
  parts.push(w.for.length ? `Evidence favouring it over "${other}": ${refList(w.for)}.` : `No diagnostic item favours it over "${other}".`);
  parts.push(w.against.length ? `Evidence favouring "${other}" instead: ${refList(w.against)}.` : `No diagnostic item favours "${other}" over it.`);
  return parts.join(' ');
}

function trace(c: CompiledMatrix, idx: number[]): { evidence: string[]; records: string[] } {
  const records = new Set<string>();
  for (const i of idx) for (const r of c.items[i].evidence) records.add(r);
  return { evidence: idx.map((i) => c.items[i].id), records: [...records].sort() };
}

function traceRefs(c: CompiledMatrix, w: { for: EvidenceRef[]; against: EvidenceRef[] }): { evidence: string[]; records: string[] } {
  const idx = new Map(c.items.map((it, i) => [it.id, i]));
  return trace(c, [...w.for, ...w.against].map((x) => idx.get(x.id)!));
}

/** "from N to II", or for an engine cell "from the engine's likelihood (0.98 x the row mean, shown as ~N) to II". */
export function changeFromText(ch: RatingChange): string {
  return ch.cell === 'engine'
    ? `from the engine's likelihood (${ch.engine_ratio !== undefined ? `${ratioText(ch.engine_ratio)} times the row mean, ` : ''}shown converted as ~${ch.from}) to ${ch.to} (an override)`
    : `from ${ch.from} to ${ch.to}`;
}

export function keyJudgments(s: MatrixScore, c: CompiledMatrix, conf: Confidence): KeyJudgment[] {
  const out: KeyJudgment[] = [];
  const byId = new Map(s.hypotheses.map((h, j) => [h.id, j]));
  const a = byId.get(s.leading)!;
  const lead = s.hypotheses[a];
  const n = (k: number) => `${k} item${k === 1 ? '' : 's'}`;
  const alts = s.hypotheses
    .map((h, j) => ({ h, j }))
    .filter(({ j }) => j !== a)
    .sort((x, y) => y.h.posterior - x.h.posterior || x.j - y.j);
  const runner = alts[0];
  const w1 = runner ? weighed(c, s, a, runner.j, 3) : { for: [], against: [] };
  const others = s.tied.filter((id) => id !== lead.id).map((id) => `"${s.hypotheses[byId.get(id)!].label}"`);
  out.push({
    id: 'kj-1',
    kind: 'leading',
    hypothesis: lead.id,
    ...(s.tie ? { tie: [...s.tied] } : {}),
    text:
      (s.tie
        ? `${estimativeSentenceStart(lead.term, lead.words)} "${lead.label}" is correct, but it does not lead alone: it is tied with ${others.join(' and ')} at a posterior of ${pct(lead.posterior)} each after weighing ${n(c.N)} against ${c.H} hypotheses; the evidence does not separate them, and it is listed first only by the order of the hypotheses.`
        : lead.term === 'unrated'
          ? `"${lead.label}" has the highest posterior (${pct(lead.posterior)}) but is not estimated: ${lead.words.replace(/^not estimated: /, '')}; rate them before reading a likelihood into it.`
          : `${estimativeSentenceStart(lead.term, lead.words)} "${lead.label}" is correct: its posterior is ${pct(lead.posterior)} after weighing ${n(c.N)} against ${c.H} hypotheses, the highest of all.`) +
      (runner ? ' ' + directionText(w1, runner.h.label) : ''),
    ...(runner ? { compared_with: runner.h.id, for: w1.for, against: w1.against } : {}),
    ...traceRefs(c, w1),
  });
  for (const { h, j } of alts.slice(0, 4)) {
    const w = weighed(c, s, j, a, 2);
    out.push({
      id: `kj-${out.length + 1}`,
      kind: 'alternative',
      hypothesis: h.id,
      text:
        h.term === 'unrated'
          ? `"${h.label}" is not estimated: ${h.words.replace(/^not estimated: /, '')} (provisional posterior ${pct(h.posterior)}, not a judgment). ${directionText(w, lead.label)}`
          : `${estimativeSentenceStart(h.term, h.words)} "${h.label}" is correct (posterior ${pct(h.posterior)}). ${directionText(w, lead.label)}`,
      compared_with: lead.id,
      for: w.for,
      against: w.against,
      ...traceRefs(c, w),
    });
  }
  const heuer = s.heuer_leading.map((id) => s.hypotheses[byId.get(id)!]);
  const heuerText = heuer.map((h) => `"${h.label}"`).join(' and ');
  out.push({
    id: `kj-${out.length + 1}`,
    kind: 'methods',
    text: s.methods_agree
      ? `Heuer's inconsistency count agrees: ${heuerText} ${heuer.length > 1 ? 'share' : 'has'} the fewest inconsistencies (${heuer[0].inconsistency}).`
      : `Heuer's inconsistency count disagrees: it ranks ${heuerText} first (${heuer[0].inconsistency} against ${lead.inconsistency} for "${lead.label}"), because it counts only inconsistent evidence and ignores reliability, shared sources and the strength of consistent evidence.`,
    ...traceRefs(c, { for: [], against: runner ? weighed(c, s, a, runner.j, 3).against : [] }),
  });
  const fc = s.sensitivity.fewest_changes;
  const piv = s.sensitivity.pivotal;
  const pivIdx = piv.map((id) => s.evidence.findIndex((e) => e.id === id));
  const changeIdx = [...new Set(fc.changes.map((ch) => s.evidence.findIndex((e) => e.id === ch.item)))];
  const changes = fc.changes.map((ch) => `${ch.item} on ${ch.hypothesis} ${changeFromText(ch)}${ch.steps > 1 ? `, ${ch.steps} steps` : ''}`).join('; ');
  out.push({
    id: `kj-${out.length + 1}`,
    kind: 'sensitivity',
    text:
      (piv.length
        ? `The lead rests on ${piv.length === 1 ? 'one item' : 'single items'}: removing ${piv.join(', ')} would change the leading hypothesis. `
        : 'No single item decides the lead: removing any one item leaves the same leading hypothesis. ') +
      (fc.steps === null
        ? `No set of ${fc.max_steps} or fewer one-step rating changes would change it.`
        : `The fewest one-step rating changes that would make "${s.hypotheses[byId.get(fc.new_leader!)!].label}" lead are ${fc.steps} (${changes}).`),
    ...trace(c, [...new Set([...pivIdx, ...changeIdx])].filter((i) => i >= 0)),
  });
  const mp = s.sensitivity.priors.leader_min_prior;
  out.push({
    id: `kj-${out.length + 1}`,
    kind: 'priors',
    text: `"${lead.label}" keeps the lead for any prior above ${pct(mp)} (the prior used is ${pct(lead.prior)}), the other priors keeping their proportions.`,
    evidence: [],
    records: [],
  });
  // confidence: its own sentences, no likelihood word (ICD 203)
  out.push({
    id: `kj-${out.length + 1}`,
    kind: 'confidence',
    text: `We have ${conf.level} confidence in this assessment. ${conf.reasons.join(' ')}`,
    evidence: [],
    records: [],
  });
  return out;
}
