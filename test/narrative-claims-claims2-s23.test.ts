/**
 * Session 23 (claims2): the grammar of intent and the future (announced attacks) and the predicate of unreality (staged
 * incidents), src/core/narrative/claim-intent.ts; each rule beside near misses it must not read. Sentences written for
 * this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('intent and attempt with the infinitive of a deed', () => {
  it('announces an attack a verb of intent puts ahead, in English, Russian and Arabic', () => {
    expect(read('Terrorists set to fake chemical attack, Moscow warns')).toMatchObject({ prepared: true, staged: true, blamed: 'opposition' });
    expect(read('Washington seeks to fabricate a chemical attack as a pretext.')).toMatchObject({ prepared: true, blamed: 'west' });
    expect(read('Боевики пытаются инсценировать химическую атаку.')).toMatchObject({ prepared: true, staged: true, blamed: 'opposition' });
    expect(read('Боевики вынашивают планы инсценировать химическую атаку.')).toMatchObject({ prepared: true, blamed: 'opposition' });
    expect(read('Террористы затевают провокацию с хлором.')).toMatchObject({ prepared: true, staged: true });
    expect(read('تحاول الجماعات الإرهابية فبركة هجوم كيميائي.')).toMatchObject({ prepared: true, staged: true });
  });
  it('reads no announcement from a negated, past, conditional or inquiring intent', () => {
    expect(read('The inspectors are set to investigate the chemical attack in Douma.')).toMatchObject({ prepared: false });
    expect(read('If the army advances, the rebels are set to use chemical weapons.')).toMatchObject({ prepared: false });
    expect(read('Боевики не собираются устраивать провокаций.')).toMatchObject({ prepared: false });
    expect(read('Эксперты намерены изучить обстоятельства химической атаки.')).toMatchObject({ prepared: false });
    expect(read('Боевики пытались инсценировать химатаку, но были задержаны в прошлом году.')).toMatchObject({ prepared: false });
  });
});

describe('the future tense of a deed', () => {
  it('announces a Russian perfective future of staging and an Arabic future of use', () => {
    expect(read('Белые каски снимут постановочное видео химической атаки.')).toMatchObject({ prepared: true, staged: true });
    expect(read('سوف تستخدم الجماعات المسلحة غازات سامة لاتهام الجيش.')).toMatchObject({ prepared: true, staged: true, blamed: 'opposition' });
  });
  it('reads no announcement from a negated future, a future of speaking or of inquiring', () => {
    expect(read('لن تستخدم الحكومة الأسلحة الكيميائية.')).toMatchObject({ prepared: false });
    expect(read('سيلقي الأمين العام كلمة حول الهجوم الكيميائي.')).toMatchObject({ prepared: false });
    expect(read('ستحقق اللجنة في الهجوم الكيميائي خلال الأيام المقبلة.')).toMatchObject({ prepared: false });
    expect(read('Белые каски снимут фильм о войне.').prepared).toBe(false);
  });
});

describe('the attack predicated as ahead, and a time ahead', () => {
  it('announces an imminent, upcoming or scheduled attack', () => {
    expect(read('A chemical provocation is imminent in Idlib, the ministry said.')).toMatchObject({ prepared: true });
    expect(read('A new false flag attack is being planned by the terrorists.')).toMatchObject({ prepared: true, staged: true });
    expect(read('The next staged chemical attack will happen in Idlib.')).toMatchObject({ prepared: true, staged: true });
  });
  it('reads no announcement from a report, an inquiry or a past event in the same frame', () => {
    expect(read('The OPCW will publish its report on the chemical attack in the coming days.')).toMatchObject({ prepared: false });
    expect(read('The chemical attack killed 40 people in the coming days of the siege, reports said.')).toMatchObject({ prepared: false });
    expect(read('Следователи в ближайшие дни изучат материалы о химической атаке.')).toMatchObject({ prepared: false });
    expect(read('В ближайшие дни ОЗХО опубликует доклад о химической атаке.')).toMatchObject({ prepared: false });
    expect(read("Moscow calls the ammonia leak a ‘planned provocation’ by Kyiv.").prepared).toBe(false);
  });
});

describe('a purpose of staging after the means are brought', () => {
  it('announces the staging the means are brought for', () => {
    expect(read('Militants have brought chlorine cylinders to the town to fake a chemical attack.')).toMatchObject({ prepared: true, staged: true });
    expect(read('Боевики доставили баллоны с хлором для постановочной съемки.')).toMatchObject({ prepared: true, staged: true });
  });
  it('reads no announcement from means used in the past or brought for another purpose', () => {
    expect(read('Эксперты нашли доказательства, использованные для инсценировки.').prepared).toBe(false);
    expect(read('The militants used the footage to fake a chemical attack last year.').prepared).toBe(false);
    expect(read('Activists brought the wounded to the hospital after the chemical attack.').prepared).toBe(false);
  });
});

describe('an incident called unreal by its predicate', () => {
  it('stages an incident said to be a show, a lie or not to have taken place, or whose victims are actors', () => {
    expect(read('The chemical attack was a sham.')).toMatchObject({ staged: true });
    expect(read('The sarin attack was a put-up job.')).toMatchObject({ staged: true });
    expect(read('The so-called chemical attack was a mise-en-scène.')).toMatchObject({ staged: true });
    expect(read('The gas attack never took place.')).toMatchObject({ staged: true });
    expect(read('Химическая атака - спектакль Белых касок.')).toMatchObject({ staged: true });
    expect(read('Газовая атака — это вымысел.')).toMatchObject({ staged: true });
    expect(read('Химическую атаку разыграли Белые каски.')).toMatchObject({ staged: true });
    expect(read('Пострадавшие от химической атаки оказались статистами.')).toMatchObject({ staged: true });
    expect(read('الهجوم الكيميائي كذبة.')).toMatchObject({ staged: true });
    expect(read('الهجوم الكيميائي المزعوم مجرد تمثيل.')).toMatchObject({ staged: true });
    expect(read('الضحايا في فيديو الهجوم الكيميائي ممثلون.')).toMatchObject({ staged: true });
  });
  it('stages nothing when the predicate is negated, said of an accusation, or no staging', () => {
    expect(read('The chemical attack was not a sham, the inspectors said.')).toMatchObject({ staged: false });
    expect(read('The accusations of a chemical attack are lies, Moscow said.')).toMatchObject({ staged: false });
    expect(read('The chemical attack was a war crime.')).toMatchObject({ staged: false });
    expect(read('Обвинения в химической атаке — ложь, заявили в Кремле.')).toMatchObject({ staged: false });
    expect(read('Химическая атака не была постановкой.')).toMatchObject({ staged: false });
    expect(read('Дети, пострадавшие от химической атаки, не были актерами.')).toMatchObject({ staged: false });
    expect(read('اتهامات الهجوم الكيميائي كذبة.')).toMatchObject({ staged: false });
    expect(read('الهجوم الكيميائي ليس مسرحية.')).toMatchObject({ staged: false });
    expect(read('The victims of the chemical attack were children.')).toMatchObject({ staged: false });
    expect(read('Российская ракета попала в театр. Среди погибших оказались актеры театра.').staged).not.toBe(true);
  });
});

describe('the West named as a collective, by its agencies or in Arabic (knowledge/claim-parties.yaml)', () => {
  it('blames the West for a staging or plan of the Anglo-Saxons, the collective West, USAID, the State Department, the EU, the French and the Americans', () => {
    expect(read('Химатаку инсценировали англосаксы.')).toMatchObject({ blamed: 'west', staged: true });
    expect(read('The collective West is preparing a chemical provocation.')).toMatchObject({ blamed: 'west', prepared: true });
    expect(read('USAID staged the chemical attack.')).toMatchObject({ blamed: 'west', staged: true });
    expect(read('Госдеп готовит провокацию с химоружием.')).toMatchObject({ blamed: 'west', prepared: true });
    expect(read('Евросоюз инсценировал химатаку.')).toMatchObject({ blamed: 'west', staged: true });
    expect(read('Провокацию готовят натовские кураторы.')).toMatchObject({ blamed: 'west', prepared: true });
    expect(read('فبرك الفرنسيون الهجوم الكيميائي.')).toMatchObject({ blamed: 'west', staged: true });
    expect(read('يحضر الأمريكان لمسرحية كيميائية.')).toMatchObject({ blamed: 'west', prepared: true });
  });
  it('does not blame the accuser, nor the French wire agency that reports', () => {
    expect(read('Госдеп обвинил Россию в применении химического оружия.')).toMatchObject({ blamed: 'russia' });
    expect(read('اتهمت وزارة الخارجية الأمريكية روسيا باستخدام السلاح الكيميائي.')).toMatchObject({ blamed: 'russia' });
    expect(read('نقلت وكالة الصحافة الفرنسية أن الهجوم الكيميائي أودى بحياة 40 شخصا.')).toMatchObject({ blamed: null });
  });
});

describe('modal passives, rehearsals, means brought for a staging, expectation and likelihood', () => {
  it('announces an attack that could be staged, a rehearsal, means brought for a false flag, an expected provocation', () => {
    expect(read('A chemical attack could be staged in Idlib.')).toMatchObject({ prepared: true, staged: true });
    expect(read('The White Helmets are rehearsing a staged chemical attack.')).toMatchObject({ prepared: true, staged: true });
    expect(read('Militants have moved chlorine to Jisr al-Shughur for a false flag attack.')).toMatchObject({ prepared: true, staged: true });
    expect(read('Намечается провокация с применением отравляющих веществ.')).toMatchObject({ prepared: true, staged: true });
    expect(read('Ожидаются провокации с применением химического оружия.')).toMatchObject({ prepared: true });
    expect(read('Существует угроза провокации с применением химоружия.')).toMatchObject({ prepared: true });
    expect(read('من المرجح أن تقوم الخوذ البيضاء بفبركة هجوم كيميائي.')).toMatchObject({ prepared: true, staged: true });
    expect(read('عزم الإرهابيين على تنفيذ هجوم كيميائي.')).toMatchObject({ prepared: true });
    expect(read('تحذيرات من مسرحية كيميائية جديدة في إدلب.')).toMatchObject({ prepared: true, staged: true });
  });
  it('reads no announcement from a past modal, a rehearsed response, a report expected or a hedge on the past', () => {
    expect(read('The chemical attack may have been staged by the rebels.')).toMatchObject({ prepared: false });
    expect(read('Doctors are rehearsing their response to a chemical attack.')).toMatchObject({ prepared: false });
    expect(read('The White Helmets rehearsed a staged chemical attack last year.')).toMatchObject({ prepared: false });
    expect(read('Ожидается доклад ОЗХО о химической атаке.')).toMatchObject({ prepared: false });
    expect(read('Не исключена версия, что химатака была инсценирована.')).toMatchObject({ prepared: false });
    expect(read('من المتوقع أن تنشر اللجنة تقريرها حول الهجوم الكيميائي.')).toMatchObject({ prepared: false });
    expect(read('قالت المنظمة إن من المحتمل أن يكون غاز الكلور استخدم في هجوم بمدينة سراقب.')).toMatchObject({ prepared: false });
    expect(read('تحذيرات من استخدام الأسلحة الكيميائية.')).toMatchObject({ prepared: false });
    expect(read('عزم المحققون على التحقيق في الهجوم الكيميائي.')).toMatchObject({ prepared: false });
  });
});
