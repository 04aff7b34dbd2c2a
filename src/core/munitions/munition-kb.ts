/**
 * The munitions knowledge base: validates parsed knowledge/munitions.yaml and compiles it for
 * munition-compatibility.ts. Pure. Values follow agents.yaml's convention: "<level or number>@<source>" or
 * "<level or number>!<judgment>"; anything else is refused.
 */
import { z } from 'zod';
import { badInput, issuesToErrors, type ErrorData } from '../errors.js';
import { compileTerms, type TermIndex, type TermLang } from '../agents/term-matcher.js';
import type { AgentKb } from '../agents/agent-kb.js';
import { normaliseMunitionText } from './munition-reading.js';

/** keyword index features: a delivery's `filled` keywords are `filled:<id>`, a fill word is `fill` */
export const FILLED = 'filled:';
export const FILL = 'fill';
/** keyword index feature of a munition-context word (signatures.senses.context: fired, exploded, обстрел, انفجر ...) */
export const CONTEXT = 'context';

const Judged = z.object({ value: z.number().nonnegative(), judgment: z.string().min(3) });
const Tri = z.object({ yes: z.string(), no: z.string(), unknown: z.string() });
const Range = z.tuple([z.number().nonnegative(), z.number().nonnegative()]);
/** a sense word's other delivery (session 16: English 'mine' is first a landmine, a mortar bomb when fired) */
const SenseAs = z
  .object({
    delivery: z.string(),
    /** the word reads as `delivery` only when one of these is in its sentence (none given: always) */
    when: z.array(z.string()).default([]),
    /** ... and never when one of these or a calibre is */
    unless: z.array(z.string()).default([]),
    judgment: z.string().min(3),
  })
  .strict();

export const MunitionKbFile = z.object({
  version: z.literal(1),
  levels: z.record(z.string(), z.object({ p: z.number().min(0).max(1), judgment: z.string().min(3) })),
  model: z.object({ floor: Judged, density_per_km2: Judged, indoor_factor: Judged }),
  sources: z.record(z.string(), z.string().min(5)),
  agents: z.record(
    z.string(),
    z.object({
      area_km2_per_kg: Range.nullable(),
      area_judgment: z.string().min(3),
      lethal_fraction_max: z.number().min(0).max(1),
      burster: Tri,
      container: Tri,
    }),
  ),
  signatures: z
    .object({
      incendiary_signs: z.object({
        label: z.string(),
        keywords: z.array(z.string()).default([]),
        factors: z.record(z.string(), Tri),
      }),
      markings: z.object({ label: z.string(), agents: z.record(z.string(), z.string()), named: z.string(), other: z.string() }),
      /** words that name a chemical or incendiary fill (gas, chlorine, sarin, toxic, phosphorus, ...) */
      fill_words: z.object({ label: z.string(), keywords: z.array(z.string()).min(1) }).optional(),
      /** keywords with a common non-munition sense ("mine", "grad", "shell", "мина") and how they are told apart */
      senses: z
        .object({
          label: z.string(),
          context: z.array(z.string()).min(1),
          words: z.array(
            z
              .object({
                keyword: z.string(),
                context: z.boolean().default(false),
                context_forms: z.array(z.string()).default([]),
                name: z.boolean().default(false),
                before: z.array(z.string()).default([]),
                after: z.array(z.string()).default([]),
                not_forms: z.array(z.string()).default([]),
                adjacent: z.boolean().default(false),
                /** another delivery the word may name, and the words of its sentence that decide which */
                as: SenseAs.optional(),
                why: z.string().min(3),
              })
              .strict(),
          ),
        })
        .optional(),
    })
    .optional(),
  deliveries: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        label: z.string(),
        keywords: z.array(z.string()).default([]),
        calibre_mm: Range,
        fill_kg: Range,
        fill_source: z.string().min(3),
        max_count: Judged,
        burster: z.string(),
        compatibility: z.record(z.string(), z.string()),
        /** deliveries this one takes over when both are read in one description (a drone-dropped grenade is the drone's) */
        over: z.array(z.string()).default([]),
        over_why: z.string().min(3).optional(),
        /** words that name this delivery only beside a fill word (signatures.fill_words); without one they count
         * `unfilled.weight` for it and 1 for `unfilled.otherwise` (a bomb or rocket with no fill told is first an HE one) */
        filled: z
          .object({ keywords: z.array(z.string()).min(1), otherwise: z.string().nullable(), weight: z.number().min(0).max(1), judgment: z.string().min(3) })
          .optional(),
      }),
    )
    .min(1),
});

