/**
 * Session 17 (room fixrev): the read-only review of the session's agents rules found over-reaches; each sentence below is the
 * reviewer's (written for the review, none taken from an evaluation file), beside a sentence the rule must still read.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
/** feature id -> true (present) / false (stated absent); a feature not read is missing */
const feats = (text: string) => Object.fromEntries([...extractFeatures(text, { terms: kb.terms }).features].map(([k, v]) => [k, v.present]));
const lead = (text: string) => runDifferential(kb, [{ text, role: 'witness' }]).top.class;

describe('R1-R3: a thrown bottle that starts a fire is read in its own clause', () => {
  it('R1: stops at a clause with a new subject', () => {
    const t = 'Protesters threw bottles and stones at the police, and a car caught fire; then the police fired tear gas and our eyes burned.';
    expect(feats(t).delivery_incendiary).toBeUndefined();
    expect(lead(t)).toBe('riot-control');
    // still read: the thrown thing's own predicate, and a relative clause
    expect(feats('Someone threw a bottle through the window and it burst into flames.').delivery_incendiary).toBe(true);
    expect(feats('They threw three devices that burst into fire.').delivery_incendiary).toBe(true);
  });
  it('R2: a fire told earlier does not make a bottle thrown at the police an incendiary', () => {
    const t = 'Youths set fires in the street. Bottles were thrown at the police, who fired tear gas, and everyone was coughing and crying.';
    expect(feats(t).delivery_incendiary).toBeUndefined();
    expect(lead(t)).toBe('riot-control');
    expect(feats('The fire started at night. A device may have been thrown into the mosque.').delivery_incendiary).toBe(true);
  });
  it('R3: an aircraft dropping containers of a named gas is no thrown bottle', () => {
    const t = 'ألقى الطيران المروحي عبوات تحتوي على غاز الكلور على الحي واشتعلت النيران وأصيب الناس بالاختناق';
    expect(feats(t).delivery_incendiary).toBeUndefined();
    // (الطيران المروحي, helicopter aviation, names the air drop as الطوافة does: knowledge/agent-terms.yaml delivery_cylinder)
    expect(feats(t).delivery_cylinder).toBe(true);
    expect(lead(t)).toBe('choking');
    expect(feats('رمى مجهولون زجاجة على البيت فاشتعلت النيران').delivery_incendiary).toBe(true);
  });
});

describe('R4-R5: irregular pasts that meet other words', () => {
  it('R4: "fallen" does not meet the psychogenic "saw others fall"', () => {
    const t = 'I saw others who had fallen on the ground, with pinpoint pupils.';
    expect(feats(t).spread_by_sight).toBeUndefined();
    expect(lead(t)).toBe('nerve');
  });
  it('R5: "struck" does not make "the air" an air strike', () => {
    expect(feats('The air struck us as thick, and everyone was coughing.').delivery_shell_rocket).toBeUndefined();
  });
});

describe('R6: a noun after a preposition is no swallower', () => {
  it('reads ingestion when the ground, dust or water is a place or a medium', () => {
    expect(feats('The boy picked the berries off the ground then swallowed them and began vomiting.').ingestion).toBe(true);
    expect(feats('She crushed the pills into dust then swallowed them, and an hour later she was vomiting.').ingestion).toBe(true);
    expect(feats('He dissolved the powder in water then swallowed it').ingestion).toBe(true);
  });
  it('still reads a cloud that swallowed a place as no ingestion', () => {
    expect(feats('A huge grey cloud swallowed the street and people were coughing.').ingestion).toBeUndefined();
  });
});

describe('R7: exertion and pins and needles are no skin irritation', () => {
  it('reads no skin burning', () => {
    expect(feats('Our legs were on fire after running up the stairs; people upstairs were coughing.').skin_burning).toBeUndefined();
    expect(feats('My hands were prickling with pins and needles after sleeping on them.').skin_burning).toBeUndefined();
  });
});

describe('R8: cuts as a verb or a supply cut are no injury', () => {
  it('reads no trauma', () => {
    expect(feats('The smell cuts through your throat, like bleach, and everyone coughed.').trauma_injuries).toBeUndefined();
    expect(feats('After the cuts in the water supply, people were vomiting').trauma_injuries).toBeUndefined();
    expect(feats('Бюджет порезали, а люди кашляли').trauma_injuries).toBeUndefined();
  });
  it('still reads cuts on the body', () => {
    expect(feats('He had cuts and bruises on his face.').trauma_injuries).toBe(true);
    expect(feats('У него были порезы на руках.').trauma_injuries).toBe(true);
  });
});

describe('R11 (pre-existing): exceptions, denied complements, "let alone" and an aside before a contrast', () => {
  it('reads "anything but garlic" as garlic smelled', () => {
    expect(feats('We did not smell anything but garlic.').odour_garlic).toBe(true);
    expect(feats('We did not smell anything, but everyone coughed.')).toMatchObject({ odour_none: true, cough: true });
  });
  it('denies every sign in the complement of "denied that"', () => {
    expect(feats('Officials denied that the patients vomited and the children had seizures.')).toEqual({ vomiting: false, convulsions: false });
    expect(feats('Officials denied that chlorine was used, but the children had seizures.').convulsions).toBe(true);
  });
  it('carries a denial across "а уж тем более" / "let alone"', () => {
    expect(feats('Не было ни кашля, ни рвоты, а уж тем более судорог.')).toEqual({ cough: false, vomiting: false, convulsions: false });
    expect(feats('There was coughing, let alone seizures.')).toMatchObject({ cough: true, convulsions: true });
  });
  it('names only the agent after a contrast with an aside', () => {
    expect(extractFeatures("It wasn't tear gas, I tell you, but chlorine", { terms: kb.terms }).named).toEqual(['chlorine']);
    expect(extractFeatures('It was not chlorine but tear gas.', { terms: kb.terms }).named).toEqual(['cs']);
  });
});
