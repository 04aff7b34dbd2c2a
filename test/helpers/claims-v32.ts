/** The shared record of the claims pair v32 (docs/narrative.md, 'Session 30 (wrclaims)'). */
import { expect } from 'vitest';
import type { EventSplitVersion } from './claims-web-split.js';

export const V32: EventSplitVersion = {
  version: 32,
  sources: ['web'],
  weighting: (s) => {
    // asked for: 100-130 test items (60-90 dev), English, Arabic and Russian each at least a quarter of the file, events no
    // earlier split used, at most 8 items an event, blamed / staged / prepared / voice all occurring, a fair share of
    // announced attacks and the staged items the pages hold (docs, 'Session 30 (wrclaims)', 'What is thin')
    const n = s.items;
    const test = s.file.startsWith('test-');
    expect(s.perLanguage.ru / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.ar / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.en / n).toBeGreaterThanOrEqual(0.25);
    expect(n).toBeGreaterThanOrEqual(test ? 100 : 60);
    expect(n).toBeLessThanOrEqual(test ? 130 : 90);
    expect(s.prepared).toBeGreaterThanOrEqual(test ? 12 : 3);
    expect(s.staged ?? 0).toBeGreaterThanOrEqual(test ? 4 : 1);
    if (test) {
      expect(s.voice.none ?? 0).toBeGreaterThanOrEqual(1);
      for (const b of ['opposition', 'government', 'west', 'russia', 'ukraine', 'other', 'null']) expect(s.blamed[b] ?? 0, b).toBeGreaterThanOrEqual(3);
    }
    // no event holds more than 8 items of a file (asserted by the guards)
    expect(s.events ?? 0).toBeGreaterThanOrEqual(test ? 14 : 8);
  },
  minOtherFiles: 59,
  previous: ['dev-v31.jsonl', 'test-v31.jsonl'],
  scoreLists: true,
  // sha1(event) 0-9 is the frozen test file, a-f the development file, as v22-v31 (fixed before any half was computed)
  testHalf: '0123456789',
};

/** At most this many items of one file share an event key (asserted by the guards). */
export const MAX_PER_EVENT = 8;
