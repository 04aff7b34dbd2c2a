/**
 * A claim of responsibility told in a relative clause (session 24, room clgram): "The attack, which ISIS claimed, killed
 * 20", "the attack, for which IS claimed responsibility, killed 20". The reader read the claimant when the deed is the
 * claim's object after it ("ISIS claimed the attack"); in the relative clause the object is the relative pronoun, which
 * stands for the deed noun before it (Quirk et al. 1985 §17.10 on the relative pronoun as object), so the deed is claimed
 * all the same. English only: the Russian «нападение, ответственность за которое взяло ИГИЛ» was tried, but a deed cue there
 * reads the claim in the item's own voice, while the guide tells a claim of responsibility on the claimant's word (README
 * v13 call 1), which the Russian responsibility rule of claim-slots.ts gives and a cue does not; left. The verb of claiming is returned for the reader to read
 * as the claimant's deed cue; the relative's subject is found by the reader's relative-clause grammar (subjectOf), and the
 * clause keeps its voice (a claim is told on the claimant's word).
 *
 * Not one: a relative of saying about the deed ("the attack, which Russia claimed was staged": a complement follows the
 * verb), or one whose antecedent is no deed ("the video, which ISIS claimed").
 *
 * Pure: offsets in the reader's lower-cased text `s`.
 */

const EN_DEED = String.raw`(?:attacks?|bombings?|blasts?|explosions?|massacres?|killings?|assassinations?|shootings?|strikes?|airstrikes?|ambush|raids?|assaults?|poisonings?|hijackings?|kidnappings?|operations?)`;
// (deed) , which / that (claimant up to five words) (has|had)? claimed [responsibility for]? -- not followed by a complement verb
const EN_RELATIVE_CLAIM_G = new RegExp(String.raw`(?<![\p{L}])${EN_DEED}\s*,?\s+(?:which|that|for\s+which)\s+(?:[\p{L}\-'’.]+\s+){1,5}?(?:has\s+|had\s+|have\s+|later\s+|quickly\s+|swiftly\s+|also\s+)*(claimed|claims)(?:\s+responsibility(?:\s+for)?)?(?=\s*(?:[,.;:!?)\n]|$|\s+(?:on|in|at|late|early|last|yesterday|today|through|via|online)\s))`, 'gu');
const EN_GATE = /\s(?:which|that)\s[^.]{0,60}claim/u;

/** [at, end, word] of each verb of claiming whose object is a relative pronoun that stands for a deed */
export function relativeClaims(s: string, lang: 'en' | 'ru' | 'ar'): [number, number, string][] {
  const out: [number, number, string][] = [];
  if (lang !== 'en' || !EN_GATE.test(s)) return out;
  const re = EN_RELATIVE_CLAIM_G;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index + m[0].lastIndexOf(m[1]);
    out.push([at, at + m[1].length, m[1]]);
  }
  return out;
}
