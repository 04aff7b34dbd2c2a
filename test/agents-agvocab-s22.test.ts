/**
 * Session 22 (room agvocab): vocabulary coverage of the knowledge base's features, family by family
 * (docs/agent-differential.md §7.00044-agvocab). The terms were chosen from the vocabularies (HPO labels and synonyms,
 * standard clinical Russian and Arabic, common spoken forms) where eval/agents/coverage-report.ts and the engineer's own
 * probe sentences showed a gap, not from any evaluation miss. Every sentence is the engineer's own; none is taken from
 * an evaluation item. Each family has near misses: sentences that share the words and must not read the sign.
 */
import { describe } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';


describe('pupils and eyes', () => {
  reads([
    ['Both of the boy’s eyes were smarting after the cloud passed.', 'burning_eyes'],
    ['A burning eye sensation was the first complaint of the guards.', 'burning_eyes'],
    ['Her eyes squeezed shut and she could not see the way out.', 'blepharospasm'],
    ['Он так и не мог разлепить глаза до вечера.', 'blepharospasm'],
    ['Глаза сами закрывались, мы шли на ощупь.', 'blepharospasm'],
    ['وذكر الطبيب تشنج الأجفان عند المسعفين.', 'blepharospasm'],
    ['Within an hour his vision went fuzzy.', 'blurred_vision'],
    ['К вечеру у него резко ухудшилось зрение.', 'blurred_vision'],
    ['Врач отметил снижение зрения у обоих пострадавших.', 'blurred_vision'],
    ['اشتكى الجنود من عدم وضوح الرؤية.', 'blurred_vision'],
    ['The toxicologist recorded blepharoptosis in two patients.', 'ptosis'],
    ['جفوني نازلة وما عم اقدر ارفعها.', 'ptosis'],
    ['Зрачки у него широкие, на свет не реагируют.', 'mydriasis'],
    ['لاحظ الطبيب اتساع الحدقتين.', 'mydriasis'],
    ['Utterly dry mouth: xerostomia, the nurse wrote.', 'dry_mouth'],
    ['Во рту стало сухо, пить хотелось всё время.', 'dry_mouth'],
    ['تمي ناشف من الصبح.', 'dry_mouth'],
    ['He had a swallowing difficulty by the second day.', 'dysphagia_dysarthria'],
    ['У отца нарушилась речь к утру.', 'dysphagia_dysarthria'],
    ['صار جدي يحكي بصعوبة.', 'dysphagia_dysarthria'],
    ['عانى المصابون من دماع شديد.', 'lacrimation'],
  ]);
  misses([
    ['The smarting remark stayed with him for years.', 'burning_eyes'],
    ['He squeezed the bottle shut and left.', 'blepharospasm'],
    ['Положение в городе ухудшилось за неделю.', 'blurred_vision'],
    ['عدم وضوح الموقف الرسمي أثار الشكوك.', 'blurred_vision'],
    ['الأسعار نازلة هذا الشهر.', 'ptosis'],
    ['Улицы там широкие, а дома низкие.', 'mydriasis'],
    ['الخبز ناشف من امبارح.', 'dry_mouth'],
    ['Нарушение режима тишины зафиксировано ночью.', 'dysphagia_dysarthria'],
    ['كلامه ثقيل على القلب ولا أحد يحبه.', 'dysphagia_dysarthria'],
  ]);
});

describe('breathing and airway', () => {
  reads([
    ['By nightfall the old man had laboured breathing.', 'dyspnoea'],
    ['His breathing was laboured in the ambulance.', 'dyspnoea'],
    ['انكتم نفسي وما عدت اعرف وين انا.', 'dyspnoea'],
    ['مش قادر اخد نفس يا دكتور.', 'dyspnoea'],
    ['صدري عم ينعصر من ساعة الضربة.', 'chest_tightness'],
    ['حسيت بعصرة في الصدر.', 'chest_tightness'],
    ['She woke with throat pain and a cough.', 'throat_burning'],
    ['The child complained of pharyngalgia.', 'throat_burning'],
    ['كان الولد يكحكح طول الليل.', 'cough'],
    ['خشمي يسيل من أول ما شميت الغاز.', 'rhinorrhoea'],
    ['أظهرت الصورة تجمع سوائل في الرئتين في اليوم التالي.', 'delayed_pulmonary_oedema'],
  ]);
  misses([
    ['The Labour government was given more breathing space.', 'dyspnoea'],
    ['He cut his throat on the glass; pain relief was given later.', 'throat_burning'],
    ['كانت امرأة وقحة في كلامها.', 'cough'],
    ['الماء يسيل من الحنفية.', 'rhinorrhoea'],
    ['سوائل التنظيف في المطبخ.', 'delayed_pulmonary_oedema'],
  ]);
});

