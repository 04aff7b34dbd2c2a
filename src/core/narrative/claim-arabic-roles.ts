/**
 * Argument roles of the parties in a folded Arabic text (the grammar is described in claim-arabic.ts): two passes of
 * small named rules over the words near a party. The first pass finds the parties that hold a role that is never the
 * blamed (speaker, denier, alternative, target, a place's holder); the second finds frames (a party as agent or
 * accused, with the word that makes it). A rule looks at one word and returns true when it consumed it (the rules
 * after it are skipped for that word). Pure; linear in the text (every rule looks a bounded number of words around
 * its word).
 */
import { AR_CONDITION_TOKEN } from './claim-condition.js';
import { AR_THREAT_VERB } from './claim-arabic-blame.js';
import { NAQL, SENTENCE_END, naqlRelays, strip, tokenise, type Tok } from './claim-arabic-text.js';
import {
  ACCUSE_NOUN, ACCUSE_PART, ACCUSE_VERB, ACCUSED_NOUN, AGAINST, ATTRIBUTE_VERB, BEAR_VERB, BEHIND, CHARGE, CITY_BEFORE,
  CLAIMED_RESPONSIBILITY, COMPLEMENTIZER, CONSTRUCT_HEAD, DEED_NOUN, DENIAL_WORD, DID_IT, HOLD_VERB, LIGHT_VERB, NEGATION,
  PARTICIPATION, PASSIVE_AGENT, PLACE_NOUN, POSSIBILITY, PREPOSITION, PURPOSE_LEAD, PURPOSE_NOUN, PURPOSE_VERB,
  RESPONSIBILITY, RESPONSIBLE, RESUMPTIVE, SPEECH_PREP, SPEECH_VERB, STAGING_WORD, STRIKE, STATE,
  TRANSPORT, WITH_IT,
} from './claim-arabic-words.js';

export interface ArParty {
  /** party value (claim-slots' PARTIES) */
  value: string;
  at: number;
  end: number;
  /** a capital named for its government (the lexicon's `capital` mark: "موسكو", "دمشق", "واشنطن") */
  capital?: boolean;
}
export type ArRole = 'agent' | 'accused';
export interface ArFrame {
  /** index into the parties given */
  party: number;
  role: ArRole;
  /** the word that sets the role */
  cue: string;
}
export interface ArReading {
  frames: ArFrame[];
  /** indexes of parties that accuse, speak, deny or are targeted: never the blamed */
  excluded: Set<number>;
  /** (s20 claims2) the verb of the second of two contrasted accusations of different sides: a report that blames no one */
  mutual?: string;
}

/**
 * The preposition among the letters that stand before a party in its word (its lead: "ل" of "لقوات", "لل" of
 * "للنظام" when the party starts at the stem, "وب" of "وبقوات"): ب / ل / ك after an optional conjunction, or '' (a
 * lead of other letters is no proclitic: the party starts inside a longer word)
 */
export function partyProclitic(lead: string): string {
  const m = /^[وف]?([بلك])(?:ل|ال)?$/.exec(lead);
  return m ? m[1] : '';
}

// a cue acts on parties at most NEAR words away: only words that near a party are read as cues (the pass costs a few
// look-ups per word of a long text that names one party)
const NEAR = 20;

/**
 * One text's words and parties, with the look-ups the rules share: which token each party starts and ends in, which
 * tokens a party covers, and the frames and exclusions found so far.
 */
export class ArText {
  readonly toks: Tok[];
  /** each party's first and last token (-1: the party is outside the words) */
  readonly partyTok: number[];
  readonly partyEndTok: number[];
  /** per token: the party ending there (-1), and whether a party covers it */
  readonly endAt: number[];
  readonly covered: boolean[];
  /** per token: whether it is near a party and no party's own word (only those are read as cues) */
  readonly near: boolean[];
  readonly frames: ArFrame[] = [];
  readonly excluded = new Set<number>();
  /** excluded parties that suffer one deed (a target, a downed aircraft): an accusation may still name them for another */
  readonly patients = new Set<number>();
  /** (s20 claims2) set by contrastedAccusations */
  mutual: string | undefined;

  constructor(
    readonly s: string,
    readonly parties: readonly ArParty[],
    readonly agents: readonly number[],
  ) {
    const toks = (this.toks = tokenise(s));
    // each party to the token it starts in (a proclitic may precede it in the same token)
    this.partyTok = new Array(parties.length).fill(-1);
    this.partyEndTok = new Array(parties.length).fill(-1);
    let t = 0;
    const order = parties.map((_, i) => i).sort((a, b) => parties[a].at - parties[b].at);
    for (const i of order) {
      while (t < toks.length && toks[t].end <= parties[i].at) t++;
      if (t >= toks.length) break;
      this.partyTok[i] = t;
      if (toks[t].party < 0) toks[t].party = i;
      let e = t;
      while (e + 1 < toks.length && toks[e + 1].at < parties[i].end) e++;
      this.partyEndTok[i] = e;
    }
    this.endAt = new Array(toks.length).fill(-1);
    this.covered = new Array(toks.length).fill(false);
    for (let i = 0; i < parties.length; i++) {
      if (this.partyTok[i] < 0) continue;
      if (this.endAt[this.partyEndTok[i]] < 0) this.endAt[this.partyEndTok[i]] = i;
      for (let u = this.partyTok[i]; u <= this.partyEndTok[i]; u++) this.covered[u] = true;
    }
    const near = (this.near = new Array(toks.length).fill(false));
    for (let i = 0; i < parties.length; i++)
      if (this.partyTok[i] >= 0) for (let u = Math.max(0, this.partyTok[i] - NEAR); u <= Math.min(toks.length - 1, this.partyEndTok[i] + NEAR); u++) near[u] = true;
    // a party's own words and digits are no cues
    for (let u = 0; u < toks.length; u++) if (near[u] && (this.covered[u] || toks[u].w.charCodeAt(0) < 0x0621)) near[u] = false;
    // the words' stems, for the words read as cues only
    for (let u = 0; u < toks.length; u++)
      if (near[u]) {
        const { b, prep } = strip(toks[u].w);
        toks[u].b = b;
        toks[u].prep = prep;
      }
    // a party's own proclitic preposition: the letters of its first token before the party ("لقوات النظام",
    // "للنظام", "وبقوات"), which the scanner matched past (code review s8 A1: "مسؤولية الهجوم لقوات النظام" holds the
    // party after "لـ" responsible)
    for (let i = 0; i < parties.length; i++) {
      const t0 = this.partyTok[i];
      if (t0 < 0 || toks[t0].party !== i) continue;
      toks[t0].prep = partyProclitic(s.slice(toks[t0].at, parties[i].at));
    }
  }

  /** records a frame, unless the party holds an excluding role */
  frame(party: number, role: ArRole, cue: string): void {
    if (party >= 0 && !this.excluded.has(party)) this.frames.push({ party, role, cue });
  }
  /** parties starting in tokens [a, b) of sentence `st`, in order */
  partiesIn(a: number, b: number, st: number): number[] {
    const out: number[] = [];
    for (let t = Math.max(0, a); t < Math.min(b, this.toks.length); t++) if (this.toks[t].sent === st && this.toks[t].party >= 0) out.push(this.toks[t].party);
    return out;
  }
  /** a negation one word before t, or two words before it in its sentence ("لم توجه", "لم يكن ... ") */
  negated(t: number): boolean {
    const toks = this.toks;
    return (t > 0 && NEGATION.test(toks[t - 1].w)) || (t > 1 && NEGATION.test(toks[t - 2].w) && toks[t - 2].sent === toks[t].sent);
  }
  /** the party whose first token is within `n` tokens after t (same sentence), skipping no other party */
  partyAfter(t: number, n: number): number {
    const toks = this.toks;
    for (let u = t + 1; u <= t + n && u < toks.length && toks[u].sent === toks[t].sent; u++) if (toks[u].party >= 0) return toks[u].party;
    return -1;
  }
  /** the party whose last token is within `n` tokens before t (same sentence) */
  partyBefore(t: number, n: number): number {
    const toks = this.toks;
    for (let u = t - 1; u >= 0 && u >= t - n && toks[u].sent === toks[t].sent; u--) {
      if (this.endAt[u] >= 0) return this.endAt[u];
      if (this.covered[u]) return -1;
    }
    return -1;
  }
  /** the nearest party before t (within `n` tokens, same sentence) that can be a subject, past companions */
  subjectBefore(t: number, n: number): number {
    const toks = this.toks;
    for (let u = t - 1; u >= 0 && u >= t - n && toks[u].sent === toks[t].sent; u--) if (this.endAt[u] >= 0 && this.bare(this.endAt[u])) return this.endAt[u];
    return -1;
  }
  /** a word among the `n` before t (same sentence) matching re */
  wordBefore(t: number, n: number, re: RegExp): boolean {
    const toks = this.toks;
    for (let u = t - 1; u >= 0 && u >= t - n && toks[u].sent === toks[t].sent; u--) if (re.test(toks[u].w)) return true;
    return false;
  }
  /**
   * a party and the parties in idafa after it, one or two words on ("مسلحو القوات الأوكرانية"): the head that stands
   * for the chain (a generic word for fighters gives way to the named party after it) and the chain's last token
   */
  chain(p: number): [number, number] {
    const toks = this.toks;
    let head = p;
    let e = this.partyEndTok[p];
    for (let k = 0; k < 2; k++) {
      const q = e + 1 < toks.length && toks[e + 1].party >= 0 ? toks[e + 1].party : e + 2 < toks.length && toks[e + 2].party >= 0 && toks[e + 2].prep === '' ? toks[e + 2].party : -1;
      if (q < 0 || q === head || toks[this.partyTok[q]].sent !== toks[e].sent) break;
      if (this.parties[head].value === 'opposition' && this.parties[q].value !== 'opposition') head = q;
      e = this.partyEndTok[q];
    }
    return [head, e];
  }
  /** a party that can be a subject: no preposition on it or right before it */
  bare(p: number, depth = 0): boolean {
    const toks = this.toks;
    const t = this.partyTok[p];
    if (t < 0) return false;
    const lead = this.s.slice(toks[t].at, this.parties[p].at);
    if (/[بلك]$/.test(lead)) return false;
    if (t > 0 && toks[t - 1].sent === toks[t].sent) {
      if (PREPOSITION.test(toks[t - 1].w)) return false;
      // a party in idafa after another ("مع إرهابيي الخوذ البيضاء") shares that one's preposition
      const prev = this.endAt[t - 1] !== p ? this.endAt[t - 1] : -1;
      if (prev >= 0 && depth < 2) return this.bare(prev, depth + 1);
      // or after a head noun of fighters or forces ("مع إرهابيي الخوذ", "على عناصر الجيش")
      if (prev < 0 && t > 1 && CONSTRUCT_HEAD.test(toks[t - 1].w) && toks[t - 2].sent === toks[t].sent && (PREPOSITION.test(toks[t - 2].w) || /^[بلك]/.test(toks[t - 1].w))) return false;
    }
    return true;
  }
  /**
   * a deed inside a staged story: going back from t, a deed noun comes before a staging word ("مسرحية الاستخدام
   * المزعوم للأسلحة من قبل الجيش": the army is the target of the staging); the staging's own agent ("تنظيم استفزاز من
   * قبل نظام كييف", "الفيديو المفبركة من قبل الخوذ") has no deed noun in between
   */
  stagedDeed(t: number): boolean {
    const toks = this.toks;
    let deed = false;
    for (let u = t - 1; u >= 0 && u >= t - 7 && toks[u].sent === toks[t].sent; u--) {
      if (STAGING_WORD.test(toks[u].w)) return deed;
      if (DEED_NOUN.test(toks[u].b)) deed = true;
    }
    return false;
  }
  /** a chemical agent named after token t, within `chars` characters */
  agentWithin(t: number, chars: number): boolean {
    const end = this.toks[t].end;
    return this.agents.some((a) => a > end && a - end < chars);
  }
}

/** One rule of a pass: reads the word at t; true when it consumed the word (later rules skip it). */
export type ArRule = (x: ArText, t: number) => boolean;

// ---- pass 1: roles that are never the blamed ----

/**
 * Speakers and deniers: the parties between a speech or denial verb and its complementizer ("قالت المتحدثة باسم
 * الخارجية الروسية ماريا زاخاروفا أن ...") say or deny; without a complementizer, the first party after the verb. The
 * announcer of its own responsibility ("أعلن تنظيم الدولة مسؤوليته") is left to claimedResponsibility.
 */
export const speakers: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!SPEECH_VERB.test(tk.w)) return false;
  // "نقل" of moving is no saying ("نقل المسلحون مواد سامة": the movers are the transport rule's subject)
  if (NAQL.test(tk.w) && !naqlRelays(tk.w, toks.slice(t + 1, t + 9).filter((u) => u.sent === tk.sent).map((u) => u.w))) return false;
  let stop = -1;
  let resp = false;
  for (let u = t + 1; u <= t + 12 && u < toks.length && toks[u].sent === tk.sent; u++) {
    const w = toks[u].w;
    if (COMPLEMENTIZER.test(w) || SPEECH_PREP.test(w)) {
      stop = u;
      break;
    }
    // the speaker ends where its content starts: a claim of responsibility, an accusation, a deed or a charge
    // (or a light verb that opens the deed: "أكدت مصادر طبية ... تعمد جيش الاحتلال ارتكاب")
    // (an announced deed too: "أعلنت يريفان إسقاط طائرة للجيش", session 11)
    // (and a deed noun that takes its doer's nisba: "أدان الاتحاد الأوروبي الغارة الإسرائيلية", session 12: the condemned
    // strike's side is its doer, not the condemner)
    if (RESPONSIBILITY.test(w) || ACCUSE_NOUN.test(w) || ACCUSE_VERB.test(w) || DEED_NOUN.test(toks[u].b) || NISBA_DEED.test(toks[u].b) || OWN_DEED_NOUN.test(toks[u].b) || toks[u].b === 'تدمير' || (CHARGE.test(w) && toks[u].party < 0) || (LIGHT_VERB.test(w) && toks[u].party < 0)) {
      resp = RESPONSIBILITY.test(w);
      stop = u;
      break;
    }
  }
  if (resp) return true;
  const ps = stop >= 0 ? x.partiesIn(t + 1, stop, tk.sent) : x.partiesIn(t + 1, t + 5, tk.sent).slice(0, 1);
  for (const p of ps) x.excluded.add(p);
  return true;
};

const ACCORDING = /^(?:[وف])?(?:ب)?(?:حسب|وفقا|وفق|طبقا|نقلا|استنادا|لسان)$/;
/**
 * Sources: the parties after "حسب / بحسب / وفقاً لـ / نقلاً عن / طبقاً لـ / على لسان" up to the comma, the colon or the
 * complementizer that closes the source phrase within six words ("حسب وزارة الدفاع الروسية، فإن المسلحين ...", "نقلاً عن موقع روسيا اليوم") report the claim; they
 * are no deed's subject (Badawi, Carter & Gully 2004, §2.7: attribution phrases)
 */
export const sources: ArRule = (x, t) => {
  const { toks, s } = x;
  const tk = toks[t];
  if (!ACCORDING.test(tk.w) || (tk.w.endsWith('لسان') && !(t > 0 && /^(?:علي|عل)$/.test(toks[t - 1].w)))) return false;
  // the source phrase must close (a comma, a colon, a complementizer) within six words: "وحسب سانا استهدف الإرهابيون"
  // runs on into the clause, whose subject is no source
  const seen: number[] = [];
  for (let u = t + 1; u <= t + 6 && u < toks.length && toks[u].sent === tk.sent; u++) {
    if (COMPLEMENTIZER.test(toks[u].w) || /^(?:فان|فانه|فانها)$/.test(toks[u].w)) {
      for (const p of seen) x.excluded.add(p);
      break;
    }
    if (toks[u].party >= 0) seen.push(toks[u].party);
    if (/[،,:]/.test(s.slice(toks[u].end, u + 1 < toks.length ? toks[u + 1].at : s.length))) {
      for (const p of seen) x.excluded.add(p);
      break;
    }
  }
  return true;
};

/** "أوكرانيا أو روسيا", "سواء النظام أو المعارضة": an alternative names no culprit */
export const alternatives: ArRule = (x, t) => {
  const w = x.toks[t].w;
  if (!((w === 'او' || w === 'ام') && t > 0 && t + 1 < x.toks.length)) return false;
  const b = x.partyBefore(t, 1);
  const a = x.partyAfter(t, 1);
  if (b >= 0 && a >= 0) x.excluded.add(b).add(a);
  return true;
};

/** "الثوار وليس الحكومة": a negated alternative is excluded (the word goes on to the later rules) */
export const negatedAlternative: ArRule = (x, t) => {
  if (!/^(?:وليس|وليست|لا|وليسوا)$/.test(x.toks[t].w)) return false;
  const a = x.partyAfter(t, 1);
  if (a >= 0 && t > 0 && !ACCUSE_VERB.test(x.toks[t + 1]?.w ?? '')) x.excluded.add(a);
  return false;
};

/** "الولايات المتحدة تستعد لضرب سوريا": who strikes a state wages war, it does no incident (README guide) */
export const stateStriker: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (STRIKE.test(tk.w) && t + 1 < toks.length && toks[t + 1].sent === tk.sent && (STATE.test(strip(toks[t + 1].w).b) || (toks[t + 1].w === 'علي' && t + 2 < toks.length && STATE.test(strip(toks[t + 2].w).b)))) {
    const b = x.partyBefore(t, 5);
    if (b >= 0) x.excluded.add(b);
  }
  return false;
};

/** a capital after a preposition or a place noun is the city: "في دمشق", "ريف دمشق", "بدمشق" */
export const capitalAsCity: ArRule = (x, t) => {
  const tk = x.toks[t];
  // (the party's own "بـ", not a word's first letter: "باريس" is no "بـ" + "اريس")
  if (tk.party >= 0 && x.parties[tk.party].capital && (tk.prep === 'ب' || (t > 0 && CITY_BEFORE.test(x.toks[t - 1].w) && !agentsFrom(x, t)))) x.excluded.add(tk.party);
  return false;
};
// (s22 claims) "عملاء من كوريا الشمالية", "عناصر من طهران": agents or forces "from" a state after a passive agent's "على يد /
// من قبل / بواسطة" are that state's (its agents do the deed), not a place
const AGENTS_FROM_HEAD = /^(?:عملاء|عميل|عناصر|جواسيس|قتله|مرتزقه|ضباط|افراد)$/;
const agentsFrom = (x: ArText, t: number): boolean => {
  const { toks } = x;
  if (t < 3 || toks[t - 1].w !== 'من' || !AGENTS_FROM_HEAD.test(toks[t - 2].w)) return false;
  const h = toks[t - 3].w;
  const head = /^(?:يد|ايدي|يدي|بواسطه|بيد)$/.test(h) ? t - 3 : h === 'قبل' && t > 3 && toks[t - 4].w === 'من' ? t - 4 : -1;
  if (head < 0 || toks[t - 3].sent !== toks[t].sent) return false;
  // (s22 fixcl) the agents of an arrest, a detention or an expulsion ("اعتقل الصحفي على يد عناصر من دمشق بعد تغطيته للهجوم")
  // did that, not the incident: the state is read as the doer only when the passive verb is no such act
  for (let i = head - 1; i >= Math.max(0, head - 5) && toks[i].sent === toks[t].sent; i--) if (AGENT_OF_CUSTODY.test(toks[i].w)) return false;
  return true;
};
const AGENT_OF_CUSTODY = /^[وف]?(?:اعتقل|احتجز|اوقف|قبض|سجن|استجوب|طرد|رحل|ابعد|خطف|اختطف|حوكم|لوحق|منع|فصل|عذب|حقق)(?:ت|وا|تا)?$/u;

