/**
 * Session 15 (room fixbl): fixes of the review's findings on room agblis's rules (docs/agent-differential.md §7.00036-agblis,
 * "Review fixes (fixbl)"). Every sentence is the engineer's own; none is taken from an evaluation item. Each rule is tested
 * with variants that must fire and with ones that must not.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};

describe('corpses under, beneath or among things are deaths; only a lesion on the bodies is the living body (R17)', () => {
  it('reads deaths when sheets, rubble, blankets, flies or feet are on or over the bodies', () => {
    for (const t of [
      'Rescuers pulled sheets over the bodies.',
      'We stepped over bodies in the stairwell.',
      'The rubble covered the bodies of three children.',
      'The families asked for the return of their bodies.',
      'Flies were crawling on the bodies.',
      'Blankets were laid over the bodies in the yard.',
      'Someone had thrown a tarpaulin across the bodies.',
    ])
      expect(feats(t), t).toMatchObject({ deaths: true });
  });
  it('reads no death where a lesion word sits on the bodies', () => {
    for (const t of ['They have bad burns on their bodies.', 'A rash spread across their bodies.', 'Itching sores appeared all over their bodies.', 'Red spots came up on the arms and bodies of the workers.'])
      expect(feats(t).deaths, t).toBeUndefined();
  });
});

describe('a voice worn out by shouting, screaming, crying or singing is no hoarseness (R27)', () => {
  it('reads no hoarseness when the strain is told as its cause, in English, Russian and Arabic', () => {
    for (const t of [
      'He was hoarse from shouting for help.',
      'She lost her voice after screaming.',
      'After screaming all night, her voice was hoarse.',
      'She was hoarse from singing at the wedding.',
      'Я охрип от крика, когда звал детей.',
      'Голос сел, потому что мы кричали всю ночь.',
      'بحة في الصوت من كثرة الصراخ',
      'كان عندي بحة في الصوت لأننا صرخنا كثيرا',
    ])
      expect(feats(t).hoarseness, t).toBeUndefined();
  });
  it('keeps the hoarseness when the cause is the gas, or the shouting is only told beside it', () => {
    for (const t of [
      'He was hoarse from the gas.',
      'Her voice was hoarse and the children were crying.',
      'They became hoarse after the gas, and people were shouting.',
      'У всех был хриплый голос, дети плакали.',
      'Голос сел после газа.',
      'أصيب الناس ببحة في الصوت بعد الهجوم وكان الأطفال يبكون',
    ])
      expect(feats(t), t).toMatchObject({ hoarseness: true });
  });
});

describe("'skin burns' is the lesion only where a noun phrase frames it (R18)", () => {
  it('reads the sensation for an owner-less verb', () => {
    for (const t of ['Exposed skin burns and itches for hours.', 'Skin burns badly after contact with the gas.', 'Skin burns and tingles.', 'Wet skin burns quickly in the vapour.']) {
      const f = feats(t);
      expect(f, t).toMatchObject({ skin_burning: true });
      expect(f.burns, t).toBeUndefined();
    }
  });
  it('reads the lesion after a word of having, treating or degree, or before a predicate or another injury', () => {
    for (const t of ['Several workers suffered skin burns.', 'He was treated for skin burns.', 'Skin burns were seen on the arms of the workers.', 'Skin burns and eye damage were reported among those exposed.'])
      expect(feats(t), t).toMatchObject({ burns: true });
  });
});

describe('a hospital sore or a fire burn days later is no delayed vesicant lesion (R19)', () => {
  it('reads no delayed lesion for bed sores, pressure or stress ulcers, or burns dated after a fire or blast', () => {
    for (const t of [
      'Bed sores developed days later in the intensive care unit.',
      'Bedsores developed days later.',
      'Pressure ulcers appeared two days later.',
      'Burns that appeared two days after the fire became infected.',
      'Sores appeared hours after the explosion.',
      'Стрессовые язвы появились через два дня.',
    ])
      expect(feats(t).delayed_blisters, t).toBeUndefined();
  });
  it('still reads a lesion that appeared hours or days after an attack or exposure', () => {
    for (const t of ['Burns that appeared two days after the attack were large.', 'The burns only showed up later.', 'Skin lesions developed the next day.', 'Язвы появились через два дня после газа.', 'Ожоги появились только на следующий день.'])
      expect(feats(t), t).toMatchObject({ delayed_blisters: true });
  });
});

describe("a shell 'from the war' is old only when the war is a named past one (R31)", () => {
  it('reads no old munition for a bare or last war, which in a current conflict is the current one', () => {
    for (const t of ['A shell left from the war exploded when the boy picked it up.', 'A bomb left over from the last war was found in the field.'])
      expect(feats(t).old_munition_found, t).toBeUndefined();
  });
  it('reads an old munition from a named past war', () => {
    for (const t of ['A shell left from the Second World War was found by farmers.', 'Old mortar rounds from the Iran-Iraq war were dug up.', 'Divers found barrels from the Great War.'])
      expect(feats(t), t).toMatchObject({ old_munition_found: true });
  });
});

describe('a voice shouted or screamed hoarse with a reflexive is no hoarseness (R27)', () => {
  it('drops the reflexive strain, keeps a hoarseness merely told beside a shout', () => {
    for (const t of ['He shouted himself hoarse calling for his children.', 'They screamed themselves hoarse.']) expect(feats(t).hoarseness, t).toBeUndefined();
    expect(feats('He was hoarse, and shouted for help.')).toMatchObject({ hoarseness: true });
  });
});
