/**
 * Munition compatibility: how well the remnants observed fit each agent, and whether the casualty pattern is
 * one that munition and agent could produce.
 *
 * Method (knowledge/munitions.yaml holds every number, with its source or judgment):
 *   1. Delivery: the observation's KB id, else a keyword and calibre match over the KB's deliveries
 *      (uniform when nothing matches), giving weights w_d.
 *   2. Compatibility: c(a) = sum_d w_d compat(d, a) x burster(a | burster seen) x container(a | fill container
 *      seen); discounted by the observation's reliability r toward the prior-weighted mean (as the agent
 *      differential does): c_r(a) = r c(a) + (1 - r) cbar. Several observations of one incident are one body of
 *      evidence about the munition, so they combine by geometric mean, not product.
 *   3. Casualty pattern (a box-model capacity check, see the KB's area_judgment): n munitions x fill (kg) x
 *      area per kg (km2) x setting factor = the largest area an incapacitating dose could cover; x population
 *      density = the most people it could affect. Too many affected, too large an area, or too many deaths for
 *      the agent's lethality lowers the agent's likelihood by the shortfall ratio (floored).
 * Pure: no IO.
 */
import { FILL, FILLED, type KeywordSense, type MunitionKb, type Valued } from './munition-kb.js';
import { matchTerms } from '../agents/term-matcher.js';
import { calibreMentions, fuelOrPlaceFill, normaliseMunitionCased, normaliseMunitionText, sameClause, senseOk, sentenceAround, unassertedHits, type CalibreMention, type SenseEnv, type Span } from './munition-reading.js';

export type Tri = 'yes' | 'no' | 'unknown';

export interface MunitionObs {
  id?: string;
  description?: string;
  delivery?: string;
  calibre_mm?: number;
  burster?: Tri;
  fill_container?: Tri;
  reliability?: number;
  /** how many such munitions (default 1) */
  count?: number;
  /** WP-specific signs (burning felt wedges, smoke trails, incendiary burns); default: 'yes' when the description
   * names one (KB signatures.incendiary_signs.keywords), else 'unknown' */
  incendiary_signs?: Tri;
  /** agent markings on the munition ("CS", "CN", "OC", "pepper", "WP"); default: read from the description */
  markings?: string;
}

export interface CasualtyInput {
  affected_min?: number;
  affected_max?: number;
  deaths_min?: number;
  deaths_max?: number;
  setting?: 'indoor' | 'outdoor' | 'mixed' | 'unknown';
  area_km2?: number;
}

export interface MunitionInput {
  munitions: MunitionObs[];
  casualties?: CasualtyInput;
  context?: { density_per_km2?: number; munitions_count?: number };
}

export interface CasualtyCheck {
  agent: string;
  verdict: 'consistent' | 'strained' | 'inconsistent' | 'not-applicable';
  factor: number;
  capacity_affected_max: number | null;
  capacity_area_km2_max: number | null;
  /** how many such munitions the affected count and area would need, for this agent */
  munitions_needed: number | null;
  why: string;
}

/** One factor that makes an agent a poor fit, in plain words: which factor, its multiplier, what was observed, and the
 * KB's source or judgment for the multiplier. */
export interface PoorReason {
  factor: 'delivery' | 'burster' | 'container' | 'incendiary signs' | 'markings' | 'casualty pattern';
  value: number;
  says: string;
  why: string;
}

export interface MunitionResult {
  munitions: {
    index: number;
    id?: string;
    description: string;
    deliveries: { id: string; label: string; weight: number }[];
    burster: Tri;
    fill_container: Tri;
    incendiary_signs: Tri;
    /** agents the markings name ([] when none) */
    markings: string[];
    calibre_mm: number | null;
    reliability: number;
    compatibility: { agent: string; score: number; why: string }[];
    /** false when no delivery keyword, id or calibre was given: then no delivery is named */
    described: boolean;
  }[];
  /** agents below 0.2 of the best, each with the factors that make it a poor fit (short), and the same in plain words */
  poor: { agent: string; likelihood: number; factors: string[]; reasons: PoorReason[] }[];
  /** for every agent, the factors of 0.3 or less that lower it (delivery, burster, container, signs, markings, casualties) */
  factors: Record<string, string[]>;
  casualties: (CasualtyInput & { munitions_count: number | null; munitions_count_assumed: boolean; density_per_km2: number; checks: CasualtyCheck[] }) | null;
  agents: { id: string; class: string; compatibility: number; casualty_factor: number; likelihood: number }[];
  classes: { id: string; likelihood: number }[];
  /** P(observations | agent) up to a common constant (max 1), agents and classes */
  likelihoods: Record<string, number>;
  summary: string;
  /** false when no observation said what the munition was */
  described: boolean;
}

