/**
 * Session 24 (room fixag): the reviewer's findings on the session's agent rules (review s24 R4, R5, R6, R9, R11, R12, R14,
 * R15, R18; docs/agent-differential.md §7.00048-fixag). Each fix with the reviewer's sentences, same-class variants of the
 * engineer's own, and the positives the fixed rule must keep reading. No sentence is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads, run } from './helpers/agent-probe.js';

describe('R11: тянуть is a smell verb only before an instrumental (тянуло серой), and сера / лук are read by their case forms', () => {
  misses([
    ['У него тянет сердце, и болит голова.', 'odour_rotten_eggs'],
    ['Его потянуло серьёзно поговорить с врачом.', 'odour_rotten_eggs'],
    ['Его тянуло к лукавству.', 'odour_garlic'],
    ['Тянет лук с грядки бабушка.', 'odour_garlic'],
    ['У бабушки тянет сердце, тошнит, голова кружится.', 'odour_rotten_eggs'],
    ['Пахло серьёзными проблемами, все молчали.', 'odour_rotten_eggs'],
    ['Тянет сердце и ноги, а в воздухе пахнет лукавством.', 'odour_garlic'],
    ['Дед тянет лукошко с грибами.', 'odour_garlic'],
    ['Потянуло серую тучу к городу.', 'odour_rotten_eggs'],
  ]);
  reads([
    ['С улицы тянуло серой, у всех слезились глаза.', 'odour_rotten_eggs'],
    ['Потянуло хлоркой, дети закашляли.', 'odour_bleach'],
    ['Со двора тянет луком и чесноком.', 'odour_garlic'],
    ['Пахло серой, как от спичек.', 'odour_rotten_eggs'],
    ['Запах серы стоял во дворе.', 'odour_rotten_eggs'],
    ['Пахло луком, глаза резало.', 'odour_garlic'],
    ['Воняло серой и тухлыми яйцами.', 'odour_rotten_eggs'],
  ]);
});

describe('R12: the Arabic exceptive ما V إلا / غير / لحد (it did happen, later) is no negation, nor a question with ما', () => {
  reads([
    ['الجلد ما تقشر الا بعد يومين', 'delayed_blisters'],
    ['الجلد ما تقشر غير بعد يومين', 'delayed_blisters'],
    ['صوته ما انبح الا تاني يوم', 'hoarseness'],
    ['الجلد ما احمر إلا بالليل', 'skin_rash_itching'],
    ['الجلد ما تقشر لحد تاني يوم', 'delayed_blisters'],
    ['صوته ما انبح إلا بعد ساعات', 'hoarseness'],
  ]);
  misses([
    // the negation the rule was built for stays
    ['الجلد ما تقشر', 'delayed_blisters'],
    ['صوته ما انبح أبدا', 'hoarseness'],
    ['الجلد ما احمر، بس حكني شوي', 'skin_rash_itching'],
    ['الجلد ما تقشر حتى بعد يومين', 'delayed_blisters'],
  ]);
  // a question with ما ("did the skin not peel?") asks; it states the sign neither present nor absent (the reviewer's answered form
  // "الجلد ما تقشر؟ لا، تقشر كله" still reads absent by the term spanning the question mark: pre-existing, left)
  it('a question with ما is not read as a denial', () => {
    expect(feats('الجلد ما تقشر؟')['delayed_blisters']).toBeUndefined();
    expect(feats('صوته ما انبح؟')['hoarseness']).toBeUndefined();
  });
});

describe('R9: the Russian gas poisoning with no gas named is a household appliance only where no release and no outside setting is read', () => {
  misses([
    ['Школьники отравились газом, в классе распылили баллончик.', 'combustion_appliance'],
    ['Дети отравились газом в школе, кто-то что-то распылил в коридоре.', 'combustion_appliance'],
    ['Студенты отравились газом, кто-то брызнул из баллончика в аудитории.', 'combustion_appliance'],
    ['Дети отравились газом в школе.', 'combustion_appliance'],
    ['Рабочие отравились газом на заводе.', 'combustion_appliance'],
  ]);
  reads([
    ['Семья отравилась газом в квартире, все без сознания.', 'combustion_appliance'],
    ['Семья из четырёх человек отравилась газом, колонка была неисправна.', 'combustion_appliance'],
    ['В бане отравились газом двое мужчин.', 'combustion_appliance'],
    ['Хоккеисты отравились газом на катке.', 'combustion_appliance'],
  ]);
  it('the sprayed classroom leads riot control again', () => {
    const top = run('Школьники отравились газом, в классе распылили баллончик.').classes[0];
    expect(top.id).toBe('riot-control');
  });
});

describe('R4: a household product named (bought, carried, empty, ruled out) is no application; used, sprayed or exposed to, it is', () => {
  misses([
    ['Дихлофос тут ни при чём, газ шёл с завода.', 'pesticide_application'],
    ['Баллончик от собак был у него в кармане, но газ шёл с завода.', 'delivery_irritant_spray'],
    ['He carried dog spray but the gas came from the factory.', 'delivery_irritant_spray'],
    ['She bought ant spray at the store but never used it.', 'pesticide_application'],
    ['The fly spray can was empty and we smelled something else entirely.', 'pesticide_application'],
    ['I carry a little dog spray when I run.', 'delivery_irritant_spray'],
    ['We keep the ant spray under the sink.', 'pesticide_application'],
    ['Спрей от муравьёв стоял на полке, им никто не пользовался.', 'pesticide_application'],
    ['اشترينا بخاخ الحشرات من الدكان.', 'pesticide_application'],
    ['He bought a can of ant spray on the way home.', 'pesticide_application'],
    ['Он пришёл с дихлофосом, но газ шёл с завода.', 'pesticide_application'],
  ]);
  reads([
    ['The kids got sick from the ant spray.', 'pesticide_application'],
    ['После дихлофоса у всех болела голова.', 'pesticide_application'],
    ['بعد بف باف الكل دايخ.', 'pesticide_application'],
    ['She sprayed the dog spray into the wind and it blew back in her face.', 'delivery_irritant_spray'],
    ['Мама пшикнула дихлофосом в комнате, и ребёнок закашлял.', 'pesticide_application'],
    ['I keep a dog spray on my bike. Yesterday a dog chased me and I sprayed it, the wind blew it in my eyes.', 'delivery_irritant_spray'],
  ]);
});

describe('R14: the Maghrebi الضيقة had since childhood or for years is a history (as "asthma since he was little"), not the sign', () => {
  misses([
    ['وليدي عندو الضيقة من صغرو.', 'dyspnoea'],
    ['بنتي عندها الضيقة من زمان.', 'dyspnoea'],
    ['من صغرو وهو عندو الضيقة.', 'dyspnoea'],
    ['راجلي عندو الضيقة المزمنة.', 'dyspnoea'],
    ['My son has had asthma since he was little.', 'dyspnoea'],
    ['У сына астма с детства.', 'dyspnoea'],
  ]);
  reads([
    ['بنتي عندها الضيقة وتتعب برشا.', 'dyspnoea'],
    ['بعد الريحة وليدي عندو الضيقة وما يقدرش يتنفس.', 'dyspnoea'],
    ['ولات عندو الضيقة كيف شم الغاز.', 'dyspnoea'],
  ]);
});

describe('R5: a no-casualty statement with but / но / بس and a casualty after it in its sentence is cancelled, as with except / кроме', () => {
  misses([
    ['Все целы, но двое в реанимации.', 'no_casualties'],
    ['Nobody was hurt except the driver.', 'no_casualties'],
    ['Nobody was hurt, but three were taken to hospital.', 'no_casualties'],
    ['Никто не пострадал, но двоих госпитализировали.', 'no_casualties'],
    ['ما حدا تأذى، بس اتنين بالمستشفى.', 'no_casualties'],
  ]);
  reads([
    ['Все целы.', 'no_casualties'],
    ['Все целы, но напуганы.', 'no_casualties'],
    ['Nobody was hurt, but the windows broke.', 'no_casualties'],
    ['Никто не ранен, а дом сгорел.', 'no_casualties'],
  ]);
});

describe('R6: a flaring in the air whose subject is a fire, a grill or a fuel is no burning filling', () => {
  misses([
    ['Костёр вспыхнул на воздухе.', 'burning_particles'],
    ['Угли задымили на воздухе.', 'burning_particles'],
    ['Вспыхнул на воздухе костёр.', 'burning_particles'],
    ['Свеча загорелась на воздухе.', 'burning_particles'],
    ['На открытом воздухе загорелся костёр.', 'burning_particles'],
  ]);
  reads([
    ['Кусок вспыхнул на воздухе.', 'burning_particles'],
    ['Осколок задымил и вспыхнул на воздухе.', 'burning_particles'],
    ['Начинка вспыхнула на воздухе, дети кричали.', 'burning_particles'],
  ]);
});

describe('R15: a dip tank is sheep dipping only with the animal; a paint, plating or anodising dip tank is a process tank', () => {
  misses([
    ['Workers at the paint dip tank collapsed after the solvent spill.', 'pesticide_application'],
    ["The plating line's acid dip tank leaked and workers were coughing.", 'pesticide_application'],
    ['Anodizing dip tank fumes made three workers sick.', 'pesticide_application'],
  ]);
  reads([
    ['The farmer fell ill at the sheep dip tank.', 'pesticide_application'],
    ['He was dipping the flock all morning and got dizzy.', 'pesticide_application'],
  ]);
});

describe('R18: the masculine past пах is a smell verb before its odour (газ, дым, воздух are masculine); the groin is not', () => {
  reads([
    ['Газ пах чесноком.', 'odour_garlic'],
    ['Дым пах горчицей.', 'odour_garlic'],
    ['Воздух пах хлоркой.', 'odour_bleach'],
    ['Туман пах тухлыми яйцами.', 'odour_rotten_eggs'],
  ]);
  misses([
    ['Его ударили в пах, он упал, потом ел чеснок.', 'odour_garlic'],
    ['Удар в пах, тошнит, во рту вкус лука.', 'odour_garlic'],
  ]);
});

describe('R15 (account): a bare dip tank in an account of the flock is still sheep dipping', () => {
  reads([['The ewes went through the dip tank and the farmer got a headache.', 'pesticide_application']]);
  misses([['The paint dip tank at the sheep-shearing equipment factory leaked.', 'pesticide_application']]);
});
