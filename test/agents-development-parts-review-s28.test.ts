/**
 * Session 28 (review): the development splits are listed once (eval/agents/development-parts.ts) and run.ts takes its
 * development-hold-all, development-total and the `--misses` allow-list from that list, instead of keeping copies of its
 * own that each new split must be added to by hand (session 25 left two keys of one name; each session's writers edited
 * four lists in two files). This test reads no item and scores nothing: it counts cases and checks names.
 */
import { describe, expect, it } from 'vitest';
import { splitPart } from '../eval/split-parts.js';
import { loadIncidents, loadParaphrases } from '../eval/agents/load.js';
import {
  developmentCases,
  developmentHoldCases,
  mayPrintMisses,
  OLDER_INCIDENT_SPLITS,
  OLDER_PARAPHRASE_SPLITS,
  PARTED_INCIDENT_SPLITS,
  PARTED_PARAPHRASE_SPLITS,
} from '../eval/agents/development-parts.js';

describe('development splits, one list (review s28)', () => {
  it('development-hold-all is every hold part of the parted splits, incidents then paraphrases', () => {
    const want = [
      ...PARTED_INCIDENT_SPLITS.flatMap((s) => splitPart(loadIncidents(s), 'hold')),
      ...PARTED_PARAPHRASE_SPLITS.flatMap((s) => splitPart(loadParaphrases(s), 'hold')),
    ].map((c) => c.id);
    expect(developmentHoldCases().map((c) => c.id)).toEqual(want);
    expect(want).toHaveLength(733);
  });
  it('development-total is every case of every development split, once', () => {
    const ids = developmentCases().map((c) => c.id);
    const n = [...OLDER_INCIDENT_SPLITS, ...PARTED_INCIDENT_SPLITS].reduce((a, s) => a + loadIncidents(s).length, 0) + [...OLDER_PARAPHRASE_SPLITS, ...PARTED_PARAPHRASE_SPLITS].reduce((a, s) => a + loadParaphrases(s).length, 0);
    expect(ids).toHaveLength(n);
    expect(n).toBe(3500);
  });
  it('misses are printed for the look parts and the older development splits only, never a hold part or a test split', () => {
    for (const s of PARTED_INCIDENT_SPLITS) expect([mayPrintMisses(`incidents-${s}-look`), mayPrintMisses(`incidents-${s}-hold`)]).toEqual([true, false]);
    for (const s of PARTED_PARAPHRASE_SPLITS) expect([mayPrintMisses(`paraphrases-${s}-look`), mayPrintMisses(`paraphrases-${s}-hold`)]).toEqual([true, false]);
    for (const n of ['incidents-dev', 'incidents-seen', 'paraphrases-dev', 'incidents-v2-dev', 'incidents-v5-dev', 'incidents-dev-v8']) expect(mayPrintMisses(n)).toBe(true);
    for (const n of ['development-total', 'development-hold-all', 'incidents-test-v29', 'incidents-test-v30', 'incidents-test-v31', 'incidents-test-v32', 'incidents-test-v33', 'paraphrases-test-v22', 'paraphrases-test-v23', 'paraphrases-test-v24', 'paraphrases-test-v25', 'paraphrases-test-v26', 'incidents-unseen-v6..v33', 'paraphrases-unseen-v2..v26', 'incidents-dev-v30-look']) expect(mayPrintMisses(n)).toBe(false);
  });
});
