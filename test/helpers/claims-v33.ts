/** The shared record of the claims pair v33 (docs/narrative.md, 'Session 31 (wrclaims)'). */
import { expect } from 'vitest';
import type { EventSplitVersion } from './claims-web-split.js';

export const V33: EventSplitVersion = {
  version: 33,
  sources: ['web'],
  weighting: (s) => {
    // asked for: at least 100 test items (about 60 dev), English, Russian and Arabic about a third each (each at least a
    // quarter here), events no earlier split used, at most 8 items an event, every culprit class the pages hold, and a
    // healthy share of staged / fabricated claims and announced attacks (docs, 'Session 31 (wrclaims)', 'What is thin')
    const n = s.items;
    const test = s.file.startsWith('test-');
    expect(s.perLanguage.ru / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.ar / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.en / n).toBeGreaterThanOrEqual(0.25);
    expect(n).toBeGreaterThanOrEqual(test ? 100 : 55);
    expect(n).toBeLessThanOrEqual(test ? 130 : 80);
    expect(s.prepared).toBeGreaterThanOrEqual(test ? 12 : 3);
    expect(s.staged ?? 0).toBeGreaterThanOrEqual(test ? 4 : 1);
    if (test) for (const b of ['opposition', 'government', 'west', 'russia', 'ukraine', 'other', 'null']) expect(s.blamed[b] ?? 0, b).toBeGreaterThanOrEqual(3);
    // no event holds more than 8 items of a file (asserted by the guards)
    expect(s.events ?? 0).toBeGreaterThanOrEqual(test ? 13 : 8);
  },
  minOtherFiles: 61,
  previous: ['dev-v32.jsonl', 'test-v32.jsonl'],
  scoreLists: true,
  // sha1(event) 0-9 is the frozen test file, a-f the development file, as v22-v32 (fixed before any event was searched)
  testHalf: '0123456789',
};

/** At most this many items of one file share an event key (asserted by the guards). */
export const MAX_PER_EVENT = 8;