export const DEFAULT_RELIABILITY = 0.8; // judgment: a remnant seen in photos is usually what it looks like, but misidentification and staging happen

/** The source keys or the judgment of a value, for a reader: "source: a, b" or "judgment: ..." */
function cite(v: Valued): string {
  return v.sources.length ? `source: ${v.sources.join(', ')}` : `judgment: ${v.judgment}`;
}

function origin(v: Valued): string {
  return v.sources.length ? v.sources.join('+') : `judgment: ${v.judgment}`;
}

type Hit = ReturnType<typeof matchTerms>[number];

/** What the sense check asks of one description (munition-reading.ts `senseOk`), each part computed once and only when
 * asked: the munition-context words, the calibres, the text before lower-casing. A class, so reading a description
 * makes no closures (session 16: they had cost a tenth of the reader's time under the bench's name-keeping build). */
class SenseContext implements SenseEnv {
  private context: Hit[] | null = null;
  private cal: CalibreMention[] | null = null;
  private casedText: string | null = null;
  private asHits: Hit[] | null = null;
  constructor(
    private readonly kb: MunitionKb,
    private readonly text: string,
    private readonly raw: string,
    private readonly scripts: Record<'en' | 'ru' | 'ar', boolean>,
    /** every delivery keyword read (before the sense check) */
    private readonly words: readonly Hit[],
  ) {}

  cased(): string {
    return (this.casedText ??= normaliseMunitionCased(this.raw));
  }

  hasContext(sp: Span): boolean {
    const kb = this.kb;
    for (const c of (this.context ??= matchTerms(kb.contextIndex, this.text, this.scripts))) if (sp.start <= c.start && c.end <= sp.end) return true;
    // another delivery keyword, one that does not itself need context
    for (const c of this.words) {
      if (!(sp.start <= c.start && c.end <= sp.end)) continue;
      const s = kb.senses.get(c.phrase);
      if (!(s !== undefined && (s.context || s.contextForms.size > 0))) return true;
    }
    for (const c of (this.cal ??= calibreMentions(this.text))) if (sp.start <= c.start && c.end <= sp.end) return true;
    return false;
  }

  /** Whether a word with another delivery (KeywordSense.as) names that one here: a `when` word (if any are listed) in
   * its sentence, and no `unless` word and no calibre there. */
  readsAs(as: NonNullable<KeywordSense['as']>, h: Span): boolean {
    const sp = sentenceAround(this.text, h.start, h.end);
    // cheapest first: a calibre, then the gate of the `when` stems, then the words matched (once per description)
    if ((this.cal ??= calibreMentions(this.text)).some((c) => sp.start <= c.start && c.end <= sp.end)) return false;
    if (as.whenGate !== null) {
      const sentence = this.text.slice(sp.start, sp.end).replace(/ё/g, 'е');
      if (!as.whenGate.some((p) => sentence.includes(p))) return false;
    }
    const asHits = (this.asHits ??= matchTerms(this.kb.asIndex, this.text, this.scripts));
    if (as.when !== null && !asHits.some((c) => c.feature === as.when && sp.start <= c.start && c.end <= sp.end)) return false;
    return !(as.unless !== null && asHits.some((c) => c.feature === as.unless && sp.start <= c.start && c.end <= sp.end));
  }
}

/**
 * Delivery weights for one observation (step 1). Keywords match on Snowball stems (EN/RU/AR; a keyword word ending in
 * "*" is a stem prefix, for derived words: миномёт* reads миномётный), so "120-мм мины" and "قذائف هاون" are mortars; a
 * keyword inside a longer keyword of another delivery does not count ("mortar bombs" is a mortar, not an aerial bomb).
 * A keyword the description denies ("no cylinder was found", "не мина, а ракета", "لم يعثر على أي أسطوانة") or does not
 * assert (a question, a condition, a rumour) is not read (munition-reading.ts). A delivery that takes others over (the
 * KB's `over`: a drone-dropped grenade is the drone's) also counts their keywords when both are read. A calibre written in the
 * description ("120-мм", "120 mm", "120 ملم", "калибра 152", "عيار 120") is used when calibre_mm is not given: of
 * several, the one told nearest to the delivery read first. `described` is false when nothing matched (the weights are
 * then uniform, and no delivery may be named as the reading or a best fit).
 */
