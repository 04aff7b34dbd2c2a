/**
 * Session 13 (room agram): the agents READER's grammar — negation scope, reported speech and expectation in clinical
 * accounts, what a sign word refers to, spelling. Every sentence here was written for this test; none is taken from an
 * evaluation file. Each group asserts the polarity the reader gives.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);
/** feature id -> true (present) / false (stated absent); a feature not read is missing */
const feats = (text: string) => Object.fromEntries([...extractFeatures(text, { terms: kb.terms }).features].map(([k, v]) => [k, v.present]));

describe('a verbal cue does not reach a new past-tense predicate after "and"', () => {
  it('English do-support and Russian не', () => {
    expect(feats('He did not wear a mask and coughed all night.')).toEqual({ cough: true });
    expect(feats('We did not have masks and started vomiting.')).toEqual({ vomiting: true });
    expect(feats('Мы не надели маски и закашлялись.')).toEqual({ cough: true });
  });
  it('keeps the bare forms, the repeated negation and a participle before its noun under the cue', () => {
    expect(feats('He did not cough and vomit.')).toEqual({ cough: false, vomiting: false });
    expect(feats('Он не кашлял и не задыхался.')).toEqual({ cough: false, dyspnoea: false });
    expect(feats('Не было кашля и боли.')).toEqual({ cough: false });
    expect(feats('He did not have burning eyes and reddened skin.')).toMatchObject({ burning_eyes: false, skin_burning: false });
  });
});
