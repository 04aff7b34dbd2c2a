/**
 * A response (or an inquiry) is no deed (session 24, room clgram). A state that prepares, plans or stands ready to answer an attack was
 * read as the one preparing the attack: "The Pentagon is ready to provide military options in connection with the
 * chemical attack", "Britain is preparing sanctions over the chemical attack", "France is planning a response to the
 * chemical attack", «Лондон готовит санкции в ответ на химатаку», «Пентагон готов ... в связи с химической атакой»,
 * "الولايات المتحدة تستعد لرد على الهجوم الكيميائي". The incident there is no object of the plan: it stands inside a
 * prepositional phrase of response or relation ("in response to", "over", "in connection with", «в ответ на», «в связи
 * с», "ردا على", "بشأن") or after a noun of response (a response, sanctions, options, measures, retaliation; «ответ»,
 * «санкции», «меры»; "رد", "عقوبات"), which is the plan's object (Quirk et al. 1985 §9.2 on the prepositional
 * complement, Wade 2011 §392 on «в связи с» as a compound preposition, Ryding 2005 §16.4 on "رداً على"). So is an
 * inquiry planned into the incident ("British investigators intended to question witnesses of the poisoning", «следователи
 * намеревались допросить», "تعتزم ... التحقيق في الهجوم"): the plan's object is the inquiry.
 *
 * Pure: `gap` is the text between the plan word and the incident (lower-cased; Arabic folded); `before` the text right
 * before a deed noun.
 */

const EN_RESPONSE_GAP = /(?<![\p{L}])(?:investigat\p{L}*|inquir(?:y|ies)|probe|interview\p{L}*|interrogat\p{L}*|question(?:ing)?|inspect\p{L}*|respond\p{L}*|response|retaliat\p{L}*|repl(?:y|ies)|reaction|react|sanctions?|options|measures|steps|punish\p{L}*|counter-?measures|in\s+connection\s+with|over|regarding|concerning|in\s+the\s+wake\s+of|following|after|about)(?![\p{L}])/u;
const RU_RESPONSE_GAP = /(?<![\p{L}])(?:расследова\p{L}*|допрос\p{L}*|опрос\p{L}*|следстви\p{L}*|инспекц\p{L}*|проверк\p{L}*|ответ\p{L}*|санкци\p{L}*|мер[аыу]?|вариант\p{L}*|возмезди\p{L}*|наказани\p{L}*|реакци\p{L}*|в\s+связи\s+с|по\s+поводу|после|из-за)(?![\p{L}])/u;
const AR_RESPONSE_GAP = /(?<![\p{L}])[وفبل]?(?:(?:ال)?تحقيق|(?:ال)?تحقيقات|(?:ال)?تفتيش|(?:ال)?رد|ردا|ردود|(?:ال)?عقوبات|(?:ال)?اجراءات|(?:ال)?خيارات|بشان|حول|بعد|اثر|عقب)(?![\p{L}])/u;
// a deed noun right after a preposition of relation or response: "in connection with the chemical attack", «в связи с
// химической атакой», "ردا على الهجوم"
const EN_RELATION_BEFORE = /(?<![\p{L}])(?:investigat(?:e|es|ed|ing)(?:\s+into)?|investigations?\s+(?:of|into)|inquir(?:y|ies)\s+into|prob(?:e|es|ed|ing)(?:\s+into)?|look(?:s|ed|ing)?\s+into|examin(?:e|es|ed|ing)|in\s+connection\s+with|in\s+response\s+to|in\s+retaliation\s+for|(?:respond|react|repl(?:y|ied|ies))\p{L}*\s+to|(?:response|reaction|reply|responses)\s+to|retaliat\p{L}*\s+for|over|regarding|concerning)\s+(?:(?:the|a|an|this|that|last\s+\p{L}+['’]s)\s+)?(?:[\p{L}\-'’]+\s+){0,2}$/u;
const RU_RELATION_BEFORE = /(?<![\p{L}])(?:расследова\p{L}*|расследовани\p{L}*|в\s+связи\s+с|в\s+ответ\s+на|ответ\p{L}*\s+на|отреагир\p{L}*\s+на|реагир\p{L}*\s+на|по\s+поводу)\s+(?:[\p{L}\-«»"]+\s+){0,2}$/u;
const AR_RELATION_BEFORE = /(?<![\p{L}])(?:[وفبل]?(?:ال)?تحقيق\s+في|[وفبل]?(?:ال)?رد\s+علي|ردا\s+علي|بشان|حول)\s+(?:[\p{L}]+\s+){0,1}$/u;

/** whether the words between a plan word and its incident name a response (so the incident is no object of the plan) */
export function responseGap(gap: string, lang: 'en' | 'ru' | 'ar'): boolean {
  return (lang === 'en' ? EN_RESPONSE_GAP : lang === 'ru' ? RU_RESPONSE_GAP : AR_RESPONSE_GAP).test(gap);
}

/** whether a deed noun right after `before` is inside a phrase of relation or response (so it is no predicate) */
export function relationBefore(before: string, lang: 'en' | 'ru' | 'ar'): boolean {
  const b = before.length > 50 ? before.slice(-50) : before;
  return (lang === 'en' ? EN_RELATION_BEFORE : lang === 'ru' ? RU_RELATION_BEFORE : AR_RELATION_BEFORE).test(b);
}
