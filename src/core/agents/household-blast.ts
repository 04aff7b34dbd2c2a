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
/** (session 22, aginc) the fuel gas of a household or a mains pipe, for the causal wording: a household, domestic, natural, cooking or
 * mains gas, a gas cylinder or bottle, a gas leak or a leaking gas pipe or line */
const FUEL_GAS_EN = String.raw`(?:(?:leaking\s+)?(?:domestic|household|natural|cooking|mains|propane|butane|lpg)[\s-]+gas(?:\s+(?:leak|pipe|line|main|supply|cylinder|bottle|heater|stove))?|(?:leaking\s+)?gas\s+(?:leak|pipe|line|main|cylinder|bottle|stove|heater)s?|${CYL_EN})(?![\p{L}])`;
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
    // (session 22, aginc) the cause of a blast given as household gas, a fuel-gas leak or a kitchen cylinder, in a fire or police
    // bulletin's causal wording: "the blast was caused by a leaking domestic gas pipe", "the cause of the explosion was a gas
    // cylinder in the kitchen", "a natural gas explosion", "причиной взрыва стала утечка бытового газа", "взрыв произошёл из-за
    // утечки газа", "انفجار ناجم عن تسرب الغاز", "بسبب تسرب غاز الطهي"; the gas is the fuel (natural gas, propane, butane), named
    // by its household or fuel word or by a leak that exploded (a leak of 'gas' that made the blast is the fuel's)
    String.raw`(?<![\p{L}])(?:explosion|blast)\s+(?:\p{L}+\s+){0,2}?(?:was\s+)?(?:caused\s+by|due\s+to|blamed\s+on|triggered\s+by|resulted\s+from)\s+(?:an?\s+|the\s+)?(?:\p{L}+\s+){0,2}?${FUEL_GAS_EN}`,
    String.raw`(?<![\p{L}])cause\s+of\s+the\s+(?:explosion|blast)\s+(?:was|is)\s+(?:an?\s+|the\s+)?(?:\p{L}+\s+){0,2}?${FUEL_GAS_EN}`,
    String.raw`(?<![\p{L}])(?:natural|domestic|household|cooking|mains)[\s-]+gas\s+(?:explosion|blast)s?(?![\p{L}])`,
    String.raw`(?<![\p{L}])причин\p{L}*\s+(?:\p{L}+\s+){0,2}?взрыв\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:стал\p{L}*|явил\p{L}*|был\p{L}*|—|-)?\s*(?:\p{L}+\s+){0,2}?(?:утечк\p{L}*\s+)?(?:бытов\p{L}*\s+|природн\p{L}*\s+)?газ(?:а|ов\p{L}*)?(?![\p{L}])`,
    String.raw`(?<![\p{L}])взрыв\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:из-за|вследствие|в\s+результате)\s+(?:\p{L}+\s+)?утечк\p{L}*\s+(?:бытов\p{L}*\s+|природн\p{L}*\s+)?газа(?![\p{L}])`,
    String.raw`(?<![\p{L}])[وف]?(?:انفجار|الانفجار|انفجر|انفجرت)\s+(?:\p{L}+\s+){0,3}?(?:ناجم|ناتج|نجم|نتج|بسبب|جراء|اثر)\s+(?:عن\s+|من\s+)?(?:\p{L}+\s+)?(?:تسرب|تسريب)\s+(?:ل)?(?:ال)?(?:غاز)(?:\s+(?:ال)?(?:طهي|طبخ|منزلي|المنزلي|الطبيعي|طبيعي))?(?![\p{L}])`,
  ].join('|'),
  'u',
);
/** Cheap test before the patterns (speed): the words every pattern needs. */
export const HOUSEHOLD_BLAST_PRE = /explo|blew|went off|burst|blast|взорв|взрыв|انفجر|انفجار|تفجر/u;
const PRE = HOUSEHOLD_BLAST_PRE;
/** A war or chlorine cue in the same sentence keeps the cylinder a chlorine delivery. */
const WAR_CUE = /helicopter|dropped|barrel|aircraft|yellow|green|chlorine|bleach|вертол|сбросил|сброшен|бочк|самол[её]т|ж[её]лт|зел[её]н|хлор|مروحي|طواف|هليكوبتر|برميل|براميل|القت|طائر|طياره|طيارة|صفرا|خضرا|اصفر|اخضر|كلور/u;

/** A crowd-control cue in the same sentence (session 12 review): the gas canister or баллон is the police's ("Газовый баллон
 * взорвался у протестующих — слезоточивый газ"), not the kitchen's. */
// (session 22, aginc) not the police as the bulletin's speaker ("police said the blast was caused by ...", "в полиции сообщили")
const POLICE_CUE = /tear[- ]?gas|police(?!\s+(?:said|say|says|told|reported|stated|added|believe[ds]?|suspect(?:s|ed)?))|protest|riot|crowd|слезоточ|полиц(?!\p{L}*\s+(?:сообщ|заяв|рассказ|уточн|полага))|протест|митинг|толп|مسيل|شرطة|الشرطه|متظاهر|مظاهر/u;

/** (session 22, aginc) a plant, factory, refinery or works in the sentence: a gas that exploded there may be the plant's own chemical
 * (an ammonia unit, a chlorine line), not a home's fuel; its blast is read as before (no household reading) */
const PLANT_CUE = /plant|factory|refinery|works|mill|завод|комбинат|фабрик|цех|нпз|مصنع|معمل|مصفا|مصفى|منشا/u;
/** (session 22, fixag: review-s22 R9) a negator inside the phrase ('the explosion was not caused by a gas cylinder', 'взрыв произошёл не
 * из-за утечки газа', 'الانفجار لم يكن ناجما عن تسرب الغاز'), or a cause ruled out before it in its sentence ('investigators ruled out
 * a gas cylinder explosion'): the household cause is denied, no household blast */
const NEG_IN = /(?<![\p{L}])(?:not|never|no|не|ни|لم|ليس|ليست|لا|غير|مش|مو)(?![\p{L}])|n't(?![\p{L}])/u;
const RULED_OUT_BEFORE = /(?<![\p{L}])(?:ruled\s+out|rule\s+out|excluded|dismissed|denied|исключ\p{L}*|опроверг\p{L}*|[وف]?(?:استبعد\p{L}*|نفى|نفت|نفوا))(?![\p{L}])/u;
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
    if (b && !NEG_IN.test(b[0]) && !RULED_OUT_BEFORE.test(sentence.slice(0, b.index)) && !WAR_CUE.test(sentence) && !POLICE_CUE.test(sentence) && !PLANT_CUE.test(sentence)) out.push({ start: from + b.index, end: from + b.index + b[0].length, sentenceStart: from, sentenceEnd: to });
    if (!m) break;
    from = m.index + 1;
  }
  return out;
}
