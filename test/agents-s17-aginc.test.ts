/**
 * Session 17 (room aginc): reading defects and judged levels found in development incident misses
 * (docs/agent-differential.md §7.00039-aginc). Every sentence is the engineer's own; none is taken from an evaluation
 * item. Each rule is probed with variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

describe('"fired" is a verb: a police term ending on the noun fire tells a fire, not a firing', () => {
  it('does not read police, officers or security forces beside "the fire(s)" as the police delivery', () => {
    for (const t of [
      'Police said the fire started in the kitchen; two people were treated for smoke inhalation.',
      'Officers linked the fires and arrested a man.',
      'The security forces fought the fire for hours.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_police_canister');
    expect(run('Police said the fire started in the kitchen; two people were treated for smoke inhalation.').top.class).toBe('none');
  });
  it('still reads police firing, in the past or the present', () => {
    for (const t of ['Police fired canisters into the crowd.', 'Police fire tear gas at the crowd; eyes burning.', 'Officers fired at the marchers.'])
      expect(feats(t), t).toMatchObject({ delivery_police_canister: true });
  });
});

describe('an incendiary attack told with "no gas, no smell, just the burning" (odour_none, incendiary-weapon uncommon)', () => {
  it('leads incendiary when a napalm-like fill and burns are told beside the denial', () => {
    const r = run('Bombs fell on the market and a burning gel stuck to the stalls; water did not put it out. No gas, no smell, only fire. The wounded had deep burns.');
    expect(r.top.class).toBe('incendiary');
  });
  it('keeps a blast with no smell and cuts as none', () => {
    expect(run('A shell hit the yard: dust, broken glass, cuts from shrapnel. No smell at all and nobody coughed.').top.class).toBe('none');
  });
});

describe('a bottle, device or object thrown that starts a fire is the incendiary delivery (EN/RU/AR)', () => {
  it('reads the active and modal passive voices, a fire told first, and a bottle by its flammable contents', () => {
    for (const t of [
      'A neighbour saw a man toss an object over the fence that sparked a fire in the shed.',
      'Two men threw bottles that burst into flames against the shop door.',
      'The fire broke out just after midnight in the hall. Investigators think a device may have been thrown through the window.',
      'A glass bottle filled with petrol was found by the door.',
      'Ночью кто-то бросил бутылку в окно магазина, и внутри вспыхнул пожар.',
      'ألقى شابان زجاجات على باب المقر فاشتعلت النيران في المدخل.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_incendiary: true });
  });
  it('does not read a thrown object with no fire, nor gunfire, nor a bottle of water', () => {
    for (const t of [
      'Police opened fire. An object was thrown at the officers.',
      'Someone threw a bottle at the referee; nobody was hurt.',
      'He drank from a bottle of water and felt dizzy.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_incendiary');
  });
});

describe('irregular pasts threw, thrown and caught take the stems of throw and catch', () => {
  it('reads the police throwing gas in any form of the verb, and catching fire', () => {
    for (const t of ['The police were throwing gas at the students and our eyes burned.', 'Riot police throw canisters at the marchers.'])
      expect(feats(t), t).toMatchObject({ delivery_police_canister: true });
    expect(feats('He kept throwing up all night.')).toMatchObject({ vomiting: true });
  });
});

describe('the blast\'s ear injuries, cuts and lacerations are trauma (cdc-blast-primer)', () => {
  it('reads ringing or buzzing ears, burst eardrums and cuts in EN/RU/AR', () => {
    for (const t of [
      'After the bang everyone had ringing ears and cuts from the windows.',
      'Two of them had ruptured eardrums.',
      'У всех звон в ушах, у многих порезы от стекла.',
      'بعد الانفجار كان عندهم طنين في الأذن.',
    ])
      expect(feats(t), t).toMatchObject({ trauma_injuries: true });
  });
  it('does not read power cuts, a verb of cutting, nor the Arabic formula of being injured', () => {
    for (const t of ['Power cuts left the district dark for hours.', 'They cut the fence and went in.', 'أصيب ثلاثة أشخاص بجروح في الحريق.'])
      expect(feats(t), t).not.toHaveProperty('trauma_injuries');
  });
  it('reads the Russian "запаха никакого" as no smell', () => {
    expect(feats('Запаха никакого, одна пыль.')).toMatchObject({ odour_none: true });
  });
});

describe('what was eaten: a cloud that swallowed a street ate nothing; food told spoiled is the meal (ingestion)', () => {
  it('does not read a cloud, smoke or flames that swallowed a place as ingestion', () => {
    for (const t of ['When the silo blew, a huge grey cloud swallowed the street.', 'Thick smoke swallowed the block within minutes.'])
      expect(feats(t), t).not.toHaveProperty('ingestion');
    expect(feats('The boy swallowed a handful of tablets and vomited.')).toMatchObject({ ingestion: true });
  });
  it('reads Arabic food told spoiled beside eating, not a corrupt regime', () => {
    for (const t of ['صرخ أحدهم: اللحمة فاسدة لا أحد ياكل منها.', 'أكلوا طعاما فاسدا في العرس.'])
      expect(feats(t), t).toMatchObject({ ingestion: true });
    expect(feats('النظام الفاسد قصف المدينة بالبراميل.')).not.toHaveProperty('ingestion');
  });
});

describe('a canister or capsule a person set off is the hand-held irritant (delivery_spray_face)', () => {
  it('reads a canister or capsule set off or let off', () => {
    for (const t of ['A passenger admitted she had set off a small canister by accident.', 'The intruder let off a capsule in the prayer hall.'])
      expect(feats(t), t).toMatchObject({ delivery_spray_face: true });
  });
  it('does not read a smoke, flare or extinguisher canister set off', () => {
    for (const t of ['Fans set off a smoke canister in the stand.', 'Someone set off the fire extinguisher canister in the corridor.'])
      expect(feats(t), t).not.toHaveProperty('delivery_spray_face');
  });
});