export function deliveryReading(kb: MunitionKb, o: MunitionObs): { weights: number[]; described: boolean; calibre: number | undefined } {
  const D = kb.deliveries.length;
  let calibre = o.calibre_mm;
  if (o.delivery) {
    const i = kb.deliveries.findIndex((d) => d.id === o.delivery);
    if (i >= 0) {
      if (calibre === undefined) calibre = calibreMentions(normaliseMunitionText(o.description ?? ''))[0]?.mm;
      return { weights: kb.deliveries.map((_, j) => (j === i ? 1 : 0)), described: true, calibre };
    }
  }
  const text = normaliseMunitionText(o.description ?? '');
  const scripts = { en: /[a-z]/.test(text), ru: /[\u0400-\u04FF]/.test(text), ar: /[\u0600-\u06FF]/.test(text) };
  const hits = matchTerms(kb.keywordIndex, text, scripts);
  // a hit wholly inside a longer hit of another delivery does not count ("mortar bomb" contains "bomb")
  // a fill word naming a place, network or fuel ("the gas station", "газопровод", "محطة غاز") is the target, not the fill
  const fills = hits.filter((h) => h.feature === FILL && !fuelOrPlaceFill(text, h));
  let words = hits.filter((h) => h.feature !== FILL);
  // a keyword with a common non-munition sense ("mine", "grad", "shell", "мина") reads only as the KB's senses allow:
  // not beside a word naming the other sense, and, for some, only with munition context in its sentence
  // A word that may name another delivery (KB `as`: English 'mine' is first a landmine, a mortar bomb when fired or
  // with a calibre) is read as that one when its sentence says so; after the longest-hit rule, which reads the word
  // as its own keyword ("land mine" holds "mine").
  let readAs: Map<Hit, number> | null = null;
  if (kb.senses.size && words.some((h) => kb.senses.has(h.phrase))) {
    const env = new SenseContext(kb, text, o.description ?? '', scripts, words);
    words = words.filter((h) => {
      const s = kb.senses.get(h.phrase);
      if (s === undefined) return true;
      if (!senseOk(s, text, h, env)) return false;
      if (s.as && env.readsAs(s.as, h)) (readAs ??= new Map()).set(h, s.as.delivery);
      return true;
    });
  }
  let longest = words.filter((h) => !words.some((o2) => o2 !== h && o2.feature !== h.feature && o2.start <= h.start && h.end <= o2.end && o2.end - o2.start > h.end - h.start));
  if (readAs !== null) {
    const as = readAs as Map<Hit, number>;
    longest = longest.map((h) => (as.has(h) ? { ...h, feature: kb.deliveries[as.get(h)!].id } : h));
  }
  // a denied or unasserted keyword is not read ("no cylinder was found"); nor a denied fill word ("not a chemical shell")
  const unasserted = unassertedHits(text, [...longest, ...fills]);
  const kept = longest.filter((_, i) => !unasserted[i]);
  const filled = fills.some((_, i) => !unasserted[longest.length + i]);
  const w = new Array<number>(D).fill(0);
  const at: number[][] = kb.deliveries.map(() => []);
  const he = kb.deliveryIndex.get('conventional-he');
  // the HE default of a generic word applies only when nothing names the kind (an "Elephant rocket" made from bombs is
  // an improvised rocket), and once per word (a rocket is generic for two deliveries)
  const named = kept.some((h) => !h.feature.startsWith(FILLED) && h.feature !== FILL && kb.deliveryIndex.get(h.feature) !== kb.deliveryIndex.get('conventional-he'));
  const defaulted = new Set<number>();
  for (const h of kept) {
    if (h.feature.startsWith(FILLED)) {
      // a word that names this delivery only beside a fill word (a bomb, rocket or barrel); without one it is first
      // what the KB says otherwise (conventional HE), and this delivery at a lower weight
      const j = kb.deliveryIndex.get(h.feature.slice(FILLED.length));
      if (j === undefined) continue;
      const f = kb.deliveries[j].filled!;
      if (filled) addAt(w, at, j, 1, h.start);
      else {
        addAt(w, at, j, f.weight, h.start);
        if (f.otherwise !== null && !named && !defaulted.has(h.start)) {
          defaulted.add(h.start);
          addAt(w, at, f.otherwise, 1, h.start);
        }
      }
      continue;
    }
    const j = kb.deliveryIndex.get(h.feature);
    if (j === undefined) continue;
    // beside a fill word, an HE keyword on the same words as a filled keyword of another delivery (a "barrel bomb" with
    // chlorine) is that delivery's
    if (filled && j === he && kept.some((o2) => o2.feature.startsWith(FILLED) && o2.start <= h.start && h.end <= o2.end)) continue;
    addAt(w, at, j, 1, h.start);
  }
  // a delivery read beside one it takes over counts that one's keywords too ("a drone dropped a grenade" is first the
  // drone's grenade; the grenade keeps its own weight, so both are read, the drone first)
  // Only when the two are told in one clause ("a drone dropped a grenade", not "a drone filmed it after an air strike
  // dropped a bomb"); and a bomb or rocket told with no fill takes a shell over as it reads itself: first HE, this
  // delivery at the fill weight ("снаряд ... авиаудар" with no fill is an HE strike).
  const own = w.slice();
  const ownAt = at.map((a) => a.slice());
  // A carrier and nothing else (a drone: no `filled` words of its own) told beside what it could carry but never in its
  // clause ("a drone filmed how a rocket hit") watched or came another time: it counts half (judgment: 0.5, below the
  // munition's own reading).
  kb.deliveries.forEach((d, j) => {
    if (own[j] > 0 && d.over.length) {
      let beside = false;
      let taken = false;
      for (const k of d.over) {
        if (!(own[k] > 0)) continue;
        beside = true;
        if (!ownAt[j].some((p) => ownAt[k].some((q) => sameClause(text, p, q)))) continue;
        taken = true;
        const f = d.filled;
        const viaFilled = f !== null && !filled && kept.some((h) => h.feature === FILLED + d.id);
        if (viaFilled && f.otherwise !== null) {
          w[j] += own[k] * f.weight;
          w[f.otherwise] += own[k];
        } else w[j] += own[k];
        at[j].push(...ownAt[k]);
      }
      if (beside && !taken && d.filled === null) w[j] -= own[j] * 0.5;
    }
  });
  const described = w.some((x) => x > 0);
  if (calibre === undefined) {
    const mentions = calibreMentions(text);
    if (mentions.length) {
      // of several calibres, the one nearest to a keyword of the delivery read first (and fitting it when one does)
      const top = described ? w.indexOf(Math.max(...w)) : -1;
      const fits = (mm: number) => top >= 0 && mm >= kb.deliveries[top].calibre[0] * 0.9 && mm <= kb.deliveries[top].calibre[1] * 1.1;
      const dist = (c: CalibreMention) => (top >= 0 && at[top].length ? Math.min(...at[top].map((p) => Math.abs(p - c.start))) : c.start);
      calibre = [...mentions].sort((a, b) => Number(fits(b.mm)) - Number(fits(a.mm)) || dist(a) - dist(b))[0].mm;
    }
  }
  if (!described) w.fill(1);
  if (calibre !== undefined) {
    kb.deliveries.forEach((d, j) => {
      const [lo, hi] = d.calibre;
      const fits = hi > 0 && calibre! >= lo * 0.9 && calibre! <= hi * 1.1;
      if (!fits) w[j] *= 0.1;
    });
  }
  const s = w.reduce((a, b) => a + b, 0) || 1;
  return { weights: w.map((x) => x / s), described: described || (calibre !== undefined && o.calibre_mm !== undefined), calibre };
}

