/**
 * Session 12 (room agprobe): the spans of an account that assert nothing about what happened — a yes/no question ("Was
 * there a smell of bleach?", "Был ли запах хлора?", "هل كانت هناك رائحة كلور؟") and a conditional or a piece of advice
 * ("If you smell bleach, leave", "Если глаза жжёт, промойте водой", "إذا شممت رائحة الكلور، غادر المبنى"). A feature read
 * inside such a span is dropped; a yes/no question answered at once ("Did the children vomit? No.") takes the answer's
 * polarity. ConText's hypothetical modifier (Harkema et al. 2009, J Biomed Inform 42:839-51) extended to questions;
 * judgment of reading, closed word classes.
 *
 * What stays: a wh-question presupposes what it asks about ("Why was everyone coughing?", "شو هالريحة؟": somebody
 * coughed, there was a smell), so it is no span; "as if" is a simile; a conditional whose condition is told in the past
 * tense in English or Russian ("If anyone went outside, their eyes burned", "если кто-то выходил, начинал кашлять") is what
 * happened each time, so it is no span either (a counterfactual "had ... would", "если бы" is). A rumour is a span from
 * its cue to the clause end.
 */

export interface IrrealisSpan {
  from: number;
  to: number;
  /** a yes/no question answered in the next few characters: 'no' turns what it asked about absent, 'yes' keeps it */
  answer: 'yes' | 'no' | null;
}

/** whether the text can hold a span at all (speed only) */
export const IRREALIS_PRE = /[?\u061F]|if|in case|in the event|unless|rumo|hearsay|если|в случае|слух|اذا|لو|حال|شائع|اشاع|يشاع/iu;
/** A rumour is what people say, not what anyone saw ("Rumours spread that people had died", "Ходили слухи, что многих
 * рвало", "انتشرت شائعات أن أشخاصاً ماتوا"): from the cue to the clause end (session 12; judgment: closed class). */
const RUMOUR_CONTENT = /^(?:\s+\p{L}+){0,2}?[\s,\u060C]+(?:that|of|about|что|о|об|будто|[بف]?(?:ان|أن)|عن)(?![\p{L}])/iu;
const RUMOUR_CUE = /(?<![\p{L}])(?:rumou?rs?|rumou?red|hearsay|слух(?:и|ов|ам|ами)?|[وف]?(?:شائعات|شائعة|اشاعات|اشاعة|يشاع|اشيع))(?![\p{L}])/giu;

const SENT_END = /[.!?\n\u061F]/g;
/** a clause boundary inside a sentence (as the extraction's CLAUSE_END, less the sentence ends) */
const CLAUSE_BREAK = /[;:\u061B]|(?<![\p{L}])(?:but|however|although|though|whereas|но|однако|хотя|لكن|ولكن|بل|بس|وبس)(?![\p{L}])/giu;
/** what may open a comma segment before its first real word */
const LEAD = String.raw`^[\s,\u060C"'«“(-]*(?:(?:and|so|then|и|а|ну|или)\s+)?`;
const WH_EN_RU = new RegExp(
  LEAD + String.raw`(?:what|which|who|whom|whose|why|how|where|when|что|чем|чего|какой|какая|какое|какие|каким|какую|кто|кого|как|почему|зачем|откуда|где|когда|сколько)(?![\p{L}])`,
  'iu',
);
/** Arabic wh-words (MSA and spoken), with و/ف; ما only before a demonstrative or relative ("ما هذه الرائحة"), since ما
 * before a verb or في is the negation ("ما كان في ريحة؟" asks yes or no) */
