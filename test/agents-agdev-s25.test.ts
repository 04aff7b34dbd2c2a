/**
 * Session 25 (room agdev): the session-24 leftovers checked on the engine and the general ones fixed, then the look parts'
 * misses grouped by cause (docs/agent-differential.md §7.00050-agdev). Every sentence is the engineer's own; none is taken
 * from an evaluation item. Each rule has near misses: sentences that share the words and must not read the feature.
 */
import { describe, expect, it } from 'vitest';
import { feats, kb, reads, misses } from './helpers/agent-probe.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const witness = (text: string) => runDifferential(kb, [{ text }]);

describe('a negated smell verb in any form with ничем / никак, «не ощущалось», EN "did not notice any smell", AR "it had no smell" (odour_none)', () => {
  reads([
    ['Газ не пах ничем.', 'odour_none'],
    ['Газ ничем не пах, а люди падали.', 'odour_none'],
    ['Вода не пахла ничем.', 'odour_none'],
    ['Дым ничем не пахнет.', 'odour_none'],
    ['Никак не пахло, просто стало плохо.', 'odour_none'],
    ['Запаха не ощущалось.', 'odour_none'],
    ['I did not notice any smell before I fell.', 'odour_none'],
    ['الغاز ما كان له ريحة.', 'odour_none'],
    ['الغاز ليس له رائحة.', 'odour_none'],
  ]);
  misses([
    ['Пахло хлоркой, ничем другим.', 'odour_none'],
    ['Газ пах чесноком.', 'odour_none'],
    ['I noticed a smell of bleach.', 'odour_none'],
    ['الغاز كان له ريحة كلور.', 'odour_none'],
  ]);
});

describe("'no smell' and 'no smoke' told together count as one fact, not two (model.correlated.absences)", () => {
  it('the pair moves the nerve class no further than about one absence does', () => {
    const one = witness('There was no smell.').classes.find((c) => c.id === 'nerve')!.probability;
    const two = witness('There was no smell, no smoke.').classes.find((c) => c.id === 'nerve')!.probability;
    // session 27 (agkb, fixkb): was two < one. Phosgene's odourlessness is now occasional (its CDC sheet: 'may not be noticed';
    // mustard's, raised by agkb too, was held back by fixkb), so 'no smell' alone spreads nerve's mass to it and 'no smoke' gives
    // a little back (nerve .3986 -> .3993); the pair still moves nerve by far less than one absence's own move from the 1/7 prior
    expect(two - one).toBeLessThan(0.05);
    expect(two - one).toBeLessThan((one - 1 / 7) / 4);
  });
  it('an accident told with its injuries and the two denials still leads none', () => {
    expect(witness('The stand gave way and people fell; cuts and a broken wrist. No smoke, no smell, just the scaffolding.').top.class).toBe('none');
  });
});

// session 25 (coord): the thrown-incendiary reading (delivery_thrown_incendiary) was held back at landing (a frozen
// regression, docs/agent-differential.md 7.00050 coordinator); its tests left with it.

it('feats is the probe of this file', () => expect(feats('Газ не пах ничем.').odour_none).toBe(true));

describe('"demonstration" as a showing, not a protest (delivery_police_canister)', () => {
  misses([
    ['We saw a sheep dip demonstration at the museum.', 'delivery_police_canister'],
    ['A cooking demonstration at the fair drew a crowd of children.', 'delivery_police_canister'],
    ['He gave a demonstration of the fire extinguisher.', 'delivery_police_canister'],
    ['The firemen gave us a short demonstration in the yard.', 'delivery_police_canister'],
  ]);
  // (session 32, agctx) a protest alone is a topic, not a delivery: the protest reads delivery_police_canister with an irritant's sign told at it
  reads([
    ['The demonstration turned violent. Our eyes were burning and we coughed.', 'delivery_police_canister'],
    ['A student demonstration in the square was broken up. Our eyes were burning and we coughed.', 'delivery_police_canister'],
    ['A demonstration of thousands of workers was dispersed. Our eyes were burning and we coughed.', 'delivery_police_canister'],
    ['We joined the demonstration against the law. Our eyes were burning and we coughed.', 'delivery_police_canister'],
  ]);
});

