/**
 * Session 15 (room mun): keywords with a common non-munition sense (KB signatures.senses). Probe sentences written for
 * this test (not from any split): for each word, variants that must read as a munition (calibre, munition verb, another
 * weapon word, capitals, quotes, a joined number) and variants that must not (the other sense, with and without
 * munition words nearby), in English, Russian and Arabic.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb, loadMunitionKb } from '../src/app/agents.js';
import { readDelivery } from '../src/core/munitions/munition-compatibility.js';
import { compileMunitionKb } from '../src/core/munitions/munition-kb.js';

import { parse } from 'yaml';
import fs from 'node:fs';

const kb = loadMunitionKb(packageKnowledge);
const read = (t: string) => readDelivery(kb, t).delivery;

describe('a word with another sense needs munition context (mine, grad, fab, мин)', () => {
  it('"mine": the pronoun and a coal mine are no munition; a mine that exploded, was fired or has a calibre is', () => {
    for (const t of ['That phone is mine, not yours', 'A friend of mine saw the smoke', 'Miners were trapped in the coal mine after a gas leak', 'A gas leak in the mine killed 12 miners', 'a methane explosion at the coal mine', 'The gold mine closed last year'])
      expect(read(t), t).toBeNull();
    expect(read('a mine exploded near the checkpoint')).not.toBeNull();
    expect(read('120 mm mines were fired at the village')).toBe('mortar-120-he');
    expect(read('fragments of a mine were found in the crater')).not.toBeNull();
    expect(read('a landmine exploded under the car')).toBe('conventional-he');
    expect(read('an anti-personnel mine wounded two shepherds')).toBe('conventional-he');
  });
  it('"grad": a graduate is none; Grad rockets, «Град», "Grad", GRAD or BM-21 Grad are the HE rocket system', () => {
    for (const t of ['He is a Harvard grad working as a journalist', 'The grad students protested on campus', 'Grad school applications rose', 'a recent grad said the air smelled of chlorine'])
      expect(read(t), t).not.toBe('conventional-he');
    expect(read('He is a Harvard grad working as a journalist')).toBeNull();
    expect(read('Grad rockets hit the town')).toBe('conventional-he');
    expect(read('the town was hit by the Grad')).toBe('conventional-he');
    expect(read('a salvo of "Grad" fell on the district')).toBe('conventional-he');
    expect(read('обстрел из «Града»')).toBe('conventional-he');
    expect(read('БМ-21 «Град» выпустила пакет')).toBe('conventional-he');
    expect(read('a BM-21 salvo hit the district')).toBe('conventional-he');
    // Russian "град" lowercase is hail
    expect(read('вчера выпал сильный град')).toBeNull();
  });
  it('"fab": fabulous and a chip fab are none; FAB-500, ФАБ-250 and a FAB bomb are HE', () => {
    for (const t of ['The party was fab and everyone loved it', 'She works in a fab making chips', 'the fab lab opened downtown'])
      expect(read(t), t).toBeNull();
    expect(read('A FAB-500 hit the market')).toBe('conventional-he');
    expect(read('a fab-250 was dropped on the village')).toBe('conventional-he');
    expect(read('сброшена ФАБ-500')).toBe('conventional-he');
    expect(read('Russian jets dropped FAB bombs')).toBe('conventional-he');
  });
  it('"мин" is minutes after a number unless munition words say otherwise; "мина" is a face beside недовольства, кислая', () => {
    expect(read('через 10 мин приехала скорая')).toBeNull();
    expect(read('в 14 ч 20 мин')).toBeNull();
    expect(read('выпущено 10 мин калибра 120 мм')).toBe('mortar-120-he');
    expect(read('боевики выпустили 12 мин по посёлку')).toBe('mortar-120-he');
    for (const t of ['он сделал кислую мину', 'на лице мина недовольства', 'с миной презрения он ответил', 'делать хорошую мину при плохой игре'])
      expect(read(t), t).toBeNull();
    expect(read('мина разорвалась у дома')).toBe('mortar-120-he');
    expect(read('в огороде нашли мину')).toBe('mortar-120-he');
  });
});

describe('a word beside one that names its other sense is no munition (shell, mortar, canister, cylinder, bomb, spray)', () => {
  it('shell: sea shell, egg shell, the Shell company, a burnt-out shell; but an artillery shell, shells that fell', () => {
    for (const t of ['The sea shell was found on the beach', 'Shell oil company announced a chemical spill', 'a shell company in Cyprus paid for it', 'only the burnt-out shell of the car remained', 'the egg shell was cracked'])
      expect(read(t), t).toBeNull();
    expect(read('a shell fell on the school')).toBe('artillery-shell');
    expect(read('shells landed near the market, wounding three')).toBe('artillery-shell');
    expect(read('the town was shelled overnight')).toBe('artillery-shell');
  });
  it('mortar: brick and mortar, mortar and pestle; but a mortar that fell', () => {
    for (const t of ['the brick and mortar shop closed', 'ground in a mortar and pestle', 'cement mortar between the bricks']) expect(read(t), t).toBeNull();
    expect(read('the mortar fell near the school')).toBe('mortar-120-he');
  });
  it('canister, cartridge, cylinder: a fire extinguisher, film, ink, oxygen or cooking-gas one is none; a tear-gas one is', () => {
    for (const t of ['a fire extinguisher canister exploded', 'the gas mask filter canister', 'a film canister', 'printer ink cartridge', 'oxygen cylinders ran out at the hospital', 'a cooking gas cylinder exploded in the kitchen', 'a four-cylinder engine', 'кислородный баллон закончился', 'نفدت اسطوانات الاكسجين في المستشفى', 'انفجرت اسطوانة غاز منزلي في المطبخ'])
      expect(read(t), t).toBeNull();
    expect(read('police fired a canister into the crowd')).toBe('canister');
    expect(read('a yellow cylinder lay on the roof')).toBe('cylinder-airdrop');
    expect(read('عثر على اسطوانة غاز الكلور على السطح')).toBe('cylinder-airdrop');
    expect(read('баллон с хлором упал на крышу')).toBe('cylinder-airdrop');
  });
  it('bomb, spray, drone, conventional, he round: idioms and another word on the stem are none', () => {
    for (const t of ['a bath bomb', 'a bomb threat was phoned in to the school', 'a stink bomb', 'the photobomb went viral', 'sprayed with bullets', 'a spray of bullets hit the car', 'she used hair spray', 'the drone of the engines kept us awake', 'the speaker droned on', 'States Parties to the Chemical Weapons Convention met', 'conventional wisdom says otherwise', 'he went round the corner', 'استخدم بخاخ الربو'])
      expect(read(t), t).toBeNull();
    expect(read('a bomb fell on the market')).toBe('conventional-he');
    expect(read('police sprayed protesters with pepper spray')).toBe('spray');
    expect(read('a drone dropped a grenade')).toBe('drone-grenade');
    expect(read('the crater fits a conventional bomb')).toBe('conventional-he');
    expect(read('an HE round hit the house')).toBe('conventional-he');
  });
  it('Arabic لغم and its broken plural ألغام are landmines (HE)', () => {
    expect(read('انفجر لغم أرضي بسيارة')).toBe('conventional-he');
    expect(read('زرعوا ألغاما في الطريق')).toBe('conventional-he');
    expect(read('حقول الألغام')).toBe('conventional-he');
  });
});

describe('the senses are checked when the KB is compiled', () => {
  it('a sense for a word that is no delivery keyword is refused, naming the field', () => {
    const raw = parse(fs.readFileSync('knowledge/munitions.yaml', 'utf8')) as { signatures: { senses: { words: { keyword: string; why: string }[] } } };
    raw.signatures.senses.words.push({ keyword: 'teapot', why: 'a test' });
    expect(() => compileMunitionKb(raw, loadAgentKb(packageKnowledge))).toThrow(/signatures\.senses\.words\.\d+\.keyword.*teapot/);
  });
});
