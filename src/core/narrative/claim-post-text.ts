/**
 * The genre of social-media posts, normalised before the claim grammar reads them (session 17, room claims2).
 *
 * The claim reader's grammar was written for headlines, wires and articles. Tweets carry marks of their own that
 * the grammar either cannot see through or misreads: a retweet prefix ("RT @user:"), reply addressees at the head
 * ("@NavyTimes He is ..."), links, the 64-hex hashed user ids of the state-troll disclosures at a post's head,
 * HTML entities ("&amp;"), emoji, the ellipsis of a text cut by the platform ("... in Saskatchewan, Can…": the cut word is
 * kept, it may be whole), and hashtags, which are of two kinds:
 * - **inline**: a word of the sentence marked with "#" ("#ISIS Terrorists Kill 10", "border police fire at truck
 *   carrying #migrants into #Croatia", "#Saudi/#UAE-led airstrike"); its "#" is dropped, "_" read as a space
 *   ("#الغوطة_الشرقية"), and a camelCase tag is split into words ("#GazaMassacre" -> "Gaza Massacre", "#ChemicalAttack"
 *   -> "Chemical Attack"). The words a camelCase split brings to light name a topic: the reader reads their places and
 *   agents and named parties ("#SaudiArabia"), but opens no incident and no staging on them and takes no generic noun in
 *   them for a party (`tags`: the guide counts a hashtag alone as no incident, and "#MaduroRegime" is no Syrian
 *   "regime"); a staging tag ("#FalseFlag") is read as the claim it is;
 * - **a tag list**: a run of tags at the end of the post, or at its head before the sentence ("#news #Chicago 15
 *   Wounded ...", "#politics Two killed ..."), which labels the post rather than saying anything in it. The labelling
 *   guide counts a hashtag alone as no incident (eval/claims/README.md, v17 (9): "#NiceAttack" after a political jibe,
 *   v19 (6): "#massshooting", "#LondonAttacks"), so a tag list is **not** split: it stays as written, as the reader read it
 *   before ("#LondonAttacks" one unread word, "#Saudi" the word it marks), and opens no incident it did not open before.
 *   One exception: a tag that calls the story staged ("#FalseFlag", "#Hoax", "#Staged", "#CrisisActors") says what the
 *   post claims about the event it tells (the guide's `staged`: "says the incident was staged ... or false flag"), so its
 *   words are added as a clause of their own after the post, which the reader reads only when the post itself tells an
 *   attack (a staging tag on a post about nothing violent stages nothing: `stagingAt`).
 *
 * A trailing tag right after a preposition, an article or a conjunction is a word of the sentence, not a label
 * ("... carrying #migrants into #Croatia", "Recent attacks in #Afghanistan"). A head tag is a label when two or more
 * tags open the post, or when one all-lower-case tag does ("#news", "#politics", "#just RT ..."); a capitalised single
 * head tag is the sentence's first word ("#ISIS Terrorists Kill ...", "#Israel Shells another UN School").
 *
 * Pure and cheap: a text with none of the marks of a post (a "#tag" or "@mention" opening a word, a "RT user:" prefix, a
 * t.co link, a 64-hex id, an emoji) is returned as it is, so the other genres (wires, articles, Arabic captions, whose
 * links the reader blanks itself) are untouched.
 */

