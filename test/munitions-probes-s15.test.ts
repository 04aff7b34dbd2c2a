/**
 * Session 15 (room mun): descriptions a new user would bring, written for this test in the words of OPCW/UN reports
 * and news (not from any split), in English, Russian and Arabic: improvised and Volcano rockets, a gas cylinder with
 * its harness and wheels, an air-dropped barrel, 120 mm mortars, 122 mm Grad and BM-21, the KhAB-250 chemical bomb, a
 * tear-gas grenade, a 40 mm launcher, drone-dropped K-51 / RG-VO grenades, a hand grenade; the Arabic "N من نوع X"
 * (an N of the type X).
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadMunitionKb } from '../src/app/agents.js';
import { readDelivery } from '../src/core/munitions/munition-compatibility.js';

const kb = loadMunitionKb(packageKnowledge);
const read = (t: string) => readDelivery(kb, t);

const CASES: [string, string | string[], number?][] = [
  ['An improvised rocket-assisted munition, a so-called Volcano, with a large-diameter warhead, struck the street', 'improvised-rocket'],
  ['самодельная ракета «Вулкан» с большой боевой частью упала во дворе', 'improvised-rocket'],
  ['صاروخ محلي الصنع من نوع بركان سقط في الحي', 'improvised-rocket'],
  ['قصفت قوات النظام الحي بعشرة صواريخ من نوع الفيل', 'improvised-rocket'],
  ['an industrial gas cylinder fitted with a harness and wheels was found on the roof, its valve broken', 'cylinder-airdrop'],
  ['промышленный газовый баллон с обвязкой и колёсами лежал на крыше', 'cylinder-airdrop'],
  ['أسطوانة غاز صناعية مثبتة بإطار معدني وعجلات على سطح المبنى', 'cylinder-airdrop'],
  ['a helicopter dropped a barrel filled with chlorine', 'cylinder-airdrop'],
  ['a barrel dropped from a helicopter destroyed two houses', 'conventional-he'],
  ['a 120 mm mortar round landed near the clinic', 'mortar-120-he', 120],
  ['120-мм минометная мина разорвалась у школы', 'mortar-120-he', 120],
  ['سقطت قذيفة هاون عيار 120 ملم قرب المستوصف', 'mortar-120-he', 120],
  ['122 mm Grad rockets were fired from a BM-21 launcher', 'conventional-he', 122],
  ['обстрел из РСЗО БМ-21 «Град», реактивные снаряды калибра 122 мм', 'conventional-he', 122],
  ['سقطت صواريخ غراد عيار 122 ملم على البلدة', 'conventional-he', 122],
  ['a KhAB-250 chemical aerial bomb was dropped on the town', 'chemical-rocket-or-bomb'],
  ['химическая авиабомба ХАБ-250 была сброшена на город', 'chemical-rocket-or-bomb'],
  ['police fired an M430 tear-gas grenade into the crowd', ['grenade', 'canister']],
  ['a 40 mm grenade launcher was used against the protesters', 'grenade', 40],
  ['قاذفة قنابل عيار 40 ملم', 'grenade', 40],
  ['a drone dropped a K-51 grenade on the trench', 'drone-grenade'],
  ['с дрона сбросили гранату К-51 с газом CS', 'drone-grenade'],
  ['дрон сбросил РГ-ВО на позицию', 'drone-grenade'],
  ['ألقت طائرة مسيرة قنبلة غاز على الخندق', 'drone-grenade'],
  ['a soldier threw a hand grenade into the basement', 'grenade'],
  ['солдат бросил ручную гранату в подвал', 'grenade'],
  ['ألقى المسلح قنبلة يدوية على المنزل', 'grenade'],
];

describe("a new user's descriptions", () => {
  for (const [text, want, mm] of CASES)
    it(text, () => {
      const r = read(text);
      if (Array.isArray(want)) expect(want).toContain(r.delivery);
      else expect(r.delivery).toBe(want);
      if (mm !== undefined) expect(r.calibre).toBe(mm);
    });
  it('"من نوع" joins only what it stands between: denied, it denies; alone it names nothing; a hub (хаб) is no bomb', () => {
    expect(read('لم يكن من نوع الفيل').delivery).toBeNull();
    expect(read('من نوع آخر').delivery).toBeNull();
    expect(read('транспортный хаб открылся в городе').delivery).toBeNull();
  });
});
