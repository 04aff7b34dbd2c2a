/**
 * The provocation named in a response phrase is not the deed of its clause (session 28, room cldev). A phrase of
 * response or retaliation ("in response to Ukraine's strikes, Russian forces hit Kharkiv", «в ответ на применение ВСУ
 * американского оружия ВС РФ нанесли удар», "ردا على هجمات أوكرانيا قصفت القوات الروسية", "في رد على استخدام أوكرانيا
 * لصواريخ أمريكية") is an adverbial of reason: the deed the clause tells is its main verb's, done by the main clause's
 * subject, and the party inside the phrase is whoever did what is responded to (Quirk et al. 1985 §8.85 and §15.45 on
 * adjuncts of reason; Wade 2011 §§405-406 on «в ответ на» as a prepositional phrase of reason; Ryding 2005 §11.4 on the
 * accusative of reason «ردا على»). The reader paired the party inside the phrase with the deed noun it governs and
 * blamed the responded-to side (dev-v30, Oreshnik, in Russian and Arabic: Ukraine for Russia's strike).
 *
 * A party is in a response phrase when it stands between the phrase's opening words and its end: the clause's
 * punctuation, or the main clause's finite deed verb (with its subject noun phrase right before it in English and
 * Russian, where the subject precedes; Arabic puts it after the verb). Left as they were:
 * - a response to words, not deeds ("in response to the accusations", «в ответ на обвинения», "ردا على الاتهامات"), whose
 *   party is an accuser;
 * - a response to a chemical attack (the guide: the slots describe the chemical attack: "the strikes were in response
 *   to the regime's chemical attack" still blames the regime);
 * - a phrase whose sentence names no party outside it (then nobody else is there to be the doer: "the protest came in
 *   response to Israeli strikes").
 *
 * Pure: `s` is the reader's lower-cased (Arabic: folded) text and `hits` its lexicon hits, in text order.
 */

interface SpanHit {
  term: { kind: string };
  at: number;
  end: number;
  word: string;
}

const OPEN_EN = /(?<![\p{L}])(?:in\s+(?:response|retaliation|revenge|reply)\s+(?:to|for)|in\s+retaliation|as\s+(?:a\s+)?(?:response|retaliation|revenge)\s+(?:to|for)|retaliating\s+for|responding\s+to)(?![\p{L}])/gu;
const OPEN_RU = /(?<![\p{L}])(?:в\s+ответ\s+на|в\s+отместку\s+за|в\s+качестве\s+ответа\s+на|ответом\s+на|мест\p{L}*\s+за)(?![\p{L}])/gu;
// (folded Arabic: ى -> ي, ة -> ه; the tanwin alef of "ردا" / "ردًا" with or without its mark)
const OPEN_AR = /(?<![\p{L}])(?:[وف]?(?:ردا|رد|الرد)\s+علي|(?:في|ك)\s*رد\s+علي|[وف]?انتقاما\s+(?:ل|من)|ثارا\s+ل)/gu;
// a response to words: the party inside is an accuser or a speaker, read as such elsewhere
const WORDS_AFTER = /^\s+(?:\p{L}+\s+){0,2}?(?:accusations?|allegations?|claims?|charges?|questions?|statements?|remarks?|comments?|reports?|criticism|обвинени\p{L}*|заявлени\p{L}*|вопрос\p{L}*|слов\p{L}*|высказывани\p{L}*|критик\p{L}*|сообщени\p{L}*|претензи\p{L}*|(?:ال)?اتهام\p{L}*|(?:ال)?سوال|(?:ال)?تصريح\p{L}*|(?:ال)?ادعاء\p{L}*|(?:ال)?مزاعم|(?:ال)?انتقاد\p{L}*)(?![\p{L}])/u;
const CHEMICAL = /(?<![\p{L}])(?:chemical|chlorine|sarin|nerve\s+agent|toxic|poison\p{L}*|mustard|novichok|хими\p{L}*|химатак\p{L}*|хлор\p{L}*|зарин\p{L}*|отравл\p{L}*|отравляющ\p{L}*|новичок\p{L}*|[وبل]?(?:ال)?كيم\p{L}*|[وبل]?(?:ال)?كلور|[وبل]?(?:ال)?سارين|[وبل]?(?:ال)?سام\p{L}*)(?![\p{L}])/u;
const CLAUSE_END = /[.;!?\n,،؛:—–]/u;
const SENTENCE_END = /[.!?\n]/u;

