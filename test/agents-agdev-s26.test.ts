/**
 * Session 26 (room agdev): docs/agent-differential.md §7.00052-agdev. Every sentence is the engineer's own; none is taken from an
 * evaluation item. Each reading rule has near misses: sentences that share the words and must not read the feature.
 */
import { describe, expect, it } from 'vitest';
import { feats, kb, reads, misses } from './helpers/agent-probe.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import { agentFinding } from '../src/core/agents/agent-finding.js';
import { runCli } from './helpers/cli.js';

const witness = (text: string) => runDifferential(kb, [{ text }]);

describe('a prior from the setting is shown apart from the evidence of signs (Contribution.basis, `assay agents`, the finding)', () => {
  const SYRIA = 'Regime helicopters dropped a barrel bomb on a town in Idlib, Syria, in what the opposition called a chemical attack.';
  it('the KB marks the base rates by setting, and only them, as basis setting', () => {
    const setting = kb.features.filter((f) => f.basis === 'setting').map((f) => f.id).sort();
    expect(setting).toEqual(['iran_iraq_war', 'syrian_war']);
    expect(kb.features.find((f) => f.id === 'delivery_cylinder')!.basis).toBe('evidence');
  });
  it("the setting's row carries basis 'setting'; the rows of signs and scene carry none", () => {
    const r = witness(SYRIA);
    const war = r.contributions.find((c) => c.feature === 'syrian_war');
    expect(war?.basis).toBe('setting');
    for (const c of r.contributions.filter((x) => x.feature !== 'syrian_war')) expect(c.basis).toBeUndefined();
  });
  it('the Iran-Iraq war is a prior from the setting too', () => {
    const r = witness('An Iranian veteran of the war with Iraq has had a cough for thirty years.');
    expect(r.contributions.find((c) => c.feature === 'iran_iraq_war')?.basis).toBe('setting');
  });
  it('an account without a setting has no row of that basis', () => {
    const r = witness('Pinpoint pupils, drooling and convulsions; no smell.');
    expect(r.contributions.some((c) => c.basis)).toBe(false);
  });
  it('`assay agents` text prints the evidence and the prior from the setting under their own headings, with their sums', async () => {
    const out = await runCli(['agents', '--text', SYRIA]);
    expect(out.code).toBe(0);
    const s = out.stdout;
    expect(s).toMatch(/Evidence from signs and scene:\n\s+\+\d\.\d\d\s+\[0\] delivery_cylinder present/);
    expect(s).toMatch(/Prior from setting \(a base rate of where it happened, not evidence about this incident\):\n\s+\+\d\.\d\d\s+\[0\] syrian_war present/);
    expect(s).toMatch(/Sum: evidence from signs and scene [+-]\d\.\d\d, prior from setting \+\d\.\d\d/);
    // the setting's row is not among the evidence
    const evidence = s.slice(s.indexOf('Evidence from signs and scene:'), s.indexOf('Prior from setting'));
    expect(evidence).not.toContain('syrian_war');
  });
  it('`assay agents --json` carries basis on the setting row', async () => {
    const out = await runCli(['agents', '--text', SYRIA, '--json']);
    const j = out.json();
    expect(j.contributions.find((c: { feature: string }) => c.feature === 'syrian_war')).toMatchObject({ basis: 'setting' });
  });
  it('without a setting the text output is as before (one list, no headings)', async () => {
    const out = await runCli(['agents', '--text', 'Pinpoint pupils, drooling and convulsions; no smell.']);
    expect(out.stdout).toContain('What moved it most');
    expect(out.stdout).not.toContain('Prior from setting');
    expect(out.stdout).not.toContain('Evidence from signs and scene');
  });
  it("the finding's explanation names the prior from the setting apart from the evidence", () => {
    const f = agentFinding(kb, [{ id: 't1', text: SYRIA, role: 'witness' } as never])!;
    expect(f.explanation).toMatch(/Evidence from signs and scene \(log-likelihood ratios\): .*delivery_cylinder/);
    expect(f.explanation).toMatch(/Prior from setting \(a base rate of where it happened, not evidence about this incident\): the Syrian war/);
    expect(f.explanation.split('Prior from setting')[0]).not.toContain('syrian_war');
  });
});

