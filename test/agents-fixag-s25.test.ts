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
