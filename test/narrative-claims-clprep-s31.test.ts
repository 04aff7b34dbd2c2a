/**
 * Session 31 (room clprep): vows in the participle or gerund of a verb of vowing (AR «متوعدا / متعهدة بـ», RU «пообещав /
 * пригрозив / поклявшись»), the Arabic weak adjective «حازم» read only with a word of force, the first person's vow to crush
 * the attackers (EN "We will crush them", RU «Мы их уничтожим», AR «سنسحقهم»), and «مقاطعة» as a province, not a boycott
 * (claim-prepared-vow.ts). Sentences written for this test (none copied from a split), positives and near misses (a
 * diplomatic or trade response, a contest, a condition, a negation, a figurative object).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared === true;

describe('vows in the participle or gerund', () => {
  it('Arabic active participles after a verb of condemning or describing', () => {
    expect(prepared('وصف الرئيس المصري الهجوم على الكمين العسكري في سيناء بالعمل الجبان، متوعداً في كلمة متلفزة برد حازم.')).toBe(true);
    expect(prepared('نددت الحكومة العراقية بالهجوم على القاعدة، متوعدة بالانتقام من المنفذين.')).toBe(true);
    expect(prepared('أدان وزير الدفاع التركي الهجوم على الجنود قرب الحدود، متعهدا برد قاس.')).toBe(true);
  });
  it('Russian gerunds of promising and swearing', () => {
    expect(prepared('Президент назвал нападение на пограничный пост терактом, пообещав жёсткий ответ.')).toBe(true);
    expect(prepared('Глава МВД осудил обстрел посёлка, поклявшись отомстить за погибших.')).toBe(true);
  });
  it('a firm response without a word of force, or of trade and diplomacy, is no vow of attack', () => {
    expect(prepared('وصف الرئيس القرار بأنه خاطئ، متوعدا برد حازم على الرسوم الجمركية.')).toBe(false);
    expect(prepared('نددت الحكومة بالحكم القضائي، متوعدة برد حازم عبر القنوات الدبلوماسية.')).toBe(false);
    expect(prepared('Президент раскритиковал санкции, пообещав жёсткий ответ.')).toBe(false);
  });
  it('«مقاطعة» after a preposition of place is a province, not a boycott', () => {
    expect(prepared('هاجم مسلحون قرية في مقاطعة بريانسك الحدودية، وتوعد الرئيس بالانتقام.')).toBe(true);
    expect(prepared('توعدت الحكومة بالرد على مقاطعة منتجاتها.')).toBe(false);
  });
});

describe('the first person vows to crush the attackers', () => {
  it('EN, RU, AR, with an attack told in the item', () => {
    expect(prepared('“We will crush them,” the president said after the attack on the border post killed four soldiers.')).toBe(true);
    expect(prepared('After the bombing of the market, the prime minister declared: "We will hunt them down and destroy them."')).toBe(true);
    expect(prepared('После нападения на колонну министр обороны заявил: «Мы их уничтожим».')).toBe(true);
    expect(prepared('بعد الهجوم على الحاجز قال وزير الداخلية: سنسحقهم.')).toBe(true);
  });
  it('not at a contest, with no attack, on a condition, negated, or at an abstraction', () => {
    expect(prepared('"We will crush them in the election," the opposition leader said.')).toBe(false);
    expect(prepared('We will crush them in the final on Sunday, the coach said after the match.')).toBe(false);
    expect(prepared('Мы уничтожим все запасы химического оружия к концу года, заявил министр.')).toBe(false);
    expect(prepared('"If they attack again, we will crush them," the minister said after the attack.')).toBe(false);
    expect(prepared('"We will not crush them," the president said after the attack.')).toBe(false);
    expect(prepared('سنسحق الفساد، قال رئيس الوزراء بعد الهجوم.')).toBe(false);
  });
});

describe('a vow in passing: the vow sentence led by an attack keeps the attack’s blame and voice (claim-slots.ts)', () => {
  const read = (t: string) => { const r = readClaims(t, lexicon); return { ...r.claims, voice: r.voice }; };
  it('an attack told before the vow in its sentence: prepared, the vower not blamed, the attack’s voice', () => {
    const ar = read('هجوم جديد على جسر في شبه جزيرة القرم وبوتين يتوعد بالرد\nتعرض الجسر لهجوم بزوارق مسيرة فجر اليوم.');
    expect(ar.prepared).toBe(true);
    expect(ar.blamed).toBe(null);
    expect(ar.voice).toBe('asserts');
    const en = read('A drone attack hit an oil depot in Novorossiysk, and Russia vowed a harsh response.');
    expect(en.prepared).toBe(true);
    expect(en.blamed).not.toBe('russia');
    expect(en.voice).toBe('asserts');
    const ru = read('Украинские беспилотники совершили атаку на нефтебазу в Новороссийске, Россия пообещала жёсткий ответ.');
    expect(ru.prepared).toBe(true);
    expect(ru.blamed).toBe('ukraine');
  });
  it('a vow that leads, or an attack in a phrase of time or cause before it, is the vow row: the vower blamed, reports', () => {
    const lead = read('Iran vows harsh revenge for the killing of Haniyeh in Tehran.');
    expect(lead.blamed).toBe('other');
    expect(lead.voice).toBe('reports');
    const after = read('After the assassination of Haniyeh in Tehran, Iran vowed harsh revenge.');
    expect(after.blamed).toBe('other');
    expect(after.voice).toBe('reports');
    const ar = read('بعد اغتيال هنية في طهران، توعدت إيران بالانتقام.');
    expect(ar.blamed).toBe('other');
    expect(ar.voice).toBe('reports');
  });
});

describe('«атаку» as an incident as well as a doer’s cue (the lexicon)', () => {
  it('a plan of an attack in the accusative is read as «готовят удар» is', () => {
    expect(prepared('ВСУ готовят атаку на Запорожскую АЭС, заявили в Минобороны.')).toBe(true);
    expect(prepared('ВСУ готовят атаку на Белгород, заявили в Минобороны.')).toBe(true);
    expect(readClaims('ВСУ готовят атаку на Белгород, заявили в Минобороны.', lexicon).claims.blamed).toBe('ukraine');
  });
  it('a past attack stays a told attack, not a plan', () => {
    expect(prepared('ВСУ совершили атаку на Белгород, погибли два человека.')).toBe(false);
    expect(prepared('Украина не готовит атаку на Запорожскую АЭС, заявил Зеленский.')).toBe(false);
  });
});

describe('a response at a chosen time, and threats of launching missiles at a target', () => {
  it('EN, RU, AR: the idiom of a deferred response after an attack is a vow', () => {
    expect(prepared('"We will respond at a time and place of our choosing," the IRGC said after the attack.')).toBe(true);
    expect(prepared('Мы ответим в подходящее время и в подходящем месте, заявил Песков после атаки на мост.')).toBe(true);
    expect(prepared('وقال المتحدث إن سوريا سترد على العدوان الإسرائيلي في الزمان والمكان المناسبين.')).toBe(true);
  });
  it('not on a condition, nor with no attack told (a lawsuit)', () => {
    expect(prepared('"We will respond at a time of our choosing if they attack," the minister said.')).toBe(false);
    expect(prepared('The company will respond at a time of its choosing to the lawsuit.')).toBe(false);
  });
  it('a threat or vow to launch or fire missiles, rockets or drones at a target: the threatener blamed, reports', () => {
    const r = readClaims('North Korea threatened to launch missiles at Guam.', lexicon);
    expect(r.claims.prepared).toBe(true);
    expect(r.claims.blamed).toBe('other');
    expect(r.voice).toBe('reports');
    expect(prepared('The Houthis vowed to fire drones at Israeli ships.')).toBe(true);
    expect(prepared('North Korea did not threaten to launch missiles at Guam.')).toBe(false);
    expect(prepared('SpaceX plans to launch rockets into orbit.')).toBe(false);
  });
});