describe('neuro, muscle and gut', () => {
  reads([
    ['Его мышцы подрагивали, пока ждали скорую.', 'fasciculations'],
    ['الولد راح عن الوعي بعد دقائق.', 'loss_of_consciousness'],
    ['She had an urge to vomit all afternoon.', 'nausea'],
    ['У пострадавших были рвотные позывы.', 'nausea'],
    ['لاعت نفسي من الريحة.', 'nausea'],
    ['نفسه غامة من ساعة ما رجع.', 'nausea'],
    ['شعر برغبة في التقيؤ.', 'nausea'],
    ['راسي عم يفلقني من امبارح.', 'headache'],
    ['بطني عم يوجعني كتير.', 'diarrhoea_cramps'],
    ['His skin was itchy for days.', 'skin_rash_itching'],
  ]);
  misses([
    ['Голос у неё подрагивал от волнения.', 'fasciculations'],
    ['He felt like throwing a party.', 'nausea'],
    ['نفسي أروح على الشام.', 'nausea'],
    ['وجع راس من الأخبار.', 'diarrhoea_cramps'],
    ['She had an itchy throat.', 'skin_rash_itching'],
  ]);
});

describe('odours', () => {
  reads([
    ['Непонятный запах стоял во дворе весь вечер.', 'odour_unusual'],
    ['الريحة كانت مش طبيعية بالمرة.', 'odour_unusual'],
    ['انتشرت رائحة غير طبيعية بعد سقوط القذيفة.', 'odour_unusual'],
    ['شممنا ريحة متل الاسيتون.', 'odour_solvent'],
  ]);
  misses([
    ['Непонятный человек стоял у ворот.', 'odour_unusual'],
    ['الوضع مش طبيعي أبداً في الحي.', 'odour_unusual'],
    ['وجدت الشرطة عبوات الأسيتون في المخزن.', 'odour_solvent'],
  ]);
});

describe('onset', () => {
  reads([
    ['In a matter of seconds the whole class was coughing.', 'onset_fast'],
    ['В считанные секунды люди стали задыхаться.', 'onset_fast'],
    ['بلحظات صار الأولاد يختنقوا.', 'onset_fast'],
    ['After several hours her skin blistered.', 'onset_delayed'],
  ]);
  misses([
    ['In a matter of seconds the post was deleted.', 'onset_fast'],
    ['وصلت الطالبات في حالة اختناق إلى المستشفى.', 'onset_fast'],
    ['After several hours of talks the truce held.', 'onset_delayed'],
  ]);
});

describe('course and context', () => {
  reads([
    ['Рабочих оставили под наблюдением на сутки.', 'observation_day'],
    ['Детей положили на суточное наблюдение.', 'observation_day'],
    ['بقي العمال تحت الملاحظة لمدة يومين.', 'observation_day'],
    ['أبقى الأطباء المصابين تحت المراقبة لمدة أربع وعشرين ساعة.', 'observation_day'],
    ['حتى المسعفين تسمموا لما دخلوا.', 'medics_affected'],
    ['اختنق المسعفون أثناء نقل الجرحى.', 'medics_affected'],
  ]);
  misses([
    ['Город находится под наблюдением полиции.', 'observation_day'],
    ['المنطقة تحت المراقبة منذ أيام.', 'observation_day'],
    ['وصل المسعفون إلى المكان ونقلوا المصابين.', 'medics_affected'],
  ]);
});
