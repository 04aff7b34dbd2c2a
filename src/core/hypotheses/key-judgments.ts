/**
 * Key judgments written from the numbers (ICD 203: express uncertainty, separate judgments from information,
 * analyse alternatives, explain what would change the judgment). Each judgment lists the matrix items it
 * rests on (`evidence`) and the case records behind them (`records`). Likelihood words carry their range
 * beside them; confidence is stated in its own sentences, never beside a likelihood word.
 */
import type { MatrixScore } from './score-matrix.js';
import { DIAGNOSTIC_MIN } from './score-matrix.js';
import type { CompiledMatrix } from './matrix.js';
import type { Confidence } from './confidence.js';

export interface KeyJudgment {
  id: string;
  kind: 'leading' | 'alternative' | 'methods' | 'sensitivity' | 'priors' | 'confidence';
  text: string;
  /** the hypothesis the judgment is about, if any */
  hypothesis?: string;
  evidence: string[];
  records: string[];
}

/** "It is likely (55-80%) that ..." / "There is a roughly even chance (45-55%) that ..." (ICD 203 phrasing). */
export function estimativeSentenceStart(term: string, words: string): string {
  return term.endsWith('chance') ? `There is ${term === 'roughly even chance' ? 'a ' : ''}${words} that` : `It is ${words} that`;
}

const pct = (p: number) => (p < 0.001 ? '<0.1%' : p > 0.999 ? '>99.9%' : `${(p * 100).toFixed(p < 0.1 || p > 0.9 ? 1 : 0)}%`);

/** Items that most favour hypothesis j over the others (ln L_ij above the row mean), most diagnostic first. */
function supporting(c: CompiledMatrix, s: MatrixScore, j: number, sign: 1 | -1, limit = 6): number[] {
  const out: [number, number][] = [];
  for (let i = 0; i < c.N; i++) {
    if (s.evidence[i].diagnosticity < DIAGNOSTIC_MIN) continue;
    let mean = 0;
    for (let k = 0; k < c.H; k++) mean += c.lnL[i * c.H + k];
    mean /= c.H;
    const d = (c.lnL[i * c.H + j] - mean) * sign;
    if (d > 1e-9) out.push([i, d / c.groupSize[c.group[i]]]);
  }
  return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([i]) => i);
}

function trace(c: CompiledMatrix, idx: number[]): { evidence: string[]; records: string[] } {
  const records = new Set<string>();
  for (const i of idx) for (const r of c.items[i].evidence) records.add(r);
  return { evidence: idx.map((i) => c.items[i].id), records: [...records].sort() };
}

export function keyJudgments(s: MatrixScore, c: CompiledMatrix, conf: Confidence): KeyJudgment[] {
  const out: KeyJudgment[] = [];
  const byId = new Map(s.hypotheses.map((h, j) => [h.id, j]));
  const a = byId.get(s.leading)!;
  const lead = s.hypotheses[a];
  const n = (k: number) => `${k} item${k === 1 ? '' : 's'}`;
  out.push({
    id: 'kj-1',
    kind: 'leading',
    hypothesis: lead.id,
    text: `${estimativeSentenceStart(lead.term, lead.words)} "${lead.label}" is correct: its posterior is ${pct(lead.posterior)} after weighing ${n(c.N)} against ${c.H} hypotheses, the highest of all.`,
    ...trace(c, supporting(c, s, a, 1)),
  });
  const alts = s.hypotheses
    .map((h, j) => ({ h, j }))
    .filter(({ j }) => j !== a)
    .sort((x, y) => y.h.posterior - x.h.posterior || x.j - y.j);
  for (const { h, j } of alts.slice(0, 4)) {
    out.push({
      id: `kj-${out.length + 1}`,
      kind: 'alternative',
      hypothesis: h.id,
      text: `${estimativeSentenceStart(h.term, h.words)} "${h.label}" is correct (posterior ${pct(h.posterior)}).`,
      ...trace(c, supporting(c, s, j, -1, 4)),
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
    ...trace(c, supporting(c, s, a, -1, 4)),
  });
  const fc = s.sensitivity.fewest_changes;
  const piv = s.sensitivity.pivotal;
  const pivIdx = piv.map((id) => s.evidence.findIndex((e) => e.id === id));
  const changeIdx = [...new Set(fc.changes.map((ch) => s.evidence.findIndex((e) => e.id === ch.item)))];
  const changes = fc.changes.map((ch) => `${ch.item} on ${ch.hypothesis} from ${ch.from} to ${ch.to}${ch.steps > 1 ? `, ${ch.steps} steps` : ''}`).join('; ');
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