const isDeed = (h: SpanHit) => h.term.kind === 'cue-before' || h.term.kind === 'incident';
const isParty = (h: SpanHit) => h.term.kind === 'party' || h.term.kind === 'state';
/** a finite deed verb of the main clause: an English past, a Russian finite form, an Arabic perfect or imperfect */
function finiteDeed(h: SpanHit, lang: 'en' | 'ru' | 'ar'): boolean {
  if (!isDeed(h)) return false;
  const w = h.word.split(/\s+/u)[0];
  if (lang === 'en') return /(?:ed|^struck|^hit|^shot|^blew|^fired)$/u.test(w);
  if (lang === 'ru') return /(?:ли|ла|ло|ал|ил|ел|ет|ют|ят|ит|ут)$/u.test(w) && !/(?:ние|тие|ени[ея])$/u.test(w);
  // Arabic: a perfect with its feminine or plural ending, or an imperfect; not a sound feminine plural (-ات) nor the
  // verbal noun of form II (تفعيل: "تفجير", "تدمير")
  const b = w.replace(/^[وف]/u, '');
  if (/ات$/u.test(b) || /^ت\p{L}{2}ي\p{L}$/u.test(b) || /^(?:ال|ب|ل)/u.test(b)) return false;
  return /^[يتن]\p{L}{2,}$/u.test(b) || /^\p{L}{2,}(?:ت|وا)$/u.test(b);
}

/** the spans [from, to) of the item's response phrases whose parties are no doers of their clause's deed */
export function responsePhrases(s: string, hits: readonly SpanHit[], lang: 'en' | 'ru' | 'ar'): [number, number][] {
  const open = lang === 'en' ? OPEN_EN : lang === 'ru' ? OPEN_RU : OPEN_AR;
  const spans: [number, number][] = [];
  open.lastIndex = 0;
  for (let m = open.exec(s); m; m = open.exec(s)) {
    const from = m.index;
    const start = from + m[0].length;
    if (WORDS_AFTER.test(s.slice(start, start + 40))) continue;
    // the clause's end after the phrase's opening, at most 220 characters on
    const rest = s.slice(start, start + 220);
    const pe = rest.search(CLAUSE_END);
    let to = start + (pe < 0 ? rest.length : pe);
    // the main clause's finite deed verb ends it, with its subject before it (English, Russian)
    const inside = hits.filter((h) => h.at >= start && h.end <= to);
    const firstParty = inside.find(isParty);
    if (firstParty) {
      const verb = inside.find((h) => h.at > firstParty.end && finiteDeed(h, lang));
      if (verb) {
        to = verb.at;
        if (lang !== 'ar') {
          // walk back over the subject's party words ("ВС РФ", "российские войска", "Russian forces")
          const subj = hits.filter((h) => isParty(h) && h.end <= to && h.at > firstParty.end);
          let edge = to;
          for (let i = subj.length - 1; i >= 0 && /^[\s\-]*$/u.test(s.slice(subj[i].end, edge)); i--) edge = subj[i].at;
          to = edge;
        }
      }
    }
    if (CHEMICAL.test(s.slice(start, to))) continue;
    // a party outside the phrase in its sentence, to be the doer
    const sa = Math.max(s.slice(0, from).search(/[.!?\n][^.!?\n]*$/u) + 1, 0);
    const seAt = s.slice(to).search(SENTENCE_END);
    const se = seAt < 0 ? s.length : to + seAt;
    if (!hits.some((h) => isParty(h) && h.at >= sa && h.end <= se && (h.end <= from || h.at >= to))) continue;
    spans.push([start, to]);
  }
  return spans;
}