export interface Valued {
  p: number;
  level: string | null;
  sources: string[];
  judgment?: string;
}

export interface DeliveryDef {
  id: string;
  label: string;
  keywords: string[];
  calibre: [number, number];
  fill: [number, number];
  fillSource: string;
  /** munitions assumed when no count is known (judgment in the KB) */
  maxCount: number;
  burster: string;
  /** compatibility per agent index */
  compat: Valued[];
  /** indices of the deliveries whose keywords count for this one when both are read (KB `over`) */
  over: number[];
  /** KB `filled`: keywords read only beside a fill word; without one they count `weight` here and 1 for `otherwise` */
  filled: { keywords: string[]; otherwise: number | null; weight: number } | null;
}

/** How one keyword with a common non-munition sense is read (KB signatures.senses; munition-reading.ts `senseOk`). */
export interface KeywordSense {
  /** every form needs munition context in its sentence */
  context: boolean;
  /** only these surface forms need it (normalised, lower case) */
  contextForms: Set<string>;
  /** capitals (not a sentence's first word), quotes or a joined number count as context (a model name) */
  name: boolean;
  /** words right before / after that name the other sense */
  before: CueSet | null;
  after: CueSet | null;
  /** surface forms that are another word sharing the stem */
  notForms: Set<string>;
  /** the keyword's words side by side */
  adjacent: boolean;
  /** how many words the keyword has */
  words: number;
  /** another delivery the word names when its sentence says so (KB `as`): the delivery's index, and the features of its
   * `when` and `unless` words in `KeywordIndex asIndex` (null when the list is empty) */
  as: { delivery: number; when: string | null; unless: string | null; whenGate: string[] | null } | null;
}

export interface AgentPhysics {
  area: [number, number] | null;
  areaJudgment: string;
  lethalMax: number;
  burster: Record<'yes' | 'no' | 'unknown', Valued>;
  container: Record<'yes' | 'no' | 'unknown', Valued>;
}

export interface MunitionKb {
  agents: AgentKb['agents'];
  classes: AgentKb['classes'];
  prior: Float64Array;
  deliveries: DeliveryDef[];
  physics: AgentPhysics[];
  /** factor per agent for WP-specific signs (yes/no/unknown) seen on the remnants or at the scene */
  incendiary: { keywords: string[]; factor: Record<'yes' | 'no' | 'unknown', Valued>[] };
  /** markings word (case-sensitive when upper-case) -> agent index; factors for named and other agents */
  markings: { words: { word: string; agent: number }[]; named: Valued; other: Valued };
  /** the deliveries' keywords, stemmed (EN/RU/AR Snowball) so inflected forms match ("120-мм мины", "قذائف هاون") */
  keywordIndex: TermIndex;
  /** delivery id -> index */
  deliveryIndex: Map<string, number>;
  /** keyword (as written, lower case, normalised) -> how its other sense is told apart; empty when the KB gives none */
  senses: Map<string, KeywordSense>;
  /** the senses' munition-context words (fired, exploded, обстрел, انفجر ...), stemmed as the keywords */
  contextIndex: TermIndex;
  /** the words of the senses' `as` lists (feature `as-when:<keyword>` / `as-unless:<keyword>`), stemmed as the keywords */
  asIndex: TermIndex;
  floor: number;
  density: number;
  indoorFactor: number;
  sources: Record<string, string>;
}

