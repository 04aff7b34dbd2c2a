/**
 * Session 11 (room nonspec): accounts of no toxic chemical (a blast, a food poisoning, a psychogenic outbreak, carbon
 * monoxide) that read as a nerve agent or a release, and what separates them (docs/agent-differential.md §7.00020).
 * Invented sentences, EN/RU/AR; none is taken from an evaluation item.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => Object.fromEntries([...extractFeatures(text, { terms: kb.terms }).features].map(([k, v]) => [k, v.present]));
const p = (feature: string, agentId: string) => kb.p[kb.featureIndex.get(feature)!][kb.agents.findIndex((a) => a.id === agentId)];
const cls = (text: string) => {
  const r = runDifferential(kb, [{ text }]);
  const by = Object.fromEntries(r.classes.map((c) => [c.id, c.probability]));
  return { top: r.top.class, agent: r.top.agent, by };
};

describe('measurements that found nothing (no_agent_detected)', () => {
  it('is read in EN, RU and AR, each phrase holding its own negation', () => {
    for (const text of [
      'The fire brigade measured the air and found no hazardous substances.',
      'Air monitoring detected no toxic gases.',
      'Специалисты не обнаружили в воздухе превышения концентрации вредных веществ.',
      'Замеры воздуха не выявили превышения ПДК.',
      'ولم ترصد الأجهزة أي مواد سامة في الهواء.',
    ]) expect(feats(text), text).toMatchObject({ no_agent_detected: true });
  });
  it('is not read from "no serious injuries were recorded" nor from a leak that was found', () => {
    expect(feats('استقبل المستشفى خمساً وسبعين حالة تسمم بعد تناول وجبات الطعام، ولم تسجل أي إصابات خطرة.')).not.toHaveProperty('no_agent_detected');
    expect(feats('The gas service found a leak in the boiler room.')).not.toHaveProperty('no_agent_detected');
  });
  it('is its own feature, hallmark of a psychogenic outbreak (jones-2000) and occasional for a chemical', () => {
    const row = kb.features.find((f) => f.id === 'no_agent_detected')!;
    expect(row.scope).toBe('incident');
    expect(row.statesAbsence).toBe(true);
    expect(p('no_agent_detected', 'psychogenic')).toBeCloseTo(0.01 + 0.99 * 0.9, 6);
    expect(p('no_agent_detected', 'sarin')).toBeCloseTo(0.01 + 0.99 * 0.3, 6);
    expect(p('no_agent_detected', 'chlorine')).toBeCloseTo(0.01 + 0.99 * 0.3, 6);
    expect(p('no_agent_detected', 'fire-smoke')).toBeCloseTo(0.01 + 0.99 * 0.1, 6);
  });
  it('turns fainting and nausea with clean measurements into no toxic chemical (RU, AR)', () => {
    const ru = cls('На швейной фабрике двадцать работниц почувствовали тошноту, некоторые упали в обморок. Замеры воздуха не выявили превышения ПДК, утечки не обнаружили.');
    expect(ru.top).toBe('none');
    expect(ru.by.none).toBeGreaterThan(0.65);
    expect(ru.by.nerve).toBeLessThan(0.12);
    const ar = cls('أغمي على عشرين طالبة وشعرن بالغثيان والصداع، ولم ترصد الأجهزة أي مواد سامة في الهواء.');
    expect(ar.top).toBe('none');
    expect(ar.agent).toBe('psychogenic');
    expect(ar.by.none).toBeGreaterThan(0.65);
  });
});

describe('a Russian denial after the noun (утечки не обнаружили)', () => {
  it('reads the leak as absent, not present', () => {
    expect(feats('Утечки не обнаружили.')).toMatchObject({ delivery_industrial_leak: false });
    expect(feats('Газовщики утечку не нашли.')).toMatchObject({ delivery_industrial_leak: false });
    expect(feats('Утечку газа обнаружили в подвале.')).toMatchObject({ delivery_industrial_leak: true });
  });
});

describe('a food poisoning told with "no smell, no cloud"', () => {
  it('food-poisoning takes "no smell" as common, level with the odourless nerve agents', () => {
    expect(p('odour_none', 'food-poisoning')).toBeCloseTo(p('odour_none', 'sarin'), 12);
  });
  it('reads a wedding meal with diarrhoea and no smell as a food poisoning, not a nerve agent', () => {
    const r = cls('After the wedding lunch half the guests had diarrhoea and cramps all night; there was no smell and no cloud, nothing in the air.');
    expect(r.top).toBe('none');
    expect(r.agent).toBe('food-poisoning');
    expect(r.by.nerve).toBeLessThan(0.1);
  });
});

describe('a blast: glass cuts and debris are wounds, and "no smell" does not make it a nerve agent', () => {
  it('reads glass cuts and debris strikes as trauma', () => {
    for (const text of ['Many were wounded by the blast, with cuts from the glass.', 'The injured were struck by debris and flying glass.'])
      expect(feats(text), text).toMatchObject({ trauma_injuries: true });
  });
  it('a collapsed front, dust, cough, cuts and no smell reads as a blast', () => {
    const r = cls('The bomb brought down the front of the house. People came out white with dust, coughing, with cuts from the glass; they shouted gas, but there was no smell.');
    expect(r.top).toBe('none');
    expect(r.by.none).toBeGreaterThan(0.6);
    expect(r.by.nerve).toBeLessThan(0.15);
  });
});

describe('carbon monoxide named by its blood test', () => {
  it('reads carboxyhaemoglobin and CO poisoning as smoke and combustion gas', () => {
    for (const text of ['Their carboxyhaemoglobin levels were high and they were given oxygen.', 'The family was treated for CO poisoning.'])
      expect(feats(text), text).toMatchObject({ fire_smoke: true });
    expect(cls('Several patients arrived unconscious with headache and vomiting; their carboxyhaemoglobin was high.').agent).toBe('fire-smoke');
  });
});

describe('"immediately taken to hospital" times the response, not the onset', () => {
  it('drops onset_fast beside a verb of taking to care, EN/RU/AR, and keeps it beside a sign', () => {
    for (const text of [
      'The wounded were immediately taken to hospital, where fifteen cases of suffocation were recorded.',
      'The casualties were rushed to hospital at once; they had blisters.',
      'Пострадавших сразу доставили в больницу с удушьем.',
      'نقل الجرحى فوراً إلى مستشفى ميداني، وسجلت أكثر من خمس عشرة حالة اختناق بعد القصف.',
    ]) expect(feats(text), text).not.toHaveProperty('onset_fast');
    expect(feats('People started coughing immediately.')).toMatchObject({ onset_fast: true });
    expect(feats('Within minutes people collapsed and were later taken to hospital.')).toMatchObject({ onset_fast: true });
  });
  it('a blister account whose casualties were taken to hospital at once stays a blister agent', () => {
    const r = cls('The casualties were rushed to hospital at once; they had blisters.');
    expect(r.top).toBe('blister');
    expect(r.by.incendiary).toBeLessThan(0.15);
  });
});

describe('a powerful explosion (powerful_blast) is a high-explosive blast, not a chemical burster', () => {
  it('reads the force or the damage of a blast in EN/RU/AR, and not a bare "explosion"', () => {
    for (const text of ['There was a huge explosion and people were thrown to the ground.', 'The blast shattered windows across the street.', 'Взрыв выбил окна, есть погибшие и раненые.', 'وقع انفجار ضخم وسقط قتلى وجرحى.'])
      expect(feats(text), text).toMatchObject({ powerful_blast: true });
    expect(feats('We heard an explosion and then smelled bleach.')).not.toHaveProperty('powerful_blast');
  });
  it('is common for a blast and uncommon for sarin, whose munitions carry a small burster', () => {
    expect(p('powerful_blast', 'none')).toBeCloseTo(0.01 + 0.99 * 0.6, 6);
    expect(p('powerful_blast', 'sarin')).toBeCloseTo(0.01 + 0.99 * 0.1, 6);
    expect(p('powerful_blast', 'psychogenic')).toBeCloseTo(0.01 + 0.99 * 0.03, 6);
  });
  it('a blast that shattered windows and killed reads as no toxic chemical, not a nerve agent', () => {
    const r = cls('The blast shattered windows and people lay dead and wounded.');
    expect(r.top).toBe('none');
    expect(r.by.nerve).toBeLessThan(0.1);
  });
});

describe('an account alleging a toxic gas (toxic_gas_alleged) is not told of a fire weapon', () => {
  it('reads the allegation in EN/RU/AR, and a denial is dropped as evidence (present only)', () => {
    for (const text of ['Residents said the shells released a poisonous gas.', 'Ракеты были начинены отравляющими веществами.', 'أطلقوا صواريخ محملة بغاز سام.'])
      expect(feats(text), text).toMatchObject({ toxic_gas_alleged: true });
    const row = kb.features.find((f) => f.id === 'toxic_gas_alleged')!;
    expect(row.presentOnly).toBe(true);
    expect(row.statesAbsence).toBe(false);
    expect(feats('Officials denied that chemical weapons were used.')).toMatchObject({ toxic_gas_alleged: false });
    const r = runDifferential(kb, [{ text: 'Officials denied that chemical weapons were used.' }]);
    expect(r.features.map((f) => f.id)).not.toContain('toxic_gas_alleged');
    expect(r.top.class).toBeNull();
  });
  it('told alone (or with only a cloud) it decides nothing: no leader, every class at its prior, nothing charged', () => {
    for (const text of ['A chemical attack was reported in the town.', 'The town was hit with toxic gas, the ministry said; there was a white cloud.']) {
      const r = runDifferential(kb, [{ text }]);
      expect(r.top.class, text).toBeNull();
      expect(r.features.map((f) => f.id), text).not.toContain('toxic_gas_alleged');
      expect(r.reports[0].observed, text).toBe(r.features.length);
      for (const c of r.classes) if (r.features.length === 0) expect(c.probability, text).toBeCloseTo(1 / 7, 9);
    }
    const both = runDifferential(kb, [{ text: 'The rockets were loaded with toxic gas, the ministry said.' }]);
    expect(both.top.class).not.toBeNull();
    expect(both.features.map((f) => f.id)).toContain('toxic_gas_alleged');
  });
  it('is uncommon for incendiary weapons and a hallmark of a psychogenic outbreak (jones-2000)', () => {
    expect(p('toxic_gas_alleged', 'incendiary-weapon')).toBeCloseTo(0.01 + 0.99 * 0.1, 6);
    expect(p('toxic_gas_alleged', 'sulfur-mustard')).toBeCloseTo(0.01 + 0.99 * 0.6, 6);
    expect(p('toxic_gas_alleged', 'psychogenic')).toBeCloseTo(0.01 + 0.99 * 0.9, 6);
  });
  it('rockets said to carry a toxic gas read as a chemical class, not incendiary (AR)', () => {
    const r = cls('قال التلفزيون إن المسلحين أطلقوا صواريخ محملة بغاز سام على المطار.');
    expect(r.top).not.toBe('incendiary');
    expect(r.by.incendiary).toBeLessThan(0.15);
  });
});

describe('an incendiary told by what it does, a generator told in spoken Arabic', () => {
  it('fire that sticks or that water does not put out is an incendiary weapon; a water cannon is not', () => {
    for (const text of ['The planes dropped fire that stuck to the walls and could not be put out with water.', 'Огонь прилипал к стенам, водой не тушился.', 'نار لاصقة لا تنطفئ بالماء.'])
      expect(feats(text), text).toMatchObject({ delivery_incendiary: true });
    expect(feats('The carabineros fired tear gas and the water cannon made it worse.')).not.toHaveProperty('delivery_incendiary');
    expect(cls('The planes dropped fire that stuck to the walls and could not be put out with water. Houses burned.').top).toBe('incendiary');
  });
  it('a flaming object thrown through a window is an improvised incendiary (scene grammar)', () => {
    const f = feats('A flaming object was thrown through the living-room window, setting fire to the furniture.');
    expect(f).toMatchObject({ delivery_incendiary: true });
  });
  it('a generator run inside the house (spoken Arabic) is a combustion source: carbon monoxide, not a nerve agent', () => {
    const text = 'من انقطعت الكهرباء حطينا المولدة داخل البيت. بالليل كلنا صار عدنا صداع قوي، أمي تستفرغ. ما في أي ريحة.';
    expect(feats(text)).toMatchObject({ combustion_appliance: true });
    const r = cls(text);
    expect(r.agent).toBe('fire-smoke');
    expect(r.by.nerve).toBeLessThan(0.15);
  });
});

describe('review 1 (items 4, 5, 6, 8): the session-11 readings narrowed', () => {
  it('a Russian active denial does not reach across "и" into the next clause', () => {
    expect(feats('Пахло хлором и спасатели не обнаружили источник запаха.')).toMatchObject({ odour_bleach: true });
    expect(feats('У детей началась рвота и врачи не нашли причину отравления.')).toMatchObject({ vomiting: true });
    expect(feats('Утечки не обнаружили.')).toMatchObject({ delivery_industrial_leak: false });
  });
  it('normal vital signs and a missing person are not measurements that found nothing', () => {
    for (const text of ['Doctors detected no pulse in two of the children.', 'Rescuers found no trace of the missing driver.', 'His blood pressure readings were normal.', 'Oxygen levels were normal.', 'Давление в пределах нормы.', 'العلامات الحيوية ضمن الحدود الطبيعية.'])
      expect(feats(text), text).not.toHaveProperty('no_agent_detected');
  });
  it('"taken ill" and "направились" are not taken to care', () => {
    expect(feats('People started coughing immediately and were taken ill.')).toMatchObject({ onset_fast: true });
    expect(feats('Люди сразу направились к выходу, почувствовав удушье.')).toMatchObject({ onset_fast: true });
  });
  it('powerful_blast needs the blast for people thrown and things flattened, and a building for a collapse', () => {
    for (const text of ['На город обрушился ливень.', 'The riot police knocked them off their feet and people were thrown to the ground.', 'The grass was flattened and people coughed in a yellow-green cloud.'])
      expect(feats(text), text).not.toHaveProperty('powerful_blast');
    for (const text of ['The blast threw people across the street.', 'Взрыв обрушил крышу дома.'])
      expect(feats(text), text).toMatchObject({ powerful_blast: true });
  });
});
