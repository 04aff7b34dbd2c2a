/**
 * Session 23 (claims): who did what — the agent of a deed that the lexicon has no name for (claim-deed-agent.ts), read
 * by its grammatical role and tagged `other` (or the party inside the phrase), when the reader reads no party at all.
 * Sentences written for this test; each rule beside the near-miss it must leave alone (the victim of the deed, the
 * reporter, the investigator, the accuser, the unnamed doer the labels blame no one for).
 * 1. English: the subject of an active deed verb, the agent of a passive ("attacked by protesters", "carried out by
 *    a cult"), "the attack by X", "X's attack", the accused or charged named ("was arrested and charged with poisoning");
 *    a private person as the subject of a killing ("a man who stabbed his wife"), not as its passive victim.
 * 2. Russian: the subject before the verb (nominative: an oblique ending or a plural verb makes the noun its object),
 *    a passive participle with an instrumental agent («совершённая нацистами»), the actor before an active participle
 *    («уроженца ..., готовившего теракт»), the subject after a plural verb («отравили люди Кучмы»), the singular subject after its verb by its nominative form («совершил 19-летний студент»).
 * 3. Arabic: a group named by its head noun and a name after the deed verb or before it («قوات الدعم السريع استخدمت»,
 *    «اغتالت عصابة»), after «على يد», after a light verb with the deed's verbal noun («قامت عصابة ... باغتيال»); a private
 *    poisoner with the poison named («زوجة أب تضع السم»).
 * 4. The reader's grammar stays over it: a denial, a negated deed, a question or an attribution; a party, a state or a
 *    force of the lexicon inside the agent phrase is left to the reader's own rules (a dismissed account, a criticised
 *    version keep blaming no one); protesters beside the police are the crowd of a crowd-control story.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { deedAgents } from '../src/core/narrative/claim-deed-agent.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon);
const blamed = (t: string) => read(t).claims.blamed ?? null;

describe('1. English agents of deeds', () => {
  it.each([
    ['A local man was attacked by protesters outside the courthouse on Friday.', 'other', 'asserts'],
    ['The attack on the hospital by Los Zetas killed four.', 'other', 'asserts'],
    ['The attack by the Rapid Response Brigade killed 12 civilians.', 'other', 'asserts'],
    ['The poisoning of the workers was carried out by Ivan Petrov, a chemist at the plant.', 'other', 'asserts'],
    ['Investigators said the chemist Ivan Petrov poisoned his colleagues with thallium.', 'other', 'reports'],
    ['Marco Rossi was arrested and charged with poisoning his wife.', 'other', 'reports'],
    // a private person as the subject of a killing (the README's private culprits)
    ['A man in Italy who stabbed his wife to death was sentenced to 16 years.', 'other', 'asserts'],
    ['A 45-year-old man shot dead his neighbour in Leeds on Sunday.', 'other', 'asserts'],
  ])('%s -> %s (%s)', (t, want, voice) => {
    expect(blamed(t)).toBe(want);
    expect(read(t).voice).toBe(voice);
  });
  it('the reporter is not the agent: the subject of the deed is', () => {
    const r = read('Reuters reported that the Order of the Solar Temple poisoned the villagers.');
    expect(r.claims.blamed).toBe('other');
    expect(r.voice).toBe('reports');
    const t = 'Reuters reported that the Order of the Solar Temple poisoned the villagers.';
    expect(deedAgents(t, t.toLowerCase(), 'en').map((c) => c.word)).toEqual(['order of the solar temple']);
  });
  it('the investigator is not the agent', () => {
    const t = 'Investigators from Scotland Yard said the nerve agent attack was carried out by a cult.';
    expect(deedAgents(t, t.toLowerCase(), 'en').map((c) => c.word)).toEqual(['a cult']);
    expect(blamed(t)).toBe('other');
  });
  it.each([
    // the victim of the deed: the subject of a passive, the possessor of a murder
    ['Protesters were attacked outside the courthouse on Friday.'],
    ["Kim Jong-nam's murder at the airport shocked the world."],
    ['Ivan Petrov was poisoned with thallium, investigators said.'],
    // the unnamed doer the labels blame no one for
    ['A suicide bomber killed five people in the market.'],
    ['Armed #MaduroRegime mob attacked the convoy of the opposition leader'],
    // a private person as the victim, in a passive or a reduced relative
    ['A woman killed in the shelling was buried on Friday.'],
    ['A man was killed in the airstrike on the market.'],
    // shooting a video is filming
    ['A teenager shot a video of the chemical attack in Khan Sheikhoun and posted it online.'],
    // a place inside the subject phrase, a noun in -s, a title-case passive
    ['A suspected chemical attack in rebel-held northwestern Syria killed dozens of civilians.'],
    ['The pictures prove that the Brussels attacks were staged.'],
    ['20 Terrorists Killed in Idlib Strikes'],
    // the owner of a device, not the user of a weapon
    ['Explosions of pagers used by Hezbollah killed nine people.'],
    // a denial, a negated deed
    ['Turkey rejected allegations that the Turkish Armed Forces used chemical weapons against Kurdish militants.'],
    ['Protesters did not attack the police station, organisers said.'],
    ['Ivan Petrov denied that he poisoned his colleagues.'],
  ])('near miss: %s -> null', (t) => expect(blamed(t)).toBeNull());
  it('a name that modifies its head is no agent of its own: the party of the head is read', () => expect(blamed('The strikes were carried out by Syrian warplanes.')).toBe('government'));
  it.each([
    // a party of the lexicon inside the phrase is the reader's own grammar's: its refusals stand
    ["Peskov called Zelensky's claims that Russia used chemical weapons a lie."],
    ["After the Douma chemical attack, Moscow attacked London's version of events."],
    // a headline's passive: the participle with no object after it
    ['Opposition activist Kara-Murza poisoned'],
    ['Russian blogger poisoned with nerve agent.'],
    // protesters beside the police
    ['Protesters attacked police with pepper spray in Tbilisi'],
  ])('near miss: %s -> null', (t) => expect(blamed(t)).toBeNull());
});

describe('2. Russian agents of deeds', () => {
  it.each([
    ['Совершённая нацистами провокация стала предлогом для арестов.', 'other'],
    ['По версии следствия, Шульга отравил 34 человека.', 'other'],
    ['ФСБ задержала уроженца Центральной Азии, готовившего теракт.', 'other'],
    ['Беженцы забросали пограничников шумовыми гранатами.', 'other'],
    ['Мигранты атаковали пограничников с применением слезоточивого газа.', 'other'],
    ['Нападение было совершено членами секты.', 'other'],
    ['Мужчина зарезал соседа в Москве.', 'other'],
    // the singular subject after its verb, by its nominative form
    ['Нападение на школу совершил 19-летний студент.', 'other'],
    // a party of the lexicon inside the agent phrase is read by the reader's own grammar (Leonid Kuchma,
    // knowledge/claim-parties.yaml)
    ['В.Ющенко: Меня отравили люди Л.Кучмы', 'ukraine'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    // the object before an indefinite-personal plural verb, or in an oblique case
    ['Навального отравили в тюрьме, заявила его жена.'],
    ['Виктора Ющенко отравили накануне выборов.'],
    ['Мигрантов атаковали слезоточивым газом.'],
    ['Пограничников забросали шумовыми гранатами.'],
    ['Мужчину зарезали в Москве.'],
    ['Отравили студента в общежитии.'],
    ['Нападение на студента совершили неизвестные.'],
    // an instrument in the instrumental, no agent
    ['Члены семьи были убиты.'],
    // the unnamed doer
    ['Убийство было совершено неизвестными.'],
  ])('near miss: %s -> null', (t) => expect(blamed(t)).toBeNull());
});

describe('3. Arabic agents of deeds', () => {
  it.each([
    ['قوات الدعم السريع استخدمت أسلحة كيميائية ضد المدنيين في الفاشر', 'other'],
    ['اغتالت عصابة إجرامية رجل أعمال في بغداد', 'other'],
    ['قتل الصحفي على يد عصابة إجرامية في بغداد', 'other'],
    ['أقدمت زوجة أب على قتل أطفال زوجها: زوجة أب تضع السم لأطفال زوجها في الطعام، وتوفي طفلان', 'other'],
    // a light verb of undertaking with the deed's verbal noun
    ['قامت عصابة إجرامية باغتيال رجل أعمال في بغداد', 'other'],
    ['أقدمت ميليشيا مسلحة على قتل عشرة مدنيين', 'other'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it('near miss: a bare definite plural names no one', () => expect(blamed('شنت الميليشيات هجوما على قاعدة أمريكية في العراق.')).toBeNull());
  it.each([
    // the gang as the object of an arrest, unnamed doers after a light verb
    ['قامت الشرطة باعتقال عصابة إجرامية'],
    ['قام مجهولون باغتيال رجل أعمال في بغداد'],
  ])('near miss: %s -> null', (t) => expect(blamed(t)).toBeNull());
  it('near miss: a crowd after an unvocalised verb of killing is no agent (the passive reads the same)', () =>
    expect(deedAgents('قتل متظاهرون في بغداد', 'قتل متظاهرون في بغداد', 'ar')).toEqual([]));
  it('near miss: a private person after a verb of killing is no agent without the poison named', () =>
    expect(deedAgents('رجل قتل في بغداد', 'رجل قتل في بغداد', 'ar')).toEqual([]));
});