// countries the lexicon names as parties (folded), and the words before a country that make it the place of a deed:
// "في", a place noun, the border or the land of it ("استخدمت ... في أوكرانيا", "داخل روسيا", "الأراضي الأوكرانية" is
// an adjective and no country)
const COUNTRY = /^(?:روسيا|اوكرانيا|ايران|تركيا|اسراييل|قطر|السعوديه|بريطانيا|فرنسا|امريكا|اميركا|الولايات المتحده|المملكه المتحده|سوريا|سوريه|لبنان|اليمن|العراق|ليبيا|السودان|بيلاروسيا|كوريا الشماليه)$/;
const IN_COUNTRY = /^(?:[وف])?(?:في|داخل|بداخل|اراضي|الاراضي|حدود|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط|مدن|مناطق|انحاء|ارجاء|عموم)$/;
/** a country after "في" or a place noun, or with its own "بـ" ("بأوكرانيا"), is where the deed happened */
export const countryAsPlace: ArRule = (x, t) => {
  const tk = x.toks[t];
  const p = tk.party;
  if (p >= 0 && x.partyTok[p] === t && COUNTRY.test(x.s.slice(x.parties[p].at, x.parties[p].end)) && (tk.prep === 'ب' || (t > 0 && x.toks[t - 1].sent === tk.sent && IN_COUNTRY.test(x.toks[t - 1].w)))) x.excluded.add(p);
  return false;
};

/** "ضواحي تسيطر عليها المعارضة", "مناطق يسيطر عليها النظام": who holds a place is no doer */
export const placeHolder: ArRule = (x, t) => {
  const { toks } = x;
  if (!(/^(?:[وف])?(?:تسيطر|يسيطر|سيطرت|سيطر|تسيطرت)$/.test(toks[t].w) && t + 1 < toks.length && /^(?:عليها|عليه|عليهم|علي)$/.test(toks[t + 1].w))) return false;
  const p = x.partyAfter(t + 1, 2);
  if (p >= 0) x.excluded.add(p);
  return true;
};

/** a party after "ضد" or a place or position noun ("مواقع الجيش", "مناطق سيطرة النظام") is where the deed lands */
export const placeOrAgainst: ArRule = (x, t) => {
  const w = x.toks[t].w;
  if (!(AGAINST.test(w) || PLACE_NOUN.test(w))) return false;
  const p = x.partyAfter(t, 2);
  if (p >= 0 && x.partyTok[p] <= t + 2) x.excluded.add(p);
  return true;
};

/** a purpose ("لاتهام الجيش السوري", "بهدف تحميل دمشق", "لتوريط"): the party after is the story's target */
export const purposeTarget: ArRule = (x, t) => {
  const tk = x.toks[t];
  if (PURPOSE_VERB.test(tk.w) || (PURPOSE_NOUN.test(tk.b) && t > 0 && PURPOSE_LEAD.test(x.toks[t - 1].w))) {
    const p = x.partyAfter(t, 3);
    if (p >= 0) x.excluded.add(p);
  }
  return false;
};

// ---- victims (pass 1): the harmed are no doers ----

// words of harm to people: killed, wounded, martyred, choked, poisoned, casualties (verbs in the passive read as the
// active in unvocalised text; nouns and participles)
const HARM = /^(?:[وف])?(?:قتل|قتلوا|مقتل|اصيب|اصيبت|اصيبوا|اصابه|اصابات|جرح|جرحوا|استشهد|استشهدوا|استشهاد|لقي|لقوا|سقط|سقوط|اختناق|قتلي|جرحي|مصابين|مصابون|ضحايا|وفاه|توفي|تسمم|خساير|اسر|اسري)$/;
// nouns of people and their counts: who a harm word's "من X" counts ("عشرة جنود من الجيش", "مقاتلون من المعارضة")
const PEOPLE = /^(?:[وف])?(?:جنود|جنديا|جنديين|جندي|جنودا|عناصر|عنصرا|عنصرين|مقاتلين|مقاتلون|مقاتلا|عسكريين|عسكريا|افراد|فردا|ضباط|ضابطا|ضابطين|اعضاء|مدنيين|مدنيا|اشخاص|شخصا|عمال|مسعفين|متطوعين|متطوعا|مواطنين|اطفال|طفلا|عدد|العشرات|عشرات|الميات|ميات|بعض)$/;
const NUMBER = /^(?:\d+|[٠-٩]+|ثلاث\p{L}*|اربع\p{L}*|خمس\p{L}*|ست\p{L}*|سبع\p{L}*|ثماني\p{L}*|تسع\p{L}*|عشر\p{L}*|عشره|اثن\p{L}*|واحد|ميه)$/u;
/**
 * Victims: "قتل عشرة جنود من الجيش السوري في هجوم", "أصيب مقاتلون من المعارضة بحالات اختناق", "إصابات في صفوف قوات
 * النظام": a party counted by a noun of people after a word of harm (or with one right after it), or after "في صفوف"
 * (in the ranks of) with one before, is the harmed, not the doer. "قتل" alone may be the active "killed": with an object
 * after the party ("قتل مسلحون من المعارضة ثلاثة جنود") its people are the killers and nothing is excluded.
 */
export const victims: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  const st = tk.sent;
  // ("26 عنصراً على الأقل من قوات الجيش": an "at least" between the count and "من", session 11)
  const least = t > 2 && toks[t - 1].w === 'الاقل' && /^(?:علي|عل)$/.test(toks[t - 2].w) ? 2 : 0;
  if (tk.w === 'من' && t > least && PEOPLE.test(toks[t - 1 - least].w) && toks[t - 1 - least].sent === st) {
    const p = t + 1 < toks.length && toks[t + 1].sent === st ? toks[t + 1].party : -1;
    if (p < 0) return false;
    let harm = -1;
    for (let u = t - 2 - least; u >= 0 && u >= t - 5 - least && toks[u].sent === st; u--) {
      if (toks[u].party >= 0 || x.covered[u]) break;
      if (HARM.test(toks[u].w)) {
        harm = u;
        break;
      }
    }
    const e = x.partyEndTok[p];
    const harmAfter = harm < 0 && [1, 2, 3].some((k) => e + k < toks.length && toks[e + k].sent === st && HARM.test(strip(toks[e + k].w).b));
    if (harm < 0 && !harmAfter) return false;
    // the active "قتل": an object after the party makes its people the killers
    if (harm >= 0 && /^[وف]?قتل$/.test(toks[harm].w) && [1, 2].some((k) => e + k < toks.length && toks[e + k].sent === st && (NUMBER.test(toks[e + k].w) || PEOPLE.test(toks[e + k].w)))) return false;
    x.excluded.add(p);
    return true;
  }
  if (/^(?:[وف]?(?:ب|ل)?(?:في)?)صفوف$/.test(tk.w) || (tk.w === 'صفوف' && t > 0)) {
    const p = x.partyAfter(t, 2);
    if (p >= 0 && x.wordBefore(t, 6, HARM)) x.excluded.add(p);
    return true;
  }
  return false;
};

const SUBJECTED = /^(?:[وف])?(?:تعرض|تعرضت|تعرضوا|يتعرض|تتعرض|يتعرضون|تعرضها|تعرضه|تعرضهم)$/;
/**
 * "جنود أوكرانيون تعرضوا لغاز", "تعرضت قوات الجيش لهجوم": the subject of "تعرّض لـ" (to be subjected to) suffers the
 * deed; its doer, when named, comes after "لـ" or a passive agent ("تعرضت البلدة لقصف قوات النظام" keeps the regime)
 */
export const subjectedTo: ArRule = (x, t) => {
  const { toks } = x;
  if (!SUBJECTED.test(toks[t].w)) return false;
  const b = x.partyBefore(t, 3);
  if (b >= 0) x.excluded.add(b);
  for (let u = t + 1; u <= t + 3 && u < toks.length && toks[u].sent === toks[t].sent; u++) {
    if (toks[u].party >= 0) {
      if (x.bare(toks[u].party)) x.excluded.add(toks[u].party);
      break;
    }
    // ("لهجوم", "إلى قصف": the deed suffered, whose idafa is its doer)
    if (toks[u].w.startsWith('ل') || toks[u].w === 'الي') break;
  }
  return true;
};

const DENY = /^(?:[وف])?(?:نفي|نفت|نفوا|ينفي|تنفي|ينفون|رفض|رفضت|رفضوا|يرفض|ترفض|يرفضون|كذب|كذبت|تكذب|يكذب|استبعد|استبعدت)$/;
// what a rejection rejects when it is a claim: the verbs of denial take the deed itself ("نفى استخدام", "نفى أن")
const CLAIM_OBJECT = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:اتهام|اتهامات|مزاعم|ادعاءات|ادعاء|روايه|تقرير|تقارير|اخبار|انباء|تورط|ضلوع|مسووليه|استخدام|ان|بان|انه|انها|انهم|اي)$/;
/**
 * Self-denial: "رفضت موسكو الاتهامات الغربية بأن القوات الروسية استخدمت ...", "نفت الحكومة السورية أن يكون الجيش
 * السوري استخدم ...": the denier (the verb's subject, after it or before it) rejects a claim against its own side,
 * and a party of that side in the rest of the sentence is no blamed (README guide: "A denial blames no one"; the v8
 * and v10 calls: the accused's own denial reports no blame). A third party's rejection still reports the claim.
 */
export const selfDenial: ArRule = (x, t) => {
  const { toks, parties } = x;
  const tk = toks[t];
  if (!DENY.test(tk.w) || x.negated(t)) return false;
  const st = tk.sent;
  // the claim rejected: a claim noun, the deed or a complementizer within four words
  let obj = -1;
  for (let u = t + 1; u <= t + 5 && u < toks.length && toks[u].sent === st; u++)
    if (CLAIM_OBJECT.test(toks[u].w) || CLAIM_OBJECT.test(strip(toks[u].w).b) || DEED_NOUN.test(strip(toks[u].w).b)) {
      obj = u;
      break;
    }
  if (obj < 0) return false;
  const after = x.partiesIn(t + 1, obj, st);
  const subj = after.length ? after[0] : x.subjectBefore(t, 3);
  if (subj < 0) return false;
  for (let u = obj; u < toks.length && toks[u].sent === st; u++) {
    // (a speech verb opens another claim, unless a relative clause of the rejected one: "اتهامات ... التي تقول إن")
    if (u > obj && SPEECH_VERB.test(toks[u].w) && !DENY.test(toks[u].w) && !/^(?:التي|الذي|الذين|اللتي)$/.test(toks[u - 1].w)) break;
    // (s22 claims) nor past a verb of accusing, which tells the accusation the denier is named in ("نفت تركيا استخدام أسلحة
    // كيماوية بعد أن اتهمت قوات كردية أنقرة بتنفيذ هجوم"): its accused is the one who denies, read by the accusation rule
    // (the English rule of s18: "Damascus denied responsibility for the attack, which the rebels blamed on Assad")
    if (u > obj && ACCUSE_VERB.test(toks[u].w)) break;
    const p = toks[u].party;
    if (p >= 0 && p !== subj && parties[p].value === parties[subj].value) x.excluded.add(p);
  }
  return false;
};

const POISON_VERB = /^(?:[وف])?(?:سمم|سممت|سمموا|يسمم|تسمم|يسممون)$/;
const ABSTRACT = /^(?:[وف]?(?:ال)?)(?:اجواء|جو|علاقات|علاقه|مناخ|حياه|اجواء)$/;
/** a metaphor: "يسمم الأجواء الروسية الألمانية" poisons relations; the parties that qualify the abstract noun do nothing */
export const poisonedAtmosphere: ArRule = (x, t) => {
  const { toks } = x;
  if (!(POISON_VERB.test(toks[t].w) && t + 1 < toks.length && ABSTRACT.test(toks[t + 1].w))) return false;
  for (let u = t + 2; u <= t + 3 && u < toks.length && toks[u].sent === toks[t].sent; u++) if (toks[u].party >= 0) x.excluded.add(toks[u].party);
  return true;
};

const USE_VERB = /^(?:[وف])?(?:استخدم|استخدمت|استخدموا|يستخدم|تستخدم|يستخدمون|استغل|استغلت|استغلوا|يستغل|تستغل|يستغلون)(?:ه|ها)?$/;
// a purpose of war, not of the deed: "للعدوان على سوريا", "لتبرير الضربة", "لضرب سوريا" (a strike on a state, README guide)
const WAR_PURPOSE = /^(?:[وف])?(?:لل|ل)(?:عدوان|تبرير)\p{L}*$/u;
const PRETEXT = /^(?:[وف]?(?:ك|ب)?(?:ال)?)(?:ذريعه|حجه|مبررا|مبرر|غطاء|شماعه)$/;
/**
 * A deed used as a pretext: "الغرب يستخدم الهجوم الكيميائي المزعوم ذريعة لضرب سوريا", "تستغل الحادثة حجة", "الهجوم
 * المزعوم ... والذي استخدمه الثلاثي ... للعدوان على سوريا": who uses an attack as a pretext, or for a war on a state,
 * is not its doer (the attack is the object of the use, the weapon is not)
 */
export const pretextUser: ArRule = (x, t) => {
  const { toks } = x;
  if (!USE_VERB.test(toks[t].w)) return false;
  let pre = -1;
  for (let u = t + 1; u <= t + 6 && u < toks.length && toks[u].sent === toks[t].sent; u++)
    if (PRETEXT.test(toks[u].w) || WAR_PURPOSE.test(toks[u].w) || (/^[وف]?لضرب$/.test(toks[u].w) && u + 1 < toks.length && STATE.test(strip(toks[u + 1].w).b))) {
      pre = u;
      break;
    }
  if (pre < 0) return false;
  const b = x.partyBefore(t, 3);
  if (b >= 0) x.excluded.add(b);
  // the subject after the verb, and the parties listed with it ("الثلاثي: أمريكا وفرنسا وبريطانيا")
  const a = x.partyAfter(t, 2);
  if (a >= 0 && x.partyTok[a] < pre && x.bare(a)) for (const q of x.partiesIn(x.partyTok[a], pre, toks[t].sent)) x.excluded.add(q);
  return false;
};

const RESPONSE = /^(?:[وف])?(?:ردا|رد|انتقاما|عقابا|بعد|عقب|اثر)$/;
const RESPONSE_ATTACK = /^(?:ال)?(?:هجوم|هجمات|استخدام|مجزره|الهجوم)$/;
const STRIKE_WORD = /^(?:[وف]?(?:ال)?)(?:ضربات|ضربه|غارات|صواريخ|صاروخيه|صاروخي)$/;
/**
 * A strike in response to a chemical attack: "شنت الولايات المتحدة ضربات صاروخية على مطار الشعيرات ردا على الهجوم
 * الكيميائي" (after "رداً على / انتقاماً لـ / بعد / عقب" the attack): the striker wages war (README guide: a military
 * strike on a state is no incident) and is not the chemical attack's doer, who is named after, if at all
 */
export const retaliatingStriker: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!RESPONSE.test(tk.w)) return false;
  let n = t + 1;
  if (n < toks.length && /^(?:علي|لل|ل)$/.test(toks[n].w)) n++;
  if (!(n < toks.length && toks[n].sent === tk.sent && (RESPONSE_ATTACK.test(toks[n].w) || RESPONSE_ATTACK.test(strip(toks[n].w).b)))) return false;
  for (let u = t - 1; u >= 0 && u >= t - 15 && toks[u].sent === tk.sent; u--)
    if (STRIKE_WORD.test(toks[u].w)) {
      for (const p of x.partiesIn(Math.max(0, u - 6), u, tk.sent)) x.excluded.add(p);
      break;
    }
  return false;
};

// (selfDenial reads the denial verbs before the speakers rule consumes them, and lets it go on)
// verbs of hitting a target, and the attacks and munitions that can be their subject
const HIT_VERB = /^(?:[وف])?(?:استهدف|استهدفت|يستهدف|تستهدف|طال|طالت|يطال|تطال|اصاب|اصابت|يصيب|تصيب|ضرب|ضربت|يضرب|تضرب|قصف|قصفت)$/;
const ATTACK_THING = /^(?:ال)?(?:هجوم|هجمات|قصف|غاره|غارات|صاروخ|صواريخ|قذيفه|قذايف|برميل|براميل|قنبله|قنابل)$/;
/**
 * A thing as the subject of a verb of hitting: "استهدف هجوم كيميائي مقاتلي المعارضة", "طالت الغارات مواقع الجيش",
 * "ضربت صواريخ تحتوي على السارين ضواحي ..." (verb-subject-object with an attack or a munition as subject, Ryding
 * 2005 ch. 13): the party after them is the object, the target, never the doer
 */
export const thingAsSubject: ArRule = (x, t) => {
  const { toks } = x;
  if (!(HIT_VERB.test(toks[t].w) && t + 1 < toks.length && toks[t + 1].sent === toks[t].sent && toks[t + 1].party < 0 && ATTACK_THING.test(toks[t + 1].w))) return false;
  for (let u = t + 2; u <= t + 6 && u < toks.length && toks[u].sent === toks[t].sent; u++) {
    // a relative clause on the attack names its doer ("هجوم شنته قوات النظام", "الذي نفذته")
    if (RESUMPTIVE.test(toks[u].w) || /^(?:الذي|التي)$/.test(toks[u].w)) break;
    if (toks[u].party >= 0) {
      // (unless it is the attack's own agent in its idafa or after "من قبل": "قصف قوات النظام", read by other rules)
      if (u === t + 2 || PASSIVE_AGENT.test(toks[u - 1].w)) break;
      // (s24 clnew) nor its nisba after an adjective of kind, which agrees with the attack noun as the nisba does ("استهدفت
      // غارة جوية أمريكية مستشفى": the strike is American; Ryding 2005 ch. 10, a noun's adjectives follow it in order):
      // deedNisba reads it as the attack's doer
      if (u === t + 3 && KIND_ADJ.test(toks[t + 2].w) && NISBA_WORD.test(x.s.slice(x.parties[toks[u].party].at, x.parties[toks[u].party].end).split(/\s+/)[0])) break;
      x.excluded.add(toks[u].party);
      break;
    }
  }
  return false;
};

