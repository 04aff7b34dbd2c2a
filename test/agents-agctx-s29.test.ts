/**
 * Session 29 (room agctx): the helicopter told as the carrier of an attack (knowledge/agents.yaml delivery_helicopter), read alike in
 * English, Russian and Arabic, and the helicopter's water, aid or rescue flight read as no drop of a weapon (delivery_cylinder's
 * helicopter words; feature-extraction.ts reliefHelicopter). docs/agent-differential.md §7.00056-agctx. Every sentence is the
 * engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { misses, reads, run } from './helpers/agent-probe.js';

describe('a helicopter told as the carrier of the attack', () => {
  reads([
    ['Regime helicopters targeted the town with toxic gas; dozens of civilians were injured.', 'delivery_helicopter'],
    ['A chemical attack by regime helicopters on the town left 30 injured.', 'delivery_helicopter'],
    ['Two devices were dropped on the village from a helicopter.', 'delivery_helicopter'],
    ['A helicopter attack with poison gas hit the eastern district.', 'delivery_helicopter'],
    ['Вертолёты режима нанесли удар отравляющим газом по городу.', 'delivery_helicopter'],
    ['Вертолёт атаковал деревню, десятки людей задыхались.', 'delivery_helicopter'],
    ['Бомба, сброшенная с вертолёта, упала во дворе.', 'delivery_helicopter'],
    ['استهدفت المروحيات البلدة بالغازات السامة ما أدى إلى إصابة العشرات.', 'delivery_helicopter'],
    ['قصفت مروحيات النظام الحي بغاز سام.', 'delivery_helicopter'],
    ['سقطت قنبلة ألقيت من مروحية على المنزل.', 'delivery_helicopter'],
  ]);
  misses([
    // a rescue, relief or fire-fighting flight
    ['The injured were evacuated by helicopter to the city hospital after the gas leak.', 'delivery_helicopter'],
    ['The wounded were flown by military helicopters to the hospital after the chlorine leak at the plant.', 'delivery_helicopter'],
    ['A helicopter dropped water on the burning forest.', 'delivery_helicopter'],
    ['Вертолёт МЧС сбросил воду на горящий склад.', 'delivery_helicopter'],
    ['Пострадавших эвакуировали вертолётом санавиации.', 'delivery_helicopter'],
    ['مروحية الدفاع المدني ألقت المياه على الحريق.', 'delivery_helicopter'],
    ['نقلت مروحية الإسعاف المصابين إلى المستشفى.', 'delivery_helicopter'],
    // denied or absent
    ['No helicopter was seen over the town; people said a toxic gas spread after the shelling.', 'delivery_helicopter'],
    ['The regime denied that its helicopters dropped anything on the town.', 'delivery_helicopter'],
    ['Власти отрицают, что вертолёты сбросили что-либо на город.', 'delivery_helicopter'],
    ['نفى النظام أن تكون مروحياته قد استهدفت البلدة.', 'delivery_helicopter'],
  ]);
});

describe("a helicopter's water or relief drop is no barrel dropped in an attack", () => {
  misses([
    ['A helicopter dropped water on the burning forest; firefighters were treated for smoke.', 'delivery_cylinder'],
    ['Вертолёт МЧС сбросил воду на горящий склад, пострадавших с отравлением доставили в больницу.', 'delivery_cylinder'],
  ]);
  reads([
    ['A helicopter dropped a barrel on the market and a yellow gas spread.', 'delivery_cylinder'],
    ['Вертолёт сбросил бочку, пошёл жёлтый газ.', 'delivery_cylinder'],
  ]);
});

describe('the helicopter is modest evidence: it leads chlorine where nothing else is read, never a confident call', () => {
  const lead = (text: string) => {
    const r = run(text);
    return { cls: r.top.class, p: Math.max(...r.classes.map((c) => c.probability)) };
  };
  it.each([
    'Regime helicopters targeted the town with toxic gas; dozens of civilians were injured.',
    // (coordinator) not 'десятки раненых': the bare 'ранения' (trauma_injuries) is back in the Russian terms, so 'раненых' reads a blast wound
    'Вертолёты режима нанесли удар по городу, пострадали десятки человек.',
    'استهدفت المروحيات البلدة بالغازات السامة ما أدى إلى إصابة العشرات.',
  ])('%s', (text) => {
    const { cls, p } = lead(text);
    expect(cls).toBe('choking');
    expect(p).toBeLessThan(0.7);
  });
  it('a helicopter does not outweigh a nerve agent told by its signs', () => {
    const r = run('Regime helicopters attacked the town. The victims had pinpoint pupils, drooling, twitching and convulsions; there was no smell.');
    expect(r.top.class).toBe('nerve');
  });
  it('told alone, a toxic gas attack with no carrier still names no class (prior shares)', () => {
    expect(run('A toxic gas attack on the town; 15 injured.').top.class).toBeNull();
  });
});