// a mark of the genre: the normaliser runs only when one is present
const POST_MARK = /(?:^|[\s(\/"'“‘])[#@][\p{L}\p{N}_]|(?<![\p{L}])RT\s+@?[\p{L}\p{N}_]+:|t\.co\/|[0-9a-f]{64}|\p{Extended_Pictographic}/u;
const HAS_EMOJI = /\p{Extended_Pictographic}/u;
// (the entities of the platform's own escaping; "&quot;" is left as written: a quotation mark is a claim's mark for the
// reader (scare quotes, a quoted headline), and the escaped one was not read as such before)
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };
const ENTITY = /&(?:amp|lt|gt);/g;
const LINK = /(?:https?:\/\/|www\.)\S+/gu;
// a hashed user id at the head of a post ("<64 hex> - #Florida State Defeats ..."): the guide reads it as no speaker
// (README v17 (9)). A trailing "via @user" credit is left as written: the reader reads a post's last words for its source
// (a headline's trailing ": Report"), and with the credit gone a subtitle after a colon would read as one
const HASHED_ID_HEAD = /^\s*[0-9a-f]{64}(?![\p{L}\p{N}])(?:\s*[-–—:|](?=\s))?/u;
// emoji and their joiners and variation selectors (pictographs only: letters, digits and punctuation stay)
const EMOJI = /(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u200d|\ufe0f|[\u{1F3FB}-\u{1F3FF}])+/gu;
// the retweet prefix: "RT @user:" / "RT user:" (the speaker is kept: "user:" reads as any "X:" lead)
const RETWEET = /(?<![\p{L}])RT\s+@?([\p{L}\p{N}_]{1,40}):/gu;
// reply addressees at the head of a post ("@NavyTimes He is ...", "@aplusk 4. Overdose ...")
const HEAD_MENTIONS = /^\s*(?:@[\p{L}\p{N}_]+[\s,:]*)+/u;
const MENTION = /@([\p{L}\p{N}_]+)/gu;
// a text cut by the platform: the ellipsis at its end (after links and tags) is no punctuation of the sentence; the cut
// word before it is kept (it may be whole: "... attack by Israel…"), as the reader read it before
const CUT_END = /\s*(?:…|\.\.\.+)\s*$|\s+$/u;
const TAG = '#[\\p{L}\\p{M}\\p{N}_]+';
// a run of tags closing the post (with the punctuation and spaces between them)
const TAIL_TAGS = new RegExp(`(?:[\\s.,;:!?/|•·-]*${TAG})+[\\s.,;:!?/|•·-]*$`, 'u');
const HEAD_TAGS = new RegExp(`^\\s*(?:${TAG}[\\s,/|]+){2,}(?=[^#\\s])|^\\s*#[\\p{Ll}][\\p{Ll}\\p{N}_]*\\s+(?=[^#\\s])`, 'u');
const TAG_G = new RegExp(TAG, 'gu');
// a word before a trailing tag that makes the tag a word of the sentence
const FUNCTION_BEFORE = /(?<![\p{L}])(?:in|into|at|on|of|from|to|for|by|with|against|near|over|across|inside|outside|the|a|an|and|or|nor|but|than|as|via|about|after|before|during|amid|under|over|between|among|toward|towards|like|says|said|is|are|was|were|be|been|has|have|had|its|their|his|her|our|my|your|this|that|these|those)\s*$/iu;
// a tag that calls the story staged (read lower-case, after the split into words)
const STAGING_TAG = /^(?:false\s*flags?|false\s*flag\s*\p{L}*|staged\s*\p{L}*|hoax\p{L}*|\p{L}*\s*hoax|fake\s*(?:attack|news\s*attack|gas\s*attack|chemical\s*attack|massacre|video)s?|crisis\s*actors?|psy\s*ops?|inside\s*job|fabricated\s*\p{L}*|provocation\p{L}*)$/u;

/** "GazaMassacre" -> "Gaza Massacre", "ISISTerrorists" -> "ISIS Terrorists", "UAE_led" -> "UAE led". */
export function splitTag(tag: string): string {
  return tag
    .replace(/_+/g, ' ')
    .replace(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})/gu, ' ')
    .replace(/(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu, ' ')
    .trim();
}

// a tag's span is marked while the text is rebuilt (private-use characters, removed at the end: `readPost`)
const CAMEL = /[\p{Ll}\p{N}]\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;
const OPEN = '\uE000';
const CLOSE = '\uE001';
/**
 * The inline reading of every tag in a span: "#" dropped; a camelCase tag is split into its words and its span marked
 * (a slogan or a topic: "#GazaMassacre", "#LondonAttacks", "#ThingsInventedWhileHigh": the reader opens no incident and
 * reads no staging on a word inside it, as it read none in the unsplit tag before), a one-word or "_" tag is the words it
 * marks, read as before ("#ISIS", "#airstrike", "#Saudi_airstrikes"), a staging tag is split and read ("#FalseFlag").
 */
const inlineTags = (t: string): string =>
  t.replace(TAG_G, (m) => {
    const w = splitTag(m.slice(1));
    // (only the words a camelCase split brings to light are silenced: "#Saudi_airstrikes" was read word by word before,
    // and a staging tag's words are the post's claim, read as any: "the #FalseFlag in Douma")
    return CAMEL.test(m) && !STAGING_TAG.test(w.toLowerCase()) ? OPEN + w + CLOSE : w;
  });

/** The staging tags of a tag list, as words (the other tags are labels: dropped). */
function stagingWords(run: string): string[] {
  const out: string[] = [];
  for (const m of run.match(TAG_G) ?? []) {
    const w = splitTag(m.slice(1));
    if (STAGING_TAG.test(w.toLowerCase())) out.push(w);
  }
  return out;
}

/** A post's text as prose for the claim grammar (see `readPost`). */
export const normalisePost = (input: string): string => readPost(input).text;

export interface PostText {
  /** the text as prose for the claim grammar */
  text: string;
  /** the spans of the compound inline hashtags in `text`, split into words: start, end, start, end ... */
  tags: number[];
  /** where the clause of a tag list's staging tags starts in `text` (-1: none) */
  stagingAt: number;
}
const NO_TAGS: number[] = [];

/**
 * A post's text as prose for the claim grammar (see the file's note), with the spans its hashtags hold: the reader opens
 * no incident and takes no generic party noun on a word inside a camelCase hashtag (the guide: a hashtag alone is no
 * incident; "#MaduroRegime" is no Syrian "regime"), while the named parties, places, agents
 * and staging words of a tag are read. Texts without any mark of the genre come back unchanged (the same string).
 */
export function readPost(input: string): PostText {
  if (!POST_MARK.test(input)) return { text: input, tags: NO_TAGS, stagingAt: -1 };
  let t = input;
  if (t.includes('&')) t = t.replace(ENTITY, (m) => ENTITIES[m] ?? m);
  if (t.includes('http') || t.includes('www.')) t = t.replace(LINK, ' ');
  t = t.replace(HASHED_ID_HEAD, ' ');
  if (HAS_EMOJI.test(t)) t = t.replace(EMOJI, ' ');
  if (t.includes('RT')) t = t.replace(RETWEET, '$1:');
  if (t.includes('@')) t = t.replace(HEAD_MENTIONS, '');
  // the end of the post: an ellipsis where the platform cut it, and a tag list, in either order ("... #BuildTheDamnWall
  // #lo…"), until neither is left. A tag list is kept as it was written ("#GazaMassacre" one unread word, "#Saudi" the
  // word it marks): only inline tags are split, so a list opens no incident it did not open before
  const staging: string[] = [];
  let tail = '';
  for (let i = 0; i < 4; i++) {
    const before = t;
    t = t.replace(CUT_END, '');
    const run = TAIL_TAGS.exec(t);
    if (run) {
      // a tag right after a function word is the sentence's own ("into #Croatia"); the tags after it are the list
      const tags = [...run[0].matchAll(TAG_G)];
      let k = 0;
      while (k < tags.length && FUNCTION_BEFORE.test(t.slice(0, run.index + tags[k].index!))) k++;
      if (k < tags.length) {
        const listAt = run.index + tags[k].index!;
        staging.unshift(...stagingWords(t.slice(listAt)));
        tail = t.slice(listAt) + tail;
        t = t.slice(0, listAt);
      }
    }
    if (t === before) break;
  }
  const head = HEAD_TAGS.exec(t);
  if (head) {
    staging.unshift(...stagingWords(head[0]));
    t = t.slice(head[0].length);
  }
  if (t.includes('#')) t = inlineTags(t);
  t = (head ? head[0] : '') + t + (tail ? ' ' + tail : '');
  if (t.includes('@')) t = t.replace(MENTION, '$1');
  t = t.trim();
  let stagingAt = -1;
  if (staging.length) {
    t += (/[.!?]$/.test(t) ? '' : '.') + '\n';
    stagingAt = t.length;
    t += staging.join('. ') + '.';
  }
  if (!t.includes(OPEN)) return { text: t, tags: NO_TAGS, stagingAt };
  // the marks out, their places kept as spans
  const tags: number[] = [];
  let out = '';
  for (const ch of t) {
    if (ch === OPEN) tags.push(out.length);
    else if (ch === CLOSE) tags.push(out.length);
    else out += ch;
  }
  return { text: out, tags, stagingAt: stagingAt < 0 ? -1 : stagingAt - tags.length };
}