describe('a class of war gas named by its class word (class_named_choking / _nerve / _blister, basis named)', () => {
  reads([
    ['The regime used nerve gas on the town.', 'class_named_nerve'],
    ['Investigators said a nerve agent had been smeared on the door handle.', 'class_named_nerve'],
    ['Они применили нервно-паралитический газ.', 'class_named_nerve'],
    ['Снаряды были снаряжены ОВ нервно-паралитического действия.', 'class_named_nerve'],
    ['قصفت الطائرات البلدة بغاز الأعصاب', 'class_named_nerve'],
    ['استخدموا مواد سامة للأعصاب', 'class_named_nerve'],
    ['A choking gas was used against the trenches.', 'class_named_choking'],
    ['Gas shells of the lung-injuring sort fell on the battery.', 'class_named_choking'],
    ['Немцы пустили удушливые газы.', 'class_named_choking'],
    ['Применялись вещества удушающего действия.', 'class_named_choking'],
    ['استخدم النظام غازا خانقا', 'class_named_choking'],
    ['The shells held a blister gas.', 'class_named_blister'],
    ['Vesicants such as these burn the skin hours later.', 'class_named_blister'],
    ['Снаряды с ОВ кожно-нарывного действия упали у окопов.', 'class_named_blister'],
    ['قذائف تحوي غازا مسببا للبثور', 'class_named_blister'],
    ['استخدمت عوامل منفطة في الهجوم', 'class_named_blister'],
  ]);
  misses([
    ['He lost his nerve and ran.', 'class_named_nerve'],
    ['Nerve damage in his leg.', 'class_named_nerve'],
    ['У неё нервный срыв.', 'class_named_nerve'],
    ['كانت أعصابه متوترة', 'class_named_nerve'],
    ['The child was choking on food.', 'class_named_choking'],
    ['Стояла удушающая жара.', 'class_named_choking'],
    ['كانت رائحة خانقة في الغرفة', 'class_named_choking'],
    ['A blister on his foot.', 'class_named_blister'],
    ['Нарыв на пальце.', 'class_named_blister'],
    ['ظهرت بثور على يده', 'class_named_blister'],
    // a claim the account disputes
    ['The claim that nerve gas was used was false.', 'class_named_nerve'],
    ['Слухи о нервно-паралитическом газе не подтвердились.', 'class_named_nerve'],
    ['ادعاءات استخدام غاز الأعصاب كاذبة', 'class_named_nerve'],
    ['The story of a blister gas attack was fabricated.', 'class_named_blister'],
    // the choking word of the police's gas in a crowd-control scene
    ['Police fired choking gas at the protesters.', 'class_named_choking'],
    ['أطلقت الشرطة الغاز الخانق على المتظاهرين', 'class_named_choking'],
    ['ОМОН применил удушающий газ против митингующих.', 'class_named_choking'],
  ]);
  it('a plain denial reads the class absent, which counts for nothing (present_only)', () => {
    expect(feats('No nerve gas was used.').class_named_nerve).toBe(false);
    expect(witness('No nerve gas was used.').top.class).toBeNull();
  });
  it('a class a clinician suspected or could not rule out is a hypothesis, not read; "a suspected nerve agent attack" is', () => {
    expect(feats('The clinicians suspected a nerve agent and checked for pinpoint pupils, which were absent.').class_named_nerve).toBeFalsy();
    expect(feats('A nerve agent could not be ruled out given the miosis and seizures.').class_named_nerve).toBeFalsy();
    expect(feats('Police called it a suspected nerve agent attack.').class_named_nerve).toBe(true);
  });
  it('told alone it leads its class', () => {
    expect(witness('The regime used nerve gas on the town.').top.class).toBe('nerve');
    expect(witness('Снаряды с ОВ кожно-нарывного действия упали у окопов.').top.class).toBe('blister');
    expect(witness('استخدم النظام غازا خانقا').top.class).toBe('choking');
  });
  it('it weighs below a sign: pinpoint pupils beside "a choking gas" lead nerve', () => {
    expect(witness('Their pupils were pinpoint; a choking gas, the officials said.').top.class).toBe('nerve');
  });
  it("its row carries basis 'named' and the text output prints it apart", async () => {
    const r = witness('The regime used nerve gas on the town; people coughed.');
    expect(r.contributions.find((c) => c.feature === 'class_named_nerve')?.basis).toBe('named');
    const out = await runCli(['agents', '--text', 'The regime used nerve gas on the town; people coughed.']);
    expect(out.stdout).toMatch(/Class named in the accounts \(a claim, weighed below signs\):\n\s+[+-]\d\.\d\d\s+\[0\] class_named_nerve present/);
  });
});

