/**
 * Session 15 (room fixan): the session-15 review's findings on room agnone's reader changes. Every sentence here was written
 * for this test; none is taken from an evaluation file. Each group has variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('review R1: a comparison drops only an agent, a delivery or a munition as its standard', () => {
  it('a sign compared with another sign is told (EN/RU/AR)', () => {
    expect(feats('The coughing was worse than the vomiting.')).toEqual({ cough: true, vomiting: true });
    expect(feats('The burning in my eyes was worse than the cough.')).toEqual({ burning_eyes: true, cough: true });
    expect(feats('The vomiting was worse than the headache.')).toEqual({ vomiting: true, headache: true });
    expect(feats('Кашель был хуже, чем рвота.')).toEqual({ cough: true, vomiting: true });
    expect(feats('السعال كان أشد من التقيؤ')).toEqual({ cough: true, vomiting: true });
  });
  it('an agent or a munition as the standard is still no exposure to it', () => {
    expect(feats('It was worse than tear gas.')).toEqual({});
    expect(feats('Это было хуже, чем слезоточивый газ.')).toEqual({});
    expect(feats('It was worse than the shelling, everyone coughed.')).toEqual({ cough: true });
  });
  it('"الغاز المسيل للدموع" names tear gas, not tearing; tearing told beside it stays', () => {
    expect(feats('أطلقت الشرطة الغاز المسيل للدموع')).toEqual({ delivery_police_canister: true });
    expect(feats('كان أسوأ من الغاز المسيل للدموع، وكلنا سعلنا.')).toEqual({ cough: true });
    expect(feats('الغاز المسيل للدموع وعيوننا دمعت')).toMatchObject({ lacrimation: true });
  });
});

describe('review R2/R30: only the speaker disclaiming the condition voids a past condition', () => {
  it('signs in the main clause, and conditions whose main clause is about others, are told', () => {
    expect(feats('If people breathed the gas, they vomited and could not see.')).toEqual({ vomiting: true, blurred_vision: true });
    expect(feats('If anyone went outside, they could not see for the tears.')).toMatchObject({ blurred_vision: true });
    expect(feats('If the children vomited, the nurses did not know what to do.')).toEqual({ vomiting: true });
    expect(feats('If someone coughed, the soldiers did not say anything and kept walking.')).toEqual({ cough: true });
    expect(feats('If anyone went outside, I could not see.')).toEqual({ blurred_vision: true });
    expect(feats('If anyone vomited, I never saw it, but my eyes burned.')).toEqual({ burning_eyes: true });
    expect(feats('Если детей рвало, врачи не знали, что делать.')).toEqual({ vomiting: true });
  });
  it('the Russian concessive restricting who ("то только дети") asserts the sign', () => {
    expect(feats('Если кто-то и кашлял, то только дети.')).toEqual({ cough: true });
    expect(feats('Если кого-то и рвало, то только детей.')).toEqual({ vomiting: true });
  });
  it('the speaker or "nobody" disclaiming the condition still voids it', () => {
    expect(feats('If anyone vomited, I did not see it.')).toEqual({});
    expect(feats("If anyone vomited, I didn't notice.")).toEqual({});
    expect(feats('If there was a smell, nobody told me about it.')).toEqual({});
    expect(feats('Если кого-то и рвало, я этого не видел.')).toEqual({});
    expect(feats('Если кто-то кашлял, никто мне об этом не сказал.')).toEqual({});
  });
});

describe('review R36: spoken Arabic "they say that" is hearsay only without a named speaker', () => {
  it('a named speaker\'s report is testimony (dialect, MSA, English)', () => {
    expect(feats('المصابين بيقولوا إنو الريحة متل الكلور وعيونهم عم تحرقهم')).toEqual({ odour_bleach: true, burning_eyes: true });
    expect(feats('الناس عم يحكوا إنو عيونهم عم تحرقهم')).toEqual({ burning_eyes: true });
    expect(feats('قال المصابون إن عيونهم تحرقهم')).toEqual({ burning_eyes: true });
    expect(feats('The injured say that it smelled like chlorine and their eyes burned.')).toEqual({ odour_bleach: true, burning_eyes: true });
  });
  it('impersonal talk is still a rumour', () => {
    expect(feats('بيقولوا إنو الناس ماتوا بالغاز')).toEqual({});
    expect(feats('صار حكي إنو الأطفال استفرغوا')).toEqual({});
    expect(feats('وبيقولوا إنو الأطفال استفرغوا')).toEqual({});
    expect(feats('بس عم يحكوا إنو الأطفال استفرغوا')).toEqual({});
  });
});

describe('review R3: a Russian noun in -ла/-ло/-ли does not end a prevented object', () => {
  it('the prophylaxis object stays unasserted past горла, тела, масла', () => {
    expect(feats('Для профилактики отёка горла и рвоты дали таблетки.')).toEqual({});
    expect(feats('Во избежание ожогов тела и рвоты детей раздели.')).toEqual({});
    expect(feats('Для профилактики рвоты и ожогов от масла ввели препарат.')).toEqual({});
  });
  it('the main verb still ends it: what follows is told', () => {
    expect(feats('Для профилактики судорог ввели атропин.')).toEqual({ antidote_atropine: true });
    expect(feats('Для профилактики судорог ввели атропин, у детей была рвота.')).toEqual({ vomiting: true, antidote_atropine: true });
    expect(feats('Во избежание рвоты детей вынесли, все кашляли.')).toEqual({ cough: true });
  });
});

describe('review R37: "a wee bit" is no urine smell', () => {
  it('"wee" as small reads no ammonia', () => {
    expect(feats('It smelled a wee bit like garlic.')).toEqual({ odour_garlic: true });
    expect(feats('The smell was a wee bit sweet, like bleach.')).not.toHaveProperty('odour_ammonia');
    expect(feats('There was a wee smell of chlorine.')).toEqual({ odour_bleach: true });
  });
  it('a smell of or like wee is still the ammonia odour', () => {
    expect(feats('The stairwell smelled of wee.')).toEqual({ odour_ammonia: true });
    expect(feats('It smelled like wee, our eyes stung.')).toMatchObject({ odour_ammonia: true });
  });
});

describe('review R7: серой before a preposition is sulphur', () => {
  it('a preposition between серой and the noun leaves the sulphur smell', () => {
    expect(feats('Пахло серой от дыма.')).toEqual({ odour_rotten_eggs: true });
    expect(feats('Пахло серой из дымохода.')).toEqual({ odour_rotten_eggs: true });
    expect(feats('Пахло серой в дыму, люди кашляли.')).toEqual({ odour_rotten_eggs: true, cough: true });
    expect(feats('Пахло серой и дымом.')).toMatchObject({ odour_rotten_eggs: true });
  });
  it('серой agreeing with the noun, or with an adjective before it, is still grey', () => {
    expect(feats('Пахло серой пылью.')).not.toHaveProperty('odour_rotten_eggs');
    expect(feats('Пахло серой густой пылью.')).not.toHaveProperty('odour_rotten_eggs');
    expect(feats('Пахло серым дымом.')).toEqual({ odour_burning: true });
  });
});

describe('review R4: a failed prevention asserts its object; a recurrence without "from" is a recurrence', () => {
  it('failed, could not, unable, не смогли предотвратить: the sign happened', () => {
    expect(feats('The doctors failed to prevent the seizures.')).toEqual({ convulsions: true });
    expect(feats('They could not prevent the vomiting.')).toEqual({ vomiting: true });
    expect(feats('They were unable to prevent the vomiting.')).toEqual({ vomiting: true });
    expect(feats('Врачи не смогли предотвратить судороги.')).toEqual({ convulsions: true });
    expect(feats('They gave diazepam to prevent the seizures coming back.')).toEqual({ convulsions: true });
  });
  it('a prophylaxis still asserts nothing', () => {
    expect(feats('They gave diazepam to prevent seizures.')).toEqual({});
    expect(feats('They tried to prevent the vomiting.')).toEqual({});
    expect(feats('They gave atropine to prevent the convulsions.')).toEqual({ antidote_atropine: true });
  });
});

describe('review R5: "was false that" and "ложь, что" deny only as a predicate over a clause', () => {
  it('a determiner "that" and a noun "ложь" with a relative clause deny nothing', () => {
    expect(feats('The alarm was false that night and people vomited in the street.')).toMatchObject({ vomiting: true });
    expect(feats('Вся ложь, что говорили по телевизору, не меняет того, что детей рвало.')).toEqual({ vomiting: true });
  });
  it('the predicative denials still deny (EN/RU)', () => {
    expect(feats('It is not true that people vomited.')).toEqual({ vomiting: false });
    expect(feats('It was false that people vomited.')).toEqual({ vomiting: false });
    expect(feats('Это ложь, что людей рвало.')).toEqual({ vomiting: false });
    expect(feats('Ложь, что людей рвало.')).toEqual({ vomiting: false });
    expect(feats('Всё это ложь, будто людей рвало.')).toEqual({ vomiting: false });
  });
});

describe('review R8: a goods wagon is a rail tank car only with a chemical load', () => {
  it('a wagon of grain is no tank car', () => {
    expect(feats('Товарные вагоны с зерном стояли на путях, пахло хлоркой.')).toEqual({ odour_bleach: true });
  });
  it('a wagon of chlorine or ammonia is', () => {
    expect(feats('Товарные вагоны с хлором сошли.')).toMatchObject({ setting_rail_tank_car: true });
    expect(feats('Товарный вагон с аммиаком стоял на станции.')).toMatchObject({ setting_rail_tank_car: true });
  });
});