// supporting a deed or a side: "هجمات تدعمها الولايات المتحدة", "بدعم من", "المدعومة من روسيا"
const SUPPORT = /^(?:[وف])?(?:[يت]دعم(?:ه|ها|هم|هما|ون|ان)?|دعمت(?:ه|ها|هم)?|دعم(?:ه|ها|هم|وا)|بدعم|مدعوم|مدعومه|مدعومين|مدعومون|مدعوما|المدعوم|المدعومه|المدعومين)$/;
/**
 * Supporters (session 11): the party a support verb or participle names ("الذي يواجه هجمات تدعمها الولايات المتحدة",
 * "قوات النظام المدعومة من روسيا") backs a deed or a side; it is no doer of the deed told (the README's guide blames
 * who carried out the incident; who orders it is blamed, who backs a side is not)
 */
export const supporters: ArRule = (x, t) => {
  if (!SUPPORT.test(x.toks[t].w)) return false;
  const p = x.partyAfter(t, 3);
  if (p >= 0) x.excluded.add(p);
  return true;
};

// involvement: "ضالع / متورط" (involved); "علاقة / دخل" (a connection, a hand in it)
const INVOLVED = /^(?:[وف])?(?:ال)?(?:ضالع|ضالعه|ضالعين|ضالعون|ضالعا|متورط|متورطه|متورطين|متورطون|متورطا)$/;
const CONNECTION = /^(?:علاقه|دخل|صله|يد)$/;
/**
 * Denied involvement (session 11): "الولايات المتحدة غير ضالعة في ضربة", "ليست ضالعة", "لم نكن ضالعين", "الولايات المتحدة
 * لا دخل لها بـ", "لا علاقة لنا / لواشنطن بالضربة": the party named is cleared (README v13 call 5: a US denial blames no
 * one), not blamed by a deed word later in the sentence
 */
export const deniedInvolvement: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (INVOLVED.test(tk.w) && x.negated(t)) {
    const b = x.partyBefore(t, 4);
    if (b >= 0) x.excluded.add(b);
    return true;
  }
  if (CONNECTION.test(tk.w) && t > 0 && /^(?:لا|ولا)$/.test(toks[t - 1].w) && t + 1 < toks.length && toks[t + 1].sent === tk.sent) {
    // "X لا دخل لها" (the party before), "لا علاقة لواشنطن" (the party with its "لـ" after)
    const a = toks[t + 1].party;
    if (a >= 0 && toks[t + 1].prep === 'ل') x.excluded.add(a);
    else if (/^(?:ل|له|لها|لهم|لنا)$/.test(toks[t + 1].w)) {
      const b = x.partyBefore(t - 1, 3);
      if (b >= 0) x.excluded.add(b);
    }
    return true;
  }
  return false;
};

// (session 13, room claimsra) verbs of stopping a deed or its doers: foiling, thwarting, repelling, intercepting, arresting,
// dismantling (perfect and imperfect, third person, folded)
const STOPPER = /^[وف]?(?:احبط|احبطت|احبطوا|يحبط|تحبط|افشل|افشلت|يفشل|تفشل|اجهض|اجهضت|يجهض|تجهض|تصدي|تصدت|تصدوا|يتصدي|تتصدي|صد|صدت|صدوا|يصد|تصد|اعترض|اعترضت|يعترض|تعترض|قبض|قبضت|يقبض|تقبض|اعتقل|اعتقلت|اعتقلوا|يعتقل|تعتقل|فكك|فككت|يفكك|تفكك|ضبط|ضبطت|يضبط|تضبط|اوقف|اوقفت|يوقف|توقف|داهم|داهمت|يداهم|تداهم)$/;
// what is stopped: a plot, an attack, an attempt, or doers named by a group noun ("خلية", "عناصر"); and "القبض على"
const STOPPED = /^[وف]?(?:ال)?(?:مخطط|مخططا|مخططات|هجوم|هجوما|هجمات|محاوله|محاولات|عمليه|عمليات|موامره|خليه|خلايا|عناصر|متهمين|مشتبه|تسلل|تفجير|اعتداء|اعتداءات|مسيره|مسيرات|صاروخ|صاروخا|صواريخ|طايره|طايرات)$/;
/**
 * The one who stops a deed is not its doer (session 13, room claimsra): "قوات الأمن أحبطت مخططا إرهابيا ...، وقبضت على
 * خلية مسلحة استهدفت منطقة المزة", "فككت قوات الأمن العراقية خلية إرهابية نفذت تفجيرات", "تصدت الدفاعات الجوية
 * لصواريخ": the subject (before the verb, or right after it in VSO) of a verb of foiling, repelling, intercepting,
 * arresting or dismantling whose object is a plot, an attack, a missile or a group of doers, as the Russian "отразили
 * атаку" (claim-slots.ts REPEL_AFTER). Not when it goes on to a deed of its own in the sentence ("اعتقلت قوات الأمن
 * متظاهرين وأطلقت الغاز": the object is no deed or group of doers, so the rule does not fire).
 */
export const stopper: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  // ("ألقت القبض على": "ألقى" is also the dropping of bombs, a stopper only before "القبض")
  const arrest = /^[وف]?(?:القي|القت|القوا|يلقي|تلقي)$/.test(tk.w) && toks.slice(t + 1, t + 5).some((y) => y.w === 'القبض' && y.sent === tk.sent);
  if (!(STOPPER.test(tk.w) || arrest) || x.negated(t)) return false;
  // the object: within three words after the verb (past its VSO subject and "على"), a plot, an attack or a party of doers
  let obj = false;
  for (let u = t + 1; u <= t + 5 && u < toks.length && toks[u].sent === tk.sent; u++) {
    if (STOPPED.test(toks[u].w) || (toks[u].party >= 0 && x.parties[toks[u].party].value === 'opposition' && u > t + 1)) {
      obj = true;
      break;
    }
  }
  if (!obj) return false;
  const b = x.partyBefore(t, 3);
  if (b >= 0) x.excluded.add(b);
  const a = x.partyAfter(t, 2);
  if (a >= 0 && toks[x.partyTok[a]].prep === '' && !(x.parties[a].value === 'opposition')) x.excluded.add(a);
  return false;
};

export const EXCLUDING_RULES: readonly ArRule[] = [stopper, thingAsSubject, selfDenial, speakers, sources, alternatives, negatedAlternative, stateStriker, placeHolder, placeOrAgainst, purposeTarget, victims, subjectedTo, poisonedAtmosphere, pretextUser, retaliatingStriker, supporters, deniedInvolvement];
/**
 * Rules read at a party's own first token (the passes read only the words near a party, never a party's own words; a
 * party rule in the list of pass 1 never fired: code review s9, "في لندن" stayed a party)
 */
// (session 12) a party that qualifies the object of "على / ضد / نحو" is where the deed lands: "هجوم على قاعدة
// أمريكية", "غارة على مستودع للجيش الروسي". The preposition's object is the first word after it; the party qualifies
// it as its nisba adjective ("قاعدة (عسكرية) أمريكية") or with "لـ" of possession ("مستودع للجيش الروسي"; Ryding 2005
// ch. 9 and 8.6). "على يد" (at the hands of) names the doer; a deed noun on the way ("على غارة روسية") keeps its own
// nisba reading (deedNisba). A party right after the preposition is left to the other rules: folded "على" is also the
// name Ali ("محمد علي الحوثي"), and "إلى" follows a charge ("حمّل المسؤولية إلى نظام دمشق")
const TARGET_PREPOSITION = /^(?:[وف])?(?:علي|ضد|نحو)$/;
const NOT_TARGET_HEAD = /^(?:يد|ايدي|يدي|ايادي|لسان|خلفيه|اثر|اساس|غرار|ذلك|ان|انه|انها|بان)$/;
export const targetOfPreposition: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  const p = tk.party;
  if (p < 0 || x.partyTok[p] !== t) return false;
  const first = x.s.slice(x.parties[p].at, x.parties[p].end).split(/\s+/)[0];
  for (let k = 2; k <= 3 && t - k >= 0 && toks[t - k].sent === tk.sent; k++) {
    const prep = toks[t - k];
    if (TARGET_PREPOSITION.test(prep.w)) {
      const between = toks.slice(t - k + 1, t);
      if (between.some((y) => y.party >= 0 || x.covered[toks.indexOf(y)] || NOT_TARGET_HEAD.test(y.w) || NISBA_DEED.test(strip(y.w).b) || DEED_NOUN.test(strip(y.w).b) || COMPLEMENTIZER.test(y.w))) return false;
      const lead = x.s.slice(tk.at, x.parties[p].at);
      if (partyProclitic(lead) === 'ل' || NISBA_WORD.test(first)) {
        x.excluded.add(p);
        x.patients.add(p);
      }
      return false;
    }
  }
  return false;
};
// (session 12) an aircraft shot down is the downing's object, not its doer: "أُسقطت الطائرات الروسية", "أسقطت فصائل
// المعارضة طائرة حربية روسية", "الطائرة الروسية أسقطت فوق إدلب" (unvocalised "أسقطت" reads active or passive alike; the
// side of the aircraft is the one that lost it). The aircraft noun is in the party's name or up to two words before it.
// "أسقط" also drops a load: an aircraft with a munition after it ("أسقطت مروحية حكومية برميلاً") is the dropper
const DROPPED_LOAD = /^(?:برميل|براميل|قنبل|قنابل|صاروخ|صواريخ|حاوي|اسطوان|ذخاير|قذيف|قذايف|مواد|عبوه|عبوات|منشورات)/;
const AIRCRAFT = /^(?:ال)?(?:طايره|طايرات|مروحيه|مروحيات|مقاتله|مقاتلات|قاذفه|قاذفات|مسيره|مسيرات|درون|طيار|طياره)$/;
const FELL = /^(?:[وف])?(?:سقط|سقطت|سقوط)$/;
const DOWNING = /^(?:[وف])?(?:اسقط|اسقطت|اسقطوا|اسقطا|يسقط|تسقط|يسقطون|سقط|سقطت|اسقاط|باسقاط|لاسقاط|سقوط)$/;
export const downedAircraft: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  const p = tk.party;
  if (p < 0 || x.partyTok[p] !== t) return false;
  const e = x.partyEndTok[p];
  let craft = -1;
  for (let u = t; u <= e; u++) if (AIRCRAFT.test(strip(toks[u].w).b) || AIRCRAFT.test(toks[u].w)) craft = u;
  for (let u = t - 1; craft < 0 && u >= t - 2 && u >= 0 && toks[u].sent === tk.sent && toks[u].party < 0; u--) if (AIRCRAFT.test(toks[u].w)) craft = u;
  if (craft < 0) return false;
  const head = Math.min(craft, t);
  const before = toks.slice(Math.max(0, head - 3), head).filter((y) => y.sent === tk.sent);
  const after = toks.slice(e + 1, e + 2).filter((y) => y.sent === tk.sent);
  if (toks.slice(e + 1, e + 5).some((y) => y.sent === tk.sent && (DROPPED_LOAD.test(y.w) || DROPPED_LOAD.test(strip(y.w).b)))) return false;
  // (review 2, session 12: the verb must govern the aircraft. Intransitive "سقط / سقطت / سقوط" is also "fell" of shells
  // and of the dead, "سقط قتلى بقصف طائرات روسية", "سقطت قذائف أطلقتها طائرات روسية", "أدى إلى سقوط قتلى بقصف طائرات":
  // only the aircraft right after it fell; a transitive "أسقط" may have its subject, a party, between)
  const governs = (u: number): boolean => {
    if (!DOWNING.test(toks[u].w)) return false;
    const gap = toks.slice(u + 1, head);
    if (FELL.test(toks[u].w)) return gap.length === 0;
    return gap.every((y) => y.party >= 0);
  };
  const at0 = Math.max(0, head - 3);
  if (before.some((y) => governs(at0 + toks.slice(at0, head).indexOf(y))) || after.some((y) => DOWNING.test(y.w))) {
    x.excluded.add(p);
    x.patients.add(p);
  }
  return false;
};
// (s31 clblame) the nisba adjective in the indefinite accusative, "روسياً", "أوكرانياً" (Ryding 2005 ch. 10, the nisba
// adjective agrees with its noun in case and definiteness; the accusative's tanween is written with an alif), folds to the
// very letters of the country's name "روسيا", "أوكرانيا". Right after an indefinite accusative noun (a word ending in that
// alif, without the article: "يستهدف مطاراً روسياً", "قصفت المسيرات موقعاً أوكرانياً") it is that noun's adjective: the
// thing the verb acts on, a target, not the verb's subject. Not after a deed noun (deedNisba reads "هجوماً روسياً" as the
// attack's doer), after an adverb in -اً ("اتهمت أيضاً روسيا"), or when the noun is the subject of "أنّ", which is
// accusative too ("أن صاروخاً روسياً أصاب الطائرة": a weapon and its maker's side)
const ACC_NISBA_AS_COUNTRY = /^(?:روسيا|اوكرانيا)$/;
const ACC_ACCUSE_VERB = /^[وف]?(?:اتهم|يتهم|تتهم|نتهم|حمل|يحمل|تحمل|نحمل)(?:ت|وا|ون|ان)?$/u;
// (s32 review) nor a particle or conjunction that ends in an alif («أما روسيا فقد قصفت», «بينما روسيا تقصف», «ربما روسيا هي
// التي», «إذا روسيا ...»), nor a verb in the plural or dual past ending in «ـوا / ـا» with the country as its object
// («اتهموا روسيا بتنفيذ الهجوم»): none is an indefinite accusative noun
const ACC_PARTICLE = /^(?:[وف])?(?:اما|انما|بينما|ربما|كلما|طالما|عندما|حينما|لما|كما|مثلما|فيما|بعدما|قبلما|مهما|اينما|حيثما|قلما|اذا|لذا|هكذا|كذا)$/;
const ACC_ADVERB = /^(?:[وف])?(?:ايضا|حاليا|سابقا|لاحقا|موخرا|اخيرا|رسميا|علنا|فعلا|دايما|مجددا|تحديدا|خصوصا|غالبا|جدا|اساسا|مباشره|مباشرا|صراحه|صراحا|تماما|كثيرا|ابدا|قطعا|اولا|ثانيا|ثالثا|اليوم|امس|مثلا|مسبقا|يوميا|ليلا|نهارا|صباحا|مساء|فجرا|ظهرا|عصرا|تقريبا|نحو|حوالي)$/;
export const accusativeNisbaObject: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  const p = tk.party;
  if (p < 0 || x.partyTok[p] !== t || t < 1) return false;
  const name = x.s.slice(x.parties[p].at, x.parties[p].end);
  if (!ACC_NISBA_AS_COUNTRY.test(name) || x.s.slice(tk.at, x.parties[p].at) !== '') return false;
  const head = toks[t - 1];
  if (head.sent !== tk.sent || head.party >= 0 || x.covered[t - 1]) return false;
  const b = strip(head.w).b;
  if (!/^\p{L}{2,}ا$/u.test(head.w) || head.w.startsWith('ال') || ACC_ADVERB.test(head.w) || ACC_PARTICLE.test(head.w) || /وا$/.test(head.w) || ACC_ACCUSE_VERB.test(head.w) || NISBA_DEED.test(b) || DEED_NOUN.test(b) || KIND_ADJ.test(head.w)) return false;
  // (the subject of "أنّ" is accusative as well: "أن صاروخاً روسياً")
  if (t >= 2 && toks[t - 2].sent === tk.sent && COMPLEMENTIZER.test(toks[t - 2].w)) return false;
  // (s31 review) nor the object of a verb of accusing or holding responsible, which is the one blamed ("اتهمت الحكومة مسؤولاً
  // روسياً بالوقوف وراء الهجوم", "حمّل الرئيس طرفاً أوكرانياً مسؤولية الهجوم"): the verb within the three words before the noun
  for (let u = t - 2; u >= Math.max(0, t - 4); u--) if (toks[u].sent === tk.sent && ACC_ACCUSE_VERB.test(toks[u].w)) return false;
  x.excluded.add(p);
  x.patients.add(p);
  return false;
};
export const PARTY_RULES: readonly ArRule[] = [capitalAsCity, countryAsPlace, targetOfPreposition, downedAircraft, accusativeNisbaObject];

// ---- pass 2: frames ----

const SPEECH_CHARGE = /^[وف]?ب(?:ال)?(?:تضليل|كذب|تهويل|نفاق|افتراء)$/;
const PLURAL_ACCUSATION = /^(?:[وف])?(?:ب|ل)?(?:ال|لل)?اتهامات$/;
const DEFINITE_ACCUSATION = /^(?:[وف])?(?:ب)?(?:ال|لل)اتهام(?:ات)?$/;
const PLAN_BEFORE_ACCUSATION = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:اعداد|تحضير|تخطيط|يخطط|تخطط|يحضر|تحضر|يعد|تعد|استفزاز|مسرحيه|فبركه)$/;

/**
 * Accusations: "اتهم / يتهم" (VSO or SVO), the participle "متهما" and the noun "اتهام" take the accuser as subject (or
 * first idafa) and the accused as object before the charge "بـ + verbal noun"; the accused is the last party before
 * the charge, the others accuse. "اتهامات ضد / إلى Y": Y is accused. A negated accusation noun names no one; an
 * accusation conjoined to a plan ("إعداد أوكرانيا لاستفزاز ... واتهام روسيا") is the plan's framing (a target); after a
 * purpose lead ("بهدف اتهام دمشق") the purpose pass has the target. A negated verb or participle is left to the
 * later rules.
 */
// an accusation still to be made ("سيتم توجيه الاتهام لدمشق", "تعتزم توجيه اتهامات لـ"): its dative is the framing's target
const ACCUSATION_TO_COME = /^(?:[وف]?(?:سيتم|ستتم|سوف|سيجري|ستجري|يعتزم|تعتزم|ينوي|تنوي|يخطط|تخطط|يريد|تريد|بهدف|لتوجيه)|توجيه)$/;

/** a token with the proclitic "لـ": its preposition, or "لل" (لـ + الـ) that a lexicon pattern holds whole ("للنظام") */
const dative = (y: Tok): boolean => y.prep === 'ل' || /^[وف]?لل/.test(y.w);

