/**
 * Session 12 (room para): lay accounts in English, Russian and Arabic (docs/agent-differential.md §7.00025). Every sentence
 * here is invented for the test (none is an evaluation item): the burning fill of an incendiary told as fire that falls,
 * pours or drips, a person burned told as an event, a place catching fire, and the false friends kept out.
 */
import { capabilities } from '../src/app/workspace.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(capabilities.knowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};
const top = (text: string) => runDifferential(kb, [{ id: 't', text, role: 'witness' }]).top.class;

describe('incendiary fill told in lay words', () => {
  it('fire that falls, pours or drips from above is a burning fill', () => {
    expect(feats('Pieces of fire fell on the tents.')).toMatchObject({ burning_particles: true });
    expect(feats('С неба сыпался огонь.')).toMatchObject({ burning_particles: true });
    expect(feats('С беспилотника лился огонь прямо на огороды.')).toMatchObject({ burning_particles: true });
    expect(feats('نزلت نار من السما على البيوت.')).toMatchObject({ burning_particles: true });
    expect(feats('سقطت مادة ملتهبة على الخيام.')).toMatchObject({ burning_particles: true });
  });
  it('molten metal and a fire that water does not put out are the incendiary gel', () => {
    expect(feats('Капало, как расплавленный металл, водой не затушить.')).toMatchObject({ delivery_incendiary: true });
    expect(feats('كانت تنقط متل الحديد الذايب.')).toMatchObject({ delivery_incendiary: true });
  });
  it('whole accounts lead with the incendiary class', () => {
    expect(top('Pieces of fire fell on the tents and set them alight; children were burned.')).toBe('incendiary');
    expect(top('С неба сыпался огонь, крыши загорелись, брат сильно обжёгся.')).toBe('incendiary');
    expect(top('نزلت نار من السما على البيوت، والسطوح ولعت، وأخوي انحرق إيده.')).toBe('incendiary');
  });
  it('a fire with no weapon told stays a fire (class none)', () => {
    expect(top('Всё горело, крыша занялась, соседи выбежали на улицу.')).toBe('none');
  });
  it('water cannon that made tear gas worse is no incendiary', () => {
    expect(feats('The police fired tear gas and the water cannon made it worse.').delivery_incendiary).toBeUndefined();
  });
});

describe('burns and fires told as events', () => {
  it('a person burned is a burn', () => {
    expect(feats('Мой брат обжёгся.')).toMatchObject({ burns: true });
    expect(feats('وأخوي انحرق.')).toMatchObject({ burns: true });
    expect(feats('My cousin got badly burned.')).toMatchObject({ burns: true });
  });
  it('a burning sensation of the eyes is not a burn', () => {
    expect(feats('Глаза обожгло, слёзы текли.').burns).toBeUndefined();
  });
  it('a place catching fire is a fire', () => {
    expect(feats('Крыша занялась, всё горело.')).toMatchObject({ fire_smoke: true });
    expect(feats('البيوت ولعت.')).toMatchObject({ fire_smoke: true });
  });
});

describe('a household gas cylinder that exploded', () => {
  it('is a blast, not a chlorine cylinder', () => {
    for (const t of ['A propane bottle blew up in the kitchen of the café.', 'На кухне взорвался газовый баллон.', 'انفجرت جرة الغاز بالمطبخ.', 'انفجرت أنبوبة في العمارة.']) {
      const f = feats(t);
      expect(f.delivery_cylinder, t).toBeUndefined();
      expect(f.powerful_blast, t).toBe(true);
    }
  });
  it('a cylinder dropped from a helicopter, or with a yellow cloud, stays the chlorine delivery', () => {
    expect(feats('A helicopter dropped a gas cylinder that exploded on the roof.')).toMatchObject({ delivery_cylinder: true });
    expect(feats('Газовый баллон взорвался, и поползло жёлтое облако.')).toMatchObject({ delivery_cylinder: true });
    expect(feats('Газовый баллон взорвался, и поползло жёлтое облако.').powerful_blast).toBeUndefined();
  });
  it('a whole account of a gas-bottle blast with cuts and dust leads with none', () => {
    expect(top('Взорвался газовый баллон у соседей, людей порезало стеклом, кашляли от пыли.')).toBe('none');
  });
});

