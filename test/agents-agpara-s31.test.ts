/**
 * Session 31 (room agpara): lay accounts of a crowd gassed by the security forces (docs/agent-differential.md §7.00058-agpara):
 * the spoken Arabic "it's over" (خلاص, راح كل شي) after a time phrase ends the signs, it is no delayed onset; and الأمن with its
 * article is the security forces as the subject of a throw or a shot of gas, not the Security Council. Every sentence here was
 * written for this test; none is taken from an evaluation file. Each group has variants that must fire and near-misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('a time phrase followed by "it was over" times the end of the signs (EN/RU/AR)', () => {
  it('reads no delayed onset', () => {
    expect(feats('The police threw canisters, our eyes burned and streamed, and after an hour it was all over.')).not.toHaveProperty('onset_delayed');
    expect(feats('Полиция бросила гранаты, глаза жгло и слезились, а через час всё прошло.')).not.toHaveProperty('onset_delayed');
    expect(feats('الشرطة رمت قنابل، العيون تحرق وتدمع، وبعد ساعة خلاص')).not.toHaveProperty('onset_delayed');
    expect(feats('الشرطة رمت قنابل، العيون تحرق وتدمع، وبعد ساعة راح كل شي')).not.toHaveProperty('onset_delayed');
    expect(feats('رشوا الغاز علينا، العيون تدمع والكل يكح، وبعد ساعة خلاص.')).toMatchObject({ lacrimation: true, cough: true });
  });
  it('a time phrase that times a sign keeps its delayed onset', () => {
    expect(feats('بعد ساعة صار عنده حكة وحرقة بالجلد')).toMatchObject({ onset_delayed: true });
    expect(feats('Полиция бросила гранаты, а через час у него начался кашель.')).toMatchObject({ onset_delayed: true, cough: true });
  });
});

describe('الأمن with its article as the security forces (AR)', () => {
  it('reads the police canister with a deploy word and a gas word', () => {
    expect(feats('الأمن رمى القنابل على الشارع، دخان أبيض، العيون تدمع، الكل يكح')).toMatchObject({ delivery_police_canister: true });
    expect(feats('إجا الأمن وضرب غاز على الناس، وعيوننا صارت تحرق')).toMatchObject({ delivery_police_canister: true });
  });
  it('not the Security Council or a ministry', () => {
    expect(feats('اتهم مجلس الأمن النظام باستخدام الغاز ضد المدنيين، وصار عندهم ضيق نفس')).not.toHaveProperty('delivery_police_canister');
    expect(feats('أدان وزير الأمن استخدام الغاز في القرية وقال إن الأهالي اختنقوا')).not.toHaveProperty('delivery_police_canister');
  });
});