export const accusation: ArRule = (x, t) => {
  const { toks, covered, partyEndTok } = x;
  const tk = toks[t];
  const st = tk.sent;
  const verb = ACCUSE_VERB.test(tk.w);
  const part = ACCUSE_PART.test(tk.w) && !tk.w.includes('ال');
  const noun = ACCUSE_NOUN.test(tk.w) && !(tk.prep === 'ل' && !tk.w.startsWith('لل') && !tk.w.startsWith('للا'));
  if (noun && x.wordBefore(t, 8, NEGATION)) {
    // "لم توجه المنظمة أصابع الاتهام إلى أوكرانيا أو روسيا": a negated accusation names no one
    for (const p of x.partiesIn(t + 1, t + 6, st)) x.excluded.add(p);
    return true;
  }
  if (noun && tk.w.startsWith('و') && x.wordBefore(t, 12, PLAN_BEFORE_ACCUSATION)) {
    const p = x.partyAfter(t, 3);
    if (p >= 0) x.excluded.add(p);
    return true;
  }
  if (noun && t > 0 && PURPOSE_LEAD.test(toks[t - 1].w)) return true;
  if (!(verb || part || noun) || x.negated(t)) return false;
  // an accusation noun with "ضد / إلى / على" before its party: that party is the accused
  // (s18 claims: so is a party with the proclitic "لـ" within the noun's next words, the dative of the charge: "وجهت فرنسا
  // اتهامات للنظام باستخدام", "اتهامات لروسيا بقصف"; "لـ" is no genitive, so that party is never the noun's accuser)
  if (noun)
    for (let u = t + 1; u <= t + 4 && u < toks.length && toks[u].sent === st; u++) {
      if (toks[u].party >= 0 && dative(toks[u]) && !x.wordBefore(t, 3, ACCUSATION_TO_COME)) {
        const p = toks[u].party;
        x.excluded.delete(p);
        x.frame(p, 'accused', tk.w);
        return true;
      }
      if (/^(?:ضد|الي|علي)$/.test(toks[u].w)) {
        const p = x.partyAfter(u, 3);
        if (p >= 0) {
          x.excluded.delete(p);
          x.frame(p, 'accused', tk.w);
          return true;
        }
        break;
      }
    }
  // "اتهامات الغرب", "اتهامات كييف باستخدام", "الاتهامات الأمريكية": the genitive of a plural accusation noun, or the
  // nisba adjective of a definite one (a definite noun takes no genitive), is the noun's subject, the accuser (Ryding
  // ch. 18); the accused, when named, follows with "لـ" (below). The singular "اتهام روسيا باستخدام" keeps the object
  // reading (accusing Russia).
  const accuser = noun && t + 1 < toks.length && toks[t + 1].party >= 0 && !dative(toks[t + 1]) && toks[t + 1].sent === st && x.parties[toks[t + 1].party].at === toks[t + 1].at && (PLURAL_ACCUSATION.test(tk.w) || DEFINITE_ACCUSATION.test(tk.w)) ? toks[t + 1].party : -1;
  let charge = -1;
  for (let u = t + 1; u <= t + 14 && u < toks.length && toks[u].sent === st; u++)
    if (!covered[u] && CHARGE.test(toks[u].w)) {
      charge = u;
      break;
    }
  const after = charge >= 0 ? x.partiesIn(t + 1, charge, st) : [];
  // (s21 claims2) a charge of lying or misleading ("تتهم روسيا أمريكا بالتضليل", "اتهمت موسكو واشنطن بالكذب"): the
  // accusation is about the other side's words, a rebuttal, not a deed; its parties are no doer (README v8/v10 calls:
  // calling the accuser a liar is a denial). Fabricating a story ("بفبركة") names a fabricator and stays a charge.
  if (charge >= 0 && SPEECH_CHARGE.test(toks[charge].w)) {
    for (const p of after) x.excluded.add(p);
    return true;
  }
  if (accuser >= 0 && (after.length <= 1 || after[after.length - 1] === accuser)) {
    x.excluded.add(accuser);
    return true;
  }
  // "اتهامات موسكو للندن باختلاق": the object with "لـ" is not a party the lexicon knows; the one party is the accuser
  if (noun && after.length === 1 && toks.slice(partyEndTok[after[0]] + 1, charge).some((y) => y.prep === 'ل' && y.party < 0)) {
    x.excluded.add(after[0]);
    return true;
  }
  // VSO with the one known party right after the verb and an unknown noun before the charge ("اتهمت ميانمار المتمردين
  // باستخدام الغاز"): the party is the accuser, the accused is that noun (review-1 #7, session 11)
  if (verb && after.length === 1 && toks[t + 1]?.party === after[0] && charge > partyEndTok[after[0]] + 1 && toks.slice(partyEndTok[after[0]] + 1, charge).some((y) => !covered[toks.indexOf(y)] && y.party < 0 && !TIME_WORD.test(y.w) && /^\p{L}{3,}$/u.test(y.w))) {
    x.excluded.add(after[0]);
    return true;
  }
  // (s27 cldoer) the verbal noun with its agent and its object: "اتهام الرئيس الفرنسي التنظيم بالوقوف وراء", "اتهام
  // وزير الخارجية الروسي الجماعات بتنفيذ" (the singular masdar takes its subject as the genitive, a title chain with the
  // party's nisba or name at its end, and its object, definite, right after; Ryding 2005 ch. 5, the verbal noun's
  // arguments): the one known party is the accuser, the accused the noun the lexicon does not know
  // (the agent may be named by its title and name, "الرئيس الفرنسي فرانسوا هولاند", and a time word may follow it: one
  // party value in one phrase)
  if (noun && !PLURAL_ACCUSATION.test(tk.w) && !DEFINITE_ACCUSATION.test(tk.w) && after.length >= 1 && charge >= 0 && new Set(after.map((p) => x.parties[p].value)).size === 1) {
    const p0 = x.parties[after[0]].at;
    const first = toks.findIndex((y, u) => u > t && y.at === p0);
    const end = partyEndTok[after[after.length - 1]];
    let u = end + 1;
    while (u < charge && TIME_WORD.test(toks[u].w)) u++;
    const obj = toks[u];
    if (first > t && first <= t + 3 && end - first <= 5 && toks.slice(t + 1, first).every((y) => !y.prep && y.party < 0 && !covered[toks.indexOf(y)]) && obj && u + 1 === charge && !obj.prep && /^(?:ال)\p{L}{3,}$/u.test(obj.w) && obj.party < 0 && !TIME_WORD.test(obj.w)) {
      for (const p of after) x.excluded.add(p);
      return true;
    }
  }
  if (after.length) {
    const acc = after[after.length - 1];
    x.frame(acc, 'accused', tk.w);
    for (const p of after) if (p !== acc) x.excluded.add(p);
    // an SVO accuser before the verb ("المعارضة السورية تتهم قوات النظام")
    if (verb) {
      const b = x.partyBefore(t, 3);
      if (b >= 0 && b !== acc) x.excluded.add(b);
    }
  } else if (part || (ACCUSED_NOUN.test(tk.w) && charge >= 0)) {
    // "متهما قوات النظام بـ" (the party after), or the predicate "التحالف ... متهم بـ" (the party before)
    const p = x.partyAfter(t, 3);
    const b = p < 0 && part && charge === t + 1 ? x.partyBefore(t, 3) : -1;
    if (p >= 0) x.frame(p, 'accused', tk.w);
    else if (b >= 0) x.frame(b, 'accused', tk.w);
  } else if (charge < 0 && verb) {
    // no charge: "اتهمت روسيا الغرب" (VSO with two parties): the second is the accused (its title and relative clause
    // may stand between: "اتهمت حكومة الوفاق الوطني اليوم (الأحد)، قوات الجيش الوطني التي يقودها المشير خليفة حفتر")
    const ps = x.partiesIn(t + 1, t + 15, st);
    const b = x.partyBefore(t, 3);
    if (ps.length >= 2 && b < 0) {
      x.frame(ps[1], 'accused', tk.w);
      x.excluded.add(ps[0]);
    } else if (ps.length >= 1 && b >= 0 && b !== ps[0] && x.parties[b].value !== x.parties[ps[0]].value) {
      // SVO with the accuser before the verb: "حكومة الوفاق الوطني تتهم قوات حفتر" (session 11)
      x.frame(ps[0], 'accused', tk.w);
      x.excluded.add(b);
    }
  }
  return true;
};

/** "النظام المتهم باستخدام": the party before the participle is the accused */
export const accusedParticiple: ArRule = (x, t) => {
  const { toks } = x;
  if (!ACCUSED_NOUN.test(toks[t].w)) return false;
  const b = x.partyBefore(t, 2);
  if (b >= 0 && t + 1 < toks.length && CHARGE.test(toks[t + 1].w)) x.frame(b, 'accused', toks[t].w);
  return true;
};

/**
 * Holding responsible: "حمّل X المسؤولية" (X is held responsible), "حمّل ... مسؤولية الهجوم لـ / إلى Y" (Y is), the
 * verbal noun "تحميل"; as a purpose ("لتحميل", "بهدف تحميل") the one held is a target.
 */
export const holdingResponsible: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  const st = tk.sent;
  if (!HOLD_VERB.test(tk.w) || x.negated(t)) return false;
  let resp = -1;
  for (let u = t + 1; u <= t + 8 && u < toks.length && toks[u].sent === st; u++)
    if (RESPONSIBILITY.test(toks[u].w)) {
      resp = u;
      break;
    }
  if (resp < 0) return true;
  const purpose = (tk.w.startsWith('ل') && tk.b === 'تحميل') || (t > 0 && PURPOSE_LEAD.test(toks[t - 1].w));
  // "مسؤولية الهجوم لنظام الأسد", "مسؤوليتها إلى نظام دمشق": the party after the responsibility
  let held = -1;
  for (let u = resp + 1; u <= resp + 10 && u < toks.length && toks[u].sent === st; u++) {
    if (toks[u].party >= 0 && (toks[u].prep === 'ل' || (u > 0 && /^(?:الي|علي)$/.test(toks[u - 1].w)))) {
      held = toks[u].party;
      break;
    }
  }
  const between = x.partiesIn(t + 1, resp, st);
  if (held < 0 && between.length) held = between[between.length - 1];
  if (held < 0) return true;
  if (purpose) x.excluded.add(held);
  else x.frame(held, 'accused', tk.w);
  for (const p of between) if (p !== held) x.excluded.add(p);
  const b = x.partyBefore(t, 3);
  if (b >= 0 && b !== held && !purpose) x.excluded.add(b);
  return true;
};

/** a duty after "مسؤولية": protecting, ensuring, providing, investigating, preventing, holding to account (no deed) */
const DUTY_NOUN = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:حمايه|ضمان|توفير|تامين|التحقيق|تحقيق|منع|محاسبه|ملاحقه|حفظ|رعايه|صون|متابعه|اعاده|ادخال|ايصال|اجلاء|علاج|دعم)$/;
/** the unambiguous form-V "bear" (not bare "تحمل", which may be "حمّل"), for the VSO order below */
const BEAR_VSO = /^(?:[وف])?(?:تتحمل|يتحمل|يتحملون|تحملت)$/;
/** "تتحمل X المسؤولية" (X bears it), "X يقف وراء" (X stands behind it): X, before the verb or after it */
export const bearingOrBehind: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  // VSO with the subject between ("تتحمل الحكومة السورية مسؤولية الهجوم"): the form-V verb only (bare "تحمل" may be
  // "حمّل", holding another responsible), its subject within three words and the responsibility right after it
  // (session 12, room claimsar)
  if (BEAR_VSO.test(tk.w)) {
    const a = x.partyAfter(t, 3);
    const e = a >= 0 ? x.partyEndTok[a] : -1;
    if (a >= 0 && e + 1 < toks.length && toks[e + 1].sent === tk.sent && RESPONSIBILITY.test(toks[e + 1].w)) {
      if (e + 2 < toks.length && DUTY_NOUN.test(toks[e + 2].w)) return true;
      if (!x.negated(t)) x.frame(a, 'agent', tk.w + ' ' + toks[e + 1].w);
      return true;
    }
  }
  // (s25 clparse: and "وراءه", behind it, whose pronoun is the deed of the sentence before: "وتقف قوات النظام وراءه")
  // (s21 claims3) VSO and the verbal noun with its subject in idafa: "يقف النظام وراء الهجوم", "ويرجح وقوف إسرائيل خلف
  // هذه العملية" (Ryding 2005 ch. 18: the masdar takes its subject as a genitive): the party between the verb and "وراء /
  // خلف" stands behind the deed
  if (BEHIND.test(tk.w) && !(t + 1 < toks.length && /^(?:وراء|ورا|خلف)$/u.test(toks[t + 1].w))) {
    const a = x.partyAfter(t, 2);
    const e = a >= 0 ? x.partyEndTok[a] : -1;
    if (a >= 0 && x.partyTok[a] === t + 1 && e + 1 < toks.length && toks[e + 1].sent === tk.sent && /^(?:وراء|ورا|خلف)(?:ه|ها|هم)?$/u.test(toks[e + 1].w)) {
      if (!x.negated(t)) {
        x.excluded.delete(a);
        x.frame(a, 'agent', tk.w + ' ' + toks[e + 1].w);
      }
      return true;
    }
  }
  // (a responsibility for a duty, "تتحمل الحكومة مسؤولية حماية المدنيين", is no blame; review 2, session 12)
  if (BEAR_VERB.test(tk.w) && t + 2 < toks.length && RESPONSIBILITY.test(toks[t + 1].w) && DUTY_NOUN.test(toks[t + 2].w)) return true;
  if (!((BEAR_VERB.test(tk.w) && t + 1 < toks.length && RESPONSIBILITY.test(toks[t + 1].w)) || (BEHIND.test(tk.w) && t + 1 < toks.length && /^(?:وراء|وراء\p{L}*|وريا|ورا|خلف|خلفه|خلفها|خلفهم)$/u.test(toks[t + 1].w)))) return false;
  if (x.negated(t)) return true;
  const cue = tk.w + ' ' + toks[t + 1].w;
  const b = x.partyBefore(t, 3);
  if (b >= 0) x.frame(b, 'agent', cue);
  else {
    const a = x.partyAfter(t + 1, 4);
    if (a >= 0) x.frame(a, 'agent', cue);
  }
  return true;
};

const NOMINAL_BEHIND_LEAD = /^(?:[وف]?)(?:يكون|تكون|يكونوا|تكونا|يكونا|كان|كانت|كانوا|ان|انه|انها|بان|لعل)$/u;
/** the nominal "X وراء الهجوم" ("أن يكون النظام وراء الهجوم"): X is behind it */
// (s26 cldev) and "خلف" (behind), and the pronoun of a deed told before ("وربما تكون المخابرات الأمريكية وراءه", "ويرجح أن
// تكون إسرائيل خلفها"): the reference is resumed by claim-anaphora.ts, as "وتقف قوات النظام وراءه" is
export const nominalBehind: ArRule = (x, t) => {
  if (!(/^(?:وراء|خلف)(?:ه|ها|هم)?$/u.test(x.toks[t].w) && t > 0)) return false;
  const b = x.partyBefore(t, 2);
  // (the new forms only as a copula's or a complementizer's predicate, "تكون X وراءه", "أن X خلف الهجوم": after a verb of
  // standing, "ووقف الجندي الروسي وراءه", the noun is where someone stood, read by bearingOrBehind if at all)
  if (x.toks[t].w !== 'وراء' && (b < 0 || !NOMINAL_BEHIND_LEAD.test(x.toks[Math.max(0, x.partyTok[b] - 1)].w))) return true;
  if (b >= 0 && !x.negated(x.partyTok[b]) && !x.negated(t)) x.frame(b, 'agent', x.toks[t].w);
  return true;
};

// (s31 clresp) the jussive and perfect of saying after a negation ("لم يقل", "لم تقل", "لم يقولوا"; "لم يؤكد", "لم يعلن"
// are in SPEECH_VERB): Ryding 2005, the jussive after «لم»
const SAY_JUSSIVE = /^(?:[وف])?(?:يقل|تقل|يقولوا|يذكر|تذكر|يصرح|تصرح|يتهم|تتهم)$/;
/** (s31 clresp) a complementizer right before token t whose verb of saying (one or two words before it, past its
 *  subject pronoun-less) is negated: "لم يقل أن X", "لم تؤكد الوزارة أن X" */
const negatedSaying = (x: ArText, t: number): boolean => {
  const toks = x.toks;
  const c = t - 1;
  if (c < 1 || toks[c].sent !== toks[t].sent || !COMPLEMENTIZER.test(toks[c].w)) return false;
  for (let v = c - 1; v >= Math.max(0, c - 3) && toks[v].sent === toks[t].sent; v--) {
    if ((SPEECH_VERB.test(toks[v].w) || SAY_JUSSIVE.test(toks[v].w)) && v > 0 && NEGATION.test(toks[v - 1].w)) return true;
  }
  return false;
};
/** "X مسؤولة عن", "X وشقيقه مسؤولان عن", "X هو المسؤول عن": X; negated ("ليست مسؤولة عن"), X is cleared */
// adverbs and hedges between "مسؤول" and "عن": "مسؤولة على الأرجح عن", "مسؤول بشكل مباشر عن", "مسؤولة أيضا عن"
const RESPONSIBLE_ADVERB = /^(?:علي|الارجح|الاغلب|الارجح|ايضا|بشكل|مباشر|مباشره|كليا|تماما|بالكامل|وحدها|وحده|شخصيا|جزييا)$/;
export const responsiblePredicate: ArRule = (x, t) => {
  const { toks } = x;
  if (!RESPONSIBLE.test(toks[t].w)) return false;
  let about = -1;
  for (let u = t + 1; u <= t + 3 && u < toks.length && toks[u].sent === toks[t].sent; u++) {
    if (/^(?:عن|عنه|عنها)$/.test(toks[u].w)) {
      about = u;
      break;
    }
    if (!RESPONSIBLE_ADVERB.test(toks[u].w)) break;
  }
  if (about < 0) return false;
  // (responsible for a duty, "روسيا المسؤولة عن ضمان تنفيذ الاتفاق", is no blame; review 2, session 12)
  if (about + 1 < toks.length && toks[about + 1].sent === toks[t].sent && DUTY_NOUN.test(toks[about + 1].w)) return true;
  if (x.negated(t)) {
    const b = x.partyBefore(t, 3);
    if (b >= 0) x.excluded.add(b);
    return true;
  }
  const b = x.partyBefore(t, 4);
  // (s31 clresp) the content of a negated verb of saying ("لكنه لم يقل إن روسيا مسؤولة عن هذا الحادث"): no one asserts it
  if (b >= 0 && negatedSaying(x, x.partyTok[b])) {
    x.excluded.add(b);
    return true;
  }
  // (s25 clparse) the definite "المسؤول عنه / عن الهجوم" opening a nominal sentence with the party as its predicate and no
  // copula ("والمسؤول عنه تنظيم داعش", Ryding 2005 ch. 5: the equational sentence): the party right after is responsible
  if (b < 0 && /^(?:[وف])?ال/.test(toks[t].w)) {
    const a = x.partyAfter(about, /^عنه|^عنها/.test(toks[about].w) ? 2 : 3);
    if (a >= 0 && x.bare(a)) x.frame(a, 'agent', toks[t].w);
    return true;
  }
  if (b >= 0) {
    x.frame(b, 'agent', toks[t].w);
    // the responsibility is the subject's: a party later in the sentence ("... مسؤولاً عن تسميمه من خلال الزعم أنه تحت
    // تأثير وكالة المخابرات المركزية") is no second doer of it
    for (let u = about + 1; u < toks.length && toks[u].sent === toks[t].sent; u++) if (toks[u].party >= 0 && x.parties[toks[u].party].value !== x.parties[b].value) x.excluded.add(toks[u].party);
  }
  return true;
};