/** A delivery's weight gains x, read at offset pos (a function, not a closure per description: see SenseContext). */
function addAt(w: number[], at: number[][], j: number, x: number, pos: number): void {
  w[j] += x;
  at[j].push(pos);
}

/**
 * What one description names: the delivery read first (highest weight, ties in the KB's order), or null when the
 * description names none (an undescribed delivery is never named), and the calibre written in it. The munitions
 * evaluation (eval/munitions/run.ts) scores this reading.
 */
export function readDelivery(kb: MunitionKb, description: string): { delivery: string | null; calibre: number | null; weights: number[] } {
  const r = deliveryReading(kb, { description });
  let best = -1;
  if (r.described) r.weights.forEach((x, j) => (best < 0 || x > r.weights[best] + 1e-12 ? (best = j) : 0));
  return { delivery: best >= 0 ? kb.deliveries[best].id : null, calibre: r.calibre ?? null, weights: r.weights };
}

/** Delivery weights for one observation (deliveryReading without the flags). */
export function deliveryWeights(kb: MunitionKb, o: MunitionObs): number[] {
  return deliveryReading(kb, o).weights;
}

export function assessMunitions(kb: MunitionKb, input: MunitionInput): MunitionResult {
  const A = kb.agents.length;
  const logSum = new Float64Array(A);
  const meanW = new Array<number>(kb.deliveries.length).fill(0);
  const munitions: MunitionResult['munitions'] = [];
  const poorWhy = new Map<number, string[]>();
  const poorDetail = new Map<number, PoorReason[]>();
  let anyDescribed = false;
  input.munitions.forEach((o, idx) => {
    const reading = deliveryReading(kb, o);
    const w = reading.weights;
    anyDescribed ||= reading.described;
    w.forEach((x, j) => (meanW[j] += x / input.munitions.length));
    const burster: Tri = o.burster ?? 'unknown';
    const container: Tri = o.fill_container ?? 'unknown';
    const r = o.reliability ?? DEFAULT_RELIABILITY;
    const inc: Tri = o.incendiary_signs ?? (kb.incendiary.keywords.some((k) => (o.description ?? '').toLowerCase().includes(k)) ? 'yes' : 'unknown');
    const named = markedAgents(kb, o.markings ?? o.description ?? '');
    const mark = (a: number) => (named.size === 0 ? 1 : named.has(a) ? kb.markings.named.p : kb.markings.other.p);
    const c = kb.agents.map((_, a) => {
      let s = 0;
      kb.deliveries.forEach((d, j) => (s += w[j] * d.compat[a].p));
      return s * kb.physics[a].burster[burster].p * kb.physics[a].container[container].p * kb.incendiary.factor[a][inc].p * mark(a);
    });
    const cbar = c.reduce((acc, x, a) => acc + kb.prior[a] * x, 0);
    const cr = c.map((x) => r * x + (1 - r) * cbar);
    cr.forEach((x, a) => (logSum[a] += Math.log(x)));
    const top = w.map((x, j) => ({ j, x })).filter((e) => e.x > 0.001).sort((p, q) => q.x - p.x);
    const mainD = kb.deliveries[top[0].j];
    // which factor makes an agent a poor fit (the text output says it): a factor of 0.3 or less, each also in plain
    // words with its value and the KB's source or judgment (`reasons`), for a reader who does not know the model
    kb.agents.forEach((ag, a) => {
      const f: string[] = [];
      const d: PoorReason[] = [];
      const who = plainAgent(kb, a);
      const ph = kb.physics[a];
      if (reading.described && mainD.compat[a].p <= 0.15) {
        f.push(`${mainD.label}: ${mainD.compat[a].level ?? mainD.compat[a].p} carrier`);
        d.push({ factor: 'delivery', value: mainD.compat[a].p, says: `the munition read (${mainD.label}) is ${mainD.compat[a].level === 'implausible' ? 'an implausible' : 'a poor'} carrier of ${who}`, why: cite(mainD.compat[a]) });
      }
      if (ph.burster[burster].p <= 0.3) {
        f.push(`burster ${burster} x${ph.burster[burster].p}`);
        d.push({ factor: 'burster', value: ph.burster[burster].p, says: burster === 'yes' ? `an explosive burster was seen, which ${who} does not fit` : burster === 'no' ? `no burster was seen, and ${who} needs one` : `whether there was a burster is unknown`, why: cite(ph.burster[burster]) });
      }
      if (ph.container[container].p <= 0.3) {
        f.push(`${container === 'no' ? 'no fill container' : `fill container ${container}`} x${ph.container[container].p}`);
        d.push({ factor: 'container', value: ph.container[container].p, says: container === 'no' ? `no container for a chemical fill was seen, and ${who} needs one` : container === 'yes' ? `a container for a chemical fill was seen, which does not fit ${who}` : 'whether there was a fill container is unknown', why: cite(ph.container[container]) });
      }
      if (kb.incendiary.factor[a][inc].p <= 0.3) {
        f.push(`incendiary signs ${inc} x${kb.incendiary.factor[a][inc].p}`);
        d.push({ factor: 'incendiary signs', value: kb.incendiary.factor[a][inc].p, says: inc === 'yes' ? `incendiary signs were seen, which point to white phosphorus rather than ${who}` : inc === 'no' ? `no incendiary signs were seen, which ${who} nearly always leaves` : `no incendiary signs are reported, which ${who} nearly always leaves`, why: cite(kb.incendiary.factor[a][inc]) });
      }
      if (named.size && !named.has(a)) {
        const names = [...named].map((i) => kb.agents[i].id).join('/');
        f.push(`markings name ${names}`);
        d.push({ factor: 'markings', value: kb.markings.other.p, says: `the markings name ${names}, not ${who}`, why: cite(kb.markings.other) });
      }
      const prev = poorWhy.get(a) ?? [];
      for (const x of f) if (!prev.includes(x)) prev.push(x);
      poorWhy.set(a, prev);
      const prevD = poorDetail.get(a) ?? [];
      for (const x of d) if (!prevD.some((y) => y.factor === x.factor && y.says === x.says)) prevD.push(x);
      poorDetail.set(a, prevD);
    });
    munitions.push({
      index: idx,
      ...(o.id ? { id: o.id } : {}),
      description: o.description ?? '',
      // an undescribed delivery is not named: the reading is empty (the weights stay uniform in the computation)
      deliveries: reading.described ? top.slice(0, 5).map((e) => ({ id: kb.deliveries[e.j].id, label: kb.deliveries[e.j].label, weight: round(e.x) })) : [],
      described: reading.described,
      burster,
      fill_container: container,
      incendiary_signs: inc,
      markings: [...named].map((i) => kb.agents[i].id),
      calibre_mm: reading.calibre ?? null,
      reliability: r,
      compatibility: kb.agents
        .map((ag, a) => ({
          agent: ag.id,
          score: round(cr[a]),
          why:
            `${mainD.id}: ${mainD.compat[a].level ?? mainD.compat[a].p} (${origin(mainD.compat[a])}); burster ${burster}: x${kb.physics[a].burster[burster].p}; fill container ${container}: x${kb.physics[a].container[container].p}` +
            (kb.incendiary.factor[a][inc].p !== 1 ? `; incendiary signs ${inc}: x${kb.incendiary.factor[a][inc].p} (${origin(kb.incendiary.factor[a][inc])})` : '') +
            (named.size ? `; markings name ${[...named].map((i) => kb.agents[i].id).join('/')}: x${mark(a)}` : ''),
        }))
        .sort((p, q) => q.score - p.score),
    });
  });
  const n = Math.max(1, input.munitions.length);
  const compat = Array.from(logSum, (x) => (input.munitions.length ? Math.exp(x / n) : 1));

  // casualty-pattern check (step 3)
  let casualties: MunitionResult['casualties'] = null;
  const factor = new Array<number>(A).fill(1);
  if (input.casualties) {
    const cas = input.casualties;
    // observations are reports about the munitions, often several about the same ones: the count is the context's
    // munitions_count, else the largest `count` an observation gives. With no count given none is assumed: the
    // capacity checks then only say how many munitions each agent would need (no penalty), and only the death
    // share (which does not depend on the count) can count against an agent.
    const given = input.context?.munitions_count ?? (input.munitions.some((o) => o.count) ? Math.max(...input.munitions.map((o) => o.count ?? 1)) : undefined);
    const count = given ?? 1;
    const density = input.context?.density_per_km2 ?? kb.density;
    const setting = cas.setting ?? 'unknown';
    const sf = setting === 'outdoor' ? 1 : setting === 'mixed' ? (1 + kb.indoorFactor) / 2 : kb.indoorFactor;
    const fillHi = input.munitions.length ? kb.deliveries.reduce((s, d, j) => s + meanW[j] * d.fill[1], 0) : 0;
    const checks: CasualtyCheck[] = kb.agents.map((ag, a) => {
      const ph = kb.physics[a];
      if (!ph.area || !input.munitions.length)
        return { agent: ag.id, verdict: 'not-applicable', factor: 1, capacity_affected_max: null, capacity_area_km2_max: null, munitions_needed: null, why: ph.area ? 'no munition observed' : 'no chemical: no capacity limit' };
      const areaOpen = count * fillHi * ph.area[1];
      const areaCap = areaOpen * sf;
      const affCap = areaCap * density;
      const reasons: string[] = [];
      let shortfall = 1;
      if (given !== undefined && cas.affected_min !== undefined && cas.affected_min > affCap) {
        shortfall = Math.max(shortfall, cas.affected_min / Math.max(affCap, 1e-9));
        reasons.push(`${cas.affected_min} affected exceeds the ~${fmt(affCap)} that ${count} munition(s) of ~${fmt(fillHi)} kg could reach`);
      }
      if (given !== undefined && cas.area_km2 !== undefined && cas.area_km2 > areaOpen) {
        shortfall = Math.max(shortfall, cas.area_km2 / Math.max(areaOpen, 1e-9));
        reasons.push(`${cas.area_km2} km2 affected exceeds the ~${fmt(areaOpen)} km2 that ${count} munition(s) could cover`);
      }
      // the death share needs a count of the affected (the most given, else the least): with deaths alone it is unknown,
      // not 100% (session 16: "3 dead, 40 affected" had read as every affected person dead)
      const affected = cas.affected_max ?? cas.affected_min;
      if (cas.deaths_min && cas.deaths_min > 0 && affected !== undefined) {
        const frac = cas.deaths_min / Math.max(affected, cas.deaths_min);
        if (frac > ph.lethalMax) {
          shortfall = Math.max(shortfall, frac / ph.lethalMax);
          reasons.push(`${Math.round(frac * 100)}% of the affected died, above the ${Math.round(ph.lethalMax * 100)}% ${ag.id} can cause`);
        }
      }
      const f = Math.max(kb.floor, 1 / shortfall);
      factor[a] = f;
      const perMunitionAff = (affCap / count) || 0;
      const perMunitionArea = (areaOpen / count) || 0;
      const needed = Math.max(
        cas.affected_min !== undefined && perMunitionAff > 0 ? cas.affected_min / perMunitionAff : 1,
        cas.area_km2 !== undefined && perMunitionArea > 0 ? cas.area_km2 / perMunitionArea : 1,
        1,
      );
      return {
        agent: ag.id,
        verdict: f >= 0.99 ? (given === undefined ? 'not-applicable' : 'consistent') : f >= 0.3 ? 'strained' : 'inconsistent',
        factor: round(f),
        capacity_affected_max: Math.round(affCap),
        capacity_area_km2_max: round(areaOpen),
        munitions_needed: fillHi > 0 ? Math.ceil(needed) : null,
        why: reasons.length
          ? reasons.join('; ')
          : given === undefined
            ? `count not given: ${fillHi > 0 ? `about ${Math.ceil(needed)} such munition(s) would be needed (one reaches ~${fmt(affCap)} affected, ${setting})` : 'no fill to compare'}`
            : `within capacity (up to ~${fmt(affCap)} affected by ${count} munition(s), ${setting})`,
      };
    });
    casualties = { ...cas, setting, munitions_count: given ?? null, munitions_count_assumed: false, density_per_km2: density, checks };
  }

  const lik = compat.map((c, a) => c * factor[a]);
  const max = Math.max(...lik) || 1;
  const likelihoods: Record<string, number> = {};
  kb.agents.forEach((ag, a) => (likelihoods[ag.id] = lik[a] / max));
  for (const c of kb.classes) {
    const s = c.agents.reduce((acc, a) => acc + kb.prior[a], 0);
    likelihoods[c.id] = s > 0 ? c.agents.reduce((acc, a) => acc + kb.prior[a] * likelihoods[kb.agents[a].id], 0) / s : 0;
  }
  const agents = kb.agents
    .map((ag, a) => ({ id: ag.id, class: ag.class, compatibility: round(compat[a]), casualty_factor: round(factor[a]), likelihood: round(likelihoods[ag.id]) }))
    .sort((p, q) => q.likelihood - p.likelihood || p.id.localeCompare(q.id));
  const classes = kb.classes.map((c) => ({ id: c.id, likelihood: round(likelihoods[c.id]) })).sort((p, q) => q.likelihood - p.likelihood || p.id.localeCompare(q.id));
  const poor = agents
    .filter((a) => a.likelihood < 0.2)
    .map((a) => {
      const ai = kb.agents.findIndex((x) => x.id === a.id);
      const factors = [...(poorWhy.get(ai) ?? [])];
      const reasons = [...(poorDetail.get(ai) ?? [])];
      if (!anyDescribed && !reasons.length) {
        // nothing said what the munition was: every delivery of the KB was weighed alike, and this agent is carried by
        // few of them; said so, not as "the delivery read"
        const best = Math.max(...compat);
        reasons.push({ factor: 'delivery', value: round(best > 0 ? compat[ai] / best : 1), says: `no delivery was described, so every kind of munition the knowledge base knows was weighed alike, and few of them carry ${plainAgent(kb, ai)} (a weak reason: say what the munition was to test it)`, why: 'model: uniform delivery weights when none is described, knowledge/munitions.yaml' });
      }
      if (factor[ai] < 0.99) {
        factors.push(`casualty pattern x${round(factor[ai])}`);
        const check = casualties?.checks.find((c) => c.agent === a.id);
        reasons.push({ factor: 'casualty pattern', value: round(factor[ai]), says: check?.why ?? 'the casualties do not fit', why: 'model: the box-model capacity and each agent\'s largest death share, knowledge/munitions.yaml' });
      }
      return { agent: a.id, likelihood: a.likelihood, factors, reasons };
    });
  const best = agents.slice(0, 3).map((a) => `${a.id} ${a.likelihood.toFixed(2)}`).join(', ');
  const read = munitions.filter((m) => m.described);
  const poorText = poor.length ? ` Poor fits (<0.2 of the best): ${poor.map((p) => `${p.agent}${p.factors.length ? ` (${p.factors.join('; ')})` : ''}`).join(', ')}.` : '';
  const summary = !input.munitions.length
    ? 'no munition observed: every agent fits equally'
    : !anyDescribed
      ? `${input.munitions.length} munition observation(s), none saying what the munition was: no delivery is named and no agent is a best fit on the munition alone.${poorText}`
      : `${input.munitions.length} munition observation(s), read as ${readings(read.map((m) => m.deliveries[0].id))}${read.length < munitions.length ? ` (${munitions.length - read.length} undescribed)` : ''}. Best fits: ${best}.${poorText}`;
  const factors: Record<string, string[]> = {};
  kb.agents.forEach((ag, ai) => (factors[ag.id] = [...(poorWhy.get(ai) ?? []), ...(factor[ai] < 0.99 ? [`casualty pattern x${round(factor[ai])}`] : [])]));
  return { munitions, casualties, agents, classes, likelihoods, poor, factors, summary, described: anyDescribed };
}

