/**
 * Session 15 (room agblis): the registers of blister and nerve reports (official, historical, clinical and news wording of
 * mustard and nerve-agent and organophosphate poisonings) in English, Russian and Arabic (docs/agent-differential.md
 * §7.00036-agblis). Every sentence is the engineer's own; none is taken from an evaluation item. Each rule is tested with
 * variants that must fire and with ones that must not.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};

describe('bodies that are where a lesion sits, and the death of skin, are no deaths', () => {
  it('does not read a death in "on their bodies", "over his body", "parts of their bodies", "death of the epidermis"', () => {
    for (const t of [
      'They have bad burns on their bodies.',
      'Overnight big blisters had formed on arms and bodies.',
      'A rash spread across their bodies.',
      'Blisters covered parts of their bodies.',
      'Large bullae with full-thickness death of the epidermis.',
      'Biopsy showed tissue death under the blister.',
    ])
      expect(feats(t).deaths, t).toBeUndefined();
  });
  it('still reads corpses and deaths', () => {
    for (const t of ['Bodies lay in the street.', 'Dozens of bodies were recovered.', 'They found bodies on the floor.', 'The bodies of the victims lay in the cellar.', 'The death of the children shocked the town.', 'Blisters covered parts of their bodies, and three died.'])
      expect(feats(t), t).toMatchObject({ deaths: true });
  });
});

describe('skin burns as a lesion, and a lesion that appears hours later', () => {
  it("reads the noun 'skin burns' as burns, the verb after an owner as the sensation", () => {
    for (const t of ['Skin burns and eye damage were reported among those exposed.', 'He was treated for skin burns.', 'Casualties had extensive skin burns with blisters.'])
      expect(feats(t), t).toMatchObject({ burns: true });
    for (const t of ['My skin burns.', 'Her skin burns when she touches the cloth.', 'Their skin burns like fire.']) {
      expect(feats(t), t).toMatchObject({ skin_burning: true });
      expect(feats(t).burns, t).toBeUndefined();
    }
  });
  it('reads burns, lesions or ulcers that appeared hours or a day later as the delayed lesion (EN/RU/AR)', () => {
    for (const t of [
      'Burns that appeared hours later covered their arms and necks.',
      'He came home from the field as usual; the burns only showed up later.',
      'Skin lesions developed the next day.',
      'Ожоги появились только на следующий день.',
      'Язвы на коже возникли спустя сутки.',
      'ظهرت الحروق على أجسادهم بعد ساعات.',
      'الحروق لم تظهر إلا بعد يوم.',
    ])
      expect(feats(t), t).toMatchObject({ delayed_blisters: true });
  });
  it('does not read a burn that showed at once, a burn healing later, or a hot pot as a delayed lesion', () => {
    for (const t of ['The burns appeared immediately after the fire.', 'Burns began to heal days later.', 'He had burns from a hot pot.', 'Wounds formed overnight.', 'Ожоги появились сразу после пожара.', 'ظهرت الحروق فوراً بعد الحريق.'])
      expect(feats(t).delayed_blisters, t).toBeUndefined();
  });
});

describe('blood cholinesterase measured low', () => {
  it('reads a depressed or inhibited cholinesterase (EN/RU/AR)', () => {
    for (const t of [
      'Blood tests showed depressed cholinesterase levels.',
      'Red blood cell acetylcholinesterase activity was markedly reduced.',
      'Laboratory tests confirmed cholinesterase inhibition.',
      'Inhibition of plasma butyrylcholinesterase was found in all six.',
      'Активность холинэстеразы крови была резко снижена.',
      'У всех выявлено снижение активности ацетилхолинэстеразы.',
      'أظهرت التحاليل انخفاض مستوى إنزيم الكولين استراز في الدم.',
    ])
      expect(feats(t), t).toMatchObject({ cholinesterase_depressed: true });
  });
  it('reads a normal cholinesterase as absent, and a named inhibitor or an antidote as no measurement', () => {
    for (const t of ['Cholinesterase levels were normal.', 'Plasma cholinesterase was within normal limits.', 'Холинэстераза в норме.', 'كان مستوى الكولينستراز طبيعياً.'])
      expect(feats(t), t).toMatchObject({ cholinesterase_depressed: false });
    for (const t of ['Novichok is a cholinesterase inhibitor.', 'He was given atropine and pralidoxime.', 'The lab will measure cholinesterase tomorrow.'])
      expect(feats(t).cholinesterase_depressed, t).toBeUndefined();
  });
  it('a depressed cholinesterase leads to the nerve class, a normal one lowers it', () => {
    const run = (text: string) => runDifferential(kb, [{ text, role: 'official' }]);
    const low = run('Four farm workers had headache, nausea and dizziness; their blood cholinesterase was depressed.');
    const normal = run('Four farm workers had headache, nausea and dizziness; their blood cholinesterase was normal.');
    const p = (r: ReturnType<typeof run>) => r.classes.find((c) => c.id === 'nerve')!.probability;
    expect(low.top.class).toBe('nerve');
    expect(p(normal)).toBeLessThan(p(low) / 3);
  });
});

describe("the vesicant's eye and voice: photophobia, corneal damage, swollen eyelids, hoarseness (HPO)", () => {
  it('reads light sensitivity, keratitis, corneal ulcers and swollen eyelids as eye injury (EN/RU/AR)', () => {
    for (const t of [
      'Patients complained of photophobia and swollen eyelids.',
      'Their eyes were so sensitive to light that they kept them covered.',
      'Examination showed corneal ulceration.',
      'У пострадавших светобоязнь и отёк век.',
      'Врачи диагностировали кератит.',
      'يعانون من رهاب الضوء وتورم الجفون.',
    ])
      expect(feats(t), t).toMatchObject({ burning_eyes: true });
  });
  it('reads a hoarse or lost voice as hoarseness (EN/RU/AR), not the Russian crackles (хрипы)', () => {
    for (const t of ['The patient had a hoarse voice.', 'Many lost their voice for a week.', 'Голос сел, была осиплость.', 'К вечеру все охрипли.', 'كان يعاني من بحة في الصوت.', 'صوته مبحوح منذ الهجوم.'])
      expect(feats(t), t).toMatchObject({ hoarseness: true });
    for (const t of ['Хрипы в лёгких.', 'He spoke in a loud voice.', 'لم يكن هناك أي صوت.'])
      expect(feats(t).hoarseness, t).toBeUndefined();
    expect(feats('The patient did not have a hoarse voice.')).toMatchObject({ hoarseness: false });
  });
  it('eye drops, a bright lamp and a sore throat from a cold are no eye injury and no hoarseness', () => {
    for (const t of ['The nurse gave him eye drops.', 'The lamp was too bright.'])
      expect(feats(t).burning_eyes, t).toBeUndefined();
  });
});

describe('a munition named by the past war it comes from is an old munition', () => {
  it('reads world-war shells and bombs, a bomb from a named past war, German aerial bombs found (EN/RU/AR)', () => {
    for (const t of [
      'A World War II shell leaked a brown liquid onto the workers.',
      'Farmers ploughing the field turned up a First World War shell.',
      'Sappers tried to destroy a German aerial bomb from the Second World War; ten officers were poisoned.',
      'WWI-era mustard shells are still found in the fields.',
      'При попытке уничтожить подрывом немецкий авиационный фугас пострадали десять сотрудников ОМОНа.',
      'Снаряд времён Второй мировой войны дал течь.',
      'قذيفة من الحرب العالمية الثانية تسربت منها مادة زيتية.',
    ])
      expect(feats(t), t).toMatchObject({ old_munition_found: true });
  });
  it("does not read a war's shelling, a veteran, war planes or German troops as an old munition", () => {
    for (const t of [
      'During the war the shelling went on for weeks.',
      'He was a World War II veteran.',
      'Bombs from the war planes fell on the market.',
      'Немецкие войска обстреливали город.',
      'قصفت الطائرات خلال الحرب العالمية الثانية المدينة.',
    ])
      expect(feats(t).old_munition_found, t).toBeUndefined();
  });
});
