/**
 * Session 11 (room riot): the crowd-control scene (who let the gas off, how, at whom; what the people felt and how soon
 * it passed) and spoken-Arabic coverage (Persian-script letters of Iraqi/Gulf/Maghrebi writing, spoken 'nobody' / 'there
 * is no', بس 'but', dialect nouns for face, nose, water, smoke, and the quick relief told by its time). Every sentence is
 * the engineer's own, none taken from an evaluation item; each assertion names a value that the change set.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures, normaliseText } from '../src/core/agents/feature-extraction.js';
import { arabicDialectNoun, stemsOf } from '../src/core/agents/term-matcher.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};
const lead = (text: string) => runDifferential(kb, [{ text, role: 'witness' }]).top.class;

describe('riot: the hands that let a crowd-control gas off, and the grenades they use', () => {
  it('reads guards, tactical teams and spoken-Arabic security forces with a deploy word and a gas word', () => {
    expect(feats('Prison guards fired gas into the yard where the inmates had gathered.')).toMatchObject({ delivery_police_canister: true });
    expect(feats('The tactical team lobbed a canister into the cell block.')).toMatchObject({ delivery_police_canister: true });
    expect(feats('Надзиратели бросили в камеру газовую гранату, все закашлялись.')).toMatchObject({ delivery_police_canister: true });
    // a spray already read as the hand spray is that one delivery (told once)
    expect(feats('Охранник пшикнул газом в камеру, все закашлялись.')).toMatchObject({ delivery_spray_face: true });
    expect(feats('عناصر الأمن رموا علينا غاز وصرنا نكح')).toMatchObject({ delivery_police_canister: true });
    expect(feats('القوى الأمنية رمت قنابل دخان على الساحة')).toMatchObject({ delivery_police_canister: true });
  });
  it('reads "gas shells" and قنابل as the police grenades when the police delivery is told, and keeps a war\'s shells', () => {
    const jail = feats('Police lobbed gas shells into the jail to quell the riot; inmates ran coughing.');
    expect(jail).toMatchObject({ delivery_police_canister: true });
    expect(jail).not.toHaveProperty('delivery_shell_rocket');
    expect(feats('القوى الأمنية رمت قنابل على الشباب بالساحة')).not.toHaveProperty('delivery_shell_rocket');
    // no police actor: gas shells of a war stay shells
    expect(feats('The army fired gas shells at the village; blisters came up the next day.')).toMatchObject({ delivery_shell_rocket: true });
    expect(feats('سقطت قنابل على الحي من الطائرة')).toMatchObject({ delivery_shell_rocket: true });
  });
  it('reads an occupation\'s forces firing gas on the ground, not their aircraft or shelling', () => {
    expect(feats('أطلقت قوات الاحتلال الغاز على طلاب المدرسة وأصيب العشرات بالاختناق')).toMatchObject({ delivery_police_canister: true });
    const air = feats('أطلقت طائرات الاحتلال قنابل على الحي وتواصل القصف المدفعي');
    expect(air).not.toHaveProperty('delivery_police_canister');
    expect(air).toMatchObject({ delivery_shell_rocket: true });
  });
  it('keeps a bomb in another sentence as a bomb when the police delivery is told elsewhere', () => {
    const two = feats('أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في الصباح. وفي المساء سقطت قنابل من الطائرات على الحي.');
    expect(two).toMatchObject({ delivery_police_canister: true, delivery_shell_rocket: true });
  });
  it('does not read a gas mask as a gas let off, nor guards gassed from a helicopter\'s cylinder as the ones letting it off', () => {
    expect(feats('Security guards at the water plant used gas masks during the chlorine leak and several coughed.')).not.toHaveProperty('delivery_police_canister');
    expect(feats('The guards were sprayed with chlorine gas from a cylinder dropped by the helicopter.')).not.toHaveProperty('delivery_police_canister');
  });
  it('does not read a safe place (امن) or an aircraft\'s gas as security forces', () => {
    expect(feats('نقلونا إلى مكان آمن بعد أن رمت الطائرة الغاز')).not.toHaveProperty('delivery_police_canister');
  });
  it('reads a hand spray aimed at an assembly or inmates, a spray named by its kind, and an Arabic spray in the face', () => {
    expect(feats('A man walked into the hall and sprayed the congregation with an irritant.')).toMatchObject({ delivery_spray_face: true });
    expect(feats('Officers ended the stand-off with a chemical spray.')).toMatchObject({ delivery_spray_face: true });
    expect(feats('A hiker was hit by bear spray on the trail.')).toMatchObject({ delivery_spray_face: true });
    expect(feats('الحارس رشّ في وشّي بخاخ وعيوني صارت نار')).toMatchObject({ delivery_spray_face: true, burning_eyes: true });
    expect(feats('رشوا على عيوننا رذاذ الفلفل')).toMatchObject({ delivery_spray_face: true });
    // an asthma inhaler (بخاخ) given to a patient is no spray attack
    expect(feats('أعطوه بخاخ الربو وصار يتنفس أحسن')).not.toHaveProperty('delivery_spray_face');
    // crops sprayed are not people sprayed
    expect(feats('A plane sprayed the cotton fields next to the school.')).not.toHaveProperty('delivery_spray_face');
  });
  it('leads riot-control for a spray at a congregation and guards gassing a prison', () => {
    expect(lead('During the service a man sprayed the worshippers with gas; eyes burned and people coughed, all fine within half an hour.')).toBe('riot-control');
    expect(lead('Guards fired gas into the wing; our eyes streamed and skin stung, and after twenty minutes in the yard we were fine.')).toBe('riot-control');
    // the session-10 review's sentence: a nerve agent at a mosque stays nerve
    expect(lead('The gas reached the worshippers in the mosque; many had pinpoint pupils, drooled and convulsed.')).toBe('nerve');
  });
});

describe('riot: quick relief told by its time (cdc-riot: within 15-30 minutes)', () => {
  it('reads relief within minutes or half an hour in EN/RU/AR, either order', () => {
    expect(feats('Our eyes stung badly. After about twenty minutes we were fine again.')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('The burning went away within half an hour.')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('Глаза резало. Через полчаса все отошли.')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('Часа через пол прошло, только глаза красные.')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('غسلناله وشه بالمية، وبعد نص ساعة بقى كويس')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('وخلال ربع ساعة صرت منيح')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('صار منيح بعد ربع ساعة')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('تحسنوا بعد وقت قصير')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('Our eyes burned. We were fine within a short time.')).toMatchObject({ recovery_fresh_air: true });
  });
  it('does not read a sign that begins after a time, nor relief after days, as quick relief', () => {
    expect(feats('بعد ساعة صار يكح')).not.toHaveProperty('recovery_fresh_air');
    expect(feats('After two days he was fine.')).not.toHaveProperty('recovery_fresh_air');
    expect(feats('After twenty minutes he started vomiting.')).not.toHaveProperty('recovery_fresh_air');
  });
});

describe('Arabic: spoken negation, بس, Persian-script letters and dialect nouns', () => {
  it('reads spoken "nobody" / "there is no" as negation (Egyptian, Levantine, Gulf)', () => {
    expect(feats('محدش عينه دمّعت')).toMatchObject({ lacrimation: false });
    expect(feats('ما حدا اختنق من الغاز')).toMatchObject({ dyspnoea: false });
    expect(feats('محد كان يسعل')).toMatchObject({ cough: false });
  });
  it('ends the clause at spoken بس (but), so a denial before it does not reach past it', () => {
    expect(feats('ما في ريحة بس الناس عم تسعل')).toMatchObject({ cough: true });
  });
  it('folds گ ڨ to ق, ک چ to ك, ی to ي, ڤ to ف', () => {
    expect(normaliseText('انگطعت')).toBe('انقطعت');
    expect(normaliseText('ڨال')).toBe('قال');
    expect(normaliseText('چان')).toBe('كان');
    expect(normaliseText('کحة')).toBe('كحة');
    expect(normaliseText('عینی')).toBe('عيني');
    expect(normaliseText('ڤيروس')).toBe('فيروس');
    // the Iraqi spelling of انقطع (cut off) now meets the dyspnoea term written with ق
    expect(feats('انگطع نفسي من الغاز')).toMatchObject({ dyspnoea: true });
  });
  it('reads a spoken noun as the written one, with its clitics and pronoun', () => {
    expect(arabicDialectNoun('بوشه')).toBe('وجهه');
    expect(arabicDialectNoun('مناخيري')).toBe('انفي');
    expect(arabicDialectNoun('خشمه')).toBe('انفه');
    expect(arabicDialectNoun('بالمية')).toBe('ماء');
    expect(arabicDialectNoun('ريحتها')).toBe('رائحتها');
    expect(arabicDialectNoun('موجود')).toBeNull();
    expect(stemsOf('وشي', 'ar')).toContain(stemsOf('وجهي', 'ar')[0]);
    // the written terms then read the spoken nouns
    expect(feats('وشي بيحرقني من الغاز')).toMatchObject({ skin_burning: true });
    expect(feats('مناخيري عم تشرّ وعيوني بتدمع')).toMatchObject({ rhinorrhoea: true, lacrimation: true });
    expect(feats('زوري بيحرقني')).toMatchObject({ throat_burning: true });
  });
  it('reads spoken blepharospasm and burning eyes', () => {
    expect(feats('عينه اتقفلت خالص')).toMatchObject({ blepharospasm: true });
    expect(feats('ما عاد فيني فتّحها')).toMatchObject({ blepharospasm: true });
    expect(feats('عيونه صارت نار')).toMatchObject({ burning_eyes: true });
    // "I saw the fire with my eyes" is no burning of the eyes
    expect(feats('شفت النار بعيوني')).not.toHaveProperty('burning_eyes');
  });
});
