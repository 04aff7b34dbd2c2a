// Session 24 (cllearn): the learned blame arbiter (src/core/narrative/claim-blame-arbiter.ts) — its weights re-fit to the
// same numbers from the development splits' first-contact readings, its features read the roles the rule reader assigns,
// and it is OFF: `assay claims` reads as the rule reader does (docs/narrative.md, "Session 24 (cllearn)").
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimLexicon, lastReadTrace, readClaims } from '../src/core/narrative/claim-slots.js';
import { arbiterCandidates, arbitrate, BLAME_ARBITER_ON, itemPieces, type ArbiterModel } from '../src/core/narrative/claim-blame-arbiter.js';
import { fitArbiter, fitModel, MODEL_FILE, type ArbiterItem } from '../eval/claims/fit-blame-arbiter.js';
import { isHeldOut } from '../eval/split-parts.js';

const lex = claimLexicon();
const cands = (text: string) => {
  const r = readClaims(text, lex);
  const pieces = itemPieces(text).map((p) => {
    const x = readClaims(p.text, lex);
    return { blamed: x.claims.blamed, voice: x.voice, headline: p.headline };
  });
  // (the trace of the whole item's read: read it again, as the pieces' reads replaced it)
  const again = readClaims(text, lex);
  expect(again).toEqual(r);
  return arbiterCandidates(lastReadTrace(), r, pieces);
};
const of = (cs: ReturnType<typeof cands>, v: string | null) => cs.find((c) => c.value === v)?.features ?? {};

describe('learned blame arbiter (s24 cllearn)', () => {
  it('is OFF: the reader reads as the rules do', () => {
    expect(BLAME_ARBITER_ON).toBe(false);
  });

  it('re-fitting from the development first-contact readings gives the weights of the file', () => {
    const file = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as ArbiterModel;
    const m = fitModel(file.derivation.figures as Record<string, unknown>);
    expect(m.weights).toEqual(file.weights);
    expect(m.derivation.training).toEqual(file.derivation.training);
    // no frozen split is trained on
    for (const t of m.derivation.training as { file: string }[]) expect(t.file).toMatch(/^eval\/claims\/dev(?:-v\d+)?\.jsonl$/);
  }, 600_000);

  it('trains on no hold-part item and keeps no hold-part reading (s24 fixcl, review R7)', () => {
    const dir = 'eval/claims/first-contact';
    for (const f of fs.readdirSync(dir).filter((x) => /^dev-v(?:1\d|2\d)\.jsonl$/.test(x)))
      for (const line of fs.readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter(Boolean)) expect(isHeldOut(JSON.parse(line).id), `${f}`).toBe(false);
    const item = (id: string, hold: boolean, gold: string | null): ArbiterItem => ({ id, split: 'x', hold, language: 'en', group: id, gold, reader: null, cands: [{ value: 'russia', features: { a: 1 } as Record<string, number> }, { value: null, features: { null_bias: 1 } as Record<string, number> }] });
    const look = [item('1', false, 'russia'), item('2', false, null), item('3', false, 'russia')];
    const hyper = { lambda: 0.01, step: 0.5, steps: 50 };
    expect(fitArbiter([...look, item('4', true, null), item('5', true, null)], hyper)).toEqual(fitArbiter(look, hyper));
    expect(fitArbiter([...look, item('4', true, null)], hyper, () => 4)).toEqual(fitArbiter(look, hyper, () => 4));
  });

  it('offers every party the lexicon finds, the reader\'s choice and null', () => {
    const cs = cands('Russia says the White Helmets staged the chemical attack in Douma');
    expect(cs.map((c) => c.value)).toEqual(['russia', 'white-helmets', null]);
    expect(of(cs, 'white-helmets').rd_final).toBe(1);
    expect(of(cs, null).null_bias).toBe(1);
  });

  it('reads a speaker, and not the subject of a deed, as one', () => {
    const cs = cands('Russia says the White Helmets staged the chemical attack in Douma');
    expect(of(cs, 'russia').speaker).toBe(1);
    expect(of(cs, 'white-helmets').speaker).toBeUndefined();
    expect(of(cs, 'white-helmets').subject_of_deed).toBe(1);
  });

  it('reads the accuser of an accusation and the party accused', () => {
    const cs = cands('The United States accused the Syrian government of using chlorine in Saraqib');
    expect(of(cs, 'west').any_accuser).toBe(1);
    expect(of(cs, 'government').accused_object).toBe(1);
    // near miss: a plain report of a deed has no accuser
    const plain = cands('Syrian government helicopters dropped chlorine on Saraqib');
    expect(of(plain, 'government').any_accuser).toBeUndefined();
    expect(of(plain, 'government').accused_object).toBeUndefined();
  });

  it('reads a purpose-clause target and an agent after "by"', () => {
    const cs = cands('The rebels staged the attack to blame the Syrian army');
    expect(of(cs, 'government').purpose_target).toBe(1);
    expect(of(cs, 'opposition').purpose_target).toBeUndefined();
    const by = cands('The chemical attack was carried out by the Syrian army, the investigators found');
    expect(of(by, 'government').by_agent).toBe(1);
    // near miss: "by" of a date is no agent
    const date = cands('By Tuesday the Syrian army had left the town where the chemical attack happened');
    expect(of(date, 'government').by_agent).toBeUndefined();
  });

  it('reads a negated deed and a question', () => {
    const neg = cands('Russia did not bomb the hospital in Idlib');
    expect(of(neg, 'russia').negated_cue).toBe(1);
    const pos = cands('Russia bombed the hospital in Idlib');
    expect(of(pos, 'russia').negated_cue).toBeUndefined();
    expect(of(cands('Did Russia bomb the hospital in Idlib?'), 'russia').question).toBe(1);
  });

  it('reads the headline and the pieces read alone', () => {
    const cs = cands('Syrian army shelled Douma\nThe opposition said the shelling killed twelve people.');
    expect(of(cs, 'government').in_headline).toBe(1);
    expect(of(cs, 'government').piece_headline).toBe(1);
    expect(of(cs, 'opposition').in_headline).toBeUndefined();
  });

  it('chooses by the weights, and the reader\'s choice on a tie', () => {
    const cs = cands('Russia says the White Helmets staged the chemical attack in Douma');
    expect(arbitrate(cs, {}, 'white-helmets')).toBe('white-helmets');
    expect(arbitrate(cs, { null_bias: 5 }, 'white-helmets')).toBe(null);
    expect(arbitrate(cs, { speaker: 5 }, 'white-helmets')).toBe('russia');
  });
});
