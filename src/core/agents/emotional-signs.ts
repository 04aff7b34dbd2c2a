/**
 * Trembling and crying told together as fear (session 12, room para; docs/agent-differential.md §7.00025): "the girls were
 * shaking and crying", "трясутся, ревут", "يرتعشوا ويبكوا". Crying read alone is the tearing of an irritant ("everyone was
 * crying" in tear gas) and trembling alone may be a nerve agent's twitching, but joined to each other, to screaming or to
 * fear they are how frightened people are described: the shaking and crying of mass psychogenic illness (jones-2000,
 * boss-1997: hyperventilation, crying, trembling). Such a crying word is no `lacrimation` and such a trembling word no
 * `fasciculations`; tearing said of the eyes ("eyes watering") and twitching of the muscles stay. Judgment of reading:
 * closed classes of words, a window of one clause (about 40 characters either side, no sentence end between).
 * Pure; works on the lower-cased, normalised text (Arabic alef folded: أ -> ا).
 */

/** crying and trembling words as the lexicon and term file read them (the phrase of the hit) */
const CRY = /^(?:[وف]?(?:cry\p{L}*|cried|sobb\p{L}*|wept|weeping|плак\p{L}*|плач\p{L}*|рев\p{L}*|рыда\p{L}*|يبك\p{L}*|تبك\p{L}*|بكاء|بكى|بكوا|بكينا|نبكي|بيبك\p{L}*|عم\s+يبك\p{L}*))$/iu;
/** (session 18, agru) the shaking told with the hands or the body beside it ("руки дрожали", "дрожали руки", "hands shaking") too */
const TREMBLE = /^(?:(?:руки|тело|hands|body)\s+)?(?:[وف]?(?:trembl\p{L}*|shak\p{L}*|shook|shiver\p{L}*|quiver\p{L}*|дрож\p{L}*|тряс\p{L}*|трес\p{L}*|мелкая\s+дрожь|мелкой\s+дрожью|يرتعش\p{L}*|ترتعش\p{L}*|ارتعاش|رعشة|يرجف\p{L}*|ترجف\p{L}*|بيرجف\p{L}*|رجفة|يرتجف\p{L}*|ترتجف\p{L}*|ارتجاف))(?:\s+(?:руки|тело))?$/iu;
/** what fear is told with beside them: crying, trembling, screaming, fear, hysteria */
const FEAR_NEAR = /(?<![\p{L}])(?:[وف]?(?:cry\p{L}*|cried|sobb\p{L}*|wept|weeping|scream\p{L}*|shriek\p{L}*|wail\p{L}*|hysteri\p{L}*|scared|frightened|terrified|panick\p{L}*|afraid|trembl\p{L}*|shak(?:ing|en)|shook|shiver\p{L}*|плак\p{L}*|плач\p{L}*|рев(?:ут|ели|ёт|ет|ела)|рыда\p{L}*|крич\p{L}*|визж\p{L}*|истери\p{L}*|испуг\p{L}*|страх\p{L}*|напуган\p{L}*|дрож\p{L}*|тряс\p{L}*|يبك\p{L}*|تبك\p{L}*|بكاء|يصرخ\p{L}*|تصرخ\p{L}*|صراخ|يصيح\p{L}*|خايف\p{L}*|خوف|مرعوب\p{L}*|هستيري\p{L}*|فزع|يرتعش\p{L}*|ترتعش\p{L}*|يرجف\p{L}*|ترجف\p{L}*|يرتجف\p{L}*|ترتجف\p{L}*))(?![\p{L}])/giu;
const PRE = /cry|cried|sob|wept|weep|trembl|shak|shook|shiver|плак|плач|рев|рыда|дрож|тряс|بك|رتعش|رجف|رتجف|رعش/u;
const SENTENCE_STOP = /[.!?\n\u061F;\u061B]/;
/** SENTENCE_STOP's characters: a code point is a stop when SENTENCE_STOP matches it */
const STOP_CHARS = new Set(['.', '!', '?', '\n', '\u061F', ';', '\u061B']);

export interface SignHit {
  feature: string;
  present: boolean;
  phrase: string;
  start: number;
  end: number;
}

/** Whether a lacrimation (crying) or fasciculations (trembling) hit is fear told beside another word of fear. */
export function emotionalSign(lower: string, h: SignHit): boolean {
  if (!h.present || (h.feature !== 'lacrimation' && h.feature !== 'fasciculations')) return false;
  const own = lower.slice(h.start, h.end).trim();
  if (!(h.feature === 'lacrimation' ? CRY : TREMBLE).test(own)) return false;
  let from = Math.max(0, h.start - 40);
  let to = Math.min(lower.length, h.end + 40);
  const before = lower.slice(from, h.start);
  // the last sentence stop before the sign, counted in code points as the spread it replaces counted (speed only)
  let stopBefore = -1;
  let k = 0;
  for (const c of before) {
    if (STOP_CHARS.has(c)) stopBefore = k;
    k++;
  }
  if (stopBefore >= 0) from += stopBefore + 1;
  const after = lower.slice(h.end, to);
  const stopAfter = after.search(SENTENCE_STOP);
  if (stopAfter >= 0) to = h.end + stopAfter;
  const window = lower.slice(from, h.start) + ' ' + lower.slice(h.end, to);
  FEAR_NEAR.lastIndex = 0;
  return FEAR_NEAR.test(window);
}

/** a letter string any crying or trembling word holds (speed only) */
export function mayHoldEmotionalSign(lower: string): boolean {
  return PRE.test(lower);
}
