/**
 * Real free text end to end: the Syrian Archive chemical-weapons incident summaries (English and Arabic),
 * compared with the archive's weak agent labels (weapons_used: Chlorine Gas / Sarin / Mustard Gas).
 * The labels mostly come from the agent a summary names, which the differential deliberately ignores; most
 * summaries describe few signs. So agreement is measured and reported, with a low floor, not a target.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadAgentKb } from '../src/app/agents.js';
import { sharedDataDir } from '../src/app/paths.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const file = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
const present = fs.existsSync(file);
const kb = loadAgentKb(packageKnowledge);

const label = (x: Record<string, string>): string | null => {
  const w = `${x['weapons_used.0']} ${x['weapons_used.1']}`;
  if (/Chlorine/.test(w)) return 'choking';
  if (/Sarin/.test(w)) return 'nerve';
  if (/Mustard/.test(w)) return 'blister';
  return null;
};

describe.skipIf(!present)('Syrian Archive summaries end to end', () => {
  if (!present) console.warn(`skipped: ${file} not found (shared data absent)`);
  const data: Record<string, string>[] = present ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];

  for (const lang of ['summary_en', 'summary_ar'] as const)
    it(`${lang}: every summary runs; agreement with the weak labels is measured`, () => {
      let withFeatures = 0;
      let labelled = 0;
      let agree = 0;
      let inTop3 = 0;
      let nerveOk = 0;
      let nerveN = 0;
      const confusion: Record<string, number> = {};
      for (const x of data) {
        const text = x[lang];
        if (!text) continue;
        const r = runDifferential(kb, [{ text, role: 'other', reliability: 0.6 }]);
        expect(r.classes.reduce((s, c) => s + c.probability, 0)).toBeCloseTo(1, 9);
        if (r.features.length) withFeatures++;
        const L = label(x);
        if (!L || !r.features.length) continue;
        labelled++;
        const top = r.classes[0].id;
        confusion[`${L}->${top}`] = (confusion[`${L}->${top}`] ?? 0) + 1;
        if (top === L) agree++;
        if (r.classes.slice(0, 3).some((c) => c.id === L)) inTop3++;
        if (L === 'nerve') {
          nerveN++;
          if (top === 'nerve') nerveOk++;
        }
      }
      console.log(`${lang}: ${withFeatures}/${data.length} summaries give features; labelled with features ${labelled}; top-1 agreement ${agree} (${((agree / labelled) * 100).toFixed(0)}%), label in top-3 ${inTop3} (${((inTop3 / labelled) * 100).toFixed(0)}%); ${JSON.stringify(confusion)}`);
      expect(withFeatures).toBeGreaterThanOrEqual(40);
      expect(labelled).toBeGreaterThanOrEqual(15);
      expect(agree / labelled).toBeGreaterThanOrEqual(0.35);
      expect(inTop3 / labelled).toBeGreaterThanOrEqual(0.7);
      // the sarin-labelled summaries with cholinergic signs come out nerve; one Arabic summary gives only breathing
      // difficulty, deaths and shelling, which fits a blast as well as a nerve agent (a tie, not an error of the engine)
      expect(nerveOk).toBeGreaterThanOrEqual(nerveN - 1);
    });
});

describe.skipIf(!present)('extraction prefilters (speed only)', () => {
  it('never hide a match: with and without the `requires` prefilters, every hit is the same on all real text', () => {
    const data: Record<string, string>[] = JSON.parse(fs.readFileSync(file, 'utf8'));
    const texts = data.flatMap((x) => [x.summary_en ?? '', x.summary_ar ?? '']).filter(Boolean);
    let hits = 0;
    for (const t of texts) {
      const a = extractFeatures(t).hits;
      expect(a).toEqual(extractFeatures(t, { prefilter: false }).hits);
      hits += a.length;
    }
    expect(hits).toBeGreaterThan(100);
  });
});
