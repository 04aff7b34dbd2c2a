/**
 * Session 15 (room agnone): the session-14 review's open defects of the agents reader, and the general causes behind lay
 * paraphrase misses on development material. Every sentence here was written for this test; none is taken from an
 * evaluation file. Each group has variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('review s14 item 18: Russian short hue stems', () => {
  it('sulphur (сера, серой) after a smell word is no colour: the yellow-green cloud beside it stays', () => {
    expect(feats('Пахло серой и зелёным дымом.')).toEqual({ odour_rotten_eggs: true, cloud_yellow_green: true });
    expect(feats('Запах серы и жёлтое облако.')).toEqual({ odour_rotten_eggs: true, cloud_yellow_green: true });
    expect(feats('Воняло серой, и жёлтый туман полз к домам.')).toMatchObject({ odour_rotten_eggs: true, cloud_yellow_green: true });
  });
  it('words that only begin like a hue (сердце, синяк, буря) are no colour', () => {
    expect(feats('Болело сердце и жёлтое облако висело над двором.')).toMatchObject({ cloud_yellow_green: true });
    expect(feats('Синяки и жёлтый дым.')).toMatchObject({ cloud_yellow_green: true });
    expect(feats('Буря и жёлтое облако.')).toMatchObject({ cloud_yellow_green: true });
  });
  it('a grey or other hue coordinated with yellow or green is still a many-coloured cloud', () => {
    expect(feats('Серое и жёлтое облако.')).toEqual({});
    expect(feats('Облако серой и зелёной дымки.')).toEqual({});
    expect(feats('Над рекой стоял белый и зелёный дым.')).not.toHaveProperty('cloud_yellow_green');
  });
  it('the grey adjective after a smell word is the colour of what smelled, not sulphur', () => {
    expect(feats('Пахло серым дымом.')).toEqual({ odour_burning: true });
    expect(feats('Был запах серого дыма, люди кашляли.')).toEqual({ cough: true, odour_burning: true });
    expect(feats('Пахло серой пылью.')).not.toHaveProperty('odour_rotten_eggs');
  });
  it('sulphur itself stays sulphur', () => {
    expect(feats('Пахло серой.')).toEqual({ odour_rotten_eggs: true });
    expect(feats('Пахло серой и гарью.')).toMatchObject({ odour_rotten_eggs: true });
    expect(feats('Пахло серой, над домом висел серый дым.')).toMatchObject({ odour_rotten_eggs: true });
    expect(feats('Запах серы, глаза слезились.')).toEqual({ odour_rotten_eggs: true, lacrimation: true });
  });
});

describe('review s14 item 17: a denied proposition ("it is not true that") reverses its clause', () => {
  it('a self-stated absence under the denial is not asserted (EN/RU/AR)', () => {
    expect(feats('It is not true that there were no casualties.')).toEqual({ no_casualties: false });
    expect(feats('It was not the case that nobody was hurt.')).toEqual({ no_casualties: false });
    expect(feats('Неправда, что никто не пострадал.')).toEqual({ no_casualties: false });
    expect(feats('ليس صحيحا أنه لم يصب أحد.')).toEqual({ no_casualties: false });
    expect(feats('It is false that there was no smell.')).toEqual({ odour_none: false });
  });
  it('a sign told under the denial is denied; a sign denied inside it is asserted', () => {
    expect(feats('Неправда, что людей рвало.')).toEqual({ vomiting: false });
    expect(feats('It is false that the children vomited.')).toEqual({ vomiting: false });
    expect(feats('It is not true that people vomited.')).toEqual({ vomiting: false });
    expect(feats('It is not true that nobody vomited.')).toEqual({ vomiting: true });
    expect(feats('Это неправда, будто никто не кашлял.')).toEqual({ cough: true });
  });
  it('without the denial, or outside its clause, nothing changes', () => {
    expect(feats('It is true that nobody was hurt.')).toEqual({ no_casualties: true });
    expect(feats('There were no casualties. It is not true that people vomited.')).toEqual({ no_casualties: true, vomiting: false });
    expect(feats('Nobody was hurt, it is true that the smell was strong.')).toMatchObject({ no_casualties: true });
  });
});

describe('review s14: what a treatment is given to prevent is no sign; what it keeps from coming back was there', () => {
  it('"to prevent the X", a possessive or no determiner: prophylaxis, not a sign (EN/RU/AR)', () => {
    expect(feats('The doctors gave atropine to prevent the convulsions.')).toEqual({ antidote_atropine: true });
    expect(feats('They gave diazepam to prevent the seizures.')).toEqual({});
    expect(feats('They gave atropine to prevent convulsions.')).toEqual({ antidote_atropine: true });
    expect(feats('Чтобы предотвратить судороги, ввели диазепам.')).toEqual({});
    expect(feats('Чтобы не допустить рвоты, дали воды.')).toEqual({});
    expect(feats('أعطوه الأتروبين لمنع التشنجات.')).toEqual({ antidote_atropine: true });
  });
  it('the Russian prevented object ends at the main verb: the treatment itself is told', () => {
    expect(feats('Для профилактики судорог ввели атропин.')).toEqual({ antidote_atropine: true });
    expect(feats('Для профилактики судорог больным ввели атропин.')).toEqual({ antidote_atropine: true });
  });
  it('a demonstrative, or a sign kept from recurring, was there', () => {
    expect(feats('Diazepam was given to stop these seizures.')).toEqual({ convulsions: true });
    expect(feats('They gave diazepam to prevent further seizures.')).toEqual({ convulsions: true });
    expect(feats('They gave diazepam to prevent the seizures from recurring.')).toEqual({ convulsions: true });
    expect(feats('Для профилактики повторных судорог ввели диазепам.')).toEqual({ convulsions: true });
    expect(feats('Чтобы предотвратить повторные судороги, ввели диазепам.')).toEqual({ convulsions: true });
    expect(feats('أعطوه الديازيبام لمنع تكرار التشنجات.')).toEqual({ convulsions: true });
  });
  it('a munition or a cloud avoided with "the" is still there', () => {
    expect(feats('We hid in the basement to avoid the shelling.')).toMatchObject({ delivery_shell_rocket: true });
    expect(feats('We ran upstairs to avoid the yellow cloud.')).toEqual({ cloud_yellow_green: true });
  });
});

describe('review s14: a setting needs its place, not the bare substance or vehicle word', () => {
  it('a fertiliser alone is no fertiliser plant (RU/AR, as EN)', () => {
    expect(feats('Фермер внёс удобрения на поле, дети кашляли.')).not.toHaveProperty('setting_fertiliser');
    expect(feats('Купили мешок удобрений на рынке.')).not.toHaveProperty('setting_fertiliser');
    expect(feats('اشترينا كيس أسمدة من السوق.')).not.toHaveProperty('setting_fertiliser');
    expect(feats('تم رش الأسمدة في الحقل')).not.toHaveProperty('setting_fertiliser');
  });
  it('a fertiliser plant, store or tank is', () => {
    expect(feats('Рядом склад удобрений.')).toMatchObject({ setting_fertiliser: true });
    expect(feats('Произошла утечка на заводе минеральных удобрений.')).toMatchObject({ setting_fertiliser: true });
    expect(feats('Ночью подтекла ёмкость с жидким удобрением.')).toMatchObject({ setting_fertiliser: true });
    expect(feats('تسرب من مستودع للأسمدة')).toMatchObject({ setting_fertiliser: true });
    expect(feats('بالقرب من مصنع الأسمدة')).toMatchObject({ setting_fertiliser: true });
  });
  it('a freight train alone is no rail tank car (RU/AR, as EN)', () => {
    expect(feats('Товарный поезд проехал мимо.')).toEqual({});
    expect(feats('Мимо проходил товарный поезд, потом люди стали кашлять.')).toEqual({ cough: true });
    expect(feats('مر قطار شحن بجانب القرية.')).toEqual({});
  });
  it('a derailed, loaded or tank-wagon train is', () => {
    expect(feats('Товарный поезд сошёл с рельсов.')).toMatchObject({ setting_rail_tank_car: true });
    expect(feats('Товарный поезд с цистернами аммиака.')).toMatchObject({ setting_rail_tank_car: true });
    expect(feats('انقلب قطار شحن محمل بالكلور.')).toMatchObject({ setting_rail_tank_car: true });
  });
});

describe('review s14: a condition the speaker did not witness asserts nothing', () => {
  it('"If anyone vomited, I did not see it" (EN/RU)', () => {
    expect(feats('If anyone vomited, I did not see it.')).toEqual({});
    expect(feats("If anyone vomited, I didn't notice.")).toEqual({});
    expect(feats('If there was a smell, nobody told me about it.')).toEqual({});
    expect(feats('Если кого-то и рвало, я этого не видел.')).toEqual({});
  });
  it('a past condition told as what happened each time still asserts', () => {
    expect(feats('If they vomited, they were taken to the tent.')).toEqual({ vomiting: true });
    expect(feats('If the children coughed, the teacher opened the windows.')).toEqual({ cough: true });
    expect(feats('Если кого-то рвало, его уводили в палатку.')).toEqual({ vomiting: true });
  });
});

describe('review s14: a comparison with an agent is no exposure to it', () => {
  it('"worse than tear gas" (EN/RU/AR) names no crowd-control gas', () => {
    expect(feats('It was worse than tear gas.')).toEqual({});
    expect(feats('The smell was worse than tear gas, people coughed.')).toEqual({ cough: true });
    expect(feats('Это было хуже, чем слезоточивый газ.')).toEqual({});
    expect(feats('كان أسوأ من الغاز المسيل للدموع، وكلنا سعلنا.')).toEqual({ cough: true });
  });
  it('the compared noun phrase is short: what follows it is told', () => {
    expect(feats('It was much stronger than tear gas and we all coughed.')).toEqual({ cough: true });
    expect(feats('It burned worse than pepper spray, my eyes were streaming.')).toMatchObject({ lacrimation: true });
  });
  it('the gas itself, told outside the comparison, stays', () => {
    expect(feats('The police fired tear gas, it was worse than anything.')).toMatchObject({ delivery_police_canister: true });
    expect(feats('Police fired tear gas; it was worse than last year.')).toMatchObject({ delivery_police_canister: true });
    expect(feats('More than 20 people vomited.')).toEqual({ vomiting: true });
    expect(feats('His cough got worse than before.')).toEqual({ cough: true });
  });
});

describe('review s14: lexicon false friends', () => {
  it('sludge is mud or waste; SLUDGE with a clinical head word is the cholinergic syndrome', () => {
    expect(feats('There was sludge in the drain.')).toEqual({});
    expect(feats('A wave of red sludge poured in.')).toEqual({});
    expect(feats('The patient showed SLUDGE syndrome.')).toEqual({ hypersalivation: true });
    expect(feats('Classic SLUDGE signs were seen.')).toEqual({ hypersalivation: true });
  });
  it('Arabic حمام (bath, pigeons) is no rash; حمامى with a skin word is', () => {
    expect(feats('دخلت الحمام وغسلت وجهي.')).toEqual({});
    expect(feats('كان في حمام على السطح')).toEqual({});
    expect(feats('ظهرت حمامى على الجلد')).toEqual({ skin_rash_itching: true });
  });
  it('spoken ميت مرة (a hundred times) is no dead animal', () => {
    expect(feats('شفنا الطيور ميت مرة فوق السطح.')).toEqual({});
    expect(feats('الكلاب بتنبح ميت مرة بالليل.')).toEqual({});
    expect(feats('لقينا الطيور ميتة على السطح.')).toEqual({ dead_animals: true });
  });
  it('rotten apples are neither apple blossom nor rotten eggs (EN/RU/AR)', () => {
    expect(feats('A smell of rotten apples.')).toEqual({});
    expect(feats('Пахло гнилыми яблоками.')).toEqual({});
    expect(feats('ريحة تفاح فاسد')).toEqual({});
    expect(feats('A smell of apples.')).toEqual({ odour_apple_blossom: true });
    expect(feats('A smell of rotten eggs.')).toEqual({ odour_rotten_eggs: true });
    expect(feats('Пахло яблоками.')).toEqual({ odour_apple_blossom: true });
  });
  it('Russian рваться (burst, tear, strive) is no vomiting', () => {
    expect(feats('Никто и не рвётся туда ехать.')).toEqual({});
    expect(feats('Он рвался домой.')).toEqual({});
    expect(feats('Рядом рвались снаряды.')).not.toHaveProperty('vomiting');
    expect(feats('Его рвало, потом рвались снаряды.')).toMatchObject({ vomiting: true });
    expect(feats('Его рвёт.')).toEqual({ vomiting: true });
    expect(feats('Меня вырвало.')).toEqual({ vomiting: true });
  });
});

describe('review s14: the dispersal of a crowd without a gas is no gas delivery', () => {
  it('a rally dispersed (EN/RU/AR) names no canister', () => {
    expect(feats('The police dispersed an opposition rally.')).toEqual({});
    expect(feats('Полиция разогнала митинг оппозиции.')).toEqual({});
    expect(feats('ОМОН разгонял толпу дубинками.')).not.toHaveProperty('delivery_police_canister');
  });
  it('a dispersal with a gas is still the police gas', () => {
    expect(feats('Police dispersed the rally with tear gas.')).toMatchObject({ delivery_police_canister: true });
    expect(feats('ОМОН разогнал митинг газом, люди кашляли.')).toMatchObject({ delivery_police_canister: true, cough: true });
    expect(feats('استخدمت الشرطة الغاز لتفريق المتظاهرين.')).toMatchObject({ delivery_police_canister: true });
  });
});

describe('lay incendiary: bits in a wound that smoke or glow when the dressing comes off', () => {
  it('is the burning particles sign, told without a fire word (EN/RU/AR)', () => {
    expect(feats('There were specks in the burn on his leg that kept smoking when the dressing came off.')).toMatchObject({ burning_particles: true });
    expect(feats('В ране у девочки крупинки, которые тлели и светились под бинтом.')).toMatchObject({ burning_particles: true });
    expect(feats('في الجرح حبيبات صغيرة ترجع تدخن كل ما نشيل الضماد.')).toMatchObject({ burning_particles: true });
  });
  it('smoking fragments with no wound or burn are no such sign', () => {
    expect(feats('Fragments of the shell were smoking on the road.')).not.toHaveProperty('burning_particles');
    expect(feats('Кусочки металла дымились на асфальте.')).not.toHaveProperty('burning_particles');
    expect(feats('قطع الصاروخ كانت تدخن بالشارع.')).not.toHaveProperty('burning_particles');
  });
});

describe('lay toxic-industrial: the farmyard urine smell is ammonia', () => {
  it('a hog barn, cowshed or sheep pen smell (EN/RU/AR)', () => {
    expect(feats("The whole yard reeked like a hog barn's piss pit.")).toEqual({ odour_ammonia: true });
    expect(feats('Пахло как в коровнике.')).toEqual({ odour_ammonia: true });
    expect(feats('ريحة متل الزريبة')).toEqual({ odour_ammonia: true });
  });
  it('a barn named without a smell is no odour', () => {
    expect(feats('We walked past the hog barn.')).toEqual({});
    expect(feats('Мы прошли мимо коровника.')).toEqual({});
  });
});

describe('spoken Arabic hearsay: "صار حكي إنو", "بيقولوا إنو"', () => {
  it('what people say happened is a rumour, not a finding', () => {
    expect(feats('صار حكي إنو المصنع اللي جنب البلد طلّع غاز بالهوا.')).toEqual({});
    expect(feats('بيقولوا إنو في غاز سام طلع من المعمل.')).toEqual({});
  });
  it('talk with no content, or what was seen, still asserts', () => {
    expect(feats('صار حكي كتير بس الناس كانت تسعل.')).toEqual({ cough: true });
    expect(feats('طلع غاز من المعمل وصار الناس يسعلوا.')).toMatchObject({ cough: true, delivery_industrial_leak: true });
  });
});