describe('negation: whose sign, and of everyone', () => {
  it("'nobody's eyes' and 'no one's pupils' deny the sign", () => {
    expect(feats("Nobody's eyes watered.")).toMatchObject({ lacrimation: false });
    expect(feats("No one's pupils were small.")).toMatchObject({ miosis: false });
    expect(feats("Everybody's eyes watered.")).toMatchObject({ lacrimation: true });
  });
  it("Russian 'ни у кого не было' after the sign denies it", () => {
    expect(feats('Судорог ни у кого не было.')).toMatchObject({ convulsions: false });
    expect(feats('Слёз ни у кого не было, судорог тоже.')).toMatchObject({ lacrimation: false });
    expect(feats('Судороги были у всех.')).toMatchObject({ convulsions: true });
  });

  it("'not one', 'not a single' and spoken Arabic 'did not have' deny a list of signs", () => {
    expect(feats('Not one of them was sweating or drooling.')).toMatchObject({ sweating: false, hypersalivation: false });
    expect(feats('Not a single child had pinpoint pupils or drooling.')).toMatchObject({ miosis: false, hypersalivation: false });
    expect(feats('ما كان عنده اختلاجات أو تعرق.')).toMatchObject({ fasciculations: false, sweating: false });
    expect(feats('معندوش تعرق.')).toMatchObject({ sweating: false });
    expect(feats('كان عنده اختلاجات وتعرق.')).toMatchObject({ fasciculations: true, sweating: true });
  });
});

describe('the struck-match smell of sulphur dioxide', () => {
  it('is the sulphur odour, not a smell of burning', () => {
    for (const t of ['It smelled like burnt matches by the mill.', 'Воняло жжёными спичками у комбината.', 'ريحة متل الكبريت المحروق من المعمل.']) {
      const f = feats(t);
      expect(f.odour_rotten_eggs, t).toBe(true);
      expect(f.odour_burning, t).toBeUndefined();
    }
  });
  it('a smell of burning wood stays burning', () => {
    expect(feats('It smelled like burning wood.')).toMatchObject({ odour_burning: true });
  });
  it('a burnt smell in Arabic is no burn injury', () => {
    expect(feats('ريحة محروق بالمطبخ.').burns).toBeUndefined();
  });
  it('a smelter account with a struck-match taste leads with toxic-industrial', () => {
    expect(top('Near the smelter the air tasted of struck matches, our throats were sore and we coughed.')).toBe('toxic-industrial');
  });
});

describe('a smell denied, then another smell or a new clause', () => {
  it("'no gas smell, only petrol' denies the gas smell, not every smell", () => {
    expect(feats('ما كان في ريحة غاز، بس ريحة بنزين وحريق.').odour_none).toBeUndefined();
    expect(feats('Запаха газа не было, только запах гари.')).toMatchObject({ odour_burning: true });
    expect(feats('Запаха газа не было, только запах гари.').odour_none).toBeUndefined();
  });
  it("'no smell, but everyone coughed' keeps the absence of smell", () => {
    expect(feats('There was no smell, but everyone started coughing.')).toMatchObject({ odour_none: true, cough: true });
    expect(feats('No smell but burning wood.').odour_none).toBeUndefined();
  });
});

describe('barrels of fire and fire that clings', () => {
  it('are the incendiary delivery, not a chlorine cylinder', () => {
    for (const t of ['رموا براميل نار على المخيم.', 'They dropped barrels of fire on the camp.']) {
      const f = feats(t);
      expect(f.delivery_incendiary, t).toBe(true);
      expect(f.delivery_cylinder, t).toBeUndefined();
    }
    expect(feats('Огонь прилипал к коже.')).toMatchObject({ delivery_incendiary: true });
  });
  it('a barrel with a yellow cloud stays the chlorine delivery', () => {
    expect(feats('The helicopter dropped a barrel and a yellow cloud came out.')).toMatchObject({ delivery_cylinder: true });
  });
});

describe('Russian absence with the verb left out, and signs that passed', () => {
  it("'Кашля ни у кого' denies the cough", () => {
    expect(feats('Кашля ни у кого, глаза нормальные.')).toMatchObject({ cough: false });
    expect(feats('Кашель ни у кого не прошёл до вечера.')).toMatchObject({ cough: true });
  });
  it('a time phrase before a verb of passing is no delayed onset', () => {
    const ar = feats('عيوني دمعت، وبعد نص ساعة بالهوا راحت.');
    expect(ar.onset_delayed).toBeUndefined();
    expect(ar).toMatchObject({ recovery_fresh_air: true });
    expect(feats('Our eyes watered and an hour later it went away.').onset_delayed).toBeUndefined();
    // راحت with a place after it is 'she went', the delay stands
    expect(feats('بعد ساعة راحت على المستشفى وصارت تستفرغ.')).toMatchObject({ onset_delayed: true });
  });
});