const WH_AR = new RegExp(
  LEAD + String.raw`[وف]?(?:ماذا|شو|ايش|شنو|وش|وين|اين|ليش|لماذا|ليه|كيف|شلون|كيفاش|متي|امتي|كم|مين|من|فين|منين|ما\s+(?:هذا|هذه|هذي|هاد|هاي|هو|هي|اللي|الذي|التي))(?![\p{L}])`,
  'u',
);
/** what opens a yes/no question: an English auxiliary (negative contractions too, so a tag question "weren't they" is a
 * segment of its own), elliptical any-words; Russian ли (second word), разве, неужели; Arabic هل / أ- is left to the
 * sentence: a question with no wh-word is yes/no by intonation */
const YES_NO = new RegExp(
  LEAD +
    String.raw`(?:(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|should|may|might|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|can't|couldn't|won't|wouldn't|any|anyone|anybody|anything)(?![\p{L}'])|\p{L}+\s+ли(?![\p{L}])|разве|неужели|[وف]?هل(?![\p{L}]))`,
  'iu',
);
/** a dash between words (group 1: the segment opens after it) or a yes/no particle within a clause (it opens the segment) */
const SEG_OPEN = /(\s[-\u2013\u2014]\s?|[\u2013\u2014])|(?<![\p{L}])(?:[وف]هل|неужели|разве)(?![\p{L}])/giu;
const ANSWER_NO = /^\s*(?:no|nope|нет|неа|لا|كلا|ابدا|مافي|ما\s+في)(?![\p{L}])/iu;
const ANSWER_YES = /^\s*(?:yes|yeah|yep|да|ага|نعم|اي|ايه|ايوه|ايوا|اجل|طبعا|اكيد)(?![\p{L}])/iu;

/** conditional cues: "as if / as though" are similes, not conditions */
/** (session 12 review: the Arabic إذا of surprise, "فإذا بالأطفال يختنقون" 'and there were the children, choking', is narrative,
 * not a condition: إذا followed by بـ and a noun or by a pronoun; the verbs of a condition that open with ب — بدأ، بقي، بلغ،
 * بان — stay conditions) */
const COND_CUE = /(?<![\p{L}])(?:(?<!as\s)if|in\s+case(?:\s+of)?|in\s+the\s+event(?:\s+of)?|unless|should\s+you|если|в\s+случае|[وف]?(?:اذا(?!\s+(?:ب(?!(?:دا|دات|داوا|قي|قيت|لغ|لغت|ان|انت)(?![\p{L}]))\p{L}+|هم|هو|هي|نحن|انا)(?![\p{L}]))|لو)|في\s+حال)(?![\p{L}])/giu;
/** a verb of knowing, asking or checking right before if / إذا: "I don't know if it was chlorine", "ما بعرف إذا كان كلور" is an
 * indirect question whose scope ends at its comma, not a condition over the sentence (session 12 review) */
const KNOW_BEFORE = /(?<![\p{L}])(?:know|knew|sure|ask|asked|asking|wonder|wondered|wondering|tell|check|checked|see|اعرف|بعرف|نعرف|منعرف|يعرف|بيعرف|تعرف|ادري|بدري|ندري|يدري|متاكد|متاكدين|سال\p{L}*|نشوف|شوف)\s+$/iu;
/** a condition told in the past (EN simple past, RU л-past) is what happened each time; "had" and "бы" are counterfactual */
const PAST_EN = /(?<![\p{L}])(?:was|were|went|got|came|felt|saw|ran|took|began|started|\p{L}{3,}ed)(?![\p{L}])/iu;
const PASSIVE_EN = /(?<![\p{L}])(?:is|are|be|been|being|get|gets|getting)\s+\p{L}+ed(?![\p{L}])/iu;
const COUNTERFACTUAL = /(?<![\p{L}])(?:had|would|'d|бы)(?![\p{L}])|'d(?![\p{L}])/iu;
const PAST_RU = /(?<![\p{L}])(?!или(?![\p{L}]))[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\p{L}])/iu;

function clauseBounds(text: string, from: number, to: number, at: number): [number, number] {
  let s = from;
  let e = to;
  CLAUSE_BREAK.lastIndex = 0;
  const part = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(part))) {
    const p = from + m.index;
    if (p < at) s = p + m[0].length;
    else if (p >= at) {
      e = Math.min(e, p);
      break;
    }
  }
  return [s, e];
}

