/**
 * Session 31 (room aginc): a hydrofluoric acid burn of the fingers told in lay words, in EN/RU/AR: its treatment by its form (a gel
 * and injections into the finger: calcium gluconate, antidote_calcium) and its pain with the skin gone white or grey (msd-hf:
 * grayish white patches; pain_beyond_skin). docs/agent-differential.md §7.00058-aginc. Every sentence is the engineer's own;
 * none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { misses, reads, run } from './helpers/agent-probe.js';

describe('the calcium treatment told by its form', () => {
  reads([
    ['At the clinic they rubbed a gel into his fingers and gave him injections around the nail.', 'antidote_calcium'],
    ['My thumb was agony. The nurse soaked it in a gel and then injected it twice.', 'antidote_calcium'],
    ['Ему обработали пальцы гелем и сделали несколько уколов в кисть.', 'antidote_calcium'],
    ['В больнице палец обкололи, потом мазали гелем.', 'antidote_calcium'],
    ['بالمستشفى حطولي جل على ايدي وعطوني ابر بالاصبع.', 'antidote_calcium'],
    ['الدكتور ضرب حقن باصابعه وحط جيل.', 'antidote_calcium'],
  ]);
  misses([
    // a gel and a shot for something else
    ['They put a cooling gel on his hand and gave him a tetanus shot.', 'antidote_calcium'],
    ['She used hand gel before the insulin injection.', 'antidote_calcium'],
    ['На руку нанесли гель, а от столбняка сделали укол.', 'antidote_calcium'],
    ['حطوا جل على ايده وعطوه ابرة كزاز.', 'antidote_calcium'],
    // no finger or hand anywhere near
    ['The physio used a gel on his knee and injected the joint.', 'antidote_calcium'],
    // Arabic جل 'most of'
    ['جل المصابين اخذوا حقن بالمستشفى.', 'antidote_calcium'],
  ]);
});

describe('pain with the skin gone white or grey', () => {
  reads([
    ['By midnight my fingertips were throbbing deep down and the skin had turned greyish white.', 'pain_beyond_skin'],
    ['His hand hurt terribly although the skin was just pale.', 'pain_beyond_skin'],
    ['К вечеру палец болел нестерпимо, а кожа стала белая.', 'pain_beyond_skin'],
    ['Под ногтем дёргало всю ночь, кожа вокруг серая.', 'pain_beyond_skin'],
    ['صار وجع فظيع باصبعي والجلد صار ابيض.', 'pain_beyond_skin'],
  ]);
  misses([
    // the cold's white fingers, a fire's white burns, a red skin
    ['My fingers hurt in the cold and the skin went white.', 'pain_beyond_skin'],
    ['Пальцы болели на морозе, а кожа стала белая.', 'pain_beyond_skin'],
    ['صار وجع بايدي من البرد والجلد صار ابيض.', 'pain_beyond_skin'],
    ['His hand hurt after the flames caught it and the skin was white and leathery.', 'pain_beyond_skin'],
    ['My hand hurt where the pan touched it and the skin went red.', 'pain_beyond_skin'],
  ]);
});

describe('an acid on the fingers, hours of deep pain, a gel and injections: the industrial class, not mustard', () => {
  const top = (t: string) => run(t).classes[0].id;
  it('EN', () => {
    expect(top('I cleaned the wheels with a strong acid and felt nothing. Hours later my fingers throbbed deep down and the skin went grey. The hospital put a gel on them and injected my fingers.')).toBe('toxic-industrial');
  });
  it('RU', () => {
    expect(top('Капнуло кислотой на палец, ничего не почувствовал. Часов через шесть палец заболел, а кожа стала белая. В больнице мазали гелем и делали уколы в палец.')).toBe('toxic-industrial');
  });
  it('AR', () => {
    expect(top('وقع حمض على اصبعي وما حسيت بشي. بعد كم ساعة صار وجع فظيع باصبعي والجلد صار ابيض. بالمستشفى حطوا جل وضربوا ابر بالاصبع.')).toBe('toxic-industrial');
  });
});
