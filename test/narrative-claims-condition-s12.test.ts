/**
 * Session 12 (claims room): conditional scope in one module (claim-condition.ts). Sentences written for the test, not
 * taken from any split; each asserts the value the reader gives.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { conditionIn, hasCondition, lastCondition } from '../src/core/narrative/claim-condition.js';
import { foldString } from '../src/core/narrative/text-tokenise.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, prepared: c.claims.prepared, voice: c.voice };
};
const fold = (t: string) => foldString(t.toLowerCase());

describe('one list of conditional conjunctions', () => {
  it('claim-slots and the Arabic roles keep no list of their own', () => {
    const slots = fs.readFileSync('src/core/narrative/claim-slots.ts', 'utf8');
    const roles = fs.readFileSync('src/core/narrative/claim-arabic-roles.ts', 'utf8');
    expect(slots).not.toMatch(/const (?:IF_MARK|IF_ANY|CONDITION|RU_CONDITION) = /);
    expect(roles).not.toMatch(/const CONDITIONAL = /);
    expect(slots).toMatch(/from '\.\/claim-condition\.js'/);
    expect(roles).toMatch(/from '\.\/claim-condition\.js'/);
  });
  it('finds the conjunction in each language, and not its look-alikes', () => {
    expect(hasCondition('if assad uses gas again')).toBe(true);
    expect(hasCondition('если дамаск применит')).toBe(true);
    expect(hasCondition(fold('إذا استخدمت الحكومة'))).toBe(true);
    expect(conditionIn('as if nothing happened')).toBe(false);
    expect(conditionIn('в случае с сирией')).toBe(false);
    expect(conditionIn(fold('وهو ما لم تعترف به الحكومة'))).toBe(false);
  });
  it('"وإن" before a perfect verb is a condition; "وإن" before a noun is the complementizer', () => {
    const t = fold('قالت واشنطن إنها سترد وإن استخدمت الحكومة السورية الغاز');
    const at = t.indexOf('استخدمت');
    expect(lastCondition(t, 0, at)).not.toBeNull();
    const u = fold('قال المرصد إن الطائرات قصفت البلدة وإن الأهالي نزحوا');
    expect(lastCondition(u, 0, u.length)).toBeNull();
  });
  it('"ما إذا / فيما إذا" is "whether", no condition', () => {
    expect(conditionIn(fold('لم يتضح ما إذا كانت القوات قصفت'))).toBe(false);
    expect(conditionIn(fold('إذا قصفت القوات'))).toBe(true);
  });
});

describe('deeds inside a condition are no one\'s deed', () => {
  it('Arabic "وإن" opens a condition', () => {
    expect(read('قالت الولايات المتحدة إنها سترد وإن استخدمت الحكومة السورية الأسلحة الكيميائية.').blamed).toBe(null);
  });
  it('the same deed asserted still blames its doer', () => {
    expect(read('قالت الولايات المتحدة إن الحكومة السورية استخدمت الأسلحة الكيميائية.').blamed).toBe('government');
  });
  it('Arabic and English "whether" keep the doer the question names', () => {
    expect(read('تحقق المنظمة فيما إذا كانت قوات النظام استخدمت غاز الكلور في دوما.').blamed).toBe('government');
    expect(read('The OPCW is investigating whether government forces used chlorine in Douma.').blamed).toBe('government');
  });
  it('English and Russian if-clauses', () => {
    expect(read('Washington will respond if Syrian government forces use chemical weapons again.').blamed).toBe(null);
    expect(read('США нанесут удар, если сирийская армия применит химическое оружие.').blamed).toBe(null);
  });
  it('a threat on a condition announces nothing', () => {
    expect(read('США могут атаковать Сирию, если там применят химическое оружие.').prepared).toBe(false);
  });
});
