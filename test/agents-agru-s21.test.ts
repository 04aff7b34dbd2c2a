/**
 * Session 21 (room agru): Russian and Arabic lay accounts (docs/agent-differential.md §7.00043-agru). Every sentence is the
 * engineer's own; none is taken from an evaluation item. Each rule is probed with sentences that must fire and near-misses that
 * must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';
import { arabicMaghrebiPresent, stemsOf } from '../src/core/agents/term-matcher.js';

describe('the Maghrebi present ك / كا + imperfect (term-matcher.ts, arabicMaghrebiPresent)', () => {
  it('reads the signs told in the Darija present, in every person and under ما...ش', () => {
    expect(feats('العينين كيحرقو بزاف')).toMatchObject({ burning_eyes: true });
    expect(feats('كنحس بالدوخة وكنتقيأ')).toMatchObject({ vomiting: true });
    expect(feats('الدري كيكح وكيتقيأ من الصباح')).toMatchObject({ cough: true, vomiting: true });
    expect(feats('عينيه كتدمع')).toMatchObject({ lacrimation: true });
  });
  it('strips the particle only before a person letter and a three-letter root', () => {
    expect(arabicMaghrebiPresent('كيحرقو')).toBe('يحرقو');
    expect(arabicMaghrebiPresent('وكتسيل')).toBe('تسيل');
    expect(arabicMaghrebiPresent('كايكح')).toBe('يكح');
    for (const w of ['كتف', 'كنت', 'كتب', 'كبير', 'كيس']) expect(arabicMaghrebiPresent(w), w).toBeNull();
  });
  it('gives a noun that opens so no sign: كيماوي, كتابة, كنيسة', () => {
    expect(feats('الكيماوي كان في الكتابة على الحيط')).not.toHaveProperty('vomiting');
    expect(Object.keys(feats('كتير ناس كانوا بالسوق'))).toEqual([]);
    expect(Object.keys(feats('مشينا للكنيسة وكتبنا كتابة'))).toEqual([]);
    expect(stemsOf('كيماوي', 'ar').length).toBeGreaterThan(0);
  });
});

describe('Maghrebi nouns: نيف the nose, زاج the glass (arabicDialectNoun)', () => {
  it('reads a running nose and a blast that broke the glass', () => {
    expect(feats('النيف كيسيل والعينين كيدمعو')).toMatchObject({ rhinorrhoea: true, lacrimation: true });
    expect(feats('تفرقع مخزن تاع الفوشيك والزاج تكسر كامل')).toMatchObject({ powerful_blast: true });
  });
  it('does not read glass broken by a ball, a stone or the wind as a blast', () => {
    for (const t of ['الولد ضرب الكورة والزاج تكسر.', 'رموا حجر والزجاج انكسر بعد الانفجار اللي سمعناه بالتلفزيون؟ لا، الحجر كسره.', 'الريح قوية والقزاز تكسر.'])
      expect(feats(t), t).not.toHaveProperty('powerful_blast');
  });
});

describe('glass broken after a bomb or a spoken blast verb (feature-lexicon.ts, AR_WINDOWS_BROKEN)', () => {
  it('reads the glass itself, masculine, with a bomb, تفرقع or a blast word', () => {
    for (const t of ['وقعت قنبلة بالحارة وتكسر القزاز كله.', 'صار انفجار والزجاج تكسر.', 'فرقع شي بالشارع وانكسر الازاز.'])
      expect(feats(t), t).toMatchObject({ powerful_blast: true });
  });
  it('not glass that broke with no blast told', () => {
    for (const t of ['وقع الكاس وتكسر الزجاج.', 'القزاز تكسر لما سكرنا الباب بقوة.']) expect(feats(t), t).not.toHaveProperty('powerful_blast');
  });
});

describe('the spoken postposed "was not there" (ما كانش / ما كانتش / ما كان at a clause end)', () => {
  it('denies the smell or the sign before it', () => {
    expect(feats('حتى ريحة غريبة ما كانتش.')).toMatchObject({ odour_unusual: false });
    expect(feats('الكحة ماكانش، غير شوية دموع')).toMatchObject({ cough: false });
    expect(feats('ريحة غريبة ما كانت، بس غبرة.')).toMatchObject({ odour_unusual: false });
  });
  it('keeps the smell when ما كانت is the verb of a following word, or the sentence tells it was there', () => {
    expect(feats('ريحة غريبة ما كانت قوية بس كانت موجودة')).not.toMatchObject({ odour_unusual: false });
    expect(feats('كانت ريحة غريبة بالحارة')).toMatchObject({ odour_unusual: true });
  });
});

describe('the Levantine noun طرش is deafness, the Gulf verb طرش vomiting (feature-extraction.ts, finalPass)', () => {
  it('reads the deafness of a blast as its ear injury, not vomiting', () => {
    for (const t of ['قنبلة عالحارة: غبرة، قزاز، جروح، طرش، وبس.', 'بعد الانفجار صار عندي طرش بإذني.', 'بعد القصف الطرش ما راح لأسبوع.']) {
      const f = feats(t);
      expect(f, t).not.toHaveProperty('vomiting');
      expect(f, t).toMatchObject({ trauma_injuries: true });
    }
  });
  it('with the article and no blast, it is still no vomiting', () => {
    expect(feats('جدي عنده الطرش من زمان وما بيسمع.')).not.toHaveProperty('vomiting');
  });
  it('keeps the verb in its persons, and the bare verb with its object or adverb', () => {
    for (const t of ['الولد طرش مرتين بعد الغدا.', 'يطرشون من الصبح وبطونهم توجعهم.', 'أكل السمك وبعدين طرش، دخ، وطاح.', 'بعد القصف الولد طرش مرتين.'])
      expect(feats(t), t).toMatchObject({ vomiting: true });
  });
});

describe('a Russian adjective after its noun (agent-terms.ts, ruAdjectiveNounReversed): scene and odour terms', () => {
  it('reads the noun-first order of a two-word adjective term', () => {
    expect(feats('Загорелся дом, дым чёрный по всей улице.')).toMatchObject({ fire_smoke: true });
    expect(feats('Дым был густой, ничего не видно.')).toMatchObject({ fire_smoke: true });
    expect(feats('Взрыв сильный был, стёкла дрожали.')).toMatchObject({ powerful_blast: true });
    expect(feats('Запах был резкий, аж в носу защипало.')).toMatchObject({ odour_pungent: true });
  });
  it('leaves onset and course terms in their order, and a negative determiner to the absence grammar', () => {
    expect(feats('Воздух свежий, дышится легко.')).not.toHaveProperty('recovery_fresh_air');
    expect(feats('Утром следующим пришли врачи.')).not.toHaveProperty('onset_delayed');
    expect(feats('Дым шёл из трубы котельной, небо чёрное от туч.')).not.toHaveProperty('fire_smoke');
  });
});

describe('soot told by a lay witness (fire_smoke): black spit, black under the nose', () => {
  it('reads black spat or coughed up, and black in the nose, in three languages', () => {
    for (const t of [
      'Мы кашляли и сплёвывали чёрное, под носом чёрное.',
      'У него была чёрная мокрота всю ночь.',
      'They were coughing up black stuff and had black around their noses.',
      'الكل يكح ويبصق أسود، وتحت مناخيره أسود.',
    ])
      expect(feats(t), t).toMatchObject({ fire_smoke: true });
  });
  it('not black tea, black coffee, grey spit of dust, or a black car', () => {
    for (const t of ['Он пил чёрный чай и плевал на всё.', 'He drank black coffee and spat.', 'كان يتف رمادي من الغبرة.', 'Сплюнул и сел в чёрную машину.'])
      expect(feats(t), t).not.toHaveProperty('fire_smoke');
  });
});

describe('a place that caught fire in Russian (загорелся / загорелась + place)', () => {
  it('reads a food court, a kitchen, grass that caught fire', () => {
    for (const t of ['В торговом центре загорелся фудкорт, все побежали.', 'Вечером загорелась кухня у соседей.', 'Загорелась сухая трава у дороги.'])
      expect(feats(t), t).toMatchObject({ fire_smoke: true });
  });
  it('not a light, a stairwell lamp, eyes that light up, nor a quarrel that flares', () => {
    for (const t of ['Загорелся свет на лестнице.', 'Загорелась лампочка на табло.', 'Вспыхнула ссора между соседями.', 'Загорелся зелёный, и мы пошли.'])
      expect(feats(t), t).not.toHaveProperty('fire_smoke');
  });
});

describe('a Russian smell told by a comparison (feature-lexicon.ts SMELL_RU): запах — как от ..., пахло словно ...', () => {
  it('reads the odour after the comparison word, and the struck match as the sulphur smell', () => {
    expect(feats('Я зашла и сразу запах — как от только что чиркнутой спички, резкий.')).toMatchObject({ odour_rotten_eggs: true });
    expect(feats('Пахло словно тухлыми яйцами.')).toMatchObject({ odour_rotten_eggs: true });
    expect(feats('Воняло как от хлорки во всём подъезде.')).toMatchObject({ odour_bleach: true });
  });
  it('not a comparison of nothing, nor a match struck by someone', () => {
    expect(Object.keys(feats('Запах как обычно, ничего особенного.'))).toEqual([]);
    expect(feats('Я зажгла спичку, и пахло хлебом.')).not.toHaveProperty('odour_rotten_eggs');
  });
});

describe('wheezing in lay Russian and Arabic (dyspnoea)', () => {
  it('reads a whistle in the chest and a chest that wheezes', () => {
    for (const t of ['Через минуту свист в груди, не вдохнуть.', 'Он дышал со свистом всю ночь.', 'صدري صار يزيق من الريحة.', 'عنده صفير بالصدر من الغاز.'])
      expect(feats(t), t).toMatchObject({ dyspnoea: true });
  });
  it('not the whistle of a shell or a rocket', () => {
    for (const t of ['Снаряд пролетел со свистом, в груди всё сжалось от страха.', 'سمعنا صفير الصاروخ وبعدين الانفجار.'])
      expect(feats(t), t).not.toHaveProperty('dyspnoea');
  });
});

describe('white phosphorus in Levantine words: pieces alight in the progressive, a fragment that sparks again (burning_particles)', () => {
  it('reads pieces that are burning as they fall, and a fragment that flares again as its dressing dries', () => {
    for (const t of ['نزل منها قطع عم تولع، وقعت عالتبن.', 'نزلت حبات عم تشتعل من السما.', 'ولما نشفت الشاشة رجعت قدحت.'])
      expect(feats(t), t).toMatchObject({ burning_particles: true });
  });
  it('not pieces of anything told without burning, nor a fire lit again', () => {
    for (const t of ['قطعنا الخبز قطع صغيرة.', 'نزلت حبات المطر عالسطح.', 'رجعنا عالبيت وقدحنا النار بالصوبيا.'])
      expect(feats(t), t).not.toHaveProperty('burning_particles');
  });
});

describe('a fog, aerosol or smoke generator burns no fuel (combustion_appliance dropped)', () => {
  it('drops the appliance for a fogger of disinsection or a smoke machine', () => {
    for (const t of ['При использовании аэрозольного генератора дезинфектор не проверил подвал.', 'Включили генератор холодного тумана в подвале.', 'The pest controller ran a fogging generator in the basement.', 'شغلوا مولد ضباب للتعقيم بالقبو.'])
      expect(feats(t), t).not.toHaveProperty('combustion_appliance');
  });
  it('keeps a power generator run indoors', () => {
    for (const t of ['Генератор работал в гараже всю ночь, все угорели.', 'They had the generator running in the garage all night.', 'شغلنا المولدة جوا البيت بالليل.'])
      expect(feats(t), t).toMatchObject({ combustion_appliance: true });
  });
});

describe("the weather's heat in Arabic news and a hot day in Russian (heat_or_crowding)", () => {
  it('reads the heat of the weather', () => {
    for (const t of ['مع ارتفاع درجة حرارة الطقس تساقط الطلاب.', 'كان الجو حار كتير بالطابور.', 'В тот день стояла жара, люди падали.', 'День был жаркий, линейка затянулась.'])
      expect(feats(t), t).toMatchObject({ heat_or_crowding: true });
  });
  it('not a fever', () => {
    for (const t of ['ارتفاع درجة الحرارة عند الطفل مع سعال.', 'حرارة الولد طلعت أربعين وكان يرجف.', 'У ребёнка поднялась температура.'])
      expect(feats(t), t).not.toHaveProperty('heat_or_crowding');
  });
});

describe('a blast felt as its shock: houses, windows, dishes that shook, with the bang in the sentence (powerful_blast)', () => {
  it('reads the shaking told with a bang, in three languages', () => {
    for (const t of ['Бахнуло где-то за трассой, чашки звякнули, все живы.', 'Рвануло так, что дом тряхнуло.', 'Ночью был взрыв, стёкла задребезжали.', 'صار انفجار والبيوت اهتزت.', 'The blast rattled the windows two streets away.'])
      expect(feats(t), t).toMatchObject({ powerful_blast: true });
  });
  it('not shaking with no bang (an earthquake, a lorry), nor a bang with nothing shaken', () => {
    for (const t of ['Землетрясение, дом тряхнуло, посуда звякнула.', 'Мимо проехал грузовик, окна задрожали.', 'البيت اهتز من الزلزال.', 'A lorry went past and the windows rattled.', 'Бахнуло где-то за трассой, все живы.'])
      expect(feats(t), t).not.toHaveProperty('powerful_blast');
  });
});

describe('English lay words: eyes gone tiny, skin risen in bubbles, wheezy, a stink of matches, cups that shook after a boom', () => {
  it('reads each', () => {
    expect(feats('Someone said the people in the camp were foaming and their eyes were tiny.')).toMatchObject({ miosis: true });
    expect(feats('The next day her skin rose up in bubbles like a scald.')).toMatchObject({ delayed_blisters: true });
    expect(feats('She was wheezy all night.')).toMatchObject({ dyspnoea: true });
    expect(feats('A stink like a whole box of matches just struck, it caught in my throat.')).toMatchObject({ odour_rotten_eggs: true });
    expect(feats('A big boom from over the hill, cups shook, nothing else.')).toMatchObject({ powerful_blast: true });
  });
  it('not a baby with tiny eyes, smoke that rose up, cups that shook with no bang', () => {
    expect(feats('The baby has tiny eyes and a big smile.')).not.toHaveProperty('miosis');
    expect(feats('Smoke rose up in the air over the roofs.')).not.toHaveProperty('delayed_blisters');
    expect(feats('The train went by and the cups shook on the table.')).not.toHaveProperty('powerful_blast');
    expect(feats('He lit a match and we smelled the stew.')).not.toHaveProperty('odour_rotten_eggs');
  });
});

describe('Russian elliptical тоже / также copies the clause before it, its negation with it', () => {
  it('denies the sign after a denied one ("Кашля не было, рвоты тоже")', () => {
    expect(feats('Кашля не было, рвоты тоже, только голова болела.')).toMatchObject({ cough: false, vomiting: false, headache: true });
    expect(feats('Судорог не было. Рвоты тоже.')).toMatchObject({ convulsions: false, vomiting: false });
  });
  it('keeps it after a sign that was there, or with its own verb', () => {
    expect(feats('Кашель был, рвота тоже, голова болела.')).toMatchObject({ cough: true, vomiting: true });
    expect(feats('Кашля не было, а рвота тоже была.')).toMatchObject({ vomiting: true });
  });
});

describe('lay Russian and Arabic for chest pressure, blurred sight and dizziness', () => {
  it('reads the lay wordings', () => {
    expect(feats('В груди давило.')).toMatchObject({ chest_tightness: true });
    expect(feats('Всё плыло перед глазами.')).toMatchObject({ blurred_vision: true });
    expect(feats('Всё вокруг кружилось.')).toMatchObject({ dizziness: true });
    expect(feats('الدنيا عم تلف فيي.')).toMatchObject({ dizziness: true });
    expect(feats('ما عاد يشوف منيح وعيونه مغبشة.')).toMatchObject({ blurred_vision: true });
  });
  it("not the weather's fog nor a head spinning with worries", () => {
    expect(feats('الصبح كان كلو ضباب عالطريق.')).not.toHaveProperty('blurred_vision');
    expect(feats('Голова шла кругом от новостей и цен.')).not.toHaveProperty('dizziness');
  });
});

describe('spoken Arabic: ما after a word that only ends like "until" (واحد), no smell written apart, eyes become small', () => {
  it('denies after a whole word, and reads the lay wordings', () => {
    expect(feats('حتى واحد ما كح.')).toMatchObject({ cough: false });
    expect(feats('ما فيش ريحة خالص.')).toMatchObject({ odour_none: true });
    expect(feats('عيونو بقت صغيرة وريالتو سايلة.')).toMatchObject({ miosis: true });
  });
  it('keeps ما a relative after a whole "after / until / when" word, with its و', () => {
    for (const t of ['بعد ما كح صار يستفرغ.', 'وبعد ما كح دخ.', 'لحد ما كح كتير.']) expect(feats(t), t).toMatchObject({ cough: true });
    expect(feats('بيوتهم صغار وعيونهم على الشارع')).not.toHaveProperty('miosis');
  });
});

describe('lay slurred speech in Russian and Arabic (dysphagia_dysarthria)', () => {
  it('reads a tongue that tangled or grew heavy, speech not understood', () => {
    for (const t of ['Язык заплетался, говорить не мог.', 'Язык не слушался, всё двоилось.', 'لسانو صار تقيل وكلامو مش مفهوم.'])
      expect(feats(t), t).toMatchObject({ dysphagia_dysarthria: true });
  });
  it('not one speechless with fear', () => {
    expect(feats('ما عاد يقدر يحكي من الخوف لما شاف الدم.')).not.toHaveProperty('dysphagia_dysarthria');
  });
});

describe('Gulf and Iraqi lay words, and the running eyes that stop at a و-body part', () => {
  it('reads the noses that run, not the eyes, after the eyes burned', () => {
    const f = feats('عيونا تحرقنا وخشومنا تسيل وكلنا نكح.');
    expect(f).toMatchObject({ burning_eyes: true, rhinorrhoea: true, cough: true });
    expect(f).not.toHaveProperty('lacrimation');
    expect(feats('عيونهم كانت تسيل من الغاز.')).toMatchObject({ lacrimation: true });
  });
  it('reads seeing badly, itching skin, a tight chest told by the noun', () => {
    expect(feats('ما نشوف زين.')).toMatchObject({ blurred_vision: true });
    expect(feats('جلدنا صار يحكنا.')).toMatchObject({ skin_rash_itching: true });
    expect(feats('عنده ضيجة بالصدر من الصبح.')).toMatchObject({ chest_tightness: true });
  });
  it('not a chest tight with worry', () => {
    expect(feats('صدري ضايق من الأخبار والهم.')).not.toHaveProperty('chest_tightness');
  });
});
