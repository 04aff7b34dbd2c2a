/**
 * Session 30 (room agar): the Arabic lay accounts of paraphrases dev-v23 (docs/agent-differential.md §7.00057-agar). Each
 * mechanism with the sentences it must read and the near misses it must not. Every sentence is the engineer's own; none is
 * taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads } from './helpers/agent-probe.js';

describe('an Arabic comma before a definite subject with its copula opens a new clause (a denied list ends there)', () => {
  reads([
    ['ما حدا كح ولا دخ، الريحة كانت ريحة حطب محروق', 'odour_burning'],
    ['ما حدا تعب ولا استفرغ، وكانت الريحة ريحة حريق عادي', 'odour_burning'],
    ['لا سعال ولا دوخة، الدخان كان أسود وكثيف', 'fire_smoke'],
  ]);
  misses([
    ['ما حدا كح ولا دخ، ولا ريحة حريق', 'odour_burning'],
    ['لا سعال ولا قيء، ولا دوخة', 'dizziness'],
  ]);
  it('the denied items before the comma stay denied', () => {
    expect(feats('ما حدا كح ولا دخ، الريحة كانت ريحة حطب محروق').cough).toBe(false);
  });
});

describe('the second likeness of a smell after او, the spoken ريحة and توم, and rotting fish', () => {
  reads([
    ['فاحت ريحة زي الكبريت او التوم من الغرفة', 'odour_garlic'],
    ['كان في ريحة متل البصل المقلي أو الثوم', 'odour_garlic'],
    ['شمينا ريحة تشبه الدوا أو الكلور', 'odour_bleach'],
    ['الريحة مثل السمك الفاسد', 'odour_rotten_eggs'],
    ['ريحة متل سمك خربان بالمطبخ', 'odour_rotten_eggs'],
  ]);
  misses([
    ['ريحة السمك المقلي او البيض', 'odour_rotten_eggs'],
    ['ما في ريحة مثل الكلور او الثوم', 'odour_garlic'],
    ['ريحة مثل التراب او المطر', 'odour_garlic'],
    ['اكلنا سمك خربان وريحة المطبخ عادية', 'odour_rotten_eggs'],
  ]);
});

describe('Maghrebi, Libyan and Sudanese words of a fire and an incendiary (black أكحل, شعل, كيف اللحام, حاجات بتولع, تحرق في)', () => {
  reads([
    ['طلع دخان أكحل من المخزن', 'fire_smoke'],
    ['شفنا الدخان الأكحل فوق الحومة', 'fire_smoke'],
    ['الدار شعلت في الليل', 'fire_smoke'],
    ['النار شعلت في الغابة', 'fire_smoke'],
    ['طاحت حاجة تضوي كيف اللحام على الحوش', 'delivery_incendiary'],
    ['الطيارة رمت حاجات بتولع على البيوت', 'delivery_incendiary'],
    ['خوها تحرق في يده', 'burns'],
    ['بنتي تحرقت في وجهها', 'burns'],
    ['الصغار تحرقوا في وجوههم', 'burns'],
  ]);
  misses([
    ['الريحة تحرق في العيون', 'burns'],
    ['الدخان كان أبيض', 'fire_smoke'],
    ['شعل الضو في البيت', 'fire_smoke'],
    ['كحل العين ساح', 'fire_smoke'],
  ]);
});

describe('Moroccan, Gulf and Levantine words of the irritant signs, and the pool simile across a comma', () => {
  reads([
    ['ريحة قوية بزاف، كيف ديال البيسين', 'odour_bleach'],
    ['الريحة كانت حادة، مثل المسبح', 'odour_bleach'],
    ['شميت ريحة خايبة، زي البسين بالضبط', 'odour_bleach'],
    ['صدري مزير وما قادرش نتنفس', 'chest_tightness'],
    ['بنتي قالت صدرها مزيار', 'chest_tightness'],
    ['راسي يعورني من الصبح', 'headache'],
    ['كلنا راسنا يعورنا', 'headache'],
    ['الحلق يحك والعيون تدمع', 'throat_burning'],
    ['حلقي يحكني من الغبار', 'throat_burning'],
  ]);
  misses([
    ['السباحة في البيسين كانت زينة', 'odour_bleach'],
    ['مشينا للمسبح، الريحة كانت عادية', 'odour_bleach'],
    ['جلدي يحك', 'throat_burning'],
    ['صدري مليان', 'chest_tightness'],
  ]);
});