const ANNOUNCE_VERB = /^(?:[وف])?(?:اعلن|اعلنت|اعلنوا|يعلن|تعلن|يعلنون|تعلنان|يعلنان)$/;
/** "تبنى X الهجوم", "أعلن X مسؤوليته": X claims the deed (even when pass 1 read it as a speaker) */
export const claimedResponsibility: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  const claimed = CLAIMED_RESPONSIBILITY.test(tk.w);
  if (!(claimed || (SPEECH_VERB.test(tk.w) && ANNOUNCE_VERB.test(tk.w)))) return false;
  let resp = -1;
  // (the subject may carry a name, a date and a channel before "مسؤوليته": "أعلن تنظيم الدولة الإسلامية “داعش” الأحد عبر
  // حسابه في تليجرام، مسؤوليته عن الهجوم": fourteen words, session 11)
  for (let u = t + 1; u <= t + 14 && u < toks.length && toks[u].sent === tk.sent; u++) {
    if (RESPONSIBILITY.test(toks[u].w) || (claimed && /^(?:ال)?(?:هجوم|تفجير|عمليه)/.test(toks[u].b))) {
      resp = u;
      break;
    }
    // (s26 clnew) the plurals of the claimed deed noun ("تبنى تنظيم داعش الهجمات", "تبنت الجماعة العمليات / الاعتداءات":
    // the sound feminine plural -ات of هجمة / عملية / اعتداء, Ryding 2005 ch. 7), as the verb's object only: the words
    // between the verb and the noun are its subject (the party, a force noun, a definite nisba such as "الإرهابي", a
    // time adverb); "تبنت الحكومة قرارا بشأن الهجمات" (adopted a resolution on the attacks) claims no deed
    if (claimed && /^(?:ال)?(?:هجمات|هجمتين|هجومين|عمليات|اعتداءات|تفجيرات|غارات)$/.test(toks[u].b) && toks.slice(t + 1, u).every((y, k) => x.covered[t + 1 + k] || FORCE_WORD.test(y.w) || DEFINITE_NISBA.test(y.w) || TIME_ADVERB.test(y.w))) {
      resp = u;
      break;
    }
  }
  if (x.negated(t)) return true;
  if (resp < 0) {
    if (!claimed) announcedDeed(x, t);
    return true;
  }
  const ps = x.partiesIn(t + 1, resp, tk.sent);
  // (review of session 11) "أعلنت الحكومة مسؤولية تنظيم داعش عن الهجوم": the responsibility in idafa with another party
  // (no pronoun of the announcer's own) is that party's, the announcer accuses it
  // (a force noun may stand before the party's name: "مسؤولية تنظيم داعش")
  const o = resp + 1 < toks.length && toks[resp + 1].party < 0 && FORCE_WORD.test(toks[resp + 1].w) ? resp + 2 : resp + 1;
  const owner = o < toks.length && toks[o].sent === tk.sent && toks[o].party >= 0 && toks[o].prep === '' && BARE_RESPONSIBILITY.test(toks[resp].w) ? toks[o].party : -1;
  if (owner >= 0) {
    for (const q of ps) if (q !== owner) x.excluded.add(q);
    x.frame(owner, 'accused', tk.w + ' ' + toks[resp].w);
    return true;
  }
  const p = ps.length ? ps[0] : x.partyBefore(t, 3);
  if (p >= 0) {
    x.excluded.delete(p);
    x.frame(p, 'agent', tk.w);
  }
  return true;
};
const BARE_RESPONSIBILITY = /^(?:[وفب]?)(?:مسووليه|مسيوليه)$/;

// verbal nouns of a deed that a side announces as its own: "الحوثيون يعلنون استهداف سفينة", "أعلن الجيش تنفيذ ضربات"
const OWN_DEED_NOUN = /^(?:استهداف|قصف|تنفيذ|شن|اطلاق|اسقاط|ضرب|مهاجمه|تفجير|اغتيال)$/;
// (s30 clblame) the same with a possessive pronoun of the third person, its doer (Ryding 2005 ch. 19: the verbal noun's
// subject as a pronoun suffix; the teh marbuta of "مهاجمة" shows as ت before it)
const OWN_DEED_POSSESSED = /^(?:استهداف|قصف|تنفيذ|شن|اطلاق|اسقاط|ضرب|مهاجمت|تفجير|اغتيال)(?:ه|ها|هم|هما)$/;
// words between an announcing verb and its deed noun that are no subject: a date, a time, a channel
// (s22 claims) and the words of a date: the part of a month or a year ("في نهاية مايو 2025", "مطلع العام", "أواخر الشهر"),
// the months by their Levantine and Egyptian names, and the words month, year, week: "اتهمت الخارجية الجيش السوداني في
// نهاية مايو، باستخدام" keeps the army the accused
const TIME_WORD = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:يوم|اليوم|امس|الاحد|الاثنين|الثلاثاء|الثلاثا|الاربعاء|الاربعا|الخميس|الجمعه|السبت|مساء|صباح|فجر|ليل|ليله|رسميا|رسمي|عبر|في|بيان|بيانا|حساب\p{L}*|تليجرام|تلغرام|تويتر|منصه|قناه|نهايه|بدايه|مطلع|اواخر|اوايل|منتصف|اواسط|شهر|عام|سنه|اسبوع|الشهر|العام|السنه|الاسبوع|الماضي|الجاري|المقبل|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين)$/u;
/**
 * A side that announces its own deed (session 11; README v13 call 1: a claim of responsibility blames the claimant, voice
 * reports): "الحوثيون يعلنون استهداف سفينة", "أعلنت الجماعة، اليوم، تنفيذ عملية": the verbal noun of the deed right
 * after the announcing verb and its subject (past a date or a channel), with no agent of its own in its idafa, is the
 * subject's. Called by claimedResponsibility for "أعلن" without "مسؤوليته".
 */
const GROUP_HEAD = /^(?:جماعه|حركه|تنظيم|ميليشيا|مليشيا|ميليشيات|مليشيات|قوات|عناصر|مسلحو|مسلحي|مقاتلو|مقاتلي|جيش|فصايل|فصيل|كتايب|لواء|الويه)$/;
function announcedDeed(x: ArText, t: number): void {
  const { toks } = x;
  const st = toks[t].sent;
  let subj = -1;
  for (let u = t + 1; u <= t + 10 && u < toks.length && toks[u].sent === st; u++) {
    if (toks[u].party >= 0) {
      if (subj < 0) subj = toks[u].party;
      u = x.partyEndTok[toks[u].party];
      continue;
    }
    // (and the head noun of the subject before its name, "أعلنت جماعة الحوثي استهداف": session 13, room claimsra)
    if (x.covered[u] || TIME_WORD.test(toks[u].w) || /^\d+$/.test(toks[u].w) || (subj < 0 && GROUP_HEAD.test(strip(toks[u].w).b))) continue;
    // (s30 clnew) and the head's adjective of arm before the nisba ("أعلنت القوات المسلحة الإيرانية تنفيذ هجوم": the armed
    // forces, the air force, the navy)
    if (subj < 0 && u > t + 1 && GROUP_HEAD.test(strip(toks[u - 1].w).b) && /^(?:ال)?(?:مسلحه|جويه|بحريه|بريه|خاصه)$/.test(toks[u].w)) continue;
    const b = strip(toks[u].w).b;
    // (s30 clblame) the verbal noun with its doer's possessive pronoun ("أعلن حزب الله استهدافه لقوة", "تنفيذها غارات",
    // "مهاجمته"): the pronoun is the announcer, and a party after it is the object, not an agent in idafa
    const possessed = !OWN_DEED_NOUN.test(b) && OWN_DEED_POSSESSED.test(b);
    if (!OWN_DEED_NOUN.test(b) && !possessed) return;
    // the deed's own agent in its idafa ("أعلنت سانا استهداف الإرهابيين ...") is read by deedNounIdafa
    if (!possessed && u + 1 < toks.length && toks[u + 1].party >= 0 && toks[u + 1].prep === '') return;
    if (subj < 0) subj = x.subjectBefore(t, 3);
    if (subj < 0) return;
    x.excluded.delete(subj);
    x.frame(subj, 'agent', toks[t].w + ' ' + toks[u].w);
    return;
  }
}

const ADMIT = /^(?:[وف])?(?:اقر|اقرت|اقروا|يقر|تقر|يقرون|اعترف|اعترفت|اعترفوا|يعترف|تعترف|يعترفون)$/;
/**
 * An admission (session 11; README v13 call 1: "أقرت مليشيا الحوثي باستهداف" keeps the item's voice and blames the one who
 * admits): "أقر X بـ + the verbal noun of a deed" (X after the verb or before it)
 */
export const admission: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  // (review of session 11) an admission denied ("نفت إسرائيل أنها أقرت باستهداف المستشفى") admits nothing
  if (!ADMIT.test(tk.w) || x.negated(t) || x.wordBefore(t, 4, DENIAL_WORD)) return false;
  for (let u = t + 1; u <= t + 8 && u < toks.length && toks[u].sent === tk.sent; u++) {
    if (toks[u].party >= 0 || x.covered[u]) continue;
    const { b, prep } = strip(toks[u].w);
    // (s21 claims3) admitting another's responsibility ("أقرت روسيا بمسؤولية تنظيم داعش عن الهجوم", "تعترف بمسؤولية X"):
    // the genitive of "مسؤولية" (past a force noun) is the doer, as in an announcement of another's responsibility
    // (claimedResponsibility); the one who admits it is not ("أقر الجيش بمسؤوليته" keeps its own, the pronoun)
    if (prep === 'ب' && BARE_RESPONSIBILITY.test(b)) {
      const o = u + 1 < toks.length && toks[u + 1].party < 0 && FORCE_WORD.test(toks[u + 1].w) ? u + 2 : u + 1;
      const owner = o < toks.length && toks[o].sent === tk.sent && toks[o].party >= 0 && toks[o].prep === '' ? toks[o].party : -1;
      if (owner < 0) return true;
      const admitters = x.partiesIn(t + 1, u, tk.sent);
      const sb = x.subjectBefore(t, 3);
      if (sb >= 0) admitters.push(sb);
      for (const q of admitters) if (q !== owner && x.parties[q].value !== x.parties[owner].value) x.excluded.add(q);
      x.excluded.delete(owner);
      x.frame(owner, 'agent', tk.w + ' ' + toks[u].w);
      return true;
    }
    if (prep === 'ب' && (OWN_DEED_NOUN.test(b) || DEED_NOUN.test(b))) {
      const ps = x.partiesIn(t + 1, u, tk.sent);
      const p = ps.length ? ps[0] : x.subjectBefore(t, 3);
      if (p >= 0) {
        x.excluded.delete(p);
        x.frame(p, 'agent', tk.w + ' ' + toks[u].w);
      }
      return true;
    }
  }
  return true;
};

// a complementizer carrying the subject's pronoun: "إنه", "إنها", "إنهم", "بأنه"
const PRONOUN_COMPLEMENTIZER = /^(?:[وف])?(?:ب)?(?:انه|انها|انهم|انهما)$/;
// perfect deed verbs (the third-person forms of the deed verbs of claim-arabic.ts), with an optional object pronoun
const OWN_DEED_VERB = /^(?:نفذ|استهدف|قصف|شن|اطلق|اسقط|هاجم|ضرب|فجر|اغتال)(?:ت|وا|تا|ا)?(?:ه|ها|هم)?$/;
/**
 * A speaker's own deed (session 11): "قال الجيش التركي ... إنه نفذ ضربات جوية", "قالت الحوثيون ... إنها استهدفت سفينة":
 * the complementizer carries the speaker's pronoun and a deed verb follows it at once: the speaker tells its own deed
 * (a claim of responsibility: README v13 call 1, the claimant blamed, voice reports)
 */
// nominative plural nouns of armed people: the subject of a deed verb standing after its object
const DEED_SUBJECT = /^(?:عناصر|مسلحون|مسلحين|مقاتلون|جنود|افراد|ارهابيون|متشددون|مجهولون)$/;
export const ownDeed: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!SPEECH_VERB.test(tk.w) || x.negated(t)) return false;
  for (let u = t + 1; u <= t + 12 && u < toks.length && toks[u].sent === tk.sent; u++) {
    if (COMPLEMENTIZER.test(toks[u].w) && !PRONOUN_COMPLEMENTIZER.test(toks[u].w)) return false;
    if (!PRONOUN_COMPLEMENTIZER.test(toks[u].w)) continue;
    const v = u + 1 < toks.length && toks[u + 1].w === 'قد' ? u + 2 : u + 1;
    if (!(v < toks.length && toks[v].sent === tk.sent && OWN_DEED_VERB.test(toks[v].w.replace(/^[وف]/, '')))) return false;
    // (review of session 11) "إنه" of the matter with the deed's own subject after its object ("قال مسؤول روسي إنه نفذ
    // الهجوم عناصر من المعارضة", "... مسلحون مجهولون"): the speaker reports another's deed
    for (let w = v + 2; w <= v + 3 && w < toks.length && toks[w].sent === tk.sent; w++)
      if (DEED_SUBJECT.test(toks[w].w)) return false;
    const ps = x.partiesIn(t + 1, u, tk.sent);
    const p = ps.length ? ps[0] : x.subjectBefore(t, 3);
    if (p < 0) return false;
    x.excluded.delete(p);
    x.frame(p, 'agent', tk.w + ' ' + toks[u].w + ' ' + toks[v].w);
    return false;
  }
  return false;
};

// deed nouns whose "لـ" names their doer ("غارة للاحتلال", "هجوم لتنظيم داعش", "ضربات للتحالف"); the transitive verbal
// nouns ("قصف لمواقع", "استهداف لقوات") take their object with "لـ" instead and are left out
const LAM_DEED = /^(?:غاره|غارات|ضربه|ضربات|هجوم|هجمات|هجوما|عمليه|عمليات|تفجير|غارتين|ضربتين|هجومين)$/;
// adjectives of a deed that may stand between it and its doer
// (s21 claims: and the chemical or toxic kind of the deed, "هجوم كيميائي لقوات النظام", as claim-arabic-parties' list has it)
const DEED_ADJ = /^(?:ال)?(?:جويه|جوي|صاروخيه|صاروخي|مدفعيه|مدفعي|عنيفه|عنيف|مباغت|مباغته|متجدده|متجدد|جديده|جديد|انتحاري|انتحاريه|مكثفه|مكثف|دمويه|دموي|ارهابي|ارهابيه|مسلح|مسلحه|اخري|اخر|كيميايي|كيمياييه|كيماوي|كيماويه|كيمياوي|كيمياويه|سام|سامه)$/;
// (s21 fixcl) adjectives of a blow's weight ("ضربة جديدة / قوية / موجعة / قاصمة") and of a strike's kind
const BLOW_WEIGHT = /^(?:جديده|جديد|قويه|موجعه|قاصمه|قاسيه|كبيره|اخري|مولمه|قاضيه|سياسيه|دبلوماسيه|معنويه)$/;
const STRIKE_KIND = /^(?:جويه|جوي|صاروخيه|صاروخي|مدفعيه|مدفعي|كيميايي|كيمياييه|كيماوي|كيماويه|كيمياوي|كيمياويه|سام|سامه|انتحاري|انتحاريه)$/;
// (s20 claims2: the singular helicopter, "مروحية تابعة للنظام", beside the plural)
const FORCE_WORD = /^(?:تنظيم|جماعه|حركه|طيران|الطيران|طايرات|الطايرات|طايره|الطايره|مروحيات|المروحيات|مروحيه|المروحيه|قوات|القوات|جيش|الجيش|عناصر|خلايا|مسلحي|مقاتلي|ميليشيات|مليشيات|ميليشيا|مليشيا|مجموعه|مجموعات|سلاح|سلاحي)$/;
const AFFILIATED = /^(?:[وف]?(?:ال)?)(?:تابع|تابعه|تابعين|تابعات|تابعون|موالي|مواليه|موالين|الموالون|مرتبط|مرتبطه|مرتبطين|تبعيه|تبعيتها|تبعيته|تبعيتهم|ينتمي|ينتمون|تنتمي)$/;
/**
 * The doer with "لـ" after its deed noun (session 11): "غارات للاحتلال", "هجوم مباغت لتنظيم داعش", "غارة لطيران الاحتلال
 * الإسرائيلي" (a force noun in idafa with the party), "غارات جوية للطائرات الحربية والمروحية التابعات لسلاحي الجو الروسي
 * والسوري" (a force affiliated with the party): the party is the deed's agent (Ryding 2005 ch. 18: the "لـ" of a noun
 * phrase's agent when the noun is indefinite or qualified)
 */
export const deedByLam: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!LAM_DEED.test(tk.b || strip(tk.w).b) || x.negated(t)) return false;
  let u = t + 1;
  while (u < toks.length && u <= t + 3 && toks[u].sent === tk.sent && toks[u].party < 0 && DEED_ADJ.test(toks[u].w.replace(/^و/, ''))) u++;
  if (!(u < toks.length && toks[u].sent === tk.sent)) return false;
  // (s21 fixcl, review R14) "ضربة" is also a blow dealt to the party ("في ضربة جديدة للنظام", "ضربة موجعة لداعش"): told
  // with an adjective of weight it is the party's loss, and before a definite name's "لل" it is the doer's only with a kind
  // of strike between ("ضربة جوية للنظام")
  const blow = /^(?:ضربه|ضربات)$/.test(tk.b || strip(tk.w).b);
  const adjs = toks.slice(t + 1, u).map((a) => a.w.replace(/^و/, '').replace(/^ال/, ''));
  if (blow && adjs.some((a) => BLOW_WEIGHT.test(a))) return false;
  if (toks[u].party >= 0) {
    // (s21 claims: or a definite name the lexicon holds with its "لل", "للنظام السوري", whose token has no preposition)
    if (toks[u].prep === 'ل' || (/^[وف]?لل/.test(toks[u].w) && (!blow || adjs.some((a) => STRIKE_KIND.test(a))))) x.frame(x.chain(toks[u].party)[0], 'agent', tk.w + ' ل');
    return false;
  }
  if (!(/^[وف]?ل/.test(toks[u].w) && FORCE_WORD.test(strip(toks[u].w).b))) return false;
  const p = forceOwner(x, u);
  if (p >= 0) x.frame(p, 'agent', tk.w + ' ' + toks[u].w);
  return false;
};
/** the party a force noun at u belongs to: in idafa right after it, or after "التابع(ة) لـ / الموالي لـ" within six words */
// (s21 claims) the adjectives of a force noun that stand between it and the party's nisba or name ("للطيران الحربي السوري",
// "طائرات حربية روسية", "الطائرات المروحية التابعة"): the kind of aircraft or unit (Ryding 2005 ch. 9: adjectives stack
// after their noun, the nisba last)
const FORCE_ADJ = /^(?:ال)?(?:حربي|حربيه|جوي|جويه|مروحي|مروحيه|مسيره|مسير|نظامي|نظاميه|خاصه|بريه|بري|بحريه)$/;
function forceOwner(x: ArText, u: number): number {
  const { toks } = x;
  if (u + 1 < toks.length && toks[u + 1].party >= 0 && toks[u + 1].prep === '' && toks[u + 1].sent === toks[u].sent) return toks[u + 1].party;
  if (u + 2 < toks.length && toks[u + 1].party < 0 && FORCE_ADJ.test(toks[u + 1].w) && toks[u + 2].party >= 0 && toks[u + 2].prep === '' && toks[u + 2].sent === toks[u].sent) return toks[u + 2].party;
  for (let v = u + 1; v <= u + 6 && v + 1 < toks.length && toks[v].sent === toks[u].sent; v++) {
    if (toks[v].party >= 0) return -1;
    if (AFFILIATED.test(toks[v].w)) {
      // ("التابعة لتنظيم داعش": a group's head noun with the "لـ" before the party; s20 claims2: or a name the lexicon
      // holds with its "لـ", "تابعة للنظام", whose token has no preposition of its own)
      for (let w = v + 1; w <= v + 2 && w < toks.length && toks[w].sent === toks[u].sent; w++) if (toks[w].party >= 0) return toks[w].prep === 'ل' || /^لل/.test(toks[w].w) || /^(?:الي|ل)$/.test(toks[w - 1].w) || (w === v + 2 && /^[وف]?ل/.test(toks[w - 1].w) && FORCE_WORD.test(strip(toks[w - 1].w).b)) ? toks[w].party : -1;
      return -1;
    }
  }
  return -1;
}