/** Compiles the munitions KB against the agent ids of the agent KB (every agent must be covered). */
export function compileMunitionKb(raw: unknown, agentKb: AgentKb, file = 'knowledge/munitions.yaml'): MunitionKb {
  const parsed = MunitionKbFile.safeParse(raw);
  if (!parsed.success) {
    const details = issuesToErrors(parsed.error.issues);
    throw badInput(`invalid munitions knowledge base: ${details[0]?.path}: ${details[0]?.message}`, file, details);
  }
  const kb = parsed.data;
  const problems: ErrorData[] = [];
  const val = (s: string, where: string): Valued => {
    const m = /^\s*([a-z]+|\d*\.?\d+)\s*([@!])\s*(.+)$/s.exec(s);
    if (!m) {
      problems.push({ code: 'bad_input', path: where, message: `value "${s}" needs "<level>@<source>" or "<level>!<judgment>"` });
      return { p: 0.5, level: null, sources: [] };
    }
    const [, lv, kind, rest] = m;
    let p: number;
    let level: string | null = null;
    if (/^[a-z]+$/.test(lv)) {
      if (!kb.levels[lv]) {
        problems.push({ code: 'bad_input', path: where, message: `unknown level "${lv}"` });
        return { p: 0.5, level: null, sources: [] };
      }
      p = kb.levels[lv].p;
      level = lv;
    } else p = Number(lv);
    if (kind === '!') return { p, level, sources: [], judgment: rest.trim() };
    const sources = rest.split('+').map((x) => x.trim());
    for (const s2 of sources) if (!kb.sources[s2]) problems.push({ code: 'bad_input', path: where, message: `unknown source "${s2}"` });
    return { p, level, sources };
  };
  const physics: AgentPhysics[] = agentKb.agents.map((a) => {
    const ap = kb.agents[a.id];
    if (!ap) {
      problems.push({ code: 'bad_input', path: `agents.${a.id}`, message: `agent "${a.id}" of the agent KB has no entry` });
      return { area: null, areaJudgment: '', lethalMax: 1, burster: { yes: val('1!x', ''), no: val('1!x', ''), unknown: val('1!x', '') }, container: { yes: val('1!x', ''), no: val('1!x', ''), unknown: val('1!x', '') } };
    }
    const tri = (t: z.infer<typeof Tri>, w: string) => ({ yes: val(t.yes, `${w}.yes`), no: val(t.no, `${w}.no`), unknown: val(t.unknown, `${w}.unknown`) });
    return {
      area: ap.area_km2_per_kg,
      areaJudgment: ap.area_judgment,
      lethalMax: ap.lethal_fraction_max,
      burster: tri(ap.burster, `agents.${a.id}.burster`),
      container: tri(ap.container, `agents.${a.id}.container`),
    };
  });
  for (const id of Object.keys(kb.agents))
    if (!agentKb.agentIndex.has(id)) problems.push({ code: 'bad_input', path: `agents.${id}`, message: `unknown agent "${id}"` });
  const deliveries: DeliveryDef[] = kb.deliveries.map((d, i) => {
    for (const id of Object.keys(d.compatibility))
      if (!agentKb.agentIndex.has(id)) problems.push({ code: 'bad_input', path: `deliveries.${i}.compatibility.${id}`, message: `unknown agent "${id}"` });
    return {
      id: d.id,
      label: d.label,
      keywords: d.keywords.map((k) => k.toLowerCase()),
      calibre: d.calibre_mm,
      fill: d.fill_kg,
      fillSource: d.fill_source,
      maxCount: d.max_count.value,
      burster: d.burster,
      filled: d.filled
        ? {
            keywords: d.filled.keywords.map((k) => k.toLowerCase()),
            otherwise: d.filled.otherwise === null ? null : kb.deliveries.findIndex((x) => x.id === d.filled!.otherwise),
            weight: d.filled.weight,
          }
        : null,
      over: d.over.map((id) => {
        const k = kb.deliveries.findIndex((x) => x.id === id);
        if (k < 0 || k === i) problems.push({ code: 'bad_input', path: `deliveries.${i}.over`, message: `unknown or own delivery "${id}"` });
        return k;
      }).filter((k) => k >= 0 && k !== i),
      compat: agentKb.agents.map((a) => {
        const s = d.compatibility[a.id];
        if (s === undefined) {
          problems.push({ code: 'bad_input', path: `deliveries.${i}.compatibility`, message: `no value for agent "${a.id}"` });
          return { p: 0.5, level: null, sources: [] };
        }
        return val(s, `deliveries.${i}.compatibility.${a.id}`);
      }),
    };
  });
  const one = (s: string) => ({ yes: val(s, ''), no: val(s, ''), unknown: val(s, '') });
  const sig = kb.signatures;
  const triOf = (t: z.infer<typeof Tri>, w: string) => ({ yes: val(t.yes, `${w}.yes`), no: val(t.no, `${w}.no`), unknown: val(t.unknown, `${w}.unknown`) });
  for (const id of Object.keys(sig?.incendiary_signs.factors ?? {}))
    if (id !== 'default' && !agentKb.agentIndex.has(id)) problems.push({ code: 'bad_input', path: `signatures.incendiary_signs.factors.${id}`, message: `unknown agent "${id}"` });
  const incendiary = {
    keywords: (sig?.incendiary_signs.keywords ?? []).map((k) => k.toLowerCase()),
    factor: agentKb.agents.map((a) => {
      const t = sig?.incendiary_signs.factors[a.id] ?? sig?.incendiary_signs.factors.default;
      return t ? triOf(t, `signatures.incendiary_signs.factors.${sig?.incendiary_signs.factors[a.id] ? a.id : 'default'}`) : one('1!no signature data');
    }),
  };
  const words: { word: string; agent: number }[] = [];
  for (const [word, id] of Object.entries(sig?.markings.agents ?? {})) {
    const ai = agentKb.agentIndex.get(id);
    if (ai === undefined) problems.push({ code: 'bad_input', path: `signatures.markings.agents.${word}`, message: `unknown agent "${id}"` });
    else words.push({ word, agent: ai });
  }
  const markings = { words, named: val(sig?.markings.named ?? '1!none', 'signatures.markings.named'), other: val(sig?.markings.other ?? '1!none', 'signatures.markings.other') };
  if (problems.length) throw badInput(`invalid munitions knowledge base: ${problems[0].path}: ${problems[0].message}`, file, problems);
  const scriptOf = (k: string): TermLang => (/[\u0400-\u04FF]/.test(k) ? 'ru' : /[\u0600-\u06FF]/.test(k) ? 'ar' : 'en');
  const keywordIndex = compileTerms(
    // (at most one word between a keyword's words, and no and/or there: "قذيفة هاون بل صاروخ" is no rocket shell, judgment)
    [
      ...deliveries.flatMap((d) => d.keywords.map((k) => ({ feature: d.id, lang: scriptOf(k), phrase: k, source: 'munitions.yaml', gap: 1, noConj: true }))),
      ...deliveries.flatMap((d) => (d.filled?.keywords ?? []).map((k) => ({ feature: `${FILLED}${d.id}`, lang: scriptOf(k), phrase: k, source: 'munitions.yaml', gap: 1, noConj: true }))),
      ...(sig?.fill_words?.keywords ?? []).map((k) => ({ feature: FILL, lang: scriptOf(k.toLowerCase()), phrase: k.toLowerCase(), source: 'munitions.yaml', gap: 1, noConj: true })),
    ],
    normaliseMunitionText,
  );
  kb.deliveries.forEach((d, i) => {
    if (d.filled?.otherwise && !kb.deliveries.some((x) => x.id === d.filled!.otherwise))
      problems.push({ code: 'bad_input', path: `deliveries.${i}.filled.otherwise`, message: `unknown delivery "${d.filled.otherwise}"` });
    if (d.over.length && !d.over_why) problems.push({ code: 'bad_input', path: `deliveries.${i}.over_why`, message: 'over needs over_why (the judgment)' });
  });
  // the munition-context words in an index of their own, matched only when a word that needs context is read (rare),
  // so that every other description pays nothing for them
  const contextIndex = compileTerms(
    (sig?.senses?.context ?? []).map((k) => ({ feature: CONTEXT, lang: scriptOf(k.toLowerCase()), phrase: k.toLowerCase(), source: 'munitions.yaml', gap: 0, noConj: true })),
    normaliseMunitionText,
  );
  const senses = new Map<string, KeywordSense>();
  const asTerms: Parameters<typeof compileTerms>[0] = [];
  const allKeywords = new Set(deliveries.flatMap((d) => [...d.keywords, ...(d.filled?.keywords ?? [])].map((k) => normaliseMunitionText(k))));
  const asOf = (a: z.infer<typeof SenseAs>, key: string, i: number) => {
    const d = deliveries.findIndex((x) => x.id === a.delivery);
    if (d < 0) problems.push({ code: 'bad_input', path: `signatures.senses.words.${i}.as.delivery`, message: `unknown delivery "${a.delivery}"` });
    const list = (kind: 'when' | 'unless', words: string[]) => {
      if (!words.length) return null;
      const feature = `as-${kind}:${key}`;
      for (const k of words) asTerms.push({ feature, lang: scriptOf(k.toLowerCase()), phrase: k.toLowerCase(), source: 'munitions.yaml', gap: 0, noConj: true });
      return feature;
    };
    // a cheap gate for `when`: when every word is one stem prefix ("подорвал*"), a sentence holding none of them as a
    // substring (ё read as е, as both sides are folded here) has no `when` word, and the sentence is not matched
    const starred = a.when.length > 0 && a.when.every((k) => /^[^\s*]+\*$/u.test(k.trim()));
    const whenGate = starred ? a.when.map((k) => normaliseMunitionText(k.trim().slice(0, -1)).replace(/ё/g, 'е')) : null;
    return { delivery: Math.max(0, d), when: list('when', a.when), unless: list('unless', a.unless), whenGate };
  };
  (sig?.senses?.words ?? []).forEach((w, i) => {
    const key = normaliseMunitionText(w.keyword);
    if (!allKeywords.has(key)) problems.push({ code: 'bad_input', path: `signatures.senses.words.${i}.keyword`, message: `"${w.keyword}" is no delivery keyword` });
    senses.set(key, {
      context: w.context,
      contextForms: new Set(w.context_forms.map(normaliseMunitionText)),
      name: w.name,
      before: w.before.length ? cueSet(w.before, -1) : null,
      after: w.after.length ? cueSet(w.after, 1) : null,
      notForms: new Set(w.not_forms.map(normaliseMunitionText)),
      adjacent: w.adjacent,
      words: key.trim().split(/\s+/).length,
      as: w.as ? asOf(w.as, key, i) : null,
    });
  });
  // a hit names its keyword as written in the KB (hit.phrase): each spelling of a keyword with a sense reads it
  for (const k of [...deliveries.flatMap((d) => [...d.keywords, ...(d.filled?.keywords ?? [])])]) {
    const s = senses.get(normaliseMunitionText(k));
    if (s && !senses.has(k)) senses.set(k, s);
  }
  if (problems.length) throw badInput(`invalid munitions knowledge base: ${problems[0].path}: ${problems[0].message}`, file, problems);
  return {
    senses,
    contextIndex,
    asIndex: compileTerms(asTerms, normaliseMunitionText),
    keywordIndex,
    deliveryIndex: new Map(deliveries.map((d, i) => [d.id, i])),
    incendiary,
    markings,
    agents: agentKb.agents,
    classes: agentKb.classes,
    prior: agentKb.prior,
    deliveries,
    physics,
    floor: kb.model.floor.value,
    density: kb.model.density_per_km2.value,
    indoorFactor: kb.model.indoor_factor.value,
    sources: kb.sources,
  };
}

