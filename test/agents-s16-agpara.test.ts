/**
 * Session 16 (room agpara): reader defects left open by session 15 (docs/agent-differential.md §7.00036), each stated
 * generally. Every sentence here was written for this test; none is taken from an evaluation file. Each group has
 * variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('a denial scopes over coordinated body parts of one sensation (EN/RU/AR)', () => {
  it('"or" joins the parts under a denial as "and" does', () => {
    expect(feats('No burning in the eyes or throat.')).toEqual({ burning_eyes: false, throat_burning: false });
    expect(feats('There was no burning in the chest or throat.')).toEqual({ chest_tightness: false, throat_burning: false });
    expect(feats('She had no stinging of the eyes or nose.')).toEqual({ burning_eyes: false, throat_burning: false });
  });
  it('Russian parts joined by и / или / ни ... ни', () => {
    expect(feats('Не было жжения ни в глазах, ни в горле.')).toEqual({ burning_eyes: false, throat_burning: false });
    expect(feats('Жжения в глазах или в горле не было.')).toEqual({ burning_eyes: false, throat_burning: false });
  });
  it('a coordinated list told as present keeps every part', () => {
    expect(feats('Жжение в глазах и в горле.')).toEqual({ burning_eyes: true, throat_burning: true });
    expect(feats('For hours there was a burning in the eyes or throat.')).toEqual({ burning_eyes: true, throat_burning: true });
  });
  it('никакой / никакого / никакие deny what follows; the adverb никак does not', () => {
    expect(feats('Никакого кашля.')).toEqual({ cough: false });
    expect(feats('У малыша никакой рвоты и никакого жжения в глазах.')).toEqual({ vomiting: false, burning_eyes: false });
    expect(feats('Он никак не мог откашляться, всё кашлял.')).toMatchObject({ cough: true });
  });
});

describe('"no burns" is a denied lesion, also beside a felt burning', () => {
  it('a denied bare plural noun is the lesion', () => {
    expect(feats('The workers felt a burning on their hands, but there were no burns.')).toEqual({ skin_burning: true, burns: false });
    expect(feats('There were no burns or blisters on him.')).toEqual({ burns: false, delayed_blisters: false });
    expect(feats('The nurse found no blisters or burns.')).toEqual({ burns: false, delayed_blisters: false });
    expect(feats('They arrived without burns.')).toEqual({ burns: false });
  });
  it('the verb stays the sensation or nothing', () => {
    expect(feats('The spray stings and burns.')).not.toHaveProperty('burns');
    expect(feats('It burns when you touch it.')).not.toHaveProperty('burns');
  });
});

describe('review R6: a denial with an exception or "only" asserts what it excepts (EN/RU/AR)', () => {
  it('nothing but / nobody but', () => {
    expect(feats('There was no smell except bleach.')).toEqual({ odour_bleach: true });
    expect(feats('Nobody coughed except the guards.')).toEqual({ cough: true });
    expect(feats('Nobody but the two guards coughed.')).toEqual({ cough: true });
  });
  it('Russian никто, кроме X, не ... asserts it of X', () => {
    expect(feats('Никто, кроме двух стариков, не кашлял.')).toEqual({ cough: true });
    expect(feats('Никого, кроме водителя, не тошнило.')).toEqual({ nausea: true });
  });
  it('Arabic لم/ما ... إلا / غير / سوى asserts it', () => {
    expect(feats('لم يسعل إلا الحراس')).toEqual({ cough: true });
    expect(feats('ما حدا سعل غير الختيار')).toEqual({ cough: true });
    expect(feats('لا شيء سوى رائحة الكلور')).toEqual({ odour_bleach: true });
  });
  it('a plain denial stays a denial', () => {
    expect(feats('Nobody coughed.')).toEqual({ cough: false });
    expect(feats('Никто не кашлял.')).toEqual({ cough: false });
    expect(feats('لم يسعل أحد')).toEqual({ cough: false });
    expect(feats('ما حدا سعل')).toEqual({ cough: false });
  });
  it('"no smell, only X" in Russian and English: X is what was smelled, the smell is not denied wholesale', () => {
    expect(feats('Запаха химии не было, только гарь.')).toEqual({ odour_burning: true });
    expect(feats('Химией не пахло, только гарью.')).toEqual({ odour_burning: true });
  });
});

describe('review R33: a police dispersal told with an irritant sign is the police gas', () => {
  it('dispersal and eyes, tears or cough in the same or the next sentence', () => {
    expect(feats('The police dispersed the crowd and our eyes were burning.')).toMatchObject({ delivery_police_canister: true, burning_eyes: true });
    expect(feats('Officers broke up the rally. Everyone was coughing.')).toMatchObject({ delivery_police_canister: true, cough: true });
    expect(feats('Полиция разогнала митинг, у всех слезились глаза.')).toMatchObject({ delivery_police_canister: true, lacrimation: true });
    expect(feats('فرّقت الشرطة التجمع وصرنا نسعل')).toMatchObject({ delivery_police_canister: true, cough: true });
  });
  it('a dispersal alone, one without a sign, or a cloud dispersing is no police gas', () => {
    expect(feats('Police dispersed the crowd with batons.')).toEqual({});
    expect(feats('Полиция разогнала митинг.')).toEqual({});
    expect(feats('The cloud dispersed after an hour and we kept coughing.')).not.toHaveProperty('delivery_police_canister');
    expect(feats('The police dispersed the crowd. Nobody coughed.')).not.toHaveProperty('delivery_police_canister');
  });
});

describe('spoken Arabic morphology and clitics', () => {
  it('the spoken past of a doubled root (كحّ, شمّ) in every person', () => {
    expect(feats('كلنا كحّينا من الريحة')).toMatchObject({ cough: true });
    expect(feats('الولد كحّ كتير')).toEqual({ cough: true });
    expect(feats('البنت كحّت طول الليل')).toEqual({ cough: true });
    expect(feats('ما كحّيتش ولا مرة')).toEqual({ cough: false });
    expect(feats('شمّيت ريحة كلور')).toEqual({ odour_bleach: true });
  });
  it('two-letter roots only: house, oil and sulphur words are no verbs', () => {
    expect(feats('في بيت جدي')).toEqual({});
    expect(feats('ريحة زيت')).toEqual({});
  });
  it('a stated absence in the circumfix negation is the absence, not its denial', () => {
    expect(feats('ما شميتش ريحة')).toEqual({ odour_none: true });
    expect(feats('مشمتش ريحة كلور')).toEqual({ odour_bleach: false });
  });
  it('the part with ب written onto it, and the part told first', () => {
    expect(feats('حسّينا بحرقة بعيوننا')).toEqual({ burning_eyes: true });
    expect(feats('بعيونه حرقة')).toEqual({ burning_eyes: true });
    expect(feats('ما في حرقة بعيونه')).toEqual({ burning_eyes: false });
  });
  it('eyes that "caught fire" burn; they are no fire', () => {
    expect(feats('عيوننا ولّعت')).toEqual({ burning_eyes: true });
    expect(feats('البيت ولع وعيوني دمعت من الدخان')).toMatchObject({ fire_smoke: true });
  });
  it('the Levantine possessive of the smell noun', () => {
    expect(feats('ريحتو متل الكلور')).toEqual({ odour_bleach: true });
  });
  it('a household water tank is no chemical tank', () => {
    expect(feats('القذيفة نزلت بالحوش جنب خزان المي')).not.toHaveProperty('delivery_industrial_leak');
    expect(feats('تسرب من خزان في المعمل')).toMatchObject({ delivery_industrial_leak: true });
  });
});

describe('lay words for falling burning bits and stale-urine smells', () => {
  it('glowing bits falling from above are burning particles (EN/RU/AR)', () => {
    expect(feats('Glowing pieces came down on the sheds.')).toMatchObject({ burning_particles: true });
    expect(feats('Светящиеся кусочки сыпались на огород.')).toMatchObject({ burning_particles: true });
    expect(feats('حبات عم تضوي نازلة عالحارة')).toMatchObject({ burning_particles: true });
    expect(feats('His eyes were glowing.')).toEqual({});
  });
  it('a waft, a cat box, an outhouse; a smell as in a pool (RU)', () => {
    expect(feats('A waft of rotten eggs came off the drain.')).toMatchObject({ odour_rotten_eggs: true });
    expect(feats('The stink was like a litter tray.')).toEqual({ odour_ammonia: true });
    expect(feats('The smell of the toilet cleaner.')).toEqual({ odour_bleach: true });
    expect(feats('Запах стоял как в бассейне.')).toMatchObject({ odour_bleach: true });
  });
});

describe('Russian diminutive and colloquial body parts, and lay eye words', () => {
  it('глазки, носик, горлышко, башка read as the plain nouns', () => {
    expect(feats('У дочки носик течёт.')).toEqual({ rhinorrhoea: true });
    expect(feats('Глазки покраснели.')).toEqual({ burning_eyes: true });
    expect(feats('У внука в горлышке першило.')).toEqual({ throat_burning: true });
    expect(feats('Башка трещала весь вечер.')).toEqual({ headache: true });
  });
  it('sand in the eyes is the gritty burning; a fog in the eyes is blurred vision, a fog over a river is not', () => {
    expect(feats('Глаза будто песком засыпало.')).toEqual({ burning_eyes: true });
    expect(feats('It was like sand in my eyes.')).toEqual({ burning_eyes: true });
    expect(feats('В глазах туман, всё двоилось.')).toMatchObject({ blurred_vision: true });
    expect(feats('Туман стоял над рекой.')).toEqual({});
  });
});

describe('spoken English: the dropped g, Scots body words, eyes like pins, a burnt-match gas', () => {
  it("coughin', pukin, poundin read as the -ing forms; nouns in -in do not", () => {
    expect(feats("The whole bus was coughin' and pukin.")).toEqual({ cough: true, vomiting: true });
    expect(feats('My heid was poundin.')).toEqual({ headache: true });
    expect(feats('He came out of the cabin with a basin.')).toEqual({});
  });
  it('eyes or een that were or went (like) pins are small pupils', () => {
    expect(feats('The auld man was slabberin and his een were wee pins.')).toEqual({ hypersalivation: true, miosis: true });
    expect(feats('Her eyes went like pinheads.')).toEqual({ miosis: true });
    // pins and needles are no pupils; since session 28 (agabs) they are the tingling of paraesthesia
    expect(feats('Pins and needles in my hands.')).toEqual({ paraesthesia: true });
  });
  it('a burnt-match gas is the sulphur smell', () => {
    expect(feats('We got a lungful of that burnt-match gas.')).toMatchObject({ odour_rotten_eggs: true });
  });
});
