/**
 * Session 21 (fixcl2): the second review's claims findings (/work/notes/review2-s21.md S4, S6) against room claims3's
 * rules: each finding's sentences must not read, the rule's intended positives still do.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon);
const blamed = (t: string) => read(t).claims.blamed ?? null;

describe('S4: an unqualified «оккупанты» is Russia only outside a Syrian or Iraqi setting', () => {
  it.each([
    'Сирийские власти обвинили оккупантов в применении химического оружия в провинции Хасеке.',
    'Сирийское информагентство SANA сообщило, что оккупанты сбросили фосфорные бомбы на Ракку.',
    'Иракские источники сообщили, что оккупанты применили белый фосфор под Мосулом.',
  ])('the review\'s sentences: %s -> not russia', (t) => expect(blamed(t)).not.toBe('russia'));
  it.each([
    ['Оккупанты сбросили отравляющее вещество на Мариуполь с беспилотника.', 'russia'],
    ['Оккупанты снова применили химическое оружие, сообщили в Генштабе.', 'russia'],
    ['Оккупанты сбросили отравляющее вещество на позиции ВСУ, сообщил Генштаб.', 'russia'],
    // a Ukrainian marker keeps the reading even when Syria is named too
    ['Оккупанты применили газ, как раньше в Сирии, заявили в ВСУ.', 'russia'],
    // an adjective of another side still names that side
    ['Американские оккупанты обстреляли деревню в провинции Хасеке.', 'west'],
    ['Турецкие оккупанты применили газ против курдов.', 'other'],
  ])('the rule\'s positives: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
});

describe('S6: a story that is itself the claim of a staging, called fake, does not blame its author', () => {
  it.each([
    'Moscow\'s version that the Douma attack was staged is a fake, the OPCW inspectors said.',
    'Russia\'s claim that the attack was fabricated is a fake, the inspectors said.',
    'Российская версия о том, что атака была инсценирована, — фейк, заявили инспекторы.',
  ])('the review\'s sentence and its kin: %s -> null', (t) => expect(blamed(t)).toBeNull());
  it.each([
    ['Ukraine\'s version of what happened in Bucha was a fake attack.', 'ukraine'],
    ['Ukraine\'s version was a fake, Moscow said.', 'ukraine'],
    ['Сфабрикованные украинские нарративы о химатаке распространяются в сети.', 'ukraine'],
    ['Это оказалось украинским фейком.', 'ukraine'],
  ])('the rule\'s positives: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
});