describe('blister told by its persistence, its delayed lesion and its burns under unburnt clothing; nerve by its wet signs and quick deaths', () => {
  reads([
    // a persistent liquid agent (persistent_liquid)
    ['In cold weather the gas stays on the shelled ground with little evaporation; the liquid splashed on boots and clothing.', 'persistent_liquid'],
    ['When the sun comes out warm, the shelled areas become dangerous again.', 'persistent_liquid'],
    ['The contaminated shell holes stayed dangerous for days.', 'persistent_liquid'],
    ['Жидкость с земли испарялась на солнце, и воронки были опасны несколько дней.', 'persistent_liquid'],
    ['Заражённая местность оставалась опасной несколько суток.', 'persistent_liquid'],
    ['بقع زيتية على الأرض بعد القصف', 'persistent_liquid'],
    ['تبخر السائل من الأرض مع حرارة الشمس بعد القصف', 'persistent_liquid'],
    // the delayed lesion, the place after the verb and the delay told first (delayed_blisters)
    ['Burns appeared on their skin several hours later.', 'delayed_blisters'],
    ['Several hours later, burns appeared on their arms.', 'delayed_blisters'],
    ['The next morning their skin was covered in sores.', 'delayed_blisters'],
    // burns under clothing that did not burn (delayed_blisters, the vesicant's lesion)
    ['Their clothing was not burned at all, but they had bad burns on their bodies.', 'delayed_blisters'],
    ['Одежда осталась цела, а на теле ожоги.', 'delayed_blisters'],
    ['ملابسهم لم تحترق لكن ظهرت حروق على أجسادهم', 'delayed_blisters'],
    // the bladder beside the bowel (diarrhoea_cramps)
    ['They wet themselves and saliva poured from their mouths.', 'diarrhoea_cramps'],
    ['The patient had involuntary urination.', 'diarrhoea_cramps'],
    ['Они обмочились.', 'diarrhoea_cramps'],
    ['Непроизвольное мочеиспускание у всех пострадавших.', 'diarrhoea_cramps'],
    ['تبولوا على أنفسهم', 'diarrhoea_cramps'],
    ['أصيب بعضهم بسلس البول', 'diarrhoea_cramps'],
    // death told as quick (onset_fast)
    ['They died quickly with froth at the mouth.', 'onset_fast'],
    ['Они быстро умирали, с пеной у рта.', 'onset_fast'],
    ['ماتوا بسرعة والزبد يخرج من أفواههم', 'onset_fast'],
  ]);
  misses([
    ['Chlorine stays close to the ground and fills the cellars.', 'persistent_liquid'],
    ['Acid liquid splashed on the workers.', 'persistent_liquid'],
    ['The sun came out and the picnic went on.', 'persistent_liquid'],
    ['The puddles evaporated in the sun after the rain.', 'persistent_liquid'],
    ['Капли дождя на земле высохли.', 'persistent_liquid'],
    ['بقع الزيت على الطريق بعد الحادث', 'persistent_liquid'],
    ['The next day, firefighters treated burns.', 'delayed_blisters'],
    ['Several hours later, burns from the explosion were treated.', 'delayed_blisters'],
    ['Their clothing caught fire and they had bad burns.', 'delayed_blisters'],
    ['Одежда горела, на теле ожоги.', 'delayed_blisters'],
    ['احترقت ملابسهم وأصيبوا بحروق', 'delayed_blisters'],
    ['The child wet the bed at night.', 'diarrhoea_cramps'],
    ['Он описал всё подробно.', 'diarrhoea_cramps'],
    ['They died years later of cancer.', 'onset_fast'],
  ]);
  it('the persistence told alone leads blister', () => {
    expect(witness('When the sun comes out warm in the morning such shelled areas may be quite dangerous; the liquid splashed on the clothing.').top.class).toBe('blister');
  });
  it('burns under unburnt clothing lead blister, not a fire', () => {
    expect(witness('We have patients gassed and burned in a strange way. Their clothing is not burned at all, but they have bad burns on their bodies.').top.class).toBe('blister');
  });
});

describe('a thrown incendiary named by its noun: the protesters who threw it are the fire scene, not the police gas (thrownIncendiaryScenePass)', () => {
  const canister = (t: string) => feats(t).delivery_police_canister;
  it.each([
    'Protesters threw Molotovs at the police station.',
    'Protesters threw Molotov cocktails at the police.',
    'Demonstrators hurled petrol bombs at riot police; a car burned.',
    'Протестующие бросали коктейли Молотова в полицию.',
    'Митингующие кидали бутылки с зажигательной смесью.',
    'ألقى المتظاهرون زجاجات حارقة على الشرطة',
    'رمى المحتجون قنابل المولوتوف على مركز الشرطة',
  ])('no police canister, the incendiary read: %s', (t) => {
    expect(canister(t)).toBeFalsy();
    expect(feats(t).delivery_incendiary).toBe(true);
    expect(witness(t).top.class).toBe('incendiary');
  });
  it.each([
    // the police gas told in the sentence: both are read
    'Police fired tear gas after protesters threw Molotov cocktails.',
    'Полиция применила слезоточивый газ, протестующие бросали коктейли Молотова.',
    'أطلقت الشرطة الغاز المسيل للدموع بعد أن ألقى المتظاهرون زجاجات حارقة',
    // no incendiary noun: the verbs alone read nothing new (an aircraft's drop and shelling are told with the same Arabic verbs)
    'Protesters threw stones and the police fired tear gas.',
    // (session 32, agctx) with an irritant's sign told at the protest: a protest alone reads no delivery
    'Protesters threw stones at the police; our eyes were burning.',
    'ألقى المتظاهرون الحجارة على الشرطة وصرنا نسعل',
  ])('near miss, the crowd-control reading stays: %s', (t) => {
    expect(canister(t)).toBe(true);
  });
  it('an aircraft that dropped firebombs on a town keeps its munition', () => {
    expect(feats('Aircraft dropped bombs on the town; houses burned.').delivery_shell_rocket).toBe(true);
  });
});