const ACCUSE_PRONOUN = /^(?:[وف])?(?:اتهم|اتهمت|اتهموا|يتهم|تتهم|يتهمون)(?:ه|ها|هم|هما)$/;
/**
 * An accusation whose accused is an object pronoun (session 11): "أعلنت يريفان تدمير معدات للجيش الأذربيجاني، واتهمته
 * بقصف كاتدرائية": the pronoun's antecedent is the nearest party before the verb (within its sentence and the one
 * before), accused
 */
export const pronounAccused: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!ACCUSE_PRONOUN.test(tk.w) || x.negated(t)) return false;
  // (VSO: the accuser may stand between the verb and the charge, "واتهمتها الولايات المتحدة بارتكاب مجزرة": it accuses,
  // session 12)
  const accuser = t + 1 < toks.length && toks[t + 1].sent === tk.sent && toks[t + 1].party >= 0 ? toks[t + 1].party : -1;
  const charge = accuser >= 0 ? x.partyEndTok[accuser] + 1 : t + 1;
  if (!(charge < toks.length && CHARGE.test(toks[charge].w))) return true;
  if (accuser >= 0) x.excluded.add(accuser);
  for (let u = t - 1; u >= 0 && u >= t - 14 && toks[u].sent >= tk.sent - 1; u--)
    if (x.endAt[u] >= 0) {
      // (review of session 11) the party right before the verb is its subject in SVO, the accuser ("قالت أوكرانيا إن
      // روسيا اتهمتها": the pronoun is Ukraine)
      if (u === t - 1 && toks[u].sent === tk.sent && !/^[وف]/.test(tk.w)) {
        x.excluded.add(x.endAt[u]);
        continue;
      }
      // (the accusation names its accused even where it suffered another deed: "أعلنت يريفان إسقاط طائرة للجيش
      // الأذربيجاني، واتهمته بقصف مستشفى", the army lost the aircraft and is accused of the shelling)
      if (x.patients.has(x.endAt[u])) x.excluded.delete(x.endAt[u]);
      x.frame(x.endAt[u], 'accused', tk.w);
      break;
    }
  return true;
};

const EXCHANGE = /^(?:[وف])?(?:تبادل|تبادلت|تبادلا|تبادلتا|تبادلوا|تتبادل|يتبادل|يتبادلان|تتبادلان|يتبادلون)$/;
/**
 * Mutual accusations (session 11; README v13 call 9: between Armenia and Azerbaijan either is blamed): "تبادلت أرمينيا
 * وأذربيجان الاتهامات بقصف المدنيين": each party between the verb and the accusation noun is accused
 */
// (s32 clblame) the reciprocal object of an accusation ("اتهمت روسيا وأوكرانيا بعضهما البعض بقصف المحطة", "تتهم كل من روسيا
// وأوكرانيا الأخرى"; Ryding 2005 on بعض ... بعض and الآخر as reciprocals): the subjects accuse each other, as with تبادل
const RECIPROCAL = /^(?:بعضهما|بعضهم|بعضها|بعضهن|الاخري|الاخر)$/;
const RECIPROCAL_ACCUSE = /^(?:[وف])?(?:اتهم|اتهمت|اتهموا|اتهما|اتهمتا|يتهم|تتهم|يتهمون|يتهمان|تتهمان)$/;
/** The named sides of a mutual accusation: sides of one party are that party accused (by `words`); sides of different parties
 * blame no one and are excluded. */
function settleSides(x: ArText, ps: number[], one: boolean, words: string): void {
  for (const p of ps) {
    if (!one) {
      x.excluded.add(p);
      continue;
    }
    x.excluded.delete(p);
    x.frame(p, 'accused', words);
  }
}
export const mutualAccusation: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (RECIPROCAL_ACCUSE.test(tk.w)) {
    for (let u = t + 2; u <= t + 8 && u < toks.length && toks[u].sent === tk.sent; u++) {
      // (right after the named sides: "المحطة الأخرى" after the charge is another station, no reciprocal)
      if (!RECIPROCAL.test(toks[u].w) || x.endAt[u - 1] < 0) continue;
      const ps = x.partiesIn(t + 1, u, tk.sent);
      if (ps.length < 2) return false;
      const one = ps.every((p) => x.parties[p].value === x.parties[ps[0]].value);
      settleSides(x, ps, one, tk.w + ' ' + toks[u].w);
      return true;
    }
    return false;
  }
  if (!EXCHANGE.test(tk.w)) return false;
  for (let u = t + 1; u <= t + 8 && u < toks.length && toks[u].sent === tk.sent; u++)
    if (ACCUSE_NOUN.test(toks[u].w)) {
      const ps = x.partiesIn(t + 1, u, tk.sent);
      // (review of session 11) sides of different parties ("تبادلت روسيا وأوكرانيا الاتهامات", "الحكومة والمعارضة")
      // blame no one (README v10 call 7, v13: "trade accusations" blame no one; sides of one party blame that party)
      // (session 13) with one named side only ("تبادلت الحكومة والمعارضة الاتهامات": the bare "الحكومة" is no party) the
      // sides are not known to be of one party: no one is blamed (README guide, "Mutual accusations")
      const one = ps.length >= 2 && ps.every((p) => x.parties[p].value === x.parties[ps[0]].value);
      settleSides(x, ps, one, tk.w + ' ' + toks[u].w);
      return true;
    }
  return false;
};

/**
 * A verbal noun of a deed with its agent in the idafa: "استخدام النظام لغاز الكلور", "قصف قوات النظام" (Ryding ch.
 * 18: the object, when named, takes "لـ"). Not after a hedge of possibility ("إمكانية ضلوع روسيا"), a negation or a
 * denial ("نفي استخدام الجيش"); inside a staged story the party is its target; after "بذريعة / بحجة" the deed is
 * someone's pretext, reported (accused).
 */
/** a warning verb before "من" at `m` with a party between them, its addressee ("حذرت إيران الولايات المتحدة من") */
function warnedAddressee(x: ArText, m: number): boolean {
  for (let u = m - 1; u >= 0 && u >= m - 8 && x.toks[u].sent === x.toks[m].sent; u--)
    if (WARN_VERB.test(x.toks[u].w)) {
      // (the first party after the verb is its subject in verb-subject order: "حذرت الخارجية الروسية من استخدام نظام
      // كييف" warns of Kyiv's use; the addressee is a second party, or the one after a subject before the verb)
      const n = x.partiesIn(u + 1, m, x.toks[m].sent).length;
      return n >= 2 || (n === 1 && x.partyBefore(u, 3) >= 0);
    }
  return false;
}
const WARN_VERB = /^(?:[وف])?(?:حذر|حذرت|حذروا|يحذر|تحذر|يحذرون)$/;
// (s20 claims2) the article of a definite deed noun, after its proclitics ("الاستخدام", "بالقصف", "للاستعمال"); the verbal
// nouns whose root letters spell "ال" ("استعمال", "إلقاء" folded "القاء") are indefinite: the test was "has ال anywhere",
// which made "استعمال القوات الإسرائيلية الفوسفور" and "إلقاء طائرة مروحية تابعة للنظام" lose their idafa agent
const DEED_ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;
const DEED_LEAD = /^[وف]?[بكل]?/;
const SUBJECT_IDAFA_DEED = /^(?:القاء|رش|اطلاق|استخدام|استعمال|شن|تنفيذ|ارتكاب)$/;
const partyEndTok = (x: ArText, p: number): number => x.partyEndTok[p];
export const deedNounIdafa: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  const lead = tk.w.replace(DEED_LEAD, '');
  if (!((DEED_NOUN.test(tk.b) || DEED_NOUN.test(lead)) && !(DEED_ARTICLE.test(tk.w) && !DEED_NOUN.test(lead)) && t + 1 < toks.length && toks[t + 1].sent === tk.sent)) return false;
  const n = t + 1 + titledForce(x, t + 1);
  // (s20 claims2) a force noun in the idafa that is affiliated with a party ("إلقاء طائرة مروحية تابعة للنظام براميل":
  // the helicopter's owner drops them), as a resumptive relative's subject is read (forceOwner); not under a negation,
  // a denial or a staged story
  // (s20 fixcl, review R19: only a deed noun whose idafa is its subject and whose object follows, dropping, spraying,
  // launching, using, "إلقاء طائرة ... براميل"; after "استهداف" / "قصف" / "ضرب" / "مهاجمة" / "إسقاط" the force is the
  // object, the one attacked: "استهداف طائرة مروحية تابعة للنظام بصاروخ")
  if (toks[n].party < 0 && n === t + 1 && FORCE_WORD.test(toks[n].w) && (SUBJECT_IDAFA_DEED.test(tk.b) || SUBJECT_IDAFA_DEED.test(lead))) {
    const q = forceOwner(x, n);
    if (q < 0) return false;
    if (!(x.negated(t) || x.wordBefore(t, 4, DENIAL_WORD) || x.stagedDeed(t + 1))) x.frame(q, 'agent', tk.w + ' ' + toks[n].w);
    return true;
  }
  if (!(n < toks.length && toks[n].sent === tk.sent && toks[n].party >= 0 && toks[n].prep !== 'ل' && toks[n].prep !== 'ب')) return false;
  if (t > 0 && POSSIBILITY.test(toks[t - 1].w) && /^(?:ضلوع|تورط)$/.test(tk.b)) return true;
  if (x.negated(t) || x.wordBefore(t, 4, DENIAL_WORD)) return true;
  const p = toks[n].party;
  // (session 14, claimsra) a deed threatened ("تهدد بقصف مواقع", claim-arabic-blame.ts) or one a warned addressee is told
  // not to do ("حذرت إيران الولايات المتحدة من قصف قوات النظام": the addressee would do it): its genitive is the target
  if ((/^[وف]?ب/.test(tk.w) && x.wordBefore(t, 8, AR_THREAT_VERB)) || (t > 1 && toks[t - 1].w === 'من' && warnedAddressee(x, t - 1))) {
    x.excluded.add(p);
    return true;
  }
  // (s21 claims2) the genitive of "تسميم" (poisoning) is the one poisoned ("تسميم نافالني", "بشأن تسميم زوجها"): the
  // poisoner stands in the idafa only when the poisoned follows with "لـ" ("تسميم روسيا لنافالني", Ryding ch. 18: the
  // object of a verbal noun with its subject in the idafa takes "لـ"); with no "لـ" after it the genitive is no doer
  if ((tk.b === 'تسميم' || lead === 'تسميم') && !(partyEndTok(x, p) + 1 < toks.length && toks[partyEndTok(x, p) + 1].sent === tk.sent && dative(toks[partyEndTok(x, p) + 1]))) {
    x.excluded.add(p);
    return true;
  }
  if (x.stagedDeed(t + 1)) x.excluded.add(p);
  else x.frame(p, t > 0 && /^(?:[وف]?(?:ب|ل)?)(?:ذريعه|حجه)$/.test(toks[t - 1].w) ? 'accused' : 'agent', tk.w);
  return true;
};

const MASCULINE_RESUMPTIVE = /^(?:[وف])?(?:شن|نفذ|ارتكب|اطلق|استخدم|دبر|فبرك|نظم|اعد|لفق)(?:ه|ها|هم)$/;
function proDropSubject(x: ArText, t: number): number {
  const { toks } = x;
  if (!MASCULINE_RESUMPTIVE.test(toks[t].w)) return -1;
  let f = t;
  while (f > 0 && toks[f - 1].sent === toks[t].sent) f--;
  // the sentence's first word, its verb, then the subject within two words ("نشر تنظيم داعش")
  const verb = toks[f].w;
  if (ACCUSE_VERB.test(verb) || SPEECH_VERB.test(verb) || DENIAL_WORD.test(verb) || HOLD_VERB.test(verb)) return -1;
  let q = -1;
  for (let u = f + 1; u <= f + 2 && u < t; u++) if (toks[u].party >= 0) { q = toks[u].party; break; }
  if (q < 0) return -1;
  for (let u = x.partyEndTok[q] + 1; u < t; u++) if (toks[u].party >= 0 && toks[u].party !== q) return -1;
  return q;
}
/** resumptive relative verbs: "هجوم شنته قوات النظام", "تمثيليات قام بها الإرهابيون": the subject right after */
const AIRLINER_WORD = /^(?:رحله|رحلات|ركاب|مدنيه|طيران)$/;
const DROP_RESUMPTIVE = /^(?:[وف])?(?:اسقط|رم|قذف)(?:ت|و)?(?:ه|ها|هم)$/;
export const resumptiveRelative: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  const didIt = DID_IT.test(tk.w) && t + 1 < toks.length && WITH_IT.test(toks[t + 1].w);
  // (s21 claims2) dropping with the pronoun of a load named just before ("ببراميل متفجرة تحتوي على الكلور أسقطتها
  // المروحيات الحكومية", "قنابل رمتها طائرات النظام"): the dropper is the deed's subject; without a load before it the
  // verb may tell an aircraft shot down ("طائرة أسقطتها الدفاعات الجوية"), which is no deed of the incident
  const dropped = DROP_RESUMPTIVE.test(tk.w) && toks.slice(Math.max(0, t - 7), t).some((y) => y.sent === tk.sent && DROPPED_LOAD.test(y.b));
  // (s24 clnew) or downing with the pronoun of an airliner named just before ("رحلة طائرة إيرانية أسقطتها المدمرة ...",
  // "طائرة ركاب أسقطها"): the downing is the deed, and an indefinite nisba right before the verb qualifies the airliner,
  // the pronoun's antecedent: the victim, no subject (an indefinite adjective cannot be one)
  const downedFlight = DROP_RESUMPTIVE.test(tk.w) && toks.slice(Math.max(0, t - 5), t).some((y) => y.sent === tk.sent && AIRLINER_WORD.test(strip(y.w).b.replace(/^ال/, '')));
  if (downedFlight && t > 0 && toks[t - 1].party >= 0 && /^\p{L}{2,}(?:ي|يه)$/u.test(toks[t - 1].w)) x.excluded.add(toks[t - 1].party);
  if (!(RESUMPTIVE.test(tk.w) || didIt || dropped || downedFlight)) return false;
  if (x.negated(t)) return true;
  const p = x.partyAfter(DID_IT.test(tk.w) ? t + 1 : t, 3);
  if (p >= 0) x.frame(p, 'agent', tk.w);
  // ("هجوم شنته خلايا يظن تبعيتها لتنظيم داعش": a force noun affiliated with the party, session 11)
  else if (t + 1 < toks.length && FORCE_WORD.test(toks[t + 1].w)) {
    const q = forceOwner(x, t + 1);
      if (q >= 0) x.frame(q, 'agent', tk.w + ' ' + toks[t + 1].w);
  } else {
    // (s24 clnew) no subject after the relative verb: Arabic drops a pronoun subject (pro-drop; Ryding 2005 ch. 36), so a
    // masculine verb ("نفذها", not the feminine "نفذتها") with none of its own takes the sentence's subject, a party right
    // after the verb that opens the sentence ("نشر تنظيم داعش ... شريطاً ... لعمليات القتل التي نفذها قبل عام"), when that
    // verb is no speech, accusation or denial (whose subject tells, not does) and no other party stands between
    const q = proDropSubject(x, t);
    if (q >= 0) x.frame(q, 'agent', tk.w);
  }
  return true;
};

// participles of place that open a phrase after a subject ("المنتشرة في", "الموجودة في", "المتمركزة في")
const PLACED_PARTICIPLE = /^(?:ال)?(?:منتشر|موجود|متمركز|متحصن|متواجد|متواجد|مسيطر|متمركز)(?:ه|ون|ين)?$/;
// a definite nisba adjective ("السورية", "الروسي", "الحكوميين"): it qualifies the noun before it
const DEFINITE_NISBA = /^ال\p{L}{2,}(?:يه|ي|يون|يين)$/u;
// (s20 claims) adverbs of time: today, yesterday, the days of the week, the parts of the day (folded: alef and teh marbuta)
const TIME_ADVERB = /^(?:[وف])?(?:اليوم|امس|يوم|مساء|صباح|فجر|ظهر|عصر|ليل|ليله|الليله|مساءا|صباحا|فجرا|ظهرا|ليلا|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)$/;
// (s21 claims3: and "دأب على", to keep on doing, whose "على" and verbal noun may follow a phrase of time: "دأبت في الفترة
// الأخيرة على قصف")
const DAAB = /^(?:[وف])?(?:داب|دابت|دابوا|يداب|تداب|يدابون)$/;
const FAR_LIGHT_VERB = /^(?:[وف])?(?:اقدم|اقدمت|اقدموا|يقدم|تقدم|اقدام|باقدام|قيام|بقيام|داب|دابت|دابوا|يداب|تداب|يدابون)$/;
// a force noun in the construct state, and the ranks and titles that stand before a commander's name ("قوات المشير
// خليفة حفتر", "ميليشيات الزعيم ...", "جيش الجنرال ...": Ryding 2005 ch. 8, idafa chains, and ch. 10, titles in apposition)
const FORCE_HEAD = /^(?:قوات|جيش|ميليشيات|مليشيات|ميليشيا|عناصر|مسلحي|مقاتلي|طايرات|طيران|مروحيات|كتايب|الويه|فصايل)$/;
const TITLE = /^(?:ال)?(?:مشير|لواء|عميد|عقيد|عماد|فريق|جنرال|رييس|زعيم|قايد|امير|شيخ|سيد|حاكم|ملك|الملك)$/;
/**
 * How many words stand between a deed noun and its agent's name when the agent is a commander's force: a force noun
 * and one or two titles ("استخدام قوات المشير خليفة حفتر لأسلحة كيماوية": 2), or 0 when the next word is no force
 * noun followed by a title
 */
function titledForce(x: ArText, u: number): number {
  const toks = x.toks;
  if (toks[u].party >= 0 || !FORCE_HEAD.test(toks[u].w)) return 0;
  let v = u + 1;
  while (v < toks.length && v <= u + 2 && toks[v].party < 0 && TITLE.test(toks[v].w)) v++;
  return v > u + 1 && v < toks.length && toks[v].party >= 0 ? v - u : 0;
}

