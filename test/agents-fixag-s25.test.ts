/**
 * Session 25 (room fixag): the reviewer's findings A1-A9 on agdev's session-25 rules (cw_stockpile, harmless_blast, the noun
 * 'demonstration' as a showing; docs/agent-differential.md §7.00050-fixag). Each fix with the reviewer's sentence, variants of
 * the engineer's own that isolate the mechanism, and the positives the fixed rule must keep reading. No sentence is taken from
 * an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads } from './helpers/agent-probe.js';


describe('A1: «مواد كيميائية حربية» names the weapons used, not a store (cw_stockpile needs a place noun)', () => {
  misses([
    ['قصفت الطائرات الحي بمواد كيميائية حربية، رائحة الكلور، سعال واختناق وحرقة في العيون.', 'cw_stockpile'],
    ['استخدم النظام مادة كيميائية حربية ضد المدنيين.', 'cw_stockpile'],
    ['ألقت المروحيات براميل تحوي مواد كيميائية حربية على البلدة.', 'cw_stockpile'],
  ]);
  reads([
    ['عثرت القوات على مستودع أسلحة كيميائية في المنطقة.', 'cw_stockpile'],
    ['عثرت القوات على معمل لإنتاج أسلحة كيميائية.', 'cw_stockpile'],
  ]);
});

describe('A2: the destruction of the weapons told as background is no stockpile (only a destruction facility or plant)', () => {
  misses([
    ['Despite the destruction of chemical weapons declared in 2014, helicopters dropped barrels of chlorine; people coughed, eyes burning, smell of bleach.', 'cw_stockpile'],
    ['После уничтожения химического оружия Сирии вертолёты сбросили баллоны с хлором; люди задыхались, пахло хлоркой.', 'cw_stockpile'],
    ['The chemical weapons destruction was finished in 2014, yet a chlorine barrel fell on the market and people choked.', 'cw_stockpile'],
    ['Уничтожение химического оружия завершилось, но в 2017 году с вертолёта сбросили хлор.', 'cw_stockpile'],
    ['رغم تدمير الأسلحة الكيميائية عام 2014 ألقت المروحيات براميل الكلور على الحي.', 'cw_stockpile'],
  ]);
  reads([
    ['На объекте по уничтожению химического оружия произошла утечка.', 'cw_stockpile'],
    ['A leak at the chemical weapons destruction facility sent two workers to hospital.', 'cw_stockpile'],
  ]);
});

describe('A4: a plant\'s past as a producer, or a site named in another sentence, does not make the scene a depot', () => {
  misses([
    ['The pesticide factory once produced chemical weapons. A pipe leaked on Monday; workers had burning eyes and coughing, smell like bleach.', 'cw_stockpile'],
    ['The workers at the chemical weapons destruction plant in Anniston struck for better pay. At the nearby pool, a chlorine pump failed; swimmers coughed.', 'cw_stockpile'],
    ['In the 1980s the plant was producing chemical weapons. Today it makes fertiliser, and an ammonia pipe burst.', 'cw_stockpile'],
    ['Завод в советское время занимался производством химического оружия. Вчера там прорвало трубу с аммиаком.', 'cw_stockpile'],
  ]);
  reads([
    ['Trace amounts of agent vapor were detected leaking inside the storage structure.', 'cw_stockpile'],
    ['A leak at the chemical weapons storage facility was contained.', 'cw_stockpile'],
    ['Soldiers found a chemical weapons workshop in the basement.', 'cw_stockpile'],
  ]);
  it('the industrial leak after a producer\'s history is read as a leak (toxic-industrial or choking leads, not blister)', () => {
    const f = feats('The pesticide factory once produced chemical weapons. A pipe leaked on Monday; workers had burning eyes and coughing, smell like bleach.');
    expect(f.delivery_industrial_leak).toBe(true);
  });
});

describe('A3: nobody hurt by the blast, or nobody hurt but then people fell ill, is no harmless blast', () => {
  misses([
    ['A shell exploded near the school. Nobody was hurt by the blast, but then a smell of rotten eggs spread and dozens vomited and fainted.', 'harmless_blast'],
    ['سمعنا انفجار قوي قرب الحي، لم يصب أحد بالانفجار، بس بعدها ريحة ثوم وصار الناس يستفرغوا ويغمى عليهم.', 'harmless_blast'],
    ['Грохнуло где-то рядом, никто не пострадал от взрыва, а потом запахло чесноком, люди теряли сознание, рвота.', 'harmless_blast'],
    ['A rocket exploded in the yard. No one was injured by the explosion. Within minutes people were choking.', 'harmless_blast'],
    ['Снаряд взорвался во дворе, никто не пострадал, но через час у детей началась рвота.', 'harmless_blast'],
    ['انفجرت قذيفة في الشارع، لم يصب أحد من الانفجار. بعد دقائق بدأ الناس يختنقون.', 'harmless_blast'],
  ]);
  reads([
    ['A transformer exploded on our street. Nobody was hurt.', 'harmless_blast'],
    ['Грохнуло ночью за посёлком, все живы-здоровы.', 'harmless_blast'],
    ['انفجر إطار شاحنة على الطريق، ولم يصب أحد.', 'harmless_blast'],
  ]);
});

describe('A5: a demonstration of a group of people, or one dispersed with tear gas, is a protest', () => {
  it.each([
    'Police fired tear gas to disperse a demonstration of the Kurdish community; people had burning eyes and streaming tears.',
    'Police fired tear gas at a demonstration of the unemployed in the square; eyes burning, tears, coughing.',
    'Tear gas landed among a demonstration of the Kurdish community; eyes burning, tears.',
    'Gas drifted over a demonstration of the Armenian diaspora outside the embassy.',
    'A demonstration of the pensioners marched to the square.',
  // (session 32, agctx) a protest alone is a topic, not a delivery: each is told with an irritant's sign after it, and a named tear
  // gas is read first, so the test asks for the feature, not its phrase
  ])('"demonstration" is evidence of a protest: %s', (text) => expect(feats(`${text} Our eyes burned.`).delivery_police_canister).toBe(true));
  misses([
    ['He gave a demonstration of the fire extinguisher.', 'delivery_police_canister'],
    ['The instructor showed us a demonstration of how the mask seals.', 'delivery_police_canister'],
    ['We watched a demonstration of the new sheep dip equipment.', 'delivery_police_canister'],
  ]);
});

describe("A6: 'gave the demonstration ten minutes' is a deadline given to a protest, not a demonstration given", () => {
  it.each([
    'Riot police gave the peaceful demonstration ten minutes, then fired tear gas; eyes burning, tears, coughing.',
    'The governor gave the demonstration an ultimatum to leave the square.',
    'Officers gave the student demonstration until noon to disperse.',
  // (session 32, agctx) a protest alone is a topic, not a delivery: each is told with an irritant's sign after it, and a named tear
  // gas is read first, so the test asks for the feature, not its phrase
  ])('"demonstration" is evidence of a protest: %s', (text) => expect(feats(`${text} Our eyes burned.`).delivery_police_canister).toBe(true));
  misses([
    ['The firemen gave us a short demonstration in the yard.', 'delivery_police_canister'],
    ['The nurse gave the class a demonstration on the dummy.', 'delivery_police_canister'],
  ]);
});

describe("A7: 'blast' before another noun (a blast furnace, a blast door) names no bang", () => {
  misses([
    ['Chlorine leaked at the blast furnace of the steel plant; no one was injured, but workers coughed and had burning eyes.', 'harmless_blast'],
    ['Gas leaked near the blast furnace. No one was injured.', 'harmless_blast'],
    ['The blast door of the shelter jammed; nobody was hurt.', 'harmless_blast'],
  ]);
  reads([
    ['The blast shattered the windows. No one was injured.', 'harmless_blast'],
    ['There was a loud blast; nobody was hurt.', 'harmless_blast'],
  ]);
});

describe('A8: Russian blast nouns and verbs by their endings («взрывотехники», «взрывчатка» name no blast)', () => {
  misses([
    ['Взрывотехники приехали на вызов: из бочки шёл едкий газ, никто не пострадал, но двое рабочих кашляли, резь в глазах.', 'harmless_blast'],
    ['Взрывотехники осмотрели бочку, никто не пострадал.', 'harmless_blast'],
    ['В подвале нашли взрывчатку, никто не пострадал.', 'harmless_blast'],
    ['Взрывоопасный предмет увезли, пострадавших нет.', 'harmless_blast'],
  ]);
  reads([
    ['Ночью во дворе взорвалась петарда, никто не пострадал.', 'harmless_blast'],
    ['Раздался взрыв, все целы.', 'harmless_blast'],
    ['Прогремели взрывы за посёлком, пострадавших нет.', 'harmless_blast'],
  ]);
});

describe('A9: a bang denied by a perceiver (no one heard an explosion) is not told', () => {
  misses([
    ['No one heard an explosion and nobody was hurt, but the air smelled of garlic and people vomited and fainted.', 'harmless_blast'],
    ['No one heard any loud explosion and nobody was hurt.', 'harmless_blast'],
    ['Никто не слышал никакого взрыва, никто не пострадал.', 'harmless_blast'],
    ['ما حدا سمع أي انفجار، ولم يصب أحد.', 'harmless_blast'],
  ]);
  reads([['Everyone heard an explosion, and nobody was hurt.', 'harmless_blast']]);
});
