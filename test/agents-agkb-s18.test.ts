/**
 * Session 18 (room agkb): botulism, the food poisoning mistaken for a nerve agent (docs/agent-differential.md §7.00040-agkb).
 * knowledge/agents.yaml gained ptosis, dysphagia_dysarthria, dry_mouth and mydriasis (cdc-botulism, who-botulism,
 * nlm-wiser-botulinum); a dry mouth and dilated pupils argue against the nerve agents. Every sentence is the engineer's own;
 * none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

const top = (text: string) => {
  const r = run(text);
  const cls = [...r.classes].sort((a, b) => b.probability - a.probability)[0]!;
  const agent = [...r.agents].sort((a, b) => b.probability - a.probability)[0]!;
  return { cls: cls.id, agent: agent.id };
};

describe('botulism signs are read (EN, RU, AR)', () => {
  it('reads drooping eyelids, swallowing and speech, a dry mouth and dilated pupils', () => {
    expect(feats('Two days after the jar of home-canned mushrooms, her eyelids drooped and she had trouble swallowing.')).toMatchObject({ ptosis: true, dysphagia_dysarthria: true });
    expect(feats('The patient had a dry mouth, slurred speech and dilated pupils.')).toMatchObject({ dry_mouth: true, dysphagia_dysarthria: true, mydriasis: true });
    expect(feats('У отца опустились веки, было трудно глотать, сухость во рту, зрачки расширены.')).toMatchObject({ ptosis: true, dysphagia_dysarthria: true, dry_mouth: true, mydriasis: true });
    expect(feats('ظهر على المريض تدلي الجفون وصعوبة في البلع وجفاف الفم واتساع الحدقات.')).toMatchObject({ ptosis: true, dysphagia_dysarthria: true, dry_mouth: true, mydriasis: true });
  });
  it('reads double vision as blurred vision (EN seeing double, RU двоение в глазах, AR ازدواج الرؤية)', () => {
    for (const t of ['He was seeing double.', 'Diplopia was noted on admission.', 'Было двоение в глазах.', 'اشتكى من ازدواج الرؤية.', 'كانت لديه رؤية مزدوجة.'])
      expect(feats(t), t).toMatchObject({ blurred_vision: true });
    expect(feats('The double doors were shut.')).not.toHaveProperty('blurred_vision');
  });
  it('does not read them from near-misses (an eyelid swollen, a dry cough, a mouth that burned, pinpoint pupils)', () => {
    for (const t of ['Her eyelids were swollen and red.', 'He had a dry cough.', 'Their mouths and throats burned.', 'The pupils were pinpoint.'])
      for (const f of ['ptosis', 'dry_mouth', 'dysphagia_dysarthria', 'mydriasis']) expect(feats(t), `${t} ${f}`).not.toHaveProperty(f);
    expect(feats('Веки опухли и покраснели.')).not.toHaveProperty('ptosis');
    expect(feats('لم يكن هناك جفاف في الفم.')).toMatchObject({ dry_mouth: false });
  });
});

describe('a botulism account reads class none, food poisoning leading', () => {
  const accounts = [
    'A day after a family dinner of home-canned green beans, four relatives were admitted with drooping eyelids, double vision, a dry mouth and difficulty swallowing and speaking. Their pupils were dilated, and they stayed fully alert as the weakness spread down to their arms.',
    'На следующий день после того, как семья поела домашних консервированных грибов, у троих опустились веки, в глазах двоилось, появилась сухость во рту, стало трудно глотать, речь стала невнятной. Зрачки расширены, сознание ясное.',
    'بعد يوم من تناول العائلة سمكاً مملحاً محفوظاً في المنزل، نقل خمسة منهم إلى المستشفى وعليهم تدلي الجفون وازدواج الرؤية وجفاف الفم وصعوبة في البلع والكلام، وكانت الحدقات متوسعة وهم بكامل وعيهم.',
  ];
  for (const t of accounts)
    it(t.slice(0, 40), () => {
      expect(top(t)).toEqual({ cls: 'none', agent: 'food-poisoning' });
    });
});

describe('a nerve-agent account with pinpoint pupils and drooling still reads nerve', () => {
  const accounts = [
    'Minutes after the rocket landed, people collapsed in the street with pinpoint pupils, drooling and muscle twitching; several had convulsions and stopped breathing.',
    'Через несколько минут после взрыва снаряда люди падали, у них были точечные зрачки, слюнотечение, подёргивания мышц и судороги.',
    'بعد دقائق من سقوط الصاروخ سقط الناس في الشارع مع تضيق الحدقات وسيلان اللعاب ورجفة العضلات واختلاجات.',
  ];
  for (const t of accounts)
    it(t.slice(0, 40), () => {
      expect(top(t).cls).toBe('nerve');
    });
});
