/**
 * The record of the claims pair v13 (eval/claims/README.md, "Development set v13" and "Test split v13"): both files were
 * written by one hand from real web pages and FA-KES rows and cut by event; the checks are the shared ones of
 * ./claims-web-split.ts. These checks never run the claim reader on the items.
 */
import { expect } from 'vitest';
import { describeEventSplit, type EventSplit, type EventSplitVersion } from './claims-web-split.js';

export type V13Split = Omit<EventSplit, 'staged' | 'agents' | 'events'> & { file: 'dev-v13.jsonl' | 'test-v13.jsonl'; perSource: { web: number; fakes: number } };

export const V13: EventSplitVersion = {
  version: 13,
  sources: ['web', 'fakes'],
  weighting: (s, items) => {
    // the weighting asked for: culprit `other` is the largest class, Arabic the largest language
    expect(s.blamed.other).toBeGreaterThan(items.length / 2);
    expect(s.perLanguage.ar).toBeGreaterThan(s.perLanguage.ru);
    expect(s.perLanguage.ar).toBeGreaterThanOrEqual(s.perLanguage.en);
  },
  minOtherFiles: 20,
  previous: ['dev-v12.jsonl', 'test-v12.jsonl'],
  scoreLists: true,
};

export function describeV13Split(s: V13Split): void {
  describeEventSplit(V13, s);
}
