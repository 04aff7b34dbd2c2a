/**
 * Session 26 (room clother): the named-doer recogniser (src/core/narrative/claim-doer.ts). A deed whose doer is named by a
 * form rather than by the lexicon (the claimant of responsibility, the identified doer, a group by its head noun and name,
 * a person by a name cue) blames `other`, or `opposition` for a known armed-opposition name form; victims, reporters,
 * sources, investigators and denials name no doer. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed ?? null;

describe('English: the claimant, the identified doer, the named group', () => {
  it('reads the named doer as other, a jihadist name form as opposition', () => {
    expect(blamed('A little-known group, the Popular Resistance Front, claimed responsibility for the bombing of the market.')).toBe('other');
    expect(blamed('The Jund al-Aqsa Brigade claimed responsibility for the attack on the checkpoint.')).toBe('opposition');
    expect(blamed('The attack was claimed by the Black Widow Network.')).toBe('other');
    expect(blamed('The gunman was identified as Brenton Tarrant, a 28-year-old Australian, after the mosque attack.')).toBe('other');
    expect(blamed('The attackers were members of the Red Hand Group, police said after the bombing.')).toBe('other');
    expect(blamed('The gunman, Brenton Tarrant, opened fire on worshippers in the mosque.')).toBe('other');
    expect(blamed('A man named John Doyle poisoned three colleagues with thallium.')).toBe('other');
    expect(blamed('The Condor Legion, working for Franco, bombed the town of Guernica.')).toBe('other');
  });
  it('near misses: no one, a victim, a reporter, a source, an investigator, a denial', () => {
    expect(blamed('Nobody has yet claimed responsibility for the bombings on the metro.')).toBe(null);
    expect(blamed('The victim was identified as John Doyle after the attack.')).toBe(null);
    expect(blamed('A reporter named John Doyle described the attack on the town.')).toBe(null);
    expect(blamed('According to Human Rights Watch, the attack killed ten people.')).toBe(null);
    expect(blamed('John Doyle, the investigator, said the attack killed ten people.')).toBe(null);
    expect(blamed('Investigators identified the victims of the bombing as Anna Smith and Tom Brown.')).toBe(null);
    expect(blamed('The Islamic Army of Iraq denied carrying out the bombing.')).toBe(null);
  });
});

describe('Russian: a group noun with its quoted name, the claim, «по имени» / «некая»', () => {
  it('reads the named doer', () => {
    expect(blamed('Ответственность за теракт в метро взяла на себя группировка «Чёрные вдовы».')).toBe('other');
    expect(blamed('Группировка «Джейш аль-Адль» взяла на себя ответственность за взрыв.')).toBe('opposition');
    expect(blamed('Теракт, организованный группировкой «Красная рука», унёс жизни десяти человек.')).toBe('other');
    expect(blamed('Взрыв в кафе устроила некая Дарья Трепова, передавшая статуэтку.')).toBe('other');
    expect(blamed('Мужчина по имени Иван Петров застрелил двух соседей.')).toBe('other');
  });
  it('near misses: a victim by name, a reporting organisation, no claimant', () => {
    expect(blamed('В теракте погибла журналистка по имени Анна Петрова.')).toBe(null);
    expect(blamed('Мужчина по имени Иван Петров был убит во время теракта.')).toBe(null);
    expect(blamed('Об этом сообщила организация «Мемориал», расследующая взрыв в кафе.')).toBe(null);
    expect(blamed('Никто не взял на себя ответственность за взрыв в метро.')).toBe(null);
  });
});

describe('Arabic: a group noun with its name, the resumptive deed, a name after a doer epithet', () => {
  it('reads the named doer', () => {
    expect(blamed('تبنى تنظيم جند الأقصى الهجوم على الحاجز.')).toBe('opposition');
    expect(blamed('أعلنت حركة الشباب مسؤوليتها عن الهجوم على الفندق.')).toBe('other');
    expect(blamed('وقع الهجوم الذي نفذته جماعة أبو سياف في الجزيرة.')).toBe('other');
    expect(blamed('منفذ هجوم كرايستشيرش الإرهابي برينتون تارينت سيواجه 50 تهمة قتل.')).toBe('other');
    expect(blamed('نفذ الهجوم المتهم المدعو أحمد سالم وقتل ثلاثة أشخاص.')).toBe('other');
  });
  it('near misses: a victim, a spokesman, a condemning party, an unnamed gunman, a witness by name', () => {
    expect(blamed('قتل الشاب أحمد سالم في الهجوم على السوق.')).toBe(null);
    expect(blamed('قال المتحدث باسم الشرطة إن الهجوم أسفر عن مقتل عشرة أشخاص.')).toBe(null);
    expect(blamed('أدانت حركة النهضة الهجوم على المسجد.')).toBe(null);
    expect(blamed('المسلح قتل عشرة أشخاص في الهجوم.')).toBe(null);
    expect(blamed('بعد الهجوم على المسجد قال المدعو أحمد سالم إنه رأى الدخان.')).toBe(null);
  });
});
