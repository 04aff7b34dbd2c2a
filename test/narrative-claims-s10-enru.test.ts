/**
 * Session 10 (English and Russian claim reader, room claims-enru), on invented sentences: each mechanism with a case
 * that fires and a hard negative that must not.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed;
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared;

describe('responsibility laid with the noun first (RU)', () => {
  it('"ответственность / вину за ... возложили / возлагают / возложена на X" names X', () => {
    expect(blamed('Ответственность за химическую атаку возложили на боевиков.')).toBe('opposition');
    expect(blamed('Вину за химическую атаку в Думе возлагают на правительство Сирии.')).toBe('government');
    expect(blamed('Ответственность за химическую атаку была возложена на террористов.')).toBe('opposition');
    expect(blamed('Ответственность за теракт Россия возлагает на Украину.')).toBe('ukraine');
    expect(blamed('Ответственность за атаку лежит на боевиках.')).toBe('opposition');
  });
  it('a bare "возложили" without its noun lays nothing (wreaths, flowers)', () => {
    expect(blamed('Участники возложили цветы к мемориалу жертв химической атаки в Халабдже.')).toBeNull();
  });
});

describe('"за X стоят Y": the subject after the verb (RU)', () => {
  it('names Y', () => {
    expect(blamed('За химической атакой стоят боевики.')).toBe('opposition');
    expect(blamed('За отравлением Навального стоят западные спецслужбы, считает Захарова.')).toBe('west');
  });
  it('"стоит отметить", "стоят на позициях" stand behind nothing', () => {
    expect(blamed('Стоит отметить, что химическая атака произошла в Думе.')).toBeNull();
    expect(blamed('Боевики стоят на позициях у Алеппо, где произошла химическая атака.')).toBeNull();
  });
});

describe('a modal and an infinitive deed with the subject after them (RU)', () => {
  it('"могли организовать британские спецслужбы", "решили нанести ВСУ"', () => {
    expect(blamed('Отравление Скрипаля могли организовать британские спецслужбы.')).toBe('west');
    expect(blamed('Удар по Донецку решили нанести ВСУ.')).toBe('ukraine');
    expect(blamed('Химическую атаку в Хан-Шейхуне могли устроить боевики.')).toBe('opposition');
  });
  it('a modal with a verb that is no deed names no one', () => {
    expect(blamed('Химическую атаку могли расследовать российские военные.')).toBeNull();
  });
  it('a present modal of staging or attacking announces it; a past one and a use forecast do not', () => {
    expect(prepared('Провокацию с хлором могут устроить боевики в ближайшие дни.')).toBe(true);
    expect(prepared('Боевики могут инсценировать химическую атаку в Идлибе.')).toBe(true);
    expect(prepared('Химическую атаку в Хан-Шейхуне могли устроить боевики.')).toBe(false);
    expect(prepared('Могут провести расследование химической атаки.')).toBe(false);
  });
  it('a threat conditional on a use announces no attack: the chemical weapon is in the condition (code review s10 B4)', () => {
    expect(prepared('США могут атаковать Сирию, если там применят химическое оружие.')).toBe(false);
    expect(prepared('Если там применят химическое оружие, США могут атаковать Сирию.')).toBe(false);
    // a parenthetical condition that does not hold the object keeps the forecast
    expect(prepared('Химическую атаку, если верить разведке, могут устроить боевики.')).toBe(true);
  });
});

describe('foreign specialists and services are `west` (knowledge/claim-parties.yaml; v8 labelling call)', () => {
  it('as the stagers or organisers', () => {
    expect(blamed('Химическую атаку организовали иностранные специалисты.')).toBe('west');
    expect(blamed('Foreign specialists staged the chemical attack.')).toBe('west');
  });
  it('as experts finding a use they are no culprit ("foreign experts" is not listed)', () => {
    expect(blamed('Foreign experts found that sarin was used in the attack.')).toBeNull();
  });
});

describe("a state's forces and police named with the state (EN/RU)", () => {
  it('a possessive or a bare state name before military, army, junta', () => {
    expect(blamed("Myanmar's military used chemical weapons against rebels.")).toBe('other');
    expect(blamed('The Myanmar military used chemical weapons against rebels.')).toBe('other');
    expect(blamed("Ethiopia's army is accused of using chemical weapons in Tigray.")).toBe('other');
  });
  it('"the military" with no state named is no party', () => {
    expect(blamed('The military used tear gas against the crowd.')).toBeNull();
  });
  it('security forces, interior-ministry officers and riot-control means (RU)', () => {
    expect(blamed('В Турции продолжаются протесты. Полиция применила против протестующих спецсредства.')).toBe('other');
    expect(blamed('В Иране продолжаются протесты. Силы безопасности применили слезоточивый газ.')).toBe('other');
    expect(blamed('Протесты в Тбилиси: сотрудники МВД пустили газ по толпе.')).toBe('other');
  });
});

describe('admissions and evidence (EN/RU)', () => {
  it('an admission of one\'s own deed keeps the speaker as its subject', () => {
    expect(blamed('The US military admitted using white phosphorus in Fallujah.')).toBe('west');
    expect(blamed('The Pentagon admits to firing white phosphorus shells in Fallujah.')).toBe('west');
    expect(blamed('Russia admitted that militants used chlorine in Aleppo.')).toBe('opposition');
  });
  it('evidence pointing to a party, the hallmarks of a party', () => {
    expect(blamed('The poisoning bears all the hallmarks of a Kremlin operation.')).toBe('russia');
    expect(blamed('In the Navalny poisoning, the evidence points to the FSB.')).toBe('russia');
    expect(blamed("The OPCW report on the chlorine attack points to gaps in Russia's account.")).not.toBe('russia');
    expect(blamed('В деле об отравлении улики указывают на ГРУ.')).toBe('russia');
  });
  it('a cult named as the culprit (knowledge: Aum Shinrikyo, opposition by the v12 call)', () => {
    expect(blamed('The Aum Shinrikyo cult released sarin on the Tokyo subway in 1995.')).toBe('opposition');
  });
});

describe('Russian accusations without a subject, instrumental heads, approvals', () => {
  it('a singular party before a plural "обвиняют / обвинили" is the accused', () => {
    expect(blamed('Израиль обвиняют в применении белого фосфора в секторе Газа.')).toBe('other');
    expect(blamed('Асада обвиняют в химической атаке.')).toBe('government');
    // a plural subject accuses the party after the verb
    expect(blamed('США обвинили Россию в применении хлорпикрина.')).toBe('russia');
    expect(blamed('Боевики обвинили в химической атаке сирийскую армию.')).toBe('government');
  });
  it('a genitive party after an instrumental head noun is the agent of a passive deed', () => {
    expect(blamed('Литвиненко был отравлен полонием агентами ФСБ, заключил британский суд.')).toBe('russia');
    // "with the agents of" is company, not agency
    expect(blamed('Журналист встретился с агентами ФСБ, а позже был отравлен.')).toBeNull();
  });
  it('approving or ordering a killing', () => {
    expect(blamed('Британское расследование: Путин, вероятно, одобрил убийство Литвиненко.')).toBe('russia');
  });
});

describe('knowledge: the Houthis, Haftar and Hamas in Russian', () => {
  it('are other', () => {
    expect(blamed('Хуситы обстреляли Саудовскую Аравию ракетами.')).toBe('other');
    expect(blamed('The Houthis fired missiles at Saudi Arabia.')).toBe('other');
    expect(blamed('Хафтара обвиняют в обстрелах аэропорта Триполи.')).toBe('other');
  });
});

describe('making or owning a weapon is no incident (v12 call 6)', () => {
  it('an accusation of manufacturing chemical weapons blames no one', () => {
    expect(blamed('Yemeni government accuses the Houthis of manufacturing chemical weapons.')).toBeNull();
    expect(readClaims('Yemeni government accuses the Houthis of manufacturing chemical weapons.', lexicon).claims.staged).toBeNull();
  });
  it('using them is one', () => {
    expect(blamed('Yemeni government accuses the Houthis of using chemical weapons.')).toBe('other');
  });
});

describe('passive reports and suspicion', () => {
  it('"X is believed / said to be behind": X is the subject, in reported voice', () => {
    expect(blamed('Syrian government forces are believed to be behind the chlorine attack.')).toBe('government');
    expect(blamed('Russia is widely believed to be responsible for the Skripal poisoning.')).toBe('russia');
    expect(blamed('The rebels were said to have used chlorine in the attack.')).toBe('opposition');
    expect(readClaims('The rebels were said to have used chlorine in the attack.', lexicon).voice).toBe('reports');
  });
  it('suspicion charges like an accusation', () => {
    expect(blamed('Russian agents are suspected of poisoning Navalny.')).toBe('russia');
    expect(blamed('Двух офицеров ГРУ подозревают в отравлении Скрипалей.')).toBe('russia');
    expect(blamed('В отравлении Навального подозревают сотрудников ФСБ.')).toBe('russia');
    expect(blamed('Police suspected the attack was a hoax.')).toBeNull();
  });
});

describe('bearing the responsibility with the subject after it, and "делом рук" (RU)', () => {
  it('"Ответственность за X несет Y" names Y', () => {
    expect(blamed('Ответственность за обстрел несет киевский режим.')).toBe('ukraine');
    expect(blamed('Вашингтон несет ответственность за химическую провокацию.')).toBe('west');
  });
  it('"несет" with no responsibility before it bears nothing', () => {
    expect(blamed('Боевики несут потери после химической атаки в Алеппо.')).toBeNull();
  });
  it('hedged "может быть делом рук X"', () => {
    expect(blamed('Химическая атака в Алеппо может быть делом рук боевиков.')).toBe('opposition');
  });
});
