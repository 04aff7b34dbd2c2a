/**
 * A household gas cylinder that exploded (session 12, room para; docs/agent-differential.md §7.00025): "a gas cylinder
 * exploded in the flat next door", "взорвался газовый баллон", "взрыв бытового газа", "انفجرت جرة غاز", Egyptian
 * "انفجرت أنبوبة" (the butane cylinder). The cylinder is the kitchen's bottle of propane or butane, not the chlorine
 * cylinder a helicopter drops: such a sentence names no `delivery_cylinder` (chlorine's hallmark delivery) and is a
 * `powerful_blast` (class none: blast, dust, panic). A sentence that also tells a war or chlorine cue (a helicopter, a
 * barrel, something dropped, a yellow or green colour, chlorine, bleach) keeps the cylinder (a barrel-bomb cylinder also
 * "exploded"). Judgment of reading: the words for the household cylinder are everyday Levantine (جرة), Egyptian
 * (أنبوبة), Maghrebi/Iraqi (قنينة) and Russian (газовый баллон, бытовой газ) usage; no evaluation item chose them.
 * Pure; works on the lower-cased, normalised text (Arabic alef folded: أ -> ا).
 */
import { CueGate, topLevelAlternatives } from './cue-gate.js';

const EXPLODE_EN = String.raw`(?:exploded|blew\s+up|went\s+off|burst)`;
// (session 12 review: a bare "gas canister" is the police's tear-gas canister, which bursts and goes off: only a propane,
// butane or camping-gas canister is the household's)
const CYL_EN = String.raw`(?:(?:gas|propane|butane|lpg|cooking[- ]gas|camping[- ]gas)\s+(?:cylinders?|bottles?|tanks?)|(?:propane|butane|lpg|camping[- ]gas)\s+canisters?)`;
const CYL_RU = String.raw`(?:газов\p{L}*\s+баллон\p{L}*|баллон\p{L}*\s+с\s+(?:бытовым\s+)?газом|пропанов\p{L}*\s+баллон\p{L}*)`;
const CYL_AR = String.raw`(?:(?:جرة|جره|قنينة|قنينه|انبوبة|انبوبه|اسطوانة|اسطوانه|قارورة|قاروره)\s+(?:ال)?(?:غاز|بوتاجاز|بوتان)|(?:انبوبة|انبوبه)\s+(?:ال)?بوتاجاز|(?:ال)?بوتاجاز)`;
const HOUSEHOLD_BLAST = new RegExp(
  [
    String.raw`(?<![\p{L}])${CYL_EN}\s+(?:\p{L}+\s+){0,3}?${EXPLODE_EN}(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:explosion|blast)\s+of\s+(?:a\s+|the\s+)?${CYL_EN}(?![\p{L}])`,
    String.raw`(?<![\p{L}])${CYL_RU}\s+(?:\p{L}+\s+){0,2}?взорв\p{L}*`,
    String.raw`(?<![\p{L}])взорв\p{L}*\s+(?:\p{L}+\s+){0,2}?${CYL_RU}`,
    String.raw`(?<![\p{L}])взрыв\p{L}*\s+(?:бытов\p{L}*\s+)?(?:газ(?:а|ового\s+баллона)|газового\s+баллона)(?![\p{L}])`,
    String.raw`(?<![\p{L}])[وف]?(?:انفجر|انفجرت|انفجار|تفجر|تفجرت)\s+(?:\p{L}+\s+){0,2}?[وفبل]?(?:ال)?${CYL_AR}`,
    String.raw`(?<![\p{L}])[وفبل]?(?:ال)?${CYL_AR}\s+(?:\p{L}+\s+){0,2}?[وف]?(?:انفجرت|انفجر|تفجرت)(?![\p{L}])`,
    // Egyptian: the cylinder named alone, exploding ("انفجرت أنبوبة في العمارة")
    String.raw`(?<![\p{L}])[وف]?(?:انفجرت|انفجار)\s+(?:ال)?(?:انبوبة|انبوبه|جرة|جره)(?![\p{L}])`,
  ].join('|'),
  'u',
);
/** Cheap test before the patterns (speed): the words every pattern needs. */
const PRE = /explo|blew|went off|burst|blast|взорв|взрыв|انفجر|انفجار|تفجر/u;
/** A war or chlorine cue in the same sentence keeps the cylinder a chlorine delivery. */
const WAR_CUE = /helicopter|dropped|barrel|aircraft|yellow|green|chlorine|bleach|вертол|сбросил|сброшен|бочк|самол[её]т|ж[её]лт|зел[её]н|хлор|مروحي|طواف|هليكوبتر|برميل|براميل|القت|طائر|طياره|طيارة|صفرا|خضرا|اصفر|اخضر|كلور/u;

/** A crowd-control cue in the same sentence (session 12 review): the gas canister or баллон is the police's ("Газовый баллон
 * взорвался у протестующих — слезоточивый газ"), not the kitchen's. */
const POLICE_CUE = /tear[- ]?gas|police|protest|riot|crowd|слезоточ|полиц|протест|митинг|толп|مسيل|شرطة|الشرطه|متظاهر|مظاهر/u;

const SENTENCE_END = /[.!?\n\u061F]/g;
/** the patterns' openings at word starts (cue-gate.ts; speed only): a sentence without any has no household blast */
const BLAST_GATE = new CueGate(topLevelAlternatives(HOUSEHOLD_BLAST.source));

/** Each household gas blast in the text: [start, end) of the phrase and of its sentence. */
export function householdGasBlasts(lower: string): { start: number; end: number; sentenceStart: number; sentenceEnd: number }[] {
  if (!PRE.test(lower)) return [];
  const out: { start: number; end: number; sentenceStart: number; sentenceEnd: number }[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (;;) {
    const m = SENTENCE_END.exec(lower);
    const to = m ? m.index : lower.length;
    const sentence = lower.slice(from, to);
    const b = BLAST_GATE.scan(sentence) !== 0 ? HOUSEHOLD_BLAST.exec(sentence) : null;
    if (b && !WAR_CUE.test(sentence) && !POLICE_CUE.test(sentence)) out.push({ start: from + b.index, end: from + b.index + b[0].length, sentenceStart: from, sentenceEnd: to });
    if (!m) break;
    from = m.index + 1;
  }
  return out;
}