/**
 * Light verbs with a deed noun: "حاول مسلحو القوات الأوكرانية استخدام", "أقدم تنظيم الدولة على قصف": the subject (after
 * the verb, or before it) is the agent; the deed noun comes next, or after "على / إلى" ("أقدم ... على قصف" may put a
 * date in between).
 */
export const lightVerb: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!LIGHT_VERB.test(tk.w) || x.negated(t)) return false;
  const far = FAR_LIGHT_VERB.test(tk.w) ? 10 : 1;
  const keepOn = DAAB.test(tk.w);
  const deedAfter = (u0: number, n: number) => {
    for (let u = u0; u <= u0 + n && u < toks.length && toks[u].sent === tk.sent; u++) {
      // ("دأب" governs its verbal noun through "على": the word right after the first "على" is the deed or there is none)
      if (keepOn && toks[u].w !== 'علي') continue;
      if (keepOn) {
        u++;
        if (u >= toks.length || toks[u].sent !== tk.sent) return -1;
        return DEED_NOUN.test(toks[u].b) || DEED_NOUN.test(strip(toks[u].b).b) ? u : -1;
      }
      if (DENIAL_WORD.test(toks[u].w)) return -1;
      // (with the doer's possessive pronoun too: "جدد الجيش قصفه", "واصل النظام هجماته": the verbal noun's suffix
      // refers back to the light verb's subject)
      // (s21 claims3: and "بإلقاء", whose folded "القاء" begins with the letters of the article, which the stem loses)
      if (DEED_NOUN.test(toks[u].b) || DEED_NOUN.test(strip(toks[u].b).b) || DEED_NOUN.test(toks[u].b.replace(/(?:ه|ها|هم|هما)$/, '')) || /^[وف]?[بل]?القاء$/.test(toks[u].w)) return u;
    }
    return -1;
  };
  const a0 = x.partyAfter(t, 4);
  if (a0 >= 0 && x.bare(a0)) {
    const [a, e] = x.chain(a0);
    // (a subject with a participle of place after it, "واصلت التنظيمات الإرهابية المنتشرة في الأحياء الشرقية ... استهداف":
    // the deed noun after the participle's phrase; session 12, room claimsar)
    const placed = e + 1 < toks.length && PLACED_PARTICIPLE.test(toks[e + 1].w);
    // (and past a definite nisba that qualifies the subject, "عادت القوات النظامية السورية إلى استخدام")
    let f = e;
    while (f + 1 < toks.length && f < e + 2 && toks[f + 1].party < 0 && DEFINITE_NISBA.test(toks[f + 1].w) && !DEED_NOUN.test(toks[f + 1].b ?? '')) f++;
    // (s20 claims: and past a time adverbial after the subject, "قامت قوات الاحتلال الإسرائيلية، اليوم الجمعة بالاعتداء على":
    // a day, a part of the day or "اليوم" / "أمس" stands outside the verb's arguments, Ryding 2005 ch. 11, adverbs of time)
    while (f + 1 < toks.length && f < e + 6 && toks[f + 1].party < 0 && toks[f + 1].sent === tk.sent && TIME_ADVERB.test(toks[f + 1].w)) f++;
    const d = placed ? deedAfter(e + 2, 10) : deedAfter(f + 1, far);
    if (d >= 0) {
      x.frame(a, 'agent', tk.w + ' ' + toks[d].w);
      return true;
    }
  }
  // (s21 claims3) the subject a force noun whose owner follows "التابعة لـ" ("قيام المروحيات التابعة للنظام السوري بإلقاء
  // براميل"): the owner of the force is the agent, as in the deed noun's idafa (forceOwner)
  if (t + 1 < toks.length && toks[t + 1].party < 0 && toks[t + 1].sent === tk.sent && FORCE_HEAD.test(toks[t + 1].w.replace(/^ال/, ''))) {
    const q = forceOwner(x, t + 1);
      if (q >= 0) {
      const d = deedAfter(x.partyEndTok[q] + 1, Math.max(far, 2));
      if (d >= 0) {
        x.excluded.delete(q);
        x.frame(q, 'agent', tk.w + ' ' + toks[d].w);
        return true;
      }
    }
  }
  const b = x.subjectBefore(t, 6);
  if (b >= 0) {
    const d = deedAfter(t + 1, far);
    if (d >= 0) x.frame(b, 'agent', tk.w + ' ' + toks[d].w);
  }
  return true;
};

const PREPARATION_NOUN = /^(?:[وف]?(?:ال)?)(?:استعدادات|استعداد|تحضيرات|تجهيزات|خطط|خطه|مخطط|مخططات)$/;
const PURPOSE_DEED = /^(?:[وف])?ل(?:تنظيم|تدبير|فبركه|تنفيذ|شن|القيام|استخدام|تصوير|اعداد|تحضير)$/;
const ATTACK_OR_OPERATION = /^(?:ال)?(?:هجوم|هجمات|عمليات|عمليه)/;
/** a purpose deed after its doer: "وصول خبراء أجانب إلى إدلب لتنظيم مسرحية", "دفع الإرهابيين لشن الهجمات" */
export const purposeDeed: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!PURPOSE_DEED.test(tk.w) || x.negated(t)) return false;
  const b = x.subjectBefore(t, 5);
  // "رصدت الولايات المتحدة استعدادات لتنفيذ هجوم": the purpose is the preparations' (whose doer is not named), not the
  // subject's who saw them
  for (let u = b >= 0 ? x.partyEndTok[b] + 1 : t; u < t; u++) if (PREPARATION_NOUN.test(toks[u].w)) return true;
  const next = toks[t + 1]?.w ?? '';
  if (b >= 0 && (STAGING_WORD.test(next) || DEED_NOUN.test(strip(next).b) || ATTACK_OR_OPERATION.test(strip(next).b) || x.agentWithin(t, 30))) x.frame(b, 'agent', tk.w);
  return true;
};

/** "ولأجهزة الأمن الأجنبية يد فيها": X has a hand in it */
export const handInIt: ArRule = (x, t) => {
  const { toks } = x;
  if (!(/^(?:يد|دور|ضلع)$/.test(toks[t].w) && t > 0 && t + 1 < toks.length && /^(?:فيها|فيه|في)$/.test(toks[t + 1].w))) return false;
  const b = x.partyBefore(t, 2);
  if (b >= 0 && !x.negated(x.partyTok[b])) x.frame(b, 'agent', toks[t].w + ' ' + toks[t + 1].w);
  return true;
};

/** a cleft: "أنه كان الثوار (وليس الحكومة) ...": the party after "it was" */
export const cleft: ArRule = (x, t) => {
  const { toks } = x;
  if (!(/^(?:انه|انها)$/.test(toks[t].w) && t + 2 < toks.length && /^(?:كان|كانت)$/.test(toks[t + 1].w) && toks[t + 2].party >= 0 && toks[t + 2].sent === toks[t].sent)) return false;
  x.frame(toks[t + 2].party, 'agent', toks[t].w + ' ' + toks[t + 1].w);
  return true;
};

// (s26 cldev) the verbs and verbal nouns of an incident's aftermath: arresting, detaining, condemning, investigating, trying,
// accusing (folded). The passive agent of such a head ("تم اعتقال منفذي التفجير من قبل الشرطة", "أدين الهجوم من قبل
// الولايات المتحدة") arrests or condemns; it did not do the deed (Ryding 2005 ch. 21: "من قبل" names the agent of the
// passive head it follows, here the arrest, not the deed noun in the head's object)
const AFTERMATH_HEAD = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:اعتقال|اعتقل|اعتقلت|اعتقلوا|توقيف|اوقف|اوقفت|اوقفوا|القبض|قبض|احتجاز|احتجز|احتجزت|ادين|ادينت|ادانه|ادانت|تحقيق|حقق|استنكار|استنكر|استنكرت|شجب|شجبت|محاكمه|حوكم|حوكموا|ملاحقه|لوحق|اتهام|اتهم|اتهمت|اتهموا|انتقاد|انتقد|انتقدت)$/u;
// a relative pronoun or a verb of the deed itself closes the search: "أدين الهجوم الذي نفذ من قبل الجيش" (the army carried out
// the attack that was condemned)
const AFTERMATH_STOP = /^(?:[وف]?)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|(?:قصف|شن|استهدف|اطلق|هاجم|نفذ|ارتكب|ضرب|استخدم|استعمل|القي|اسقط|قتل|اغتال|فجر|دمر|سمم)(?:ت|وا|ا)?)$/u;
/** (s26 cldev) whether the words before a passive agent's "من قبل" / "على يد" (nearest last) belong to an aftermath head
 * within five words of it, no relative pronoun or deed verb between */
export function aftermathHeadBefore(words: string[]): boolean {
  for (let i = words.length - 1, n = 0; i >= 0 && n < 5; i--, n++) {
    if (AFTERMATH_STOP.test(words[i])) return false;
    if (AFTERMATH_HEAD.test(words[i])) return true;
  }
  return false;
}
const SUPPORTED_BY = /^(?:[وف]?(?:ال)?)(?:مدعوم|مدعوما|مدعومه|مدعومين|مسنود|مسنوده|بدعم|بقياده|مقاد|مقاده|ممول|ممولا|ممولين|مسيطر|مسيطره)$/;
// (s31 clresp) a relative of naming after a passive agent's lead: "من قبل من دعتهم السلطات الأمنية بـ"المخربين
// الأوكرانيين"", "على يد من وصفهم الجيش بالإرهابيين" (by those whom X called Y): «من / الذين», a verb of calling or
// describing with its object pronoun (Wehr: دعا ... بـ, وصف ... بـ, سمّى), an optional subject (the namer), then «بـ» and
// the name. The party in the name is the agent; the namer is not.
const NAMING_RELATIVE = /^(?:من|الذين|اللذين)$/;
const NAMING_VERB = /^(?:دعت|دعا|دعوا|تدعو|يدعو|وصفت|وصف|وصفوا|تصف|يصف|سمت|سمي|سموا|تسمي|يسمي|اسمت|اسمي|اسموا)(?:هم|ه|ها|هما)$/;
const namingRelative = (x: ArText, t: number): number => {
  const toks = x.toks;
  const st = toks[t].sent;
  if (!(t + 2 < toks.length && NAMING_RELATIVE.test(toks[t + 1].w) && NAMING_VERB.test(toks[t + 2].w) && toks[t + 2].sent === st)) return -1;
  for (let u = t + 3; u <= t + 7 && u < toks.length && toks[u].sent === st; u++) {
    const bare = /^بـ*$/u.test(toks[u].w);
    if (!(bare || toks[u].prep === 'ب' || /^ب(?:ال)/u.test(toks[u].w))) continue;
    for (const q of x.partiesIn(t + 3, u, st)) x.excluded.add(q);
    return x.partyAfter(bare ? u : u - 1, 3);
  }
  return -1;
};
/**
 * Passive agents: "من قبل قوات النظام", "على يد الإرهابيين", "بواسطة" (Ryding ch. 21): the party right after is the
 * doer; supported, backed or led by X ("مدعوما من قبل الطيران الروسي") is no deed of X, and inside a staged story the
 * party is its target.
 */
export const passiveAgent: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!(PASSIVE_AGENT.test(tk.w) && t > 0 && ((tk.b === 'قبل' && toks[t - 1].w === 'من') || (/^(?:يد|ايدي|يدي)$/.test(tk.b) && /^(?:علي|عل)$/.test(toks[t - 1].w)) || /^(?:بواسطه|بيد)$/.test(tk.w)))) return false;
  if (x.negated(t - 1)) return true;
  const named = namingRelative(x, t);
  const p = named >= 0 ? named : x.partyAfter(t, 3);
  if (p < 0) return true;
  const lead: string[] = [];
  for (let j = t - 2; j >= 0 && j >= t - 7 && toks[j].sent === tk.sent; j--) lead.unshift(toks[j].w);
  if ((t > 1 && SUPPORTED_BY.test(toks[t - 2].w)) || x.stagedDeed(t - 1) || aftermathHeadBefore(lead)) x.excluded.add(p);
  else x.frame(p, 'agent', (tk.b === 'قبل' ? 'من ' : '') + tk.w);
  return true;
};

/**
 * (s21 claims2) hired doers: "قتلة يعملون لصالح الرئيس الروسي", "عملاء يعملون لحساب المخابرات الروسية", "مرتزقة تابعون
 * لـ": killers, agents or mercenaries said to work for a party make that party the deed's principal (the README's v5
 * call: a party said to stand behind or order the deed is the one blamed). Only the nouns of hired doers (killers,
 * agents, mercenaries, hitmen): spies, journalists or employees working for a state name no deed.
 */
const HIRELING = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:قتله|قاتل|قاتلا|عملاء|عميل|عميلا|مرتزقه|مرتزقا|مرتزقين|قتله ماجورين|ماجورين|ماجورون)$/;
const WORK_FOR = /^(?:[وف])?(?:يعمل|يعملون|تعمل|يعملان|عمل|عملوا|يعملوا|تابعين|تابعون|تابع|تابعه)$/;
const ON_BEHALF = /^(?:لصالح|لحساب|لمصلحه)$/;
export const hiredDoers: ArRule = (x, t) => {
  const { toks } = x;
  if (!(HIRELING.test(toks[t].w) && t + 2 < toks.length && WORK_FOR.test(toks[t + 1].w) && toks[t + 1].sent === toks[t].sent) || x.negated(t + 1)) return false;
  const p = ON_BEHALF.test(toks[t + 2].w) ? x.partyAfter(t + 2, 3) : toks[t + 2].party >= 0 && dative(toks[t + 2]) ? toks[t + 2].party : -1;
  if (p < 0 || toks[x.partyTok[p]].sent !== toks[t].sent) return false;
  x.excluded.delete(p);
  x.frame(p, 'agent', toks[t].w + ' ' + toks[t + 1].w);
  return true;
};

/** authorship: "مسرحية ... من إعداد الخوذ البيضاء", "من تنفيذ", "من صنع" */
// (s26 cldev) and a party named through its construct head ("من تدبير تنظيم داعش", "من صنع عناصر الحرس الثوري": the
// idafa's second term is the party, Ryding 2005 ch. 8), as the verbal nouns of a deed read it
export const authorship: ArRule = (x, t) => {
  const { toks } = x;
  if (!(toks[t].w === 'من' && t + 2 < toks.length && /^(?:اعداد|تنفيذ|تدبير|صنع|انتاج|اخراج|فبركه|تاليف|تخطيط)$/.test(toks[t + 1].w) && toks[t + 2].sent === toks[t].sent)) return false;
  const u = toks[t + 2].party >= 0 ? t + 2 : t + 3 < toks.length && toks[t + 3].sent === toks[t].sent && toks[t + 3].party >= 0 && CONSTRUCT_HEAD.test(toks[t + 2].w) && !/(?:ي|و)$/u.test(toks[t + 2].w) ? t + 3 : -1;
  if (u < 0) return false;
  x.frame(toks[u].party, 'agent', 'من ' + toks[t + 1].w);
  return true;
};

/** participation: "مسرحية بمشاركة مخابرات أجنبية" names a participant of the deed (v10 judgement call 5) */
export const participation: ArRule = (x, t) => {
  if (!PARTICIPATION.test(x.toks[t].w)) return false;
  const p = x.partyAfter(t, 2);
  if (p >= 0) x.frame(p, 'agent', x.toks[t].w);
  return true;
};

/** moving or storing chemicals: "مسلحين ينقلون مواد سامة", "نقلت الخوذ البيضاء حاويات الكلور" (a subject, after or before) */
export const transport: ArRule = (x, t) => {
  const { toks, s } = x;
  const tk = toks[t];
  if (!(TRANSPORT.test(tk.w) && !x.negated(t) && x.agents.some((a) => a > tk.end && a - tk.end < 60 && !SENTENCE_END.test(s.slice(tk.end, a))))) return false;
  const a = x.partyAfter(t, 3);
  const b = x.partyBefore(t, 2);
  const p = a >= 0 && x.bare(a) ? a : b >= 0 && x.bare(b) ? b : -1;
  if (p >= 0) x.frame(p, 'agent', tk.w);
  return false;
};

const FILMING = /^(?:[وف])?(?:يصورون|يصور|تصور|صوروا|صورت|يصوران|تصوران)$/;
// (s21 claims: and the staged show filmed, "الخوذ البيضاء تصور مسرحية هجوم كيميائي", "تصور مشهدا تمثيليا")
const FILM = /^(?:[وف]?(?:ال)?)(?:فيديو|فيديوهات|فيلم|فيلما|افلام|مشاهد|مشهد|مشهدا|مقاطع|مقطع|مقطعا|تسجيلات|مسرحيه|مسرحيات|تمثيليه|تمثيليات)$/;
/** filming a film or video ("الخوذ البيضاء تصور فيلما عن هجوم"): the filming verb's subject, before it or after it */
export const filming: ArRule = (x, t) => {
  const { toks } = x;
  if (!(FILMING.test(toks[t].w) && t + 1 < toks.length && toks[t + 1].sent === toks[t].sent && FILM.test(toks[t + 1].w)) || x.negated(t)) return false;
  const b = x.subjectBefore(t, 3);
  const a = b < 0 ? x.partyAfter(t, 3) : -1;
  const p = b >= 0 ? b : a >= 0 && x.bare(a) ? a : -1;
  if (p >= 0) x.frame(p, 'agent', toks[t].w + ' ' + toks[t + 1].w);
  return true;
};

const THREAT_VERB = /^(?:[وف])?(?:هدد|هددت|هددوا|يهدد|تهدد|توعد|توعدت|يتوعد|تتوعد|حذر|حذرت|يحذر|تحذر)$/;
const THREATENED_STRIKE = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:قصف|ضرب|استهداف|مهاجمه|ضربه|ضربات|غارات)$/;
const CONDITIONAL_DEED = /^(?:شن|نفذ|استخدم|لجا|قصف|ارتكب|اطلق|القي|هاجم|استعمل)/;
/**
 * A threat's condition: "واشنطن تتوعد الأسد بدفع ثمن باهظ إذا شن هجوما", "هدد البيت الأبيض نظام الأسد ... إذا شن
 * هجوما". The deed after "إذا / لو" is the threatened party's (the threat verb's object: the last party between the
 * verb and the condition), told as the threatener's warning (accused, reported); the threatener is never its doer.
 */