/** Cue phrases of one to three words (normalised; a hyphen is a space): whole phrases, and those whose last word is a
 * prefix ("shaft*"). Looked up on the words beside a hit, not scanned for (a regex alternation tried at every position
 * of the window cost the reader ~9%). */
export interface CueSet {
  exact: Set<string>;
  prefix: { words: string[]; last: string }[];
  /** the most words a cue has */
  max: number;
  /** the gate (session 16): the word every cue has next to the hit (a `before` cue's last word, an `after` cue's first),
   * whole, and those that are prefixes; a hit whose neighbour is none of these has no cue beside it */
  edge: Set<string>;
  edgePrefix: string[];
}

/** Compiles cue phrases for one side of a hit (dir -1: the words before it, 1: after it). */
function cueSet(cues: string[], dir: -1 | 1): CueSet {
  const out: CueSet = { exact: new Set(), prefix: [], max: 1, edge: new Set(), edgePrefix: [] };
  for (const c of cues) {
    const words = normaliseMunitionText(c).replace(/-/g, ' ').trim().split(/\s+/);
    out.max = Math.max(out.max, words.length);
    const last = words[words.length - 1];
    const prefix = last.endsWith('*');
    if (prefix) out.prefix.push({ words: words.slice(0, -1), last: last.slice(0, -1) });
    else out.exact.add(words.join(' '));
    // the word beside the hit: the last before it, the first after it; a prefix when that is the starred word
    const edge = dir < 0 ? words.length - 1 : 0;
    if (prefix && edge === words.length - 1) out.edgePrefix.push(last.slice(0, -1));
    else out.edge.add(words[edge]);
  }
  return out;
}