describe('a bang that hurt nobody (harmless_blast)', () => {
  reads([
    ['У соседей бахнул салют прямо под окнами, все целы.', 'harmless_blast'],
    ['Грохнуло ночью за посёлком, все живы-здоровы.', 'harmless_blast'],
    ['انفجر إطار شاحنة على الطريق، ولم يصب أحد.', 'harmless_blast'],
    ['A transformer exploded on our street. Nobody was hurt.', 'harmless_blast'],
  ]);
  misses([
    ['There was no explosion and nobody was hurt.', 'harmless_blast'],
    ['Взрыва не было, никто не пострадал.', 'harmless_blast'],
    ['The explosion killed two people.', 'harmless_blast'],
    ['The alarm went off and nobody was hurt.', 'harmless_blast'],
    ['A loud bang. Later that week the shop reopened. Nobody was hurt.', 'harmless_blast'],
  ]);
  it('a firework or a tyre that hurt nobody leads none', () => {
    expect(witness('У соседей бахнул салют прямо под окнами, все целы.').top.class).toBe('none');
    expect(witness('انفجر إطار شاحنة على الطريق فخاف الأطفال، ولم يصب أحد.').top.class).toBe('none');
  });
  it('an old shell whose detonator went off and hurt nobody is read by the munition, not as a harmless blast', () => {
    expect(witness('The detonator of an old shell dug up in a field went off, nobody was hurt; then the shell leaked an oily liquid that smelled of garlic.').top.class).toBe('blister');
  });
});

describe('a chemical weapons stockpile, depot, workshop or destruction site (cw_stockpile)', () => {
  reads([
    ['Trace amounts of agent vapor were detected leaking inside the storage structure.', 'cw_stockpile'],
    ['A leak at the chemical weapons storage facility was contained.', 'cw_stockpile'],
    ['На объекте по уничтожению химического оружия произошла утечка.', 'cw_stockpile'],
    ['عثرت القوات على معمل لإنتاج أسلحة كيميائية.', 'cw_stockpile'],
  ]);
  misses([
    ['The government denied using chemical weapons.', 'cw_stockpile'],
    ['A chlorine leak at the water plant.', 'cw_stockpile'],
    ['The chemical plant stores ammonia in tanks.', 'cw_stockpile'],
    ['Химический завод хранит аммиак.', 'cw_stockpile'],
  ]);
  it('a leak at a chemical weapons depot is read as its fills (nerve or blister), not an industrial release', () => {
    const r = witness('A leak at the chemical weapons storage facility was contained; workers were checked.');
    expect(['blister', 'nerve']).toContain(r.top.class);
  });
});

describe('a wildfire, forest, bush or peat fire named: a fire no weapon set (fire_cause_ordinary)', () => {
  reads([
    ["The wildfire smoke's been sitting on town for a week; everyone's coughing.", 'fire_cause_ordinary'],
    ['Летом горели торфяники, все кашляли.', 'fire_cause_ordinary'],
    ['Из-за лесного пожара весь город в дыму.', 'fire_cause_ordinary'],
    ['الدخان من حرائق الغابات غطى القرية.', 'fire_cause_ordinary'],
  ]);
  misses([
    ['The shelling set off forest fires and people choked on the smoke.', 'fire_cause_ordinary'],
    ['Someone threw a bottle from a car and started a brush fire.', 'fire_cause_ordinary'],
    ['Обстрел вызвал лесной пожар.', 'fire_cause_ordinary'],
    ['القصف سبب حرائق الغابات.', 'fire_cause_ordinary'],
    ['The forest was quiet; no fire anywhere.', 'fire_cause_ordinary'],
  ]);
  it("a town under a wildfire's smoke leads none (the fire-smoke agent), not white phosphorus", () => {
    const r = witness("The wildfire smoke's been sitting on town for a week, ash on the cars. Everyone's coughing, eyes gritty and red.");
    expect(r.top.class).toBe('none');
    expect(r.top.agent).toBe('fire-smoke');
  });
});
