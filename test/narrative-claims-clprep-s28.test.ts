/**
 * Session 28 (room clprep): announcements by a party's own word, and plots that will not happen (claim-prepared-vow.ts and
 * its hooks in claim-slots.ts), by the label-convention rows of eval/claims/README.md added in session 28: a vow of revenge
 * announces an attack, one on a condition or of diplomacy does not, nor a revenge told as a motive or as done; an evacuation
 * warning announces the army's strike, not when the strike is told; a threat restated with its condition is conditional; a
 * plot whose plotter is arrested, one foiled by its noun, or one in the pluperfect is not announced; an attack after a
 * preposition of cause is no plan's object. Sentences written for this test (none copied from a split), EN/RU/AR.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { announcementActor, arrestedPlotter, evacuationWarnings, pluperfectPlan, vowedAttacks } from '../src/core/narrative/claim-prepared-vow.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared;
const read = (t: string) => readClaims(t, lexicon);

describe('vows of revenge', () => {
  it('a verb of vowing with a noun of revenge, an infinitive of avenging, the noun as a subject of coming, in three languages', () => {
    expect(prepared("Iran's supreme leader vows severe revenge after the US killed its top general.")).toBe(true);
    expect(prepared('The Houthis promise harsh retaliation against Saudi Arabia for the air strike on Sanaa.')).toBe(true);
    expect(prepared('Tehran warned that a harsh retaliation is waiting for the United States.')).toBe(true);
    expect(prepared('Israeli officials blamed Hezbollah and vowed to inflict a heavy price on the group.')).toBe(true);
    expect(prepared('"We will strike back," the Hamas commander said after the raid.')).toBe(true);
    expect(prepared('Иран поклялся отомстить США за убийство генерала Сулеймани.')).toBe(true);
    expect(prepared('Хаменеи пообещал жестокую месть за гибель Сулеймани.')).toBe(true);
    expect(prepared('توعد المرشد الإيراني بالانتقام لمقتل قاسم سليماني.')).toBe(true);
    expect(prepared('أكد الحرس الثوري أن الثأر لدماء الشهداء قادم لا محالة.')).toBe(true);
  });
  it('not a revenge as a motive or as done, not on a condition, not of diplomacy or trade', () => {
    expect(prepared('The woman poisoned her co-worker in an act of revenge, police said.')).toBe(false);
    expect(prepared('The Russian bombing of Idlib was retaliation for the downing of its jet.')).toBe(false);
    expect(prepared('Iran fired missiles at US bases in retaliation for the killing, days after it vowed revenge.')).toBe(false);
    expect(prepared('Iran will pay a very heavy price if it attacks US troops, Trump warned.')).toBe(false);
    expect(prepared('Iran vowed revenge if Israel strikes its nuclear sites.')).toBe(false);
    expect(prepared('Russia vowed retaliation after Britain expelled 23 of its diplomats.')).toBe(false);
    expect(prepared('Москва пообещала жёсткий ответ на новые санкции Евросоюза.')).toBe(false);
    expect(prepared('Убийца действовал из мести, заявили следователи.')).toBe(false);
    expect(prepared('وضعت السم لأطفال زوجها انتقاما من عودة ضرتها.')).toBe(false);
    expect(prepared('توعدت الصين برد قوي على العقوبات الأمريكية الجديدة.')).toBe(false);
  });
  it('the response to a deed, paying a price, the future of replying, in three languages', () => {
    expect(prepared('Hezbollah vowed a response to the killing of its commander Fuad Shukr.')).toBe(true);
    expect(prepared('Iran says Israel will pay a heavy price for the assassination of Haniyeh.')).toBe(true);
    expect(prepared('Иран пообещал ответить на убийство Хании.')).toBe(true);
    expect(prepared('إيران تتوعد بالرد على اغتيال هنية في طهران.')).toBe(true);
    expect(prepared('سنرد بقوة على اغتيال القائد، قال المتحدث باسم الحزب.')).toBe(true);
    expect(prepared('Iran fired missiles at Israel, fulfilling Khamenei\'s vow of revenge for Haniyeh.')).toBe(false);
    expect(prepared('Russia will pay a heavy price for its invasion of Ukraine, the president said.')).toBe(false);
    expect(prepared('The ministry promised a response to the letter within a week.')).toBe(false);
    expect(prepared('Министр пообещал ответить на вопросы журналистов.')).toBe(false);
  });
  it("a response's predicate, the future of a retaliatory strike, a response said inevitable", () => {
    expect(prepared('Hezbollah says its response to Shukr\'s killing is "inevitable".')).toBe(true);
    expect(prepared('Iran will respond to the assassination of Haniyeh, the foreign ministry said.')).toBe(true);
    expect(prepared('Иран нанесёт ответный удар по Израилю, заявили в Тегеране.')).toBe(true);
    expect(prepared('نصر الله: ردنا قادم على اغتيال القائد فؤاد شكر.')).toBe(true);
    expect(prepared('قال الحرس الثوري إن الرد سيكون قاسيا على اغتيال هنية.')).toBe(true);
    expect(prepared('إيران تتوعد إسرائيل بـ"عقاب شديد" بعد اغتيال هنية.')).toBe(true);
    expect(prepared('Иран нанёс ответный удар по Израилю в ночь на воскресенье.')).toBe(false);
    expect(prepared('Ukrainian commanders ordered their subordinates to attack the OSCE car near the village on April 23.')).toBe(false);
  });
  it('vowedAttacks gives the vow words', () => {
    expect(vowedAttacks('hezbollah vowed revenge for the assassination.', []).map((x) => x.word)).toEqual(['vowed revenge']);
    expect(vowedAttacks('hezbollah did not vow revenge.', [])).toEqual([]);
  });
});

describe('evacuation warnings', () => {
  it('an order or warning to residents to leave, with the army or a party named, while no strike is told', () => {
    expect(prepared('The Israeli army ordered residents of southern Beirut to evacuate ahead of strikes on Hezbollah sites.')).toBe(true);
    expect(prepared('Residents were told to leave their homes before the bombing, the army spokesman said.')).toBe(true);
    expect(prepared('Израильская армия призвала жителей Тира покинуть дома перед ударами по объектам «Хезболлы».')).toBe(true);
    expect(prepared('وجه المتحدث باسم الجيش الإسرائيلي إنذارا عاجلا إلى سكان منطقة صور بضرورة إخلاء المباني.')).toBe(true);
    expect(prepared('شهدت المدينة حركة نزوح كثيفة بعد تهديدات الجيش الإسرائيلي بقصف عدد من المناطق في المدينة.')).toBe(true);
  });
  it('not with the strikes that followed, not an evacuation carried out or a drill', () => {
    expect(prepared('Israeli jets struck Tyre on Wednesday, hours after the army issued evacuation warnings.')).toBe(false);
    expect(prepared('Израиль нанёс удары по Тиру после того, как армия призвала жителей покинуть дома.')).toBe(false);
    expect(prepared('سلسلة غارات إسرائيلية على صور في جنوب لبنان بعد إنذارات إخلاء.')).toBe(false);
    expect(prepared('بعد ساعة على تحذير الجيش الإسرائيلي، بدأت إسرائيل بتنفيذ ضربات عنيفة على المدينة ودعوة السكان لإخلاء أجزاء منها.')).toBe(false);
    expect(prepared('Police used tear gas to evacuate the park of protesters.')).toBe(false);
    expect(prepared('Residents were evacuated after the chlorine leak at the plant.')).toBe(false);
    expect(evacuationWarnings('the city told residents to evacuate ahead of the flood.', [])).toEqual([]);
    expect(prepared('Police ordered the evacuation of the stadium after a bomb threat.')).toBe(false);
  });
  it('an evacuation order by its noun', () => {
    expect(prepared('Israel issued an evacuation order for residents of Baalbek.')).toBe(true);
    expect(prepared('الجيش الإسرائيلي يصدر أوامر إخلاء لسكان مدينة بعلبك.')).toBe(true);
    expect(prepared('ЦАХАЛ объявил эвакуацию жителей Баальбека.')).toBe(true);
    expect(prepared('الجيش الإسرائيلي: على سكان بعلبك إخلاء منازلهم فورا والتوجه شمالا.')).toBe(true);
    expect(prepared('Residents of Baalbek must evacuate immediately, the Israeli army said.')).toBe(true);
    expect(prepared('الجيش الإسرائيلي قصف بعلبك بعد أن طالب السكان بإخلاء منازلهم.')).toBe(false);
  });
});

describe('threats and plots', () => {
  it('a threat restated with its condition elsewhere, or "in the event of", is conditional', () => {
    expect(prepared("Hezbollah's chief threatened to bomb the ammonia tanks in Haifa.")).toBe(true);
    expect(prepared('Nasrallah threatened to hit the ammonia tanks in Haifa in the event of a future war.')).toBe(false);
    expect(prepared('Nasrallah threatens to bomb the ammonia tanks in Haifa. He threatened to strike them if Israel attacks Lebanon.')).toBe(false);
  });
  it('a plot whose plotter is arrested or charged, foiled by its noun, or in the pluperfect, is not announced', () => {
    expect(prepared('German police arrested a man accused of planning a ricin attack.')).toBe(false);
    expect(prepared('Police arrested a man who was planning a poison gas attack on the metro.')).toBe(false);
    expect(prepared('Сотрудники ФСБ задержали агента, который собирался совершить теракт на заводе.')).toBe(false);
    expect(prepared('Authorities believe they foiled a terrorist plot to carry out a nerve gas attack on parliament.')).toBe(false);
    expect(prepared('Hamas had plans to deploy chemical weapons against Israeli towns, the army said.')).toBe(false);
    expect(arrestedPlotter('police arrested a man accused of planning an attack.', 'police arrested a man accused of '.length)).toBe(true);
    expect(pluperfectPlan('they had been planning an attack', 'they had been '.length)).toBe(true);
  });
  it('keeps a plan under way, and plotters at large', () => {
    expect(prepared('Iran is planning a sneak attack on US troops in Iraq, the president said.')).toBe(true);
    expect(prepared('Police say the group, which is still at large, is planning a poison gas attack on the metro.')).toBe(true);
    expect(prepared('Russia accused Ukraine of planning a chemical provocation.')).toBe(true);
  });
  it('an attack after a preposition of cause is why the plan is made, not its object', () => {
    expect(prepared('Пентагон готов предоставить военные варианты действий в связи с химической атакой в Думе.')).toBe(false);
    expect(prepared('The militants are preparing a chemical attack on Idlib.')).toBe(true);
    // (and a complaint or lawsuit over the attack is what is planned)
    expect(prepared('Sudan intends to file a complaint against the US over the bombing of the factory.')).toBe(false);
    expect(prepared('أعلنت الحكومة السودانية أنها تنوي استئناف الشكوى ضد الولايات المتحدة بعد قصفها مصنع الشفاء.')).toBe(false);
  });
});

describe("the announced attack's actor and the announcer's voice", () => {
  it('a vow blames the vower, not the killer it answers, and reports', () => {
    const r = read("Iran's supreme leader Khamenei vows 'severe revenge' after US kills Soleimani");
    expect(r.claims.blamed).toBe('other');
    expect(r.voice).toBe('reports');
    const h = read('Israeli authorities say, blaming Hezbollah militants and vowing to inflict a heavy price on the group.');
    expect(h.claims.prepared).toBe(true);
    expect(h.claims.blamed).toBe('other');
  });
  it('an evacuation warning blames the warning army', () => {
    const r = read('شهدت المدينة حركة نزوح كثيفة بعد تهديدات الجيش الإسرائيلي بقصف عدد من المناطق في المدينة.');
    expect(r.claims.blamed).toBe('other');
    expect(r.voice).toBe('reports');
  });
  it('announcementActor: inside the announcement first, else the nearest party before that is no object', () => {
    const objs = [
      { at: 0, end: 4, word: 'iran', kind: 'state', value: 'other' },
      { at: 30, end: 32, word: 'us', kind: 'party', value: 'west' },
    ];
    expect(announcementActor('iran vows revenge after the us killing', { at: 5, end: 17 }, objs)?.word).toBe('iran');
    expect(announcementActor('iran vows revenge after the us killing', { at: 5, end: 17 }, [objs[1]])).toBeUndefined();
  });
});

describe('a dirty bomb on a country', () => {
  it('is a weapon forecast, while a nuclear bomb on a country stays a war forecast (NOT_INCIDENT)', () => {
    expect(prepared('Ukraine may drop a dirty nuclear bomb on Crimea or Rostov.')).toBe(true);
    expect(prepared("Kiev could detonate a dirty bomb on Ukraine's territory and blame Russia.")).toBe(true);
    expect(prepared('NATO may drop a nuclear bomb on Russia.')).toBe(false);
    expect(prepared('Police said the device could detonate at any moment.')).toBe(false);
  });
});

describe('a staged film in production', () => {
  it('the present progressive of making with a staged object announces the staging; the past or a negation does not', () => {
    expect(prepared('Terrorists of the White Helmets are producing fabricated video scenes about the use of chemical weapons in Idlib.')).toBe(true);
    expect(prepared('The White Helmets produced fabricated videos of the Douma attack.')).toBe(false);
    expect(prepared('The White Helmets are not producing fabricated videos, the group said.')).toBe(false);
  });
});
