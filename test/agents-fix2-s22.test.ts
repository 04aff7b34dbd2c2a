/**
 * Session 22 (room fix2): the second review's agents findings on the session's vocabulary (R1-R13, R19-R20): each
 * reviewer sentence must read no sign; the term's intended reading still fires; one near miss of the engineer's own per
 * family. Sentences written for this test (none copied from a split).
 */
import { describe } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';


describe('R1/R6/R12: blurred vision in another sense', () => {
  misses([
    ['في ظل عدم وضوح الرؤية بشأن مستقبل المفاوضات، قال المسؤول إن التحقيق مستمر.', 'blurred_vision'],
    ['الرؤية غير واضحة حتى الآن بشأن الجهة المسؤولة عن الهجوم.', 'blurred_vision'],
    ['كانت الرؤية غير واضحة بسبب العاصفة الترابية فتأخرت سيارات الإسعاف.', 'blurred_vision'],
    ['الرؤية السياسية غير واضحة لدى الحكومة بعد الضربة.', 'blurred_vision'],
    ['Сотрудник сказал, что у пенсионеров с возрастом снижение зрения — обычное дело.', 'blurred_vision'],
    ['After the third vodka everything went fuzzy, the soldier admitted, and he did not remember the shelling.', 'blurred_vision'],
  ]);
  reads([
    ['بعد الضربة صار عنده عدم وضوح في الرؤية وعيونه تدمع.', 'blurred_vision'],
    ['После газа у многих было резкое ухудшение зрения.', 'blurred_vision'],
  ]);
});

describe('R2/R7: speech in another sense', () => {
  misses([
    ['الطبيب الروسي يتكلم العربية بصعوبة لكنه فحص المصابين.', 'dysphagia_dysarthria'],
    ['كان يحكي بصعوبة من شدة البكاء على أولاده.', 'dysphagia_dysarthria'],
    ['Журналисты сообщили о нарушении речи президента в эфире из-за технического сбоя.', 'dysphagia_dysarthria'],
  ]);
  reads([['بعد الغاز صار يتكلم بصعوبة ولعابه يسيل.', 'dysphagia_dysarthria']]);
});

describe('R3: the political loss of voice', () => {
  misses([['The opposition complained of a loss of voice in the negotiations after the attack.', 'hoarseness']]);
  reads([['He lost his voice after the gas and coughed all night.', 'hoarseness']]);
});

describe('R4/R5: eyes and eyelids closing from sleepiness', () => {
  misses([
    ['Я так устал за смену, что глаза сами закрывались.', 'blepharospasm'],
    ['Утром после ночной смены я не мог разлепить глаза, а потом пришла новость об ударе по Думе.', 'blepharospasm'],
    ['سقط المطر ونزلت جفونه من النعاس بعد يومين بلا نوم.', 'ptosis'],
  ]);
  reads([['Он так и не мог разлепить глаза до вечера.', 'blepharospasm']]);
});

describe('R8/R9/R10: fear, fasting, disgust and grief', () => {
  misses([
    ['От страха во рту сухо, сказал свидетель, но запаха не было.', 'dry_mouth'],
    ['كنت صايم وتمي ناشف من العطش طول النهار.', 'dry_mouth'],
    ['لاعت نفسي من كثرة الأخبار الكاذبة عن الهجوم.', 'nausea'],
    ['نفسي غامة عليّ من ساعة ما سمعت خبر وفاة أخوي.', 'nausea'],
    ['The speech made me want to throw up, said the opposition leader.', 'nausea'],
    ['The speech made me want to throw up, said the opposition leader.', 'vomiting'],
    ['His lies make us want to throw up.', 'vomiting'],
  ]);
  reads([
    ['The smell made me throw up.', 'vomiting'],
    ['After the gas I wanted to throw up and my eyes burned.', 'nausea'],
  ]);
});

describe('R11/R13: an engine, and muscles after exercise', () => {
  misses([
    ['الموتور عم يكحكح وما رضي يشتغل، فمشينا عالمستشفى.', 'cough'],
    ['После тренировки мышцы подрагивали, но никаких симптомов отравления не было.', 'fasciculations'],
  ]);
});

