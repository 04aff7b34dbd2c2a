/**
 * Session 20 (room agru): Russian and Arabic lay accounts and incident reports (docs/agent-differential.md §7.00042-agru). Every
 * sentence is the engineer's own; none is taken from an evaluation item. Each rule is probed with sentences that must fire and
 * near-misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('a store is no industrial release (Arabic مستودع, as English warehouse and Russian склад)', () => {
  it('does not read a warehouse, a storeroom or an arms depot as a leaking plant', () => {
    for (const t of [
      'انفجر مستودع في الميناء وتضررت المباني المجاورة.',
      'اندلع حريق في بيت الدرج المستخدم مستودعاً للأثاث.',
      'عثرت القوات على مستودع لصواريخ أرض أرض.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_industrial_leak');
  });
  it('still reads a store of chemicals or gas, and a leak from a store', () => {
    for (const t of ['انفجر مستودع مواد كيميائية قرب الميناء.', 'اشتعلت النار في مستودع الغاز بالحي.', 'حدث تسرب من المستودع وأصيب عاملان.', 'تسرب الأمونيا من مستودع التبريد.'])
      expect(feats(t), t).toMatchObject({ delivery_industrial_leak: true });
  });
});
