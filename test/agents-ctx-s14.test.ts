/**
 * Session 14 (room agctx): session 13's open review defects in the vocabulary and context features, and the cited
 * setting base rates (docs/agent-differential.md §7.00035-agctx). Every sentence is the engineer's own; none is taken
 * from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { feats, run } from './helpers/agent-probe.js';

describe('treatment fluids are not blisters', () => {
  it('reads IV bags of fluid as no skin sign, and bags of fluid on the skin as blisters', () => {
    expect(feats('The nurse hung two bags of fluid and started oxygen.')).not.toHaveProperty('delayed_blisters');
    expect(feats('Medics ran bags of fluid into both arms.')).not.toHaveProperty('delayed_blisters');
    expect(feats('By the evening big bags of fluid had come up on the skin of his arms.')).toMatchObject({ delayed_blisters: true });
  });
  it('does not read Arabic oil (النفط) as blisters (نفطات)', () => {
    expect(feats('اندلع حريق في حقل النفط قرب القرية.')).not.toHaveProperty('delayed_blisters');
    expect(feats('انفجار في مصفاة النفط شمال المدينة.')).not.toHaveProperty('delayed_blisters');
    expect(feats('ظهرت نفطات على جلد الذراعين بعد ساعات.')).toMatchObject({ delayed_blisters: true });
    expect(feats('ظهرت نفاطات على الرقبة.')).toMatchObject({ delayed_blisters: true });
  });
});

describe('cyanosis is a sign of hypoxaemia, not the symptom of breathlessness', () => {
  it('reads no dyspnoea from cyanosis alone (EN/RU/AR)', () => {
    for (const t of ['ظهرت زرقة على شفاه الأطفال.', 'لوحظ ازرقاق الشفاه والأطراف.', 'У пострадавшего отмечался цианоз губ.', 'On arrival the child was cyanotic, with blue lips.'])
      expect(feats(t)).not.toHaveProperty('dyspnoea');
    expect(feats('زرقة السماء كانت صافية ذلك الصباح.')).not.toHaveProperty('dyspnoea');
  });
  it('still reads the breathlessness told beside it', () => {
    expect(feats('He was cyanotic and gasping for air.')).toMatchObject({ dyspnoea: true });
    expect(feats('ظهرت زرقة على الشفاه مع ضيق في التنفس.')).toMatchObject({ dyspnoea: true });
  });
});

describe('Russian hyperaemic (гиперемированн*) by what it qualifies', () => {
  it('reads hyperaemic conjunctiva or eyes as red eyes, not a skin sign', () => {
    const f = feats('Конъюнктива гиперемирована, слезотечение.');
    expect(f).toMatchObject({ burning_eyes: true });
    expect(f).not.toHaveProperty('skin_rash_itching');
    expect(f).not.toHaveProperty('skin_burning');
    expect(feats('Гиперемированные склеры и отёк век.')).toMatchObject({ burning_eyes: true });
  });
  it('reads a hyperaemic pharynx or mucosa of the airway as the irritated throat', () => {
    const f = feats('Слизистая зева гиперемирована, осиплость голоса.');
    expect(f).toMatchObject({ throat_burning: true });
    expect(f).not.toHaveProperty('skin_rash_itching');
    expect(feats('Гиперемированная слизистая носоглотки.')).toMatchObject({ throat_burning: true });
  });
  it('keeps hyperaemic skin as the skin sign', () => {
    expect(feats('Кожа лица гиперемирована.')).toMatchObject({ skin_rash_itching: true });
    expect(feats('Гиперемированные участки кожи на руках.')).toMatchObject({ skin_rash_itching: true });
  });
});

describe('an engine exhaust in the open is no combustion appliance', () => {
  it('reads exhaust from cars on a road or in traffic as nothing', () => {
    expect(feats('Exhaust fumes from cars on the road made the air thick.')).not.toHaveProperty('combustion_appliance');
    expect(feats('We walked along the highway through the exhaust fumes of the traffic.')).not.toHaveProperty('combustion_appliance');
    expect(feats('На оживлённой дороге пахло выхлопными газами машин.')).not.toHaveProperty('combustion_appliance');
    expect(feats('الشارع مليء بعوادم السيارات والزحمة.')).not.toHaveProperty('combustion_appliance');
  });
  it('keeps the exhaust of an engine in a closed garage', () => {
    expect(feats('The family was found unconscious; exhaust fumes had filled the garage.')).toMatchObject({ combustion_appliance: true });
    expect(feats('Водитель отравился выхлопными газами в закрытом гараже.')).toMatchObject({ combustion_appliance: true });
  });
});

describe('Russian газовый баллончик is the irritant spray', () => {
  it('reads the gas canister in its word orders as the named irritant spray', () => {
    for (const t of ['Неизвестный брызнул газом из баллончика в лицо кассиру.', 'Охранник применил газовый баллончик.', 'Хулиган прыснул из газового баллончика.', 'У него был баллончик со слезоточивым газом.'])
      expect(feats(t)).toMatchObject({ delivery_irritant_spray: true });
    expect(run('Неизвестный брызнул газом из баллончика в лицо кассиру, у неё слезились глаза.').top.class).toBe('riot-control');
  });
  it('does not read a household gas cylinder (газовый баллон) as the spray', () => {
    expect(feats('В квартире взорвался газовый баллон.')).not.toHaveProperty('delivery_irritant_spray');
  });
});

describe('Arabic refinery and smelter words are plants only as plants', () => {
  it('reads مصفى / مصفاة of oil and مصهر of a metal as an industrial plant', () => {
    expect(feats('الدخان يجي من المصفى ويگعد على البيوت.')).toMatchObject({ delivery_industrial_leak: true });
    expect(feats('تسرب غاز من مصفاة النفط في بيجي.')).toMatchObject({ delivery_industrial_leak: true });
    expect(feats('انشق خط بخار بمصهر الألمنيوم بالليل.')).toMatchObject({ delivery_industrial_leak: true });
  });
  it('does not read a kitchen strainer (مصفاة) or an electrical fuse (مصهر الكهرباء) as a plant', () => {
    expect(feats('غسلت الأرز في المصفاة ثم طبخته.')).not.toHaveProperty('delivery_industrial_leak');
    expect(feats('احترق المصهر الكهربائي في البيت فانقطعت الكهرباء.')).not.toHaveProperty('delivery_industrial_leak');
  });
});

describe('the school is the setting only where the exposure happened', () => {
  it('does not read coming home from school or a teacher alone as the setting', () => {
    expect(feats('The children came home from school coughing after the cloud passed over the village.')).not.toHaveProperty('setting_school');
    expect(feats('On the way back from the school we smelled chlorine.')).not.toHaveProperty('setting_school');
    expect(feats('Учитель сказал, что почувствовал запах хлора у себя дома.')).not.toHaveProperty('setting_school');
    expect(feats('Дети возвращались из школы, когда на улице запахло хлором.')).not.toHaveProperty('setting_school');
  });
  it('still reads an exposure at the school', () => {
    expect(feats('Nine girls at the secondary school complained of headache.')).toMatchObject({ setting_school: true });
    expect(feats('Pupils were evacuated from the school after a strange smell.')).toMatchObject({ setting_school: true });
    expect(feats('В школе у учеников заболела голова.')).toMatchObject({ setting_school: true });
    expect(feats('Учительница и ученики почувствовали запах газа.')).toMatchObject({ setting_school: true });
  });
});

describe('an asthma attack in the history is no sign', () => {
  it('reads no dyspnoea from a known asthmatic or an attack in the past', () => {
    expect(feats('He is a known asthmatic and had an asthma attack last year.')).not.toHaveProperty('dyspnoea');
    expect(feats('She has a history of asthma attacks and carries an inhaler.')).not.toHaveProperty('dyspnoea');
    expect(feats('The boy has asthma; his last asthma attack was as a child.')).not.toHaveProperty('dyspnoea');
  });
  it('reads an attack brought on by the exposure', () => {
    expect(feats('After breathing the gas she had an asthma attack and was taken to hospital.')).toMatchObject({ dyspnoea: true });
  });
});

describe('knowledge base: the school and the settings are cited or judged, never stated bare', () => {
  const raw = parse(readFileSync(new URL('../knowledge/agents.yaml', import.meta.url), 'utf8')) as { features: Record<string, { p: Record<string, string>; default: string }> };
  it('gives every setting_school level a source (@) or a judgment (!), and states no unsourced incidence as fact', () => {
    const f = raw.features.setting_school;
    for (const v of [f.default, ...Object.values(f.p)]) expect(v).toMatch(/^(?:hallmark|common|occasional|uncommon|rare)(?:@[a-z0-9+-]+$|!.+)/);
    expect(f.p.oc).toMatch(/judgment/);
    expect(f.p.oc).not.toMatch(/common cause/);
  });
});

describe('setting_rail_tank_car: a railway tank car as a cited base rate', () => {
  it('reads a rail tank car or a derailment in three languages', () => {
    expect(feats('A tank car that derailed near the crossing was leaking.')).toMatchObject({ setting_rail_tank_car: true });
    expect(feats('При сливе железнодорожной цистерны произошла утечка газа.')).toMatchObject({ setting_rail_tank_car: true });
    expect(feats('خرج القطار عن السكة وتسرب الغاز من الصهريج.')).toMatchObject({ setting_rail_tank_car: true });
  });
  it('moves a leak from a derailed tank car towards chlorine and ammonia, away from the other plant gases', () => {
    const bare = run('Gas leaked from a tank and people coughed.');
    const rail = run('Gas leaked from a derailed tank car and people coughed.');
    const pa = (r: ReturnType<typeof run>, id: string) => r.agents.find((a) => a.id === id)!.probability;
    expect(pa(rail, 'chlorine') / pa(rail, 'hydrogen-sulfide')).toBeGreaterThan(2 * (pa(bare, 'chlorine') / pa(bare, 'hydrogen-sulfide')));
    expect(pa(rail, 'ammonia') / pa(rail, 'sulfur-dioxide')).toBeGreaterThan(2 * (pa(bare, 'ammonia') / pa(bare, 'sulfur-dioxide')));
  });
});

describe('setting_fertiliser: a fertiliser plant, store or farm tank as a cited base rate', () => {
  it('reads fertiliser in three languages, and moves a leak there towards ammonia', () => {
    expect(feats('Gas escaped at the fertilizer plant overnight.')).toMatchObject({ setting_fertiliser: true });
    expect(feats('На заводе минеральных удобрений произошла утечка.')).toMatchObject({ setting_fertiliser: true });
    expect(feats('تسرب غاز من مصنع الأسمدة.')).toMatchObject({ setting_fertiliser: true });
    const pa = (t: string, id: string) => run(t).agents.find((a) => a.id === id)!.probability;
    const bare = 'Gas escaped at the plant overnight and workers coughed.';
    const fert = 'Gas escaped at the fertilizer plant overnight and workers coughed.';
    expect(pa(fert, 'ammonia') / pa(fert, 'hydrogen-sulfide')).toBeGreaterThan(2 * (pa(bare, 'ammonia') / pa(bare, 'hydrogen-sulfide')));
  });
});

describe('setting_refinery_smelter: an oil refinery or a metal smelter as a cited base rate', () => {
  it('reads a refinery or smelter in three languages, not a smell (smelt) nor a kitchen strainer', () => {
    expect(feats('A gas cloud came from the refinery.')).toMatchObject({ setting_refinery_smelter: true });
    expect(feats('На НПЗ произошла утечка газа.')).toMatchObject({ setting_refinery_smelter: true });
    expect(feats('تسرب غاز من مصفاة النفط في بيجي.')).toMatchObject({ setting_refinery_smelter: true });
    expect(feats('She smelt something like a perfume in the hallway.')).not.toHaveProperty('setting_refinery_smelter');
    expect(feats('غسلت الأرز في المصفاة.')).not.toHaveProperty('setting_refinery_smelter');
  });
  it('moves a leak at a refinery towards hydrogen sulphide and sulphur dioxide, away from ammonia', () => {
    const pa = (t: string, id: string) => run(t).agents.find((a) => a.id === id)!.probability;
    const bare = 'Gas escaped at the plant overnight and workers coughed.';
    const ref = 'Gas escaped at the refinery overnight and workers coughed.';
    expect(pa(ref, 'hydrogen-sulfide') / pa(ref, 'ammonia')).toBeGreaterThan(2 * (pa(bare, 'hydrogen-sulfide') / pa(bare, 'ammonia')));
  });
});

describe('lay paraphrase families of fire (dev look misses)', () => {
  it('reads wildfire, bush, forest and peat fire smoke as smoke from a fire', () => {
    expect(feats('The wildfire smoke has been sitting on the town for a week.')).toMatchObject({ fire_smoke: true });
    expect(feats('Вторую неделю горят торфяники, весь город в дыму.')).toMatchObject({ fire_smoke: true });
    expect(feats('دخان حرائق الغابات غطى البلدة.')).toMatchObject({ fire_smoke: true });
  });
  it('reads burns on body parts without an owner word, and people burnt in Russian verbs', () => {
    expect(feats('So many burns on backs and arms and heads.')).toMatchObject({ burns: true });
    expect(feats('Двоих обожгло сильно.')).toMatchObject({ burns: true });
    expect(feats('Глаза обожгло газом.')).not.toHaveProperty('burns');
  });
  it('reads sticky burning fill and red-hot rain as burning particles', () => {
    expect(feats('The fire ran out like burning jelly and stuck to people.')).toMatchObject({ burning_particles: true });
    expect(feats('Дрон сыпанул сверху раскалённым дождём, искры как от сварки.')).toMatchObject({ burning_particles: true });
    expect(feats('نزل علينا حديد منصهر من السماء.')).toMatchObject({ burning_particles: true });
  });
});

describe('a bonfire smell and a fireworks store (dev look misses)', () => {
  it('reads a bonfire or campfire smell as a smell of burning, and a fireworks warehouse as a fire', () => {
    expect(feats('There was no funny smell, only the bonfire smell.')).toMatchObject({ odour_burning: true });
    expect(feats('The fireworks warehouse went up with a big bang.')).toMatchObject({ fire_smoke: true });
    expect(feats('Взорвался склад пиротехники на окраине.')).toMatchObject({ fire_smoke: true });
  });
});

describe('a комбинат is a plant, not a catering combine', () => {
  it('reads a chemical combine as an industrial plant and a school catering combine as nothing', () => {
    expect(feats('На химическом комбинате произошла утечка.')).toMatchObject({ delivery_industrial_leak: true });
    expect(feats('Питание обучающихся осуществляет комбинат питания.')).not.toHaveProperty('delivery_industrial_leak');
    expect(feats('Обеды в школу возит комбинат школьного питания.')).not.toHaveProperty('delivery_industrial_leak');
  });
});

describe('review fixes (session 14 ctxfix)', () => {
  it('reads no burns from an organ burnt by a gas after a pronoun (RU)', () => {
    expect(feats('Их глаза обожгло газом.')).not.toHaveProperty('burns');
    expect(feats('Меня сильно обожгло горло.')).not.toHaveProperty('burns');
    expect(feats('Двоих обожгло.')).toMatchObject({ burns: true });
    expect(feats('Его сильно обожгло.')).toMatchObject({ burns: true });
  });
  it('reads no rail tank car from a freight-train simile, derailed talks or any train carriages', () => {
    expect(feats('The explosion sounded like a freight train and then everyone was coughing.')).not.toHaveProperty('setting_rail_tank_car');
    expect(feats('ركبنا القطار وكانت عربات القطار مزدحمة ثم بدأ الجميع بالسعال.')).not.toHaveProperty('setting_rail_tank_car');
    expect(feats('The talks derailed and the shelling resumed; people were coughing.')).not.toHaveProperty('setting_rail_tank_car');
    expect(feats('A freight train derailed and a tank car leaked chlorine.')).toMatchObject({ setting_rail_tank_car: true });
    expect(feats('The derailed train released a yellow cloud.')).toMatchObject({ setting_rail_tank_car: true });
  });
  it('reads no fertiliser setting from a fertiliser bomb, and reads it at a fertiliser plant or warehouse', () => {
    expect(feats('They found a bag of fertilizer and a detonator in the car after the blast.')).not.toHaveProperty('setting_fertiliser');
    expect(feats('An ammonia tank exploded at the fertilizer plant and people were coughing.')).toMatchObject({ setting_fertiliser: true });
    expect(feats('Fire at a fertiliser warehouse; residents told to stay indoors.')).toMatchObject({ setting_fertiliser: true });
  });
  it('reads no fire smoke from the idiom spread like wildfire', () => {
    expect(feats('Panic spread like wildfire through the camp as people began coughing and vomiting.')).not.toHaveProperty('fire_smoke');
    expect(feats('Smoke from the wildfire filled the valley and people were coughing.')).toMatchObject({ fire_smoke: true });
  });
  it('reads welding sparks and molten metal as burning particles only in a simile or a falling frame', () => {
    expect(feats('Welding sparks started a fire at the cold store and ammonia leaked; workers were coughing.')).not.toHaveProperty('burning_particles');
    expect(feats('Molten metal spilled at the smelter and a cloud of gas made workers cough.')).not.toHaveProperty('burning_particles');
    expect(feats('Burning stuff came down like welding sparks onto the roofs.')).toMatchObject({ burning_particles: true });
    expect(feats('It was raining molten metal on the tents.')).toMatchObject({ burning_particles: true });
  });
  it('reads the verb in "burns on skin contact", and the noun with an owner word or a plural body part', () => {
    const f = feats('Pepper spray burns on skin contact and makes the eyes water.');
    expect(f).not.toHaveProperty('burns');
    expect(f).toMatchObject({ skin_burning: true });
    expect(feats('There were burns on backs and arms and heads.')).toMatchObject({ burns: true });
    expect(feats('She had burns to her face.')).toMatchObject({ burns: true });
  });
  it('keeps a present asthma attack when a past-time phrase qualifies something else later in the sentence', () => {
    expect(feats('He had an asthma attack from the gas, worse than any he had as a child.')).toMatchObject({ dyspnoea: true });
    expect(feats('He had an asthma attack last year.')).not.toHaveProperty('dyspnoea');
  });
});
