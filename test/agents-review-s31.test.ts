/**
 * Session 31 (room review): near misses of this session's agent lexicon entries found by an adversarial read
 * (docs/agent-differential.md §7.00058-review). Sentences written for this test, none taken from an evaluation file.
 */
import { describe } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';

describe('quick recovery (full_recovery): healthy before, fine in the morning, an exception', () => {
  misses([
    ['Ребёнок был абсолютно здоров, а после газа попал в реанимацию.', 'full_recovery'],
    ['Здорова была девочка, пока не пустили газ.', 'full_recovery'],
    ['Она станет здорова только через месяц.', 'full_recovery'],
    ['Все поправились за пару часов, кроме деда.', 'full_recovery'],
    ['They were fine in the morning, then by evening they were all vomiting.', 'full_recovery'],
    ['By evening everyone was fine except the baby.', 'full_recovery'],
  ]);
  reads([
    ['Бабушка здорова, просто давление подскочило.', 'full_recovery'],
    ['They were all fine in an hour.', 'full_recovery'],
    ['By evening everyone was fine again.', 'full_recovery'],
  ]);
});

describe('tested clean (no_agent_detected): a test that was never made', () => {
  misses([
    ['Nobody checked the water, they just said it was safe.', 'no_agent_detected'],
    ['They never tested the water, it was fine they said.', 'no_agent_detected'],
    ['Воду не проверили — чистая она или нет, никто не знает.', 'no_agent_detected'],
    ['Пробы взяли — ничего не сказали, результатов нет.', 'no_agent_detected'],
    ['ما حدا فحص المي وطلعت نظيفة', 'no_agent_detected'],
  ]);
  reads([
    ['Воду проверили — чистая, ничего нет.', 'no_agent_detected'],
    ['اجت البلدية وفحصوا المي وطلعت نظيفة', 'no_agent_detected'],
  ]);
});

describe('the gel and injections of a hydrofluoric burn (antidote_calcium): a shot for pain, Arabic "most of"', () => {
  misses([
    ['The nurse put a cold gel on his hand and gave him an injection for the pain.', 'antidote_calcium'],
    ['جل الناس بالحارة كانوا بإيدهم إبر وحقن المستشفى', 'antidote_calcium'],
  ]);
  reads([['حطوا جل على ايده وضربوه ابرة بالإصبع', 'antidote_calcium']]);
});

describe('pain with white or grey skin (pain_beyond_skin): pallor from blood loss, a blow or fright', () => {
  misses([
    ['Рука болела после удара, кожа бледная от потери крови.', 'pain_beyond_skin'],
    ['الوجع بإيدي من الضربة، والجلد صار أبيض من الخوف', 'pain_beyond_skin'],
  ]);
  reads([['My fingertips were throbbing deep down and the skin had gone pale grey.', 'pain_beyond_skin']]);
});

describe('review2: the spoken «خلاص» after a time phrase is also "that\'s it, then" before the next clause (AR)', () => {
  reads([
    ['بعد ساعة خلاص بلشت العيون تحرق', 'onset_delayed'],
    ['الشرطة رمت قنابل، وبعد يوم خلاص صار عنده حكة وحرقة بالجلد', 'onset_delayed'],
    ['بعد ساعة راح كل شي من ايدينا، صار الولد يختنق', 'onset_delayed'],
  ]);
  misses([
    ['الشرطة رمت قنابل، العيون تحرق وتدمع، وبعد ساعة خلاص الحمد لله', 'onset_delayed'],
    ['الشرطة رمت قنابل، العيون تحرق وتدمع، وبعد ساعة خلاص، رجعنا عالبيت', 'onset_delayed'],
  ]);
});
