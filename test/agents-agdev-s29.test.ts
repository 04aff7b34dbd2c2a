/**
 * Session 29 (room agdev): the agent differential on the session's fresh development material (paraphrases dev-v22;
 * docs/agent-differential.md §7.00056-agdev). Each mechanism with the sentences it must read and the near misses it must not.
 * Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads } from './helpers/agent-probe.js';

describe('a concessive continuation ends a denial (what happened in spite of it)', () => {
  reads([
    ['She did not eat anything and still vomited twice.', 'vomiting'],
    ['He never touched the water but still got a rash on his arms.', 'skin_rash_itching'],
    ['We had no masks, even so nobody coughed much at first and then everyone coughed.', 'cough'],
    ['Он ничего не ел и всё равно его вырвало.', 'vomiting'],
    ['Он не ел и все равно его тошнило.', 'nausea'],
    ['Ребёнок не пил воду и всё же его рвало.', 'vomiting'],
    ['ما أكل شي ومع ذلك استفرغ', 'vomiting'],
    ['ما أكلت شي ومع هيك صرت استفرغ', 'vomiting'],
    ['ما شرب من الماي وبالرغم من ذلك استفرغ', 'vomiting'],
  ]);
  misses([
    ['Nobody was still coughing by noon.', 'cough'],
    ['She did not vomit.', 'vomiting'],
    ['Никто не кашлял.', 'cough'],
    ['ما حدا استفرغ', 'vomiting'],
  ]);
  it('the denied meal stays denied', () => {
    expect(feats('She did not eat anything and still vomited twice.').ingestion).toBeFalsy();
  });
});

describe('Arabic trampling words read as written, not by their stems (the article marks the noun)', () => {
  reads([
    ['مات كتير ناس من الدعس بالزحمة', 'panic'],
    ['ماتوا بالدهس عند البوابة', 'panic'],
    ['وللدعس ضحايا كثير يومها', 'panic'],
    ['الناس داسوا على بعض عند الباب', 'panic'],
    ['الناس انداسوا عند الدرج', 'panic'],
    ['ناس ماتت دهسا', 'panic'],
  ]);
  misses([
    ['وقع صبي بالشارع ودعس رجله واحد بالغلط', 'panic'],
    ['داس على رجلي بالباص', 'panic'],
    ['دعسته سيارة قدام البيت', 'panic'],
    ['دهسته سيارة قدام البيت', 'panic'],
  ]);
  reads([['دهسته سيارة قدام البيت', 'trauma_injuries']]);
});

describe('the trampling verb with the reciprocal (each other) is the crowd trampling itself', () => {
  reads([
    ['الناس ركضت ودعست بعضها عند البوابة', 'panic'],
    ['الناس دهسوا بعضهم عند الباب', 'panic'],
    ['صاروا يدوسوا على بعض', 'panic'],
  ]);
});

describe('a yellow joined to another hue names that hue (Arabic juxtaposed colours, English -ish)', () => {
  misses([
    ['طلع دخان أصفر بني من الصهريج', 'cloud_yellow_green'],
    ['شفنا غيمة صفراء رمادية فوق المصنع', 'cloud_yellow_green'],
    ['A yellowish brown smoke came off the tanker.', 'cloud_yellow_green'],
  ]);
  reads([
    ['طلع دخان أصفر بني من الصهريج', 'cloud_orange_brown'],
    ['A yellowish brown smoke came off the tanker.', 'cloud_orange_brown'],
    ['شفنا غيمة صفراء خضراء فوق الحي', 'cloud_yellow_green'],
    ['شفنا غيمة صفراء فوق الحي', 'cloud_yellow_green'],
    ['A yellowish green cloud rolled in.', 'cloud_yellow_green'],
  ]);
});

describe('a smell word, a comma and a simile: the simile names the smell (apposition)', () => {
  reads([
    ['He caught a smell, like freshly cut grass, and coughed a little.', 'odour_hay'],
    ['Почуял запах, как свежескошенной травы, и закашлялся.', 'odour_hay'],
    ['Стоял запах, словно тухлыми яйцами несёт.', 'odour_rotten_eggs'],
    ['كان في ريحة، زي الخل، وكلنا كحينا', 'odour_pungent'],
  ]);
  misses([
    ['There was no smell, like the doctor said, only the dust.', 'odour_hay'],
    ['Запаха не было, как и дыма.', 'odour_hay'],
  ]);
});

describe("'a few hours on' opening a clause is a later time; water with sacs is a blister", () => {
  reads([
    ['Nothing that day, then a few hours on the eyes burned.', 'onset_delayed'],
    ['Two hours on, her eyes burned and she was sick.', 'onset_delayed'],
    ['The skin came up in big water sacs under the arms.', 'delayed_blisters'],
    ['Her legs rose in sacs of liquid.', 'delayed_blisters'],
  ]);
  misses([
    ['We spent a few hours on the beach and then coughed.', 'onset_delayed'],
    ['He worked for hours on end and his eyes burned.', 'onset_delayed'],
    ['A day on, he is still coughing.', 'onset_delayed'],
    ['The water sack on the truck burst.', 'delayed_blisters'],
  ]);
});

describe('an acrid gas (the adjective on the gas, also after a comma) is a pungent smell; sandpaper in the throat', () => {
  reads([
    ['An acrid gas came out of the vat.', 'odour_pungent'],
    ['Из ванны выбросило газ, едкий, и все закашлялись.', 'odour_pungent'],
    ['Пошёл едкий газ из трубы.', 'odour_pungent'],
    ['طلع غاز لاذع من الخزان', 'odour_pungent'],
    ['В горле как наждаком прошлись.', 'throat_burning'],
  ]);
  misses([
    ['Пошёл удушливый газ.', 'odour_pungent'],
    ['Газ, который вышел, был без запаха.', 'odour_pungent'],
    ['У него голос как наждак.', 'throat_burning'],
  ]);
});
