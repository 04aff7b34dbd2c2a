/**
 * Session 16 (room mun): which delivery a 'mine' names (KB signatures.senses `as`), and the sense check's cheap gate.
 * Probe sentences written for this test (not from any split).
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import fs from 'node:fs';
import { loadAgentKb, loadMunitionKb } from '../src/app/agents.js';
import { readDelivery } from '../src/core/munitions/munition-compatibility.js';
import { compileMunitionKb } from '../src/core/munitions/munition-kb.js';

const kb = loadMunitionKb(packageKnowledge);
const read = (t: string) => readDelivery(kb, t).delivery;

describe("English 'mine' is first a landmine or sea mine; a mortar bomb when fired or with a calibre", () => {
  it('a mine stepped on, struck, laid or exploding is conventional HE', () => {
    for (const t of ['He stepped on a mine while herding sheep.', 'The ship struck a mine in the Black Sea.', 'A mine exploded near the checkpoint, killing two soldiers.', 'Mines were laid along the road before the retreat.', 'A sea mine washed ashore and was detonated by sappers.', 'Divers attached a limpet mine to the hull.'])
      expect(read(t), t).toBe('conventional-he');
  });
  it('a mine fired, launched, lobbed, landing, with a mortar or a calibre is the mortar bomb', () => {
    for (const t of ['Militants fired 82 mm mines at the village.', '120 mm mines were fired at the village.', 'The army shelled the suburb with mortar mines.', 'Ukrainian forces fired several mines at the town overnight.', 'A mine landed in the courtyard of the school.', 'Two 120-mm mines exploded near the bus stop.'])
      expect(read(t), t).toBe('mortar-120-he');
  });
  it('mine clearance, a mine-resistant vehicle and a sulfur mine read no mine', () => {
    expect(read('Mine clearance teams found an unexploded mortar round in the field.')).toBe('mortar-120-he');
    expect(read('A mine-resistant vehicle was damaged by an explosion.')).toBeNull();
    expect(read('Smoke from the burning sulfur mine struck the camp.')).toBeNull();
    expect(read('The armoured vehicle hit an anti-tank mine.')).toBe('conventional-he');
  });
});

describe("Russian 'мина' is first a mortar bomb; a landmine or sea mine when its sentence says so", () => {
  it('blown up on, laid, drifting or at sea: HE', () => {
    for (const t of ['Он подорвался на мине у дороги.', 'Сапёры обезвредили мину, заложенную у моста.', 'В море обнаружена дрейфующая морская мина.', 'Трактор наехал на мину в поле.'])
      expect(read(t), t).toBe('conventional-he');
  });
  it('exploding, fired or with a calibre: the mortar', () => {
    for (const t of ['Мина разорвалась во дворе школы.', 'Позиции обстреляли из миномётов, выпущено 10 мин.', 'Противник выпустил по посёлку 12 мин калибра 120 мм.', 'Мина, выпущенная из миномёта, подорвала грузовик.'])
      expect(read(t), t).toBe('mortar-120-he');
  });
});

describe('the KB refuses an `as` naming no delivery', () => {
  it('unknown delivery', () => {
    const raw = parse(fs.readFileSync(new URL('../knowledge/munitions.yaml', import.meta.url), 'utf8'));
    const mine = raw.signatures.senses.words.find((w: { keyword: string }) => w.keyword === 'mine');
    mine.as.delivery = 'no-such-delivery';
    expect(() => compileMunitionKb(raw, loadAgentKb(packageKnowledge))).toThrow(/unknown delivery "no-such-delivery"/);
  });
});

describe('the sense check gate (cues looked for only beside a word one of them ends or starts with)', () => {
  it('multiword and starred cues still drop the other sense', () => {
    expect(read('An underground coal mine flooded after the blast.')).toBeNull();
    expect(read('The mine shafts collapsed after an explosion.')).toBeNull();
    expect(read('Shell oil company reported an explosion at the refinery.')).toBeNull();
    expect(read('The Royal Dutch Shell plant was hit by a blast.')).toBeNull();
    expect(read('They laid bricks and mortar after the strike.')).toBeNull();
    expect(read('A cooking gas cylinder exploded in the kitchen.')).toBeNull();
    expect(read('An artillery shell exploded near the market.')).toBe('artillery-shell');
  });
});
