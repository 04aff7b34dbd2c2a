/**
 * Knowledge bases hold general knowledge only (docs/assessment.md "Honest weighting"): a document a knowledge
 * base cites must not also be cited as evidence in a bundle, or that case is weighed by its own evidence twice
 * (as the U.S. 2018 Aleppo claim was: an analyst item, a munition observation and a knowledge-base source).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../src/app/paths.js';
import { knowledgeDir } from '../src/adapters/knowledge/knowledge-files.js';
import { citationKeys, sharedCitations } from '../src/core/case/citation-keys.js';

const read = (dir: string, filter: (f: string) => boolean) =>
  Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(filter).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

/**
 * Overlaps that remain, each with why it is tolerated or who must fix it. The test fails when one appears that is
 * not listed, and when a listed one is gone (then delete it here).
 */
const KNOWN: Record<string, string> = {
  // method references: how FFM reports document chain of custody, not facts about the incidents (custody weights)
  'S/1510/2017': 'custody-weights.yaml cites the Khan Shaykhun FFM report for its chain-of-custody procedure (a method, not evidence); the narrative baseline for the event time and status (left out of its own baseline)',
  // the narrative baseline lists past events (bundled cases other than Aleppo among them) with the OPCW/UN finding
  // that sets each one's status; narrative-baseline.ts leaves the event under study out of its own baseline
  // (SAME_EVENT_MS), so a case is never compared with itself
  'S/2017/904': 'narrative-baseline-events.yaml: status of the Khan Shaykhun event in the baseline of other cases (left out of its own)',
  'A/HRC/36/55': "agents.yaml cites the UN COI report for Ltamenah (30 Mar 2017); the Khan Shaykhun bundle cites the same report for Khan Shaykhun: one document, different incidents",
  // cited by agents.yaml for chlorine cylinders as a delivery hallmark (owner: agents); custody-weights.yaml as a method
  'S/1731/2019': 'agents.yaml (delivery hallmark opcw-iit-2020) and custody-weights.yaml (procedure) cite the Douma FFM report: the agents entry should cite incidents other than a bundled case',
};

describe('knowledge bases cite no bundle evidence', () => {
  it('finds the citation keys of a text (URLs, document symbols, DOIs)', () => {
    const k = citationKeys('see https://www.Example.org/a/ and OPCW S/1902/2020, UN S/2017/904, A/HRC/36/55, doi 10.17226/9621.');
    expect([...k].sort()).toEqual(['10.17226/9621', 'A/HRC/36/55', 'S/1902/2020', 'S/2017/904', 'example.org/a']);
  });

  it('refuses a knowledge-base citation that a bundle also cites (a case-specific claim inside the knowledge base)', () => {
    const shared = sharedCitations(
      { 'munitions.yaml': 'us-2018: "US assessment http://www.syriahr.com/en/?p=108509: remnants not suitable for chlorine"' },
      { 'aleppo/hypotheses.yaml': 'citations: [http://www.syriahr.com/en/?p=108509]' },
    );
    expect(shared.map((s) => s.key)).toEqual(['syriahr.com/en/?p=108509']);
  });

  it('the bundled knowledge and example cases share no citation beyond the listed ones', () => {
    const kb = read(knowledgeDir, (f) => /\.(ya?ml|json)$/.test(f));
    const bundles = read(examplesDir, (f) => /\.(ya?ml)$/.test(f));
    const shared = sharedCitations(kb, bundles);
    expect(shared.filter((s) => !KNOWN[s.key])).toEqual([]);
    expect(Object.keys(KNOWN).filter((k) => !shared.some((s) => s.key === k))).toEqual([]);
    // the U.S. 2018 Aleppo claim lives in its bundle only
    expect(kb['munitions.yaml']).not.toMatch(/us-2018|not suitable for delivering chlorine/);
  });
});
