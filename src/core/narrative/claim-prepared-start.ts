/**
 * (s30 clnew) A party's declared start of its strikes or military operations, for the `prepared` slot of claim-slots.ts, by
 * the label conventions of eval/claims/README.md ("a party's declared start of its strikes or operations", a case of the
 * declared-future row): "Trump says land strikes in Venezuela will start very soon", «удары начнутся в ближайшие дни,
 * заявил ...», «وقال ... ان العمليات البريه ... ستبدا قريبا», and the verb of announcing ahead «анонсировал удары». The
 * strikes are the subject here, not the party, so claim-prepared-threat.ts (a party subject, a strike verb) left them unread.
 *
 * Read only when: said by a party (a verb of saying or announcing in the sentence and a party or state named before the
 * strikes, not as the object of a preposition, or after a trailing verb of saying); with a stated nearness ("soon", "in the
 * coming days", «скоро», «в ближайшее время», «قريبا», «خلال الايام المقبله»: the row's "date", which keeps C2's campaign
 * forecast of a side named alone out) or a target of force (EN); not negated, not on a condition, not a question, not a
 * forecaster's, not a labour strike, not sanctions or tariffs, not in the past perfect.
 *
 * Judged, not sourced: the word lists are the common news forms, written first as probes
 * (test/narrative-claims-clnew-s30.test.ts), not drawn from any item. Pure: offsets in the reader's lower-cased (Arabic:
 * folded) text.
 */

import { sentenceOf } from './claim-prepared-scope.js';
import { announcementActor, clauseAround, type VowObject } from './claim-prepared-vow.js';
import { CONDITION, EN_FORCE_TARGET, EN_SAID, FORECASTER, LABOUR_STRIKE, NEG_BEFORE, NOT_FORCE, SAID_BEFORE } from './claim-prepared-threat.js';

// the strikes or military operations (group 1), up to a few words (their place or target), then the future of starting
const EN_START = /(?<![\p{L}])((?:(?:air|land|ground|missile|drone|military|naval|new|further)\s+)?(?:strikes|airstrikes|attacks|raids|bombings|bombing\s+campaign)|(?:military|ground|land|air|combat|naval)\s+(?:operations?|action|offensive))\s+(?:[^.!?\n,;:]{0,50}?\s)?(?:will|would|shall|(?:is|are)\s+(?:going|about)\s+to)\s+(?:(?:soon|very\s+soon|now|then)\s+)?['‘’“”"]?(?:start|begin|commence|resume|get\s+under\s*way)(?![\p{L}])|(?<![\p{L}])(?:will|would|shall|['’]ll|(?:is|are|am|['’]s|['’]re)\s+(?:going|about)\s+to)\s+(?:(?:soon|very\s+soon|now|then)\s+)?(?:start|begin|commence|resume)\s+(?:(?:the|its|their|new|further)\s+)?((?:(?:air|land|ground|missile|drone|military|naval)\s+)?(?:strikes|airstrikes|attacks|raids|bombings|operations)|(?:military|ground|land|air|combat|naval)\s+(?:operations?|action|offensive))(?![\p{L}])/gu;
const RU_START = /(?<![\p{L}])((?:\p{L}+(?:ые|ие|ых|их)\s+)?(?:удары|атаки|бомбардировки|обстрелы|(?:военн|наземн|сухопутн)\p{L}*\s+операци\p{L}*))\s+(?:\p{L}+\s+){0,4}?(?:начнутся|начнется|начнётся|возобновятся|возобновится|стартуют|стартует)(?![\p{L}])|(?<![\p{L}])(?:анонсировал\p{L}*)\s+((?:\p{L}+\s+){0,2}?(?:удар\p{L}*|атак\p{L}*|бомбардировк\p{L}*|обстрел\p{L}*|операци\p{L}*))(?![\p{L}])/gu;
const AR_START = /(?<![\p{L}])((?:ال)?(?:ضربات|هجمات|غارات|عمليات)(?:\s+(?:ال)?(?:بريه|جويه|عسكريه|صاروخيه))?)\s+(?:\p{L}+\s+){0,4}?(?:[وف]?(?:ستبدا|سوف\s+تبدا|ستنطلق|سوف\s+تنطلق|ستبدء))(?![\p{L}])/gu;
// a stated nearness, in the clause after the strikes
const NEAR = /(?<![\p{L}])(?:soon|shortly|imminently|within\s+(?:hours|days|the\s+next)|in\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:hours|days|weeks)|tonight|tomorrow|this\s+week|скоро|вскоре|в\s+ближайшее\s+время|в\s+ближайшие\s+(?:часы|дни|недели)|завтра|[وف]?قريبا|خلال\s+(?:ال)?(?:ساعات|ايام|اسابيع)|(?:في\s+)?(?:ال)?(?:ساعات|ايام|اسابيع)\s+(?:ال)?(?:مقبله|قادمه|القليله\s+(?:ال)?(?:مقبله|قادمه))|غدا|الليله)(?![\p{L}])/u;
const PAST_PERFECT_BEFORE = /(?<![\p{L}])(?:had|[وف]?(?:كان|كانت))\s+(?:\p{L}+\s+){0,6}$/u;