describe('crying and trembling told together as fear', () => {
  it('are no tearing and no twitching', () => {
    for (const t of ['The girls were shaking and crying.', 'Другие трясутся, ревут, руки немеют.', 'البنات يرتعشوا ويبكوا.']) {
      const f = feats(t);
      expect(f.lacrimation, t).toBeUndefined();
      expect(f.fasciculations, t).toBeUndefined();
    }
  });
  it('crying in gas, tearing eyes and twitching muscles stay', () => {
    expect(feats('Everyone was crying and coughing from the gas.')).toMatchObject({ lacrimation: true });
    expect(feats('His muscles were twitching and he was drooling.')).toMatchObject({ fasciculations: true });
    expect(feats('Eyes watering, everyone screaming.')).toMatchObject({ lacrimation: true });
  });
  it('a bus outbreak of shaking, crying girls after a strange smell leads with none', () => {
    expect(top('في الباص وحدة قالت في ريحة غريبة ووقعت، وبعدها البنات يرتعشوا ويبكوا، والدفاع المدني ما لقى شي، وبالهوا رجعوا طيبين.')).toBe('none');
  });
});

describe('checks that found nothing, in everyday words', () => {
  it('read as no agent detected', () => {
    for (const t of ['The firemen came with meters: zero readings everywhere.', 'Спасатели приехали, приборы ничего не показали.', 'الدفاع المدني فتشوا المدرسة وما لقوا شي.']) expect(feats(t), t).toMatchObject({ no_agent_detected: true });
  });
});

describe('white phosphorus told in lay words', () => {
  it('a burst in the air told place first, the colour after the noun, a fill that smokes again', () => {
    expect(feats('В воздухе разорвалось, дым белый, густой.')).toMatchObject({ airburst: true, cloud_white: true });
    expect(feats('Облако было жёлтое.')).toMatchObject({ cloud_yellow_green: true });
    expect(feats('Сняли повязку, а рана опять задымилась.')).toMatchObject({ burning_particles: true });
    expect(feats('The wound started smoking again when they took the bandage off.')).toMatchObject({ burning_particles: true });
    expect(feats('الشظية رجعت تدخن بالجرح.')).toMatchObject({ burning_particles: true });
    expect(feats('انفجرت بالجو ونزلت خيوط بيضاء.')).toMatchObject({ airburst: true, burning_particles: true });
  });
  it("'لا تزال' is 'still', not a denial", () => {
    expect(feats('جزيئات لا تزال تدخن وتشتعل من جديد.')).toMatchObject({ burning_particles: true });
    expect(feats('لا تشتعل من جديد.')).toMatchObject({ burning_particles: false });
  });
  it('a Russian account of an airburst with white threads and a re-igniting wound leads with incendiary', () => {
    expect(top('Над посёлком в воздухе разорвалось, вниз пошли огненные нити, дым белый. У соседа в плече горит и горит, опять задымилось.')).toBe('incendiary');
  });
});

describe('heat told in lay words (heat_or_crowding)', () => {
  it('reads the heat as the cause in three languages, and sweating in it is the heat\'s', () => {
    expect(feats('People fainted from the heat and were sweating heavily.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('People fainted from the heat and were sweating heavily.').sweating).toBeUndefined();
    expect(feats('Жара под сорок, люди падали в обморок.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('بالمشاية والحر خمسين، عمي وقع.')).toMatchObject({ heat_or_crowding: true });
  });
  it('sweating with no heat named stays a sign', () => {
    expect(feats('He was sweating heavily and drooling.')).toMatchObject({ sweating: true });
  });
  it('a heat collapse with vomiting and sweating leads with none', () => {
    expect(top('It was forty degrees in the hall, people fainted from the heat, some vomited, they were sweating heavily.')).toBe('none');
    expect(top('Жара под сорок, в зале люди падали в обморок от жары, потели, кого-то вырвало.')).toBe('none');
  });
});

describe('sparks like fireworks, and firewood in a smell', () => {
  it('the fireworks image of a burning fill is read in three languages', () => {
    expect(feats('The drone dropped something that threw out sparks like fireworks.')).toMatchObject({ burning_particles: true });
    expect(feats('С дрона сыпалось как салют.')).toMatchObject({ burning_particles: true });
    expect(feats('رمت شي صار يطق شرار متل الألعاب النارية.')).toMatchObject({ burning_particles: true });
  });
  it('the smell of burnt firewood is no stove', () => {
    expect(feats('ما في ريحة غير ريحة الحطب المحروق.').combustion_appliance).toBeUndefined();
    expect(feats('A generator was running in the garage all night.')).toMatchObject({ combustion_appliance: true });
  });
});