describe('R19/R20: calcium as the antidote of a burn only', () => {
  misses([
    ['Пациенту дали глюконат кальция в таблетках от аллергии.', 'antidote_calcium'],
    ['Он пил глюконат кальция от аллергии, а потом начал задыхаться от хлора.', 'antidote_calcium'],
    ['My mother gets calcium injections for her bones; after the strike she coughed and her eyes watered.', 'antidote_calcium'],
    ['الحامل بتاخد ابر كالسيوم من الشهر الخامس، وبعد الضربة صارت تكح.', 'antidote_calcium'],
    ['The nurse gave calcium gluconate for his high potassium after the crush injury.', 'antidote_calcium'],
    ['Her burned hand was fine; she took calcium tablets for her bones.', 'antidote_calcium'],
  ]);
  reads([
    ['The acid burn on his finger was treated with calcium gluconate gel.', 'antidote_calcium'],
    ['Ожог кислотой на пальцах обкалывали глюконатом кальция.', 'antidote_calcium'],
  ]);
});

describe('R14/R15: an acid leak told of sour fruit, a cigarette, or ruled out', () => {
  misses([
    ['أكل برتقال حامض ثم دخن سيجارة قبل القصف بدقائق.', 'delivery_industrial_leak'],
    ['شرب ليمون حامض ودخن قبل الهجوم.', 'delivery_industrial_leak'],
    ['Ракета упала рядом, облако пахло хлоркой; пары кислоты исключили.', 'delivery_industrial_leak'],
    ['Никаких паров кислоты в цеху не было, сказал мастер.', 'delivery_industrial_leak'],
  ]);
  reads([
    ['الأسيد غلي وطلع منه بخار وصرنا نكح.', 'delivery_industrial_leak'],
    ['В цеху пошли пары кислоты, и все закашлялись.', 'delivery_industrial_leak'],
  ]);
});

describe('R16/R17: wounds of the mind and a blister’s raw skin', () => {
  misses([
    ['الحرب تركت عنده جروح نفسية عميقة لا تندمل.', 'trauma_injuries'],
    ['عندها جروح في القلب من يوم ما راح ابنها.', 'trauma_injuries'],
    ['ظهرت بثور كبيرة على جلده ثم انفجرت وصار فيها جروح ملتهبة بعد قصف بالخردل.', 'trauma_injuries'],
  ]);
  reads([['بعد الانفجار كان فيهم جروح كثيرة من الزجاج.', 'trauma_injuries']]);
});

describe('R18: tyres burned near a store are still the protesters’ burning', () => {
  reads([['Youths burned tyres near stores on the main road and the crowd choked on the smoke.', 'delivery_police_canister']]);
  misses([['The tyre warehouse caught fire and the smoke made people cough.', 'delivery_police_canister']]);
});

describe('R21: a hand pain with a cause of its own', () => {
  misses([
    ['Рука болела от ушиба после взрыва, но кожа целая, сказал раненый.', 'pain_beyond_skin'],
    ['الألم في يدي من الكسر، والجلد سليم، قال الجريح بعد سقوط القذيفة.', 'pain_beyond_skin'],
    ['Болел палец после пореза, но снаружи ничего не происходило, и мы сидели в подвале.', 'pain_beyond_skin'],
    ['Палец болел после вывиха, а снаружи ничего.', 'pain_beyond_skin'],
  ]);
  reads([['الوجع نابض تحت الضافر وبرا ما في شي.', 'pain_beyond_skin']]);
});

describe('R22: a tear that runs is lacrimation, a tear in gear is a rip', () => {
  reads([
    ['A tear ran down her cheek and her eyes burned after the canister landed.', 'lacrimation'],
    ['She had a small tear in the corner of her eye and could not stop blinking.', 'lacrimation'],
    ['A small tear in his eye rolled down as he told the story of the gas attack.', 'lacrimation'],
    ['Through his tears on the phone he said his eyes burned.', 'lacrimation'],
  ]);
  misses([
    ['I had a small tear in my glove.', 'lacrimation'],
    ['There was a tear in the suit near the wrist.', 'lacrimation'],
    ['We found a long tear in the tent after the storm.', 'lacrimation'],
  ]);
});

describe('R23: "no cloud, but" a fire of its own is still no cloud', () => {
  reads([['We saw no cloud, but the fire in the next building spread and people coughed from the smoke.', 'cloud_none']]);
  misses([
    ['We saw no cloud, but smoke from the fire, and people coughed.', 'cloud_none'],
    ['There was no cloud, just smoke, and people coughed.', 'cloud_none'],
  ]);
});