/** Declared starts of a party's strikes or operations: each announcement's span (the strikes noun alone, so that the actor
 * read by `announcementActor` is the speaker before it, not the target after it). */
export function declaredStarts(s: string, objects: VowObject[], lang: 'en' | 'ru' | 'ar'): { at: number; end: number; word: string }[] {
  const out: { at: number; end: number; word: string }[] = [];
  const re = lang === 'en' ? EN_START : lang === 'ru' ? RU_START : AR_START;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const noun = m[1] ?? m[2] ?? m[3];
    const at = m.index + m[0].indexOf(noun);
    const nounEnd = at + noun.length;
    const end = m.index + m[0].length;
    const [a, b] = sentenceOf(s, m.index);
    if (NEG_BEFORE.test(s.slice(Math.max(a, at - 14), at)) || /(?<![\p{L}])(?:not|no|не|لا|لن|لم)\s/u.test(m[0])) continue;
    const clause = clauseAround(s, a, b, m.index, end);
    if (CONDITION.test(clause) || NOT_FORCE.test(clause) || LABOUR_STRIKE.test(clause) || FORECASTER.test(s.slice(a, b))) continue;
    if (s[b] === '?' || /(?<![\p{L}])(?:whether|ли|هل)(?![\p{L}])/u.test(clause)) continue;
    if (PAST_PERFECT_BEFORE.test(s.slice(Math.max(a, m.index - 40), m.index))) continue;
    const announced = lang === 'ru' && m[2] !== undefined;
    const after = s.slice(end, b);
    // (the row's date: a stated nearness, or in English a target of force; the announcing verb «анонсировал» says ahead)
    if (!announced && !NEAR.test(clauseAround(s, a, b, end, end)) && !(lang === 'en' && EN_FORCE_TARGET.test(s.slice(nounEnd, end)))) continue;
    // (said by a party: a verb of saying in the sentence, and the speaker named before the strikes or after a trailing
    // verb of saying)
    const said = lang === 'en' ? EN_SAID : SAID_BEFORE;
    const speech = announced || said.test(s.slice(a, b));
    if (!speech) continue;
    const before = announcementActor(s, { at, end: at }, objects);
    const sm = said.exec(after);
    const trailing = sm ? objects.find((o) => (o.kind === 'party' || o.kind === 'state') && !!o.value && o.value !== 'force' && o.at >= end + sm.index && o.end <= b) : undefined;
    if (!before && !trailing) continue;
    // (the span: the strikes noun, so that the speaker before it is the actor; for a trailing speaker, the speaker itself)
    if (before) out.push({ at, end: nounEnd, word: m[0].trim() });
    else out.push({ at: trailing!.at, end: trailing!.end, word: m[0].trim() });
  }
  return out;
}
