/**
 * Session 24 (room agnew): the agent differential on the session's fresh development material (incidents dev-v25,
 * paraphrases dev-v17; docs/agent-differential.md §7.00048-agnew). Each rule with the sentences it must read and the near
 * misses it must not. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';

describe('the match smell told as someone striking matches, the taste of a match, the Maghrebi الوقيد (odour_rotten_eggs)', () => {
  reads([
    ['It smelled like somebody had just struck a box of matches.', 'odour_rotten_eggs'],
    ['The haze tasted as if someone had lit a match in your mouth.', 'odour_rotten_eggs'],
    ['The whole street stank as though a dozen matches had been struck at once.', 'odour_rotten_eggs'],
    ['Во рту вкус горелой спички, дышать тяжело.', 'odour_rotten_eggs'],
    ['Был привкус жжёной спички на языке.', 'odour_rotten_eggs'],
    ['كانت ريحة الوقيد في كل الحومة.', 'odour_rotten_eggs'],
    ['شمينا ريحة كيما الوقيد.', 'odour_rotten_eggs'],
  ]);
  misses([
    ['It smelled like the stew when he lit the matches.', 'odour_rotten_eggs'],
    ['It smelled like bacon and then he lit a match.', 'odour_rotten_eggs'],
    ['He smelled like smoke, struck a match and lit the stove.', 'odour_rotten_eggs'],
    ['She struck a match and the kitchen smelled like bread.', 'odour_rotten_eggs'],
    ['Он зажёг спичку, во рту вкус чая.', 'odour_rotten_eggs'],
    ['Вкус у супа был странный, потом он взял спички.', 'odour_rotten_eggs'],
    ['اشترينا الوقيد من الحانوت.', 'odour_rotten_eggs'],
  ]);
});

describe('shaking with cold or fever is shivering, not fasciculations', () => {
  misses([
    ['Его вытащили из проруби, переохлаждение, трясло всего.', 'fasciculations'],
    ['Его всего трясло от холода.', 'fasciculations'],
    ['Ребёнка трясло с температурой всю ночь.', 'fasciculations'],
    ['Она продрогла, руки дрожали.', 'fasciculations'],
    ['كان يرتجف من البرد بعد ما طلع من المي.', 'fasciculations'],
    ['الولد عم يرجف من الحمى.', 'fasciculations'],
  ]);
  reads([
    ['Всего трясло, изо рта пена, зрачки точки.', 'fasciculations'],
    ['Ночь была холодная, а его всего трясло и текла слюна.', 'fasciculations'],
    ['كان يرتجف واللعاب يسيل والحدقات صغيرة.', 'fasciculations'],
    ['كانت ليلة باردة والناس ترتجف وتختنق.', 'fasciculations'],
  ]);
});

describe('a thing that smoked white or yellow (the verb with the instrumental colour), and a filling that flared as it met the air', () => {
  reads([
    ['Банка задымила белым и зашипела.', 'cloud_white'],
    ['Из трубы задымило белым.', 'cloud_white'],
    ['Бочка дымила жёлтым всю ночь.', 'cloud_yellow_green'],
    ['Масса на воздухе задымила, потом огонь.', 'burning_particles'],
    ['Кусок вспыхнул на воздухе, как только его вынули.', 'burning_particles'],
  ]);
  misses([
    ['Банка задымила, белый кот убежал.', 'cloud_white'],
    ['Бочка дымила, жёлтая краска облезла.', 'cloud_yellow_green'],
    ['Мы жарили шашлык на воздухе, угли задымили.', 'burning_particles'],
    ['Мы гуляли на свежем воздухе и вдруг вспыхнул спор.', 'burning_particles'],
    ['На открытом воздухе загорелся костёр.', 'burning_particles'],
  ]);
});

describe('the Maghrebi fog with its colour (ضبابة) and the Maghrebi الضيقة (asthma) had by a person', () => {
  reads([
    ['تطيح ضبابة صفراء على الحي.', 'cloud_yellow_green'],
    ['شفنا ضبابة بيضاء فوق الميناء.', 'cloud_white'],
    ['بنتي عندها الضيقة وتتعب برشا.', 'dyspnoea'],
  ]);
  misses([
    // (session 24, fixag: review s24 R14) asthma had since childhood is a history, no sign of the exposure: once a reads() row
    ['وليدي عندو الضيقة من صغرو.', 'dyspnoea'],
    ['العائلة عندها ضيقة مالية كبيرة.', 'dyspnoea'],
    ['البلاد في ضيقة والناس ما عندهاش فلوس.', 'dyspnoea'],
    ['الطقس فيه ضبابة والطريق مسكر.', 'cloud_yellow_green'],
  ]);
});

describe('sheep dipping is an insecticide application; a biological treatment station is a sewage works; a dog spray sprays no farm', () => {
  reads([
    // (session 24, fixag: review s24 R15) a bare dip tank needs the animals in its account: the row once read without them
    ['After a day at the dip tank with the sheep he came in with a headache.', 'pesticide_application'],
    ['We used to dip the flock every summer.', 'pesticide_application'],
    ['Отец каждый год купал овец в растворе.', 'pesticide_application'],
    ['كان أبي يشتغل في تغطيس الأغنام كل صيف.', 'pesticide_application'],
    ['На станции биологической очистки произошёл разлив хлора.', 'setting_wastewater_plant'],
    ['The plane would spray the farm every June.', 'pesticide_application'],
  ]);
  misses([
    // (session 24, fixag: review s24 R15) once a reads() row: with no animal named, a dip tank may be a paint or plating line's
    ['After a day at the dip tank he came in with a headache.', 'pesticide_application'],
    ['He dipped the bread in the soup and felt sick.', 'pesticide_application'],
    ['Мы купались в реке у фермы, где паслись овцы.', 'pesticide_application'],
    ['I carry a little dog spray when I run because of the farm dogs.', 'pesticide_application'],
    ['He keeps bear spray in the truck on the farm.', 'pesticide_application'],
    ['На водоочистной станции хлорировали питьевую воду.', 'setting_wastewater_plant'],
  ]);
});

describe('household insecticides named by their pest; the dog-repellent spray is a pepper spray', () => {
  reads([
    ['The school was making regular applications of an ant spray in the kitchen.', 'pesticide_application'],
    ['He sprayed fly spray all over the bedroom and felt dizzy.', 'pesticide_application'],
    ['Соседи обработали квартиру дихлофосом, ребёнку стало плохо.', 'pesticide_application'],
    ['Купили спрей от муравьёв и обработали кухню.', 'pesticide_application'],
    ['رشوا بخاخ الحشرات في الغرفة وصار عندنا دوخة.', 'pesticide_application'],
    ['The postman used dog repellent on the terrier and got it in his own eyes.', 'delivery_irritant_spray'],
    ['Я брызнул из баллончика от собак, и ветром всё мне в лицо.', 'delivery_irritant_spray'],
  ]);
  misses([
    ['The ants in the kitchen were everywhere, so we moved out.', 'pesticide_application'],
    ['Мы спасались от мух на веранде.', 'pesticide_application'],
    ['The dog repellent collar beeps when the dog barks.', 'delivery_irritant_spray'],
    // (session 24, fixag: review s24 R4) carrying a spray is no delivery of it: once a reads() row, a near miss now
    ['I carry a little dog spray when I run.', 'delivery_irritant_spray'],
    ['She bought a dog shampoo spray for the puppy.', 'delivery_irritant_spray'],
    ['We sprayed the dog with the garden hose.', 'delivery_irritant_spray'],
  ]);
});
