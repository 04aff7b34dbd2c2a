/**
 * Session 24 (room agdev): general readings from the development look parts' misses grouped by cause
 * (docs/agent-differential.md §7.00048-agdev). Every sentence is the engineer's own; none is taken from an evaluation item.
 * Each rule has near misses: sentences that share the words and must not read the feature.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, p, reads, run } from './helpers/agent-probe.js';

describe('a blast felt far off: the windows made to rattle, and Russian рванули (powerful_blast)', () => {
  reads([
    ['A loud bang from the quarry made the windows rattle.', 'powerful_blast'],
    ['The explosion made the whole house shake.', 'powerful_blast'],
    ['There was a boom and the windows were rattling for a minute.', 'powerful_blast'],
    ['На карьере рванули, стёкла задребезжали.', 'powerful_blast'],
    ['Ночью рванули склад за рекой, окна дрожали.', 'powerful_blast'],
  ]);
  misses([
    ['The windows rattle in the wind every night.', 'powerful_blast'],
    ['After the bang the kids were shaking.', 'powerful_blast'],
    ['Мы рванули к двери, стёкла дрожали от ветра.', 'powerful_blast'],
    ['Рванули домой, окна дрожали.', 'powerful_blast'],
    ['The lorry went past and made the windows rattle.', 'powerful_blast'],
  ]);
  it('a blast far off that hurt nobody leads none', () => {
    expect(run('A loud bang from the quarry made the windows rattle; nobody was hurt.').top.class).toBe('none');
    expect(run('На карьере рванули, стёкла задребезжали, все целы.').top.class).toBe('none');
  });
});

describe('Russian все целы / никто не ранен: nobody was hurt (no_casualties)', () => {
  reads([
    ['Снаряд упал в поле, все целы.', 'no_casualties'],
    ['По словам главы района, никто не ранен.', 'no_casualties'],
  ]);
  misses([
    ['Стёкла в окнах целы, а жители жалуются на кашель.', 'no_casualties'],
    ['Раненых увезли в больницу.', 'no_casualties'],
  ]);
});

describe('"no dust" is not evidence (dust_debris is present_only)', () => {
  it('a rockfall told with no dust, no smell, no smoke leads none, not nerve', () => {
    const t = 'A rockfall on the path came down in front of us; one woman broke her arm. No dust to speak of, no smell, no smoke.';
    expect(feats(t).dust_debris).toBe(false);
    expect(run(t).top.class).toBe('none');
    expect(run('Во время бури упало дерево, у соседки перелом руки. Ни дыма, ни запаха, ни пыли — просто ветер.').top.class).toBe('none');
  });
  it('dust present still counts for none', () => {
    expect(p('The blast brought the wall down; dust and rubble everywhere, people cut by glass.', 'none')).toBeGreaterThan(0.4);
  });
  it('an odourless nerve account that also says no dust keeps nerve', () => {
    expect(run('No smell, no dust, no smoke; then pinpoint pupils, drooling, twitching and convulsions in the shelter.').top.class).toBe('nerve');
  });
});

describe('a Russian gas poisoning with no gas named is the household gas (combustion_appliance)', () => {
  reads([
    ['Семья из четырёх человек отравилась газом в своём доме.', 'combustion_appliance'],
    ['Врачи диагностировали у детей отравление газом.', 'combustion_appliance'],
    ['Пенсионерка скончалась от отравления бытовым газом.', 'combustion_appliance'],
  ]);
  misses([
    ['Рабочие спустились в канализационный колодец. Причина смерти — отравление газом.', 'combustion_appliance'],
    ['После обстрела бойцы получили отравление газом.', 'combustion_appliance'],
    ['На заводе произошла утечка, двое получили отравление газом.', 'combustion_appliance'],
    ['Протестующие получили отравление слезоточивым газом.', 'combustion_appliance'],
    ['Жители получили отравление хлором.', 'combustion_appliance'],
    ['Газом пахло в подъезде, но никто не отравился.', 'combustion_appliance'],
  ]);
  it('a family found unconscious in a flat with a gas poisoning leads none, not nerve', () => {
    const t = 'Отец, мать и три дочери найдены без сознания в квартире; мать и дочь погибли. У пациентов диагностировано отравление газом.';
    expect(run(t).top.class).toBe('none');
  });
});

describe('Arabic ما between a sign term\'s subject and its verb is the spoken negation', () => {
  it.each([
    ['الجلد ما تقشر', 'delayed_blisters'],
    ['صوته ما انبح', 'hoarseness'],
    ['الجلد ما احمر', 'skin_rash_itching'],
  ])('%s reads %s absent', (text, feature) => {
    expect(feats(text)[feature]).toBe(false);
  });
  reads([
    ['الجلد تقشر', 'delayed_blisters'],
    ['صوته انبح', 'hoarseness'],
    ['الجلد بعد ما تقشر صار يحكني', 'delayed_blisters'],
  ]);
});

describe('Arabic meal verbs with their food as object (ingestion)', () => {
  reads([
    ['اتعشينا كشري من عربية على الناصية', 'ingestion'],
    ['تغدوا سمك مقلي عند الجيران', 'ingestion'],
    ['تعشيت شاورما وبالليل صرت أستفرغ', 'ingestion'],
  ]);
  misses([
    ['رجع عالبيت، تعشى ونام.', 'ingestion'],
    ['قعدنا عادي وتعشينا. بالليل عيوني صارت تحرقني', 'ingestion'],
    ['تعشينا بالبيت وبعدين سمعنا الضربة', 'ingestion'],
    ['تغدينا عادي وما حسينا بشي', 'ingestion'],
  ]);
});

describe('Russian garlic and mustard adjectives before the smell (odour_garlic)', () => {
  reads([
    ['Во дворе стоял чесночный запах.', 'odour_garlic'],
    ['Почувствовали горчичный запах после разрыва.', 'odour_garlic'],
    ['Запах был чесночный, тяжёлый.', 'odour_garlic'],
  ]);
  misses([
    ['Съели чесночный соус, потом пахло хлоркой.', 'odour_garlic'],
    ['Горчичники поставили на грудь.', 'odour_garlic'],
  ]);
});

describe('spoken Arabic "felt nothing" before a later time that opens the signs (onset_delayed)', () => {
  reads([
    ['ما حس بشي. بالليل عينيه حرقو ودمعو', 'onset_delayed'],
    ['ما حسينا بشي، وبالليل صارت عيوني تحرقني', 'onset_delayed'],
    ['محدش حس بحاجة، الصبح عنينا ولعت ودمعت', 'onset_delayed'],
  ]);
  misses([
    ['ما حسينا بشي، وبالليل نمنا عادي', 'onset_delayed'],
    ['ما حسيت بالضربة، بالليل كنت نايم', 'onset_delayed'],
    ['بالليل عيوني صارت تحرقني', 'onset_delayed'],
    ['حسينا بالضربة، وبالليل عيوني صارت تحرقني', 'onset_delayed'],
  ]);
  it('a delayed blister account told so leads blister', () => {
    expect(run('قص البرميل وسال منه زيت ريحته كيف الثوم. ما حس بشي. بالليل عينيه حرقو، والصبح طلعت فقاعات على ايديه.').top.class).toBe('blister');
  });
});

describe('Russian тянет / потянуло: a smell drawn in on the air (the SMELL macro)', () => {
  reads([
    ['С улицы тянет чем-то сладким.', 'odour_unusual'],
    ['Из подвала потянуло хлоркой.', 'odour_bleach'],
    ['Со стороны завода тянуло гарью.', 'odour_burning'],
  ]);
  misses([
    ['Его тянет домой.', 'odour_unusual'],
    ['После обеда потянуло на сон.', 'odour_unusual'],
    ['Они тянут время, хлорку так и не завезли.', 'odour_bleach'],
  ]);
});
