/**
 * Session 13 (room agvoc): the clinical and official register of case reports, poison-centre, hospital, fire-service and
 * ministry statements in English, Russian and Arabic (bronchospasm, respiratory distress, chemical pneumonitis, ocular
 * and mucosal irritation, a reduced level of consciousness, bronchorrhoea, a latent period), from the HPO terms added to
 * eval/agents/extract-hpo-terms.ts and the clinical terms of knowledge/agent-terms.yaml (docs/agent-differential.md
 * §7.00033). Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};

describe('the airway in the clinical register', () => {
  it('reads bronchospasm, reactive airways, inhalation injury, hypoxia and cyanosis as dyspnoea (EN)', () => {
    for (const t of [
      'Several casualties developed bronchospasm and were given nebulised salbutamol.',
      'Four were treated for reactive airways dysfunction.',
      'Casualties were hospitalised with respiratory injuries.',
      'The residents were treated for inhalation injury.',
      'The child was tachypnoeic with intercostal recession.',
      'He was dyspnoeic and cyanosed.',
      'Victims were given oxygen for laboured respiration.',
      'Signs of upper airway obstruction were noted.',
      'Two patients were hypoxic on arrival.',
    ])
      expect(feats(t), t).toMatchObject({ dyspnoea: true });
  });
  it('reads бронхоспазм, дыхательная недостаточность, ингаляционное поражение, ларингоспазм as dyspnoea (RU)', () => {
    for (const t of ['У троих развился бронхоспазм.', 'Госпитализированы с признаками дыхательной недостаточности.', 'У детей ингаляционное поражение.', 'Наблюдался ларингоспазм.', 'У пострадавшего цианоз и гипоксия.'])
      expect(feats(t), t).toMatchObject({ dyspnoea: true });
  });
  it('reads تشنج قصبي and ضائقة تنفسية as dyspnoea (AR); زرقة (cyanosis) maps to no feature since session 14', () => {
    for (const t of ['أصيب بتشنج قصبي.', 'يعاني من ضائقة تنفسية حادة.'])
      expect(feats(t), t).toMatchObject({ dyspnoea: true });
    // session 14 (agctx): cyanosis is a sign of hypoxaemia (HPO HP:0000961), not dyspnoea (test/agents-ctx-s14.test.ts)
    expect(feats('ظهرت زرقة على شفتي الطفل.')).not.toHaveProperty('dyspnoea');
  });
  it('reads chemical pneumonitis, acute lung injury and ARDS as pulmonary oedema', () => {
    for (const t of [
      'Two developed chemical pneumonitis the next day.',
      'She developed acute lung injury twelve hours later.',
      'One patient developed acute respiratory distress syndrome.',
      'У пострадавшего химический пневмонит.',
      'Диагностирована токсическая пневмония.',
      'أصيب باستسقاء رئوي.',
      'تطور لديه التهاب رئوي كيميائي.',
    ])
      expect(feats(t), t).toMatchObject({ delayed_pulmonary_oedema: true });
  });
});

describe('eyes, nose and throat in the clinical register', () => {
  it('reads ocular irritation, conjunctival injection and corneal burns as burning eyes', () => {
    for (const t of ['There was ocular irritation in most patients.', 'Examination showed conjunctival injection.', 'Corneal burns were found in two workers.', 'Гиперемия конъюнктивы у всех пострадавших.', 'التهاب الملتحمة لدى المصابين.', 'احمرار الملتحمة.'])
      expect(feats(t), t).toMatchObject({ burning_eyes: true });
  });
  it('reads mucosal, mucous membrane and pharyngeal irritation as throat burning', () => {
    for (const t of ['They complained of mucous membrane irritation.', 'There was pharyngeal irritation.', 'Отмечено раздражение слизистых.', 'Раздражение верхних дыхательных путей у троих.', 'يعاني المصابون من تهيج الأغشية المخاطية.'])
      expect(feats(t), t).toMatchObject({ throat_burning: true });
  });
});

describe('cholinergic signs and consciousness in the clinical register', () => {
  it('reads copious secretions and bronchorrhoea as hypersalivation, diaphoretic as sweating', () => {
    expect(feats('The patient had copious secretions.')).toMatchObject({ hypersalivation: true });
    expect(feats('Гиперсаливация и бронхорея.')).toMatchObject({ hypersalivation: true });
    expect(feats('He was diaphoretic.')).toMatchObject({ sweating: true });
  });
  it('reads a reduced or altered level of consciousness, obtunded and нарушение сознания as loss of consciousness', () => {
    for (const t of ['Patients arrived with a reduced level of consciousness.', 'He had an altered level of consciousness.', 'She was obtunded.', 'Нарушение сознания у двоих.', 'Угнетение сознания до комы.', 'وصل في حالة تدني مستوى الوعي.'])
      expect(feats(t), t).toMatchObject({ loss_of_consciousness: true });
  });
  it('reads retrosternal pain as chest tightness and a latent period beside a sign as a delayed onset', () => {
    expect(feats('Retrosternal burning was reported.')).toMatchObject({ chest_tightness: true });
    expect(feats('Боли за грудиной.')).toMatchObject({ chest_tightness: true });
    expect(feats('After a latent period of several hours blisters appeared.')).toMatchObject({ onset_delayed: true, delayed_blisters: true });
  });
  it('does not read police seizing goods as a seizure', () => {
    expect(feats('Police seized empty wrappers of farm chemicals; the children had vomited.')).not.toHaveProperty('convulsions');
  });
});

describe('official prose and the Arabic bronchospasm', () => {
  it('reads airway swelling, irritation of the airways and respiratory complaints as dyspnoea', () => {
    for (const t of ['He had airway swelling.', 'Patients had irritation of the respiratory tract.', 'Firefighters said 12 people were treated for respiratory complaints.', 'Поступили с токсическим поражением дыхательной системы.'])
      expect(feats(t), t).toMatchObject({ dyspnoea: true });
  });
  it('reads a noxious odour, فاقد للوعي and фибрилляции мышц', () => {
    expect(feats('Firefighters answered a report of noxious odors on the ninth floor.')).toMatchObject({ odour_unusual: true });
    expect(feats('وصل المصاب فاقداً للوعي.')).toMatchObject({ loss_of_consciousness: true });
    expect(feats('Фибрилляции отдельных мышечных групп.')).toMatchObject({ fasciculations: true });
  });
  it('reads تشنج قصبي and تشنج الشعب الهوائية as dyspnoea, not convulsions; تشنجات alone stay convulsions', () => {
    for (const t of ['أصيب بتشنج قصبي.', 'عانى من تشنجات قصبية.', 'تشنج الشعب الهوائية لدى الأطفال.']) {
      expect(feats(t), t).toMatchObject({ dyspnoea: true });
      expect(feats(t), t).not.toHaveProperty('convulsions');
    }
    for (const t of ['أصيب الطفل بتشنجات.', 'وتشنج في الأطراف.', 'تشنجاتهم كانت شديدة.']) expect(feats(t), t).toMatchObject({ convulsions: true });
  });
});

describe('fluid in the lungs, an asthma attack, blue lips and chest discomfort', () => {
  it('reads lungs full of fluid, water on the lungs and fluid built up in the lungs as pulmonary oedema', () => {
    for (const t of ['Two died hours later with their lungs full of fluid.', 'Some died of water on the lungs.', 'The doctors said fluid had built up on his lungs overnight.', 'She had fluid building up in the lungs by evening.'])
      expect(feats(t), t).toMatchObject({ delayed_pulmonary_oedema: true });
  });
  it('reads an asthma attack and a breath that cannot be caught as dyspnoea; blue lips (cyanosis) map to no feature since session 14', () => {
    for (const t of ['One woman had an asthma attack in the ambulance.', 'The old man could not catch his breath.'])
      expect(feats(t), t).toMatchObject({ dyspnoea: true });
    // session 14 (agctx): cyanosis is a sign of hypoxaemia (HPO HP:0000961), not dyspnoea (test/agents-ctx-s14.test.ts)
    expect(feats('His lips went blue.')).not.toHaveProperty('dyspnoea');
  });
  it('reads chest discomfort, gritty eyes, red patches and bubbles of fluid', () => {
    expect(feats('Workers had cough and chest discomfort.')).toMatchObject({ chest_tightness: true, cough: true });
    expect(feats('Our eyes were gritty and red.')).toMatchObject({ burning_eyes: true });
    expect(feats('Next day there were red patches on their legs.')).toMatchObject({ skin_rash_itching: true });
    expect(feats('By morning their arms had come up in bubbles of fluid.')).toMatchObject({ delayed_blisters: true });
  });
});

describe('a named cholinergic crisis, spoken Arabic breathing and a twisting belly', () => {
  it('reads a cholinergic crisis, syndrome or toxidrome as salivation, once', () => {
    for (const t of ['The patients presented in cholinergic crisis.', 'У пострадавших холинергический криз.', 'ظهرت على المصابين أعراض كولينية.']) {
      const ex = extractFeatures(t, { terms: kb.terms });
      expect(feats(t), t).toMatchObject({ hypersalivation: true });
      expect(ex.hits.filter((h) => h.present).length, t).toBe(1);
    }
  });
  it('reads ما يقدر يتنفس, ما فينا نتنفس and بتقطع النفس as dyspnoea', () => {
    for (const t of ['ما يقدر يتنفس، صدره يصفر.', 'وكلنا عم نكح وما فينا نتنفس.', 'الريحة بتقطع النفس.'])
      expect(feats(t), t).toMatchObject({ dyspnoea: true });
  });
  it('reads живот крутит as cramps', () => {
    expect(feats('В лагере у детей рвота, живот крутит.')).toMatchObject({ diarrhoea_cramps: true, vomiting: true });
  });
});

describe('Arabic and Russian clinical words for the cholinergic signs', () => {
  it('reads تقبض الحدقة as miosis, تحزم عضلي and миофибрилляции as fasciculations, respiratory depression as dyspnoea', () => {
    expect(feats('عند الفحص تقبض الحدقة.')).toMatchObject({ miosis: true });
    expect(feats('لوحظ تحزم عضلي في الأطراف.')).toMatchObject({ fasciculations: true });
    expect(feats('Миофибрилляции и слюнотечение.')).toMatchObject({ fasciculations: true, hypersalivation: true });
    expect(feats('Respiratory depression required bag-mask ventilation.')).toMatchObject({ dyspnoea: true });
    expect(feats('يعاني من انقباض في الصدر.')).toMatchObject({ chest_tightness: true });
  });
});