export function irrealisSpans(text: string): IrrealisSpan[] {
  const spans: IrrealisSpan[] = [];
  // sentences: [start, end) with the char that ends each
  SENT_END.lastIndex = 0;
  let start = 0;
  let m: RegExpExecArray | null;
  const sentences: [number, number, string][] = [];
  while ((m = SENT_END.exec(text))) {
    sentences.push([start, m.index, m[0]]);
    start = m.index + 1;
  }
  if (start < text.length) sentences.push([start, text.length, '']);
  for (const [s, e, end] of sentences) {
    if (end === '?' || end === '\u061F') {
      const [cs] = clauseBounds(text, s, e, e);
      // the comma segments of the question's clause, from the last: the last that opens with a wh-word or a yes/no opener
      // decides; none opening either, the clause is a yes/no question by intonation
      const segs: number[] = [cs];
      for (let i = cs; i < e; i++) if (text[i] === ',' || text[i] === '\u060C') segs.push(i + 1);
      // (session 12 review) a dash, and a yes/no particle inside the clause (فهل، وهل، неужели, разве), open a segment too:
      // "everyone was coughing - was it chlorine?", "الناس كانت تسعل فهل هذا كلور؟" ask only about what follows them
      SEG_OPEN.lastIndex = 0;
      const clause = text.slice(cs, e);
      let so: RegExpExecArray | null;
      while ((so = SEG_OPEN.exec(clause))) if (so.index > 0) segs.push(cs + so.index + (so[1] ? so[0].length : 0));
      segs.sort((x, y) => x - y);
      let from = cs;
      let wh = false;
      for (let k = segs.length - 1; k >= 0; k--) {
        const seg = text.slice(segs[k], e);
        if (WH_EN_RU.test(seg) || WH_AR.test(seg)) {
          wh = true;
          break;
        }
        if (YES_NO.test(seg)) {
          from = segs[k];
          break;
        }
      }
      if (wh) continue;
      const after = text.slice(e + 1, e + 24);
      spans.push({ from, to: e, answer: ANSWER_NO.test(after) ? 'no' : ANSWER_YES.test(after) ? 'yes' : null });
      continue;
    }
    const sent = text.slice(s, e);
    RUMOUR_CUE.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((r = RUMOUR_CUE.exec(sent))) {
      const at = s + r.index;
      // only a rumour with its content ("rumours that ...", "слухи, что ...", "شائعات أن ..."): "despite the rumours, people
      // were coughing" tells what was seen
      if (!RUMOUR_CONTENT.test(text.slice(at + r[0].length, at + r[0].length + 40))) continue;
      spans.push({ from: at, to: clauseBounds(text, s, e, at)[1], answer: null });
    }
    COND_CUE.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = COND_CUE.exec(sent))) {
      const at = s + c.index;
      const [, ce] = clauseBounds(text, s, e, at);
      const scope = text.slice(at, ce);
      // the condition itself: up to its comma (or the clause end)
      const comma = scope.search(/[,\u060C]/);
      const condition = (comma > 0 ? scope.slice(0, comma) : scope).slice(c[0].length);
      if (KNOW_BEFORE.test(text.slice(Math.max(s, at - 24), at))) {
        spans.push({ from: at, to: comma > 0 ? at + comma : ce, answer: null });
        continue;
      }
      const russian = /[а-яё]/iu.test(c[0]);
      const arabic = /[\u0600-\u06ff]/u.test(c[0]);
      if (!arabic && !COUNTERFACTUAL.test(text.slice(at, ce))) {
        if (!russian && PAST_EN.test(condition) && !PASSIVE_EN.test(condition)) continue;
        if (russian && PAST_RU.test(condition)) continue;
      }
      spans.push({ from: at, to: ce, answer: null });
    }
  }
  return spans;
}
