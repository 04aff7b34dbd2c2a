/** The shared record of the claims pair v15 (eval/claims/README.md, 'Development set v15 and test split v15'). */
import { expect } from 'vitest';
import type { EventSplitVersion } from './claims-web-split.js';

export const V15: EventSplitVersion = {
  version: 15,
  sources: ['web', 'fakes'],
  weighting: (s) => {
    // all three languages present; every file holds announced attacks, so prepared recall can be estimated (thinly)
    expect(s.perLanguage.ar).toBeGreaterThan(0);
    expect(s.perLanguage.ru).toBeGreaterThan(0);
    expect(s.perLanguage.en).toBeGreaterThan(0);
    expect(s.prepared).toBeGreaterThanOrEqual(4);
  },
  minOtherFiles: 24,
  previous: ['dev-v14.jsonl', 'test-v14.jsonl'],
  // the writer of v15 did not read score.ts (its brief), so the pair is not yet in its split lists: the coordinator adds
  // test-v15 to FROZEN and dev-v15 / dev-v15:look / dev-v15:hold to DEVELOPMENT / HELD, then sets this to true
  scoreLists: true,
};
