/**
 * Session 23 (room agnone): the `none` class and the differential (docs/agent-differential.md §7.00046-agnone). Readings of
 * the non-chemical causes an account names (a germ named as the cause, a broken bone) and of a tremor that is a thing's,
 * not a body's (windows that trembled at a blast, an earth tremor). Every sentence is the engineer's own; none is taken from
 * an evaluation item. Each rule has near misses: sentences that share the words and must not read the feature.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, p, reads, run } from './helpers/agent-probe.js';

describe('a germ named as the cause reads as the meal (ingestion)', () => {
  reads([
    ['Laboratory tests confirmed salmonella in the guests who fell ill.', 'ingestion'],
    ['The outbreak at the care home was caused by norovirus.', 'ingestion'],
    ['Inspectors traced the illness to Staphylococcus aureus on the kitchen staff’s hands.', 'ingestion'],
    ['Doctors found E. coli in the stool samples of the sick pupils.', 'ingestion'],
    ['Campylobacter was isolated from three of the patients.', 'ingestion'],
    ['В пробах обнаружена сальмонелла, сообщили в санэпидслужбе.', 'ingestion'],
    ['Причиной вспышки стал норовирус, заявили в Роспотребнадзоре.', 'ingestion'],
    ['У заболевших выявлен золотистый стафилококк.', 'ingestion'],
    ['Анализы показали кишечную палочку у трёх детей.', 'ingestion'],
    ['أكدت الفحوص وجود السالمونيلا لدى المصابين.', 'ingestion'],
    ['سبب التسمم بكتيريا المكورات العنقودية بحسب المختبر.', 'ingestion'],
  ]);
  misses([
    ['The colonel said the column had pulled back overnight.', 'ingestion'],
    ['Кишечник не пострадал, сказал хирург.', 'ingestion'],
  ]);
  it('a germ denied is the meal absent, not present', () => {
    expect(feats('No salmonella was found in the samples.').ingestion).toBe(false);
  });
  it('an outbreak whose cause is a named germ leads none, not an agent', () => {
    const r = run('Forty children at the summer camp fell ill; the health service said the cause was a pathogenic staphylococcus carried by kitchen staff.');
    expect(r.top.class).toBe('none');
    expect(p('Причиной массового заболевания детей в лагере явился патогенный стафилококк.', 'none')).toBeGreaterThan(0.4);
  });
});

describe('a broken bone reads as trauma (trauma_injuries)', () => {
  reads([
    ['One hiker broke her collarbone when the rocks came down.', 'trauma_injuries'],
    ['Two of the men suffered broken arms in the stampede.', 'trauma_injuries'],
    ['The driver had a fractured skull and rib fractures.', 'trauma_injuries'],
    ['У пассажирки перелом ключицы, у водителя сотрясение.', 'trauma_injuries'],
    ['Мальчик получил перелом, его увезли в травмпункт.', 'trauma_injuries'],
    ['Переломы рёбер у двоих рабочих.', 'trauma_injuries'],
    ['انكسرت ايده لما وقع عن السلم.', 'trauma_injuries'],
    ['أصيب بكسر في الجمجمة وكسور في الأضلاع.', 'trauma_injuries'],
  ]);
  misses([
    ['The rioters broke the windows of the shop.', 'trauma_injuries'],
    ['He broke the news to the families that evening.', 'trauma_injuries'],
    ['В войне наступил перелом, заявил генерал.', 'trauma_injuries'],
    ['Это был переломный момент в переговорах.', 'trauma_injuries'],
    ['The doctors said there were no burns and the bones were intact.', 'trauma_injuries'],
  ]);
});

describe('a tremor of a thing is no twitching (fasciculations)', () => {
  reads([
    ['His hands had a fine tremor and his muscles were twitching.', 'fasciculations'],
    ['The child was shivering with a tremor all over.', 'fasciculations'],
    ['الولد صار يرتجف وما بيقدر يوقف.', 'fasciculations'],
    ['كان جسمه يرتعش بعد الضربة.', 'fasciculations'],
  ]);
  misses([
    ['An earth tremor was felt across the valley that night.', 'fasciculations'],
    ['Ground tremors shook the village after the blasting.', 'fasciculations'],
    ['الشبابيك ترجفت من صوت التفجير.', 'fasciculations'],
    ['ارتجف البيت كله من الانفجار.', 'fasciculations'],
    ['ترجفت النوافذ بعد الضربة الثانية.', 'fasciculations'],
  ]);
  it('windows trembling at a blast leave no nerve-agent lead', () => {
    const r = run('سمعنا تفجير بالمقلع، الشبابيك ترجفت، وما صار شي لحدا.');
    expect(r.top.class).not.toBe('nerve');
    expect(p('سمعنا تفجير بالمقلع، الشبابيك ترجفت، وما صار شي لحدا.', 'nerve')).toBeLessThan(0.15);
  });
});