/** An agent as the plain-language reasons name it: its id, and for an agent of no toxic chemical also its label
 * ("none (no toxic chemical: blast, dust, panic)"), so that "not none" does not puzzle a reader. */
function plainAgent(kb: MunitionKb, a: number): string {
  const ag = kb.agents[a];
  return ag.class === 'none' ? `${ag.id} (${ag.label})` : ag.id;
}

/** Agents named by markings: upper-case words (CS, CN, OC, WP) match case-sensitively as whole words, others
 * ("pepper") case-insensitively. */
export function markedAgents(kb: MunitionKb, text: string): Set<number> {
  const out = new Set<number>();
  for (const { word, agent } of kb.markings.words) {
    const upper = word === word.toUpperCase();
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, upper ? 'u' : 'iu');
    if (re.test(text)) out.add(agent);
  }
  return out;
}

/** "a (x3), b" for a list of readings. */
export function readings(ids: string[]): string {
  const n = new Map<string, number>();
  for (const id of ids) n.set(id, (n.get(id) ?? 0) + 1);
  return [...n].map(([id, k]) => (k > 1 ? `${id} (x${k})` : id)).join(', ');
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const fmt = (x: number) => (x >= 100 ? String(Math.round(x)) : x >= 1 ? x.toFixed(1) : x.toPrecision(2));