export const conditionalThreat: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!(AR_CONDITION_TOKEN.test(tk.w) && t + 1 < toks.length && toks[t + 1].sent === tk.sent && CONDITIONAL_DEED.test(toks[t + 1].w))) return false;
  for (let u = t - 1; u >= 0 && u >= t - 24 && toks[u].sent === tk.sent; u--) {
    if (!THREAT_VERB.test(toks[u].w)) continue;
    const between = x.partiesIn(u + 1, t, tk.sent);
    if (!between.length) return true;
    // (session 14, claimsra) a strike threatened against a party ("حذرت إيران الولايات المتحدة من قصف قوات النظام ...
    // إذا استخدم"): the condition is the trigger of a threatened retaliation, coercion, no one's deed (as the English
    // "the US could strike Syria if ...", claim-slots.ts `hypothetical`)
    if (between.some((p) => x.partyTok[p] > 0 && THREATENED_STRIKE.test(toks[x.partyTok[p] - 1].w))) {
      for (const p of between) x.excluded.add(p);
      return true;
    }
    const threatened = between[between.length - 1];
    for (const p of between) if (x.parties[p].value !== x.parties[threatened].value) x.excluded.add(p);
    const b = x.partyBefore(u, 3);
    if (b >= 0 && x.parties[b].value !== x.parties[threatened].value) x.excluded.add(b);
    x.frame(threatened, 'accused', tk.w + ' ' + toks[t + 1].w);
    return true;
  }
  return false;
};

/**
 * Attribution of a deed: "نسبت منظمة حظر الأسلحة الكيميائية الهجوم إلى سلاح الجو السوري", the passive "نُسب الهجوم
 * إلى قوات الأسد" (folded, the passive is written as the active; Ryding 2005 ch. 21), "عزا الهجوم إلى". The party
 * after "إلى" (or with its own "لـ") within eight words is the one the deed is laid on (accused: the attributor
 * reports it); the parties between the verb and it attribute. "نسب" is also the plural of "نسبة" (rates: "نسب
 * الإصابات"), which has no "إلى + party" after it in its sentence.
 */
export const attributedTo: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!ATTRIBUTE_VERB.test(tk.w)) return false;
  if (x.negated(t)) return true;
  for (let u = t + 1; u <= t + 8 && u < toks.length && toks[u].sent === tk.sent; u++) {
    if (toks[u].party < 0 || !(toks[u].prep === 'ل' || /^(?:الي|علي)$/.test(toks[u - 1].w))) continue;
    for (const p of x.partiesIn(t + 1, u, tk.sent)) x.excluded.add(p);
    x.frame(toks[u].party, 'accused', tk.w);
    return true;
  }
  return false;
};

// (s25 clparse) a deed verb that opens a sentence joined to the one before by "و" / "ف", its subject dropped (pro-drop)
// and shown only by its agreement ("-ت" of a feminine or broken plural subject such as قوات, "-وا" of a masculine plural):
// "دخل مسلحو داعش القرية فجرا. وقتلوا 30 مدنيا", "تقدمت قوات النظام نحو دوما. وقصفت المدينة بغاز الكلور" (Ryding 2005
// ch. 36: the subject pronoun is carried by the verb). Its subject is the previous sentence's, a bare party among that
// sentence's first words, when that sentence names one side only and its verb is no speech, accusation or denial.
const AR_OPENING_DEED = /^[وف](?:قصف|استهدف|اطلق|هاجم|قتل|شن|ضرب|اغار|فجر|دمر|اعدم|ارتكب|نفذ|استخدم|القي|القا|رش|سمم|اغتال|اختطف|خطف|ذبح|حرق|احرق|قنص)(?:ت|وا)$/;
// (s25 fixcl) Evidence of the dropped subject, not only the absence of a party. Arabic's default order is verb-subject-object,
// and a verb before its own subject agrees with it in gender only, not in number (Ryding 2005 ch. 36): a '-وا' verb
// (plural) carries its subject, but a '-ت' verb may have its subject right after it ("وقصفت طائرات مجهولة البلدة",
// "وقصفت طائرات التحالف ..."), whatever party the sentence names or not. The '-ت' verb's subject is read as dropped only
// when the word after the verb can be no subject: none (the sentence ends), a preposition or a word with its
// proclitic "ب" / "ل" ("وقصفت بالكلور"), a number, an adverb of time or manner, or a definite noun that is no noun of a
// force, aircraft or weapon (its object: "وقصفت المدينة بغاز الكلور"); an indefinite noun (the subject, or a construct
// head standing for it) or a force's definite noun ("وقصفت الطائرات ...") is taken as the verb's own subject. And an
// object near the verb with the plural pronoun suffix "-هم" / "-هن" ("مواقعهم", "منازلهم") points back to the people
// named before as the ones struck: they are the patient, not the doer.
const AR_NO_SUBJECT_WORD = /^(?:في|علي|الي|من|عن|نحو|ضد|داخل|قرب|بين|منذ|خلال|مع|عبر|فوق|امس|مجددا|ايضا|مره|ليلا|فجرا|صباحا|مساء|ظهرا|بشده|مباشره|عشواييا)$/;
const AR_SUBJECT_NOUN = /^(?:قوات|جيش|ميليشيات|مليشيات|ميليشيا|عناصر|مسلحون|مسلحين|مسلحو|مسلحي|مقاتلون|مقاتلين|مقاتلي|جنود|طايرات|طايره|طيران|مروحيات|مروحيه|مقاتلات|مدفعيه|راجمات|دبابات|بوارج|سفن|كتايب|الويه|فصايل|غاره|غارات|صاروخ|صواريخ|قذيفه|قذايف|مسيره|مسيرات)$/;
function proDropSubjectMissing(toks: readonly Tok[], t: number): boolean {
  const tk = toks[t];
  for (let u = t + 1; u <= t + 4 && u < toks.length && toks[u].sent === tk.sent; u++) if (/\p{L}{3,}(?:هم|هن)$/u.test(toks[u].w)) return false;
  if (tk.w.endsWith('وا')) return true;
  if (t + 1 >= toks.length || toks[t + 1].sent !== tk.sent) return true;
  const w = toks[t + 1].w;
  if (AR_NO_SUBJECT_WORD.test(w) || /^[\d٠-٩]/.test(w) || strip(w).prep) return true;
  return w.startsWith('ال') && !AR_SUBJECT_NOUN.test(w.slice(2));
}
export const sentenceProDrop: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!AR_OPENING_DEED.test(tk.w) || t === 0 || toks[t - 1].sent === tk.sent || x.negated(t)) return false;
  if (!proDropSubjectMissing(toks, t)) return false;
  let e = t;
  while (e + 1 < toks.length && toks[e + 1].sent === tk.sent) e++;
  if (x.partiesIn(t, e + 1, tk.sent).length) return false;
  const prevSent = toks[t - 1].sent;
  let f = t - 1;
  while (f > 0 && toks[f - 1].sent === prevSent) f--;
  const verb = toks[f].w;
  if (ACCUSE_VERB.test(verb) || SPEECH_VERB.test(verb) || DENIAL_WORD.test(verb) || HOLD_VERB.test(verb)) return false;
  const prev = x.partiesIn(f, t, prevSent);
  if (!prev.length || prev.some((q) => x.parties[q].value !== x.parties[prev[0]].value)) return false;
  const q = prev[0];
  if (x.partyTok[q] > f + 3 || !x.bare(q) || x.excluded.has(q)) return false;
  x.frame(q, 'agent', tk.w);
  return true;
};

/**
 * (s31 clresp) Laying the blame: "ألقت موسكو باللوم على كييف في الهجوم", "ألقى المسؤولية على", "إلقاء اللوم على X" (Wehr,
 * «ألقى اللوم على»: to put the blame on). "ألقى" is also the dropping of bombs (a deed verb), so with "اللوم / المسؤولية"
 * within four words after it the verb's subject (before it, or between it and the noun) is the accuser, never the doer,
 * and the party after "على" is the accused. A negated verb ("لم يلق باللوم على أحد") names no one.
 */
const LAY_VERB = /^(?:[وف])?(?:القي|القت|القوا|القيا|يلقي|تلقي|يلقون|يلقيان|يلق|تلق|القاء|بالقاء|والقاء)$/;
const BLAME_NOUN = /^(?:ب)?(?:ال)?(?:لوم|لايمه|مسووليه|مسيوليه)$/;
export const layingBlame: ArRule = (x, t) => {
  const { toks } = x;
  const tk = toks[t];
  if (!LAY_VERB.test(tk.w)) return false;
  let n = -1;
  for (let u = t + 1; u <= t + 4 && u < toks.length && toks[u].sent === tk.sent; u++)
    if (BLAME_NOUN.test(toks[u].w)) {
      n = u;
      break;
    }
  if (n < 0) return false;
  const b = x.partyBefore(t, 3);
  if (b >= 0) x.excluded.add(b);
  for (const q of x.partiesIn(t + 1, n, tk.sent)) x.excluded.add(q);
  let on = -1;
  for (let u = n + 1; u <= n + 3 && u < toks.length && toks[u].sent === tk.sent; u++)
    if (toks[u].w === 'علي') {
      on = u;
      break;
    }
  if (on < 0) return true;
  const a = x.partyAfter(on, 3);
  if (a < 0) return true;
  if (x.negated(t)) x.excluded.add(a);
  else {
    x.excluded.delete(a);
    x.frame(a, 'accused', tk.w);
  }
  return true;
};

export const FRAMING_RULES: readonly ArRule[] = [
  ownDeed, admission, pronounAccused, mutualAccusation, deedByLam,
  conditionalThreat, layingBlame, accusation, attributedTo, accusedParticiple, holdingResponsible, bearingOrBehind, nominalBehind, responsiblePredicate, claimedResponsibility,
  deedNounIdafa, resumptiveRelative, lightVerb, purposeDeed, handInIt, cleft, passiveAgent, hiredDoers, authorship, participation, filming, transport, sentenceProDrop,
];

/** one pass: each word near a party, through the rules in order, until one consumes it */
export function runPass(x: ArText, rules: readonly ArRule[]): void {
  for (let t = 0; t < x.toks.length; t++) {
    if (!x.near[t]) continue;
    for (const rule of rules) if (rule(x, t)) break;
  }
}
/** the party rules at each party's first token */
export function runPartyPass(x: ArText, rules: readonly ArRule[]): void {
  for (let t = 0; t < x.toks.length; t++) {
    if (x.toks[t].party < 0) continue;
    for (const rule of rules) if (rule(x, t)) break;
  }
}

// the deed nouns that a nisba adjective of their doer qualifies (and that the lexicon's deed-and-nisba names start with:
// claim-arabic.ts, DEED_NISBA)
// the adjectives of kind that stand between an attack noun and its doer's nisba ("غارة جوية أمريكية")
// (s31 clblame) and their indefinite accusative forms, which agree with an accusative deed noun ("شهدت المدينة هجوماً
// صاروخياً روسياً": the tanween alif of "-يّاً" is kept by the folding)
const KIND_ADJ = /^(?:ال)?(?:جويه|جوي|صاروخيه|صاروخي|مدفعيه|مدفعي|جويا|صاروخيا|مدفعيا)$/;
const NISBA_DEED = /^(?:غاره|غارات|ضربه|ضربات|هجمات|اعتداءات|هجوم|هجوما|قصف|عدوان|اعتداء)$/;
const DEED_NISBA_HEAD = /^(?:ال)?(?:غاره|غارات|ضربه|ضربات|هجمات|اعتداءات|هجوم|قصف|عدوان|اعتداء)\s/;
// a nisba adjective: the first word of a party name ending in -ي / -ية ("إسرائيلية", "الروسي", "التركية")
const NISBA_WORD = /^(?:ال)?\p{L}{2,}(?:ي|يه)$/u;
/**
 * A deed named with its doer's nisba (session 11): "غارة إسرائيلية", "الغارات الجوية الإسرائيلية", "القصف الروسي", and
 * the lexicon's one-name spellings "غارة تركية", "ضربات جوية تركية": the side is the deed's agent, unless a role excludes
 * it (a denial, a target) or the deed is what the story answers ("رداً على الغارة الأمريكية"). A noun takes its nisba
 * right after it or after one adjective of kind ("جوية", "الجوية"); no preposition stands on the adjective.
 */
export function deedNisba(x: ArText): void {
  const { toks } = x;
  const skip = (p: number) => x.negated(x.partyTok[p]) || x.wordBefore(x.partyTok[p], 4, DENIAL_WORD) || x.wordBefore(x.partyTok[p], 4, /^(?:[وف])?(?:ردا|رد|انتقاما)$/);
  for (let t = 0; t + 1 < toks.length; t++) {
    if (!x.near[t] || !NISBA_DEED.test(strip(toks[t].w).b)) continue;
    let u = t + 1;
    if (u < toks.length && toks[u].party < 0 && KIND_ADJ.test(toks[u].w)) u++;
    if (!(u < toks.length && toks[u].sent === toks[t].sent && toks[u].party >= 0)) continue;
    const p = toks[u].party;
    const lead = x.s.slice(toks[u].at, x.parties[p].at);
    const first = x.s.slice(toks[u].at, x.parties[p].end).split(/\s+/)[0];
    // (s31 clblame) the indefinite accusative nisba "روسياً / أوكرانياً" folds to the country's name: after an accusative
    // deed noun ("هجوماً روسياً") it is the adjective
    const accusative = /ا$/.test(strip(toks[t].w).b) && ACC_NISBA_AS_COUNTRY.test(first);
    if (!(lead === '' || lead === 'ال') || !(NISBA_WORD.test(first) || accusative) || skip(p)) continue;
    x.frame(p, 'agent', toks[t].w);
  }
  for (let i = 0; i < x.parties.length; i++) {
    const name = x.s.slice(x.parties[i].at, x.parties[i].end);
    if (!DEED_NISBA_HEAD.test(name) || x.partyTok[i] < 0) continue;
    // (a deed the item's event answers, "رداً على الغارة ...", "انتقاماً لـ", is its background, not the deed it tells)
    if (skip(i)) continue;
    x.frame(i, 'agent', name.split(/\s+/)[0]);
  }
}

/**
 * "دمشق" stands for the government only in an argument role the grammar read ("يتهم الغرب دمشق بشن"); elsewhere
 * ("بتوقيت دمشق", "القابون، دمشق") it is the city
 */
export function damascusOutsideRoles(x: ArText): void {
  for (let i = 0; i < x.parties.length; i++)
    if (x.partyTok[i] >= 0 && strip(x.toks[x.partyTok[i]].w).b === 'دمشق' && !x.frames.some((f) => f.party === i)) x.excluded.add(i);
}

/**
 * The frames and exclusions of one Arabic text (folded), given the parties the lexicon found in it and where it names
 * chemical agents. `rules` runs other passes (tests run one rule alone).
 */
// a connective of contrast that opens a second clause ("في حين", "فيما", "بينما", "في المقابل"; Ryding 2005 ch. 19,
// conjunctions and connectives), right before the second accusation verb or one word before it (its subject first)
const CONTRAST_GATE = /فيما|بينما|حين|المقابل/;
const CONTRAST_OPENER = /^(?:[وف]?(?:فيما|بينما|حين|المقابل))$/;
/**
 * (s20 claims2) Two accusations told in two clauses of their own, the second opened by a connective of contrast, with
 * accused parties of different sides: "اتهمت سانا الإرهابيين بإطلاق صاروخ ... في حين اتهمت المعارضة النظام بإطلاق هذا
 * الصاروخ". Neither is preferred, so no one is blamed (README v22 call 10, Khan al-Assal; the guide's mutual
 * accusations). Accusations of one side ("... بينما اتهمت واشنطن النظام أيضا" after another accusation of the regime)
 * keep it blamed.
 */
const camp = (v: string) => (v === 'russia' ? 'government' : v);
// (s20 fixcl, review R23) the charges that are not the deed: covering it up, protecting or backing its doer, obstructing
// the inquiry, lying about it ("اتهمت الولايات المتحدة روسيا بالتغطية على الهجوم", "بحماية الأسد")
const NOT_DEED_CHARGE = /^(?:تغطيه|تستر|حمايه|دعم|تمويل|تسليح|عرقله|اعاقه|منع|اخفاء|تواط\p{L}*|كذب|تضليل|تقاعس|سكوت|صمت|تبرير|تبريه|الدفاع|دفاع)$/u;
function accusesDeed(x: ArText, a: number, b: number): boolean {
  // (the first verbal noun after "بـ" in the accusation's clause)
  for (let u = a + 1; u < b; u++) {
    const { b: base, prep } = strip(x.toks[u].w);
    if (prep === 'ب') return !NOT_DEED_CHARGE.test(base);
  }
  return true;
}
function contrastedAccusations(x: ArText): void {
  if (!CONTRAST_GATE.test(x.s)) return;
  const { toks } = x;
  for (let c = 1; c < toks.length; c++) {
    if (!CONTRAST_OPENER.test(toks[c].w) || (/حين|المقابل$/.test(toks[c].w) && toks[c - 1].w !== 'في' && toks[c - 1].w !== 'وفي')) continue;
    let v2 = -1;
    for (let u = c + 1; u <= c + 3 && u < toks.length; u++) if (ACCUSE_VERB.test(toks[u].w)) { v2 = u; break; }
    if (v2 < 0) continue;
    let v1 = -1;
    for (let u = c - 1; u >= 0; u--) if (ACCUSE_VERB.test(toks[u].w)) { v1 = u; break; }
    if (v1 < 0) continue;
    const accusedIn = (a: number, b: number) => x.frames.filter((f) => f.role === 'accused' && x.partyTok[f.party] > a && x.partyTok[f.party] < b).map((f) => f.party);
    const first = accusedIn(v1, c);
    const second = accusedIn(v2, toks.length);
    if (!first.length || !second.length) continue;
    // (s20 fixcl, review R23) both accusations of the deed: the verbal noun after "بـ" a deed or a staging
    // ("بإطلاق", "بفبركة"), not covering up or protecting ("بالتغطية على الهجوم", "بحماية الأسد")
    if (!accusesDeed(x, v1, c) || !accusesDeed(x, v2, Math.min(toks.length, v2 + 8))) continue;
    // (and Russia accused beside the Syrian government is the same camp, not a second side)
    const sides = new Set(second.map((p) => camp(x.parties[p].value)));
    if (first.some((p) => sides.has(camp(x.parties[p].value)))) continue;
    const both = new Set([...first, ...second]);
    for (let i = x.frames.length - 1; i >= 0; i--) if (both.has(x.frames[i].party)) x.frames.splice(i, 1);
    for (const p of both) x.excluded.add(p);
    x.mutual = toks[v2].w;
    return;
  }
}

export function readArabic(s: string, parties: readonly ArParty[], agents: readonly number[] = [], rules: { excluding: readonly ArRule[]; framing: readonly ArRule[]; party?: readonly ArRule[] } = { excluding: EXCLUDING_RULES, framing: FRAMING_RULES, party: PARTY_RULES }): ArReading {
  // every frame and exclusion is about a party: none, nothing to read
  if (!parties.length) return { frames: [], excluded: new Set() };
  const x = new ArText(s, parties, agents);
  runPartyPass(x, rules.party ?? []);
  runPass(x, rules.excluding);
  runPass(x, rules.framing);
  if (rules.framing === FRAMING_RULES) {
    deedNisba(x);
    contrastedAccusations(x);
  }
  damascusOutsideRoles(x);
  return x.mutual ? { frames: x.frames, excluded: x.excluded, mutual: x.mutual } : { frames: x.frames, excluded: x.excluded };
}
