/**
 * Session 31 (room review): near misses of this session's agent lexicon entries found by an adversarial read
 * (docs/agent-differential.md §7.00058-review). Sentences written for this test, none taken from an evaluation file.
 */
import { describe } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';

// (the session's quick-recovery and tested-clean entries of room agnone, and their near misses here, were withdrawn by the
// coordinator: the entries cost the frozen paraphrase split v21 one account below its floor)
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
