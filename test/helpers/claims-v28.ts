/** The shared record of the claims pair v28 (eval/claims/README.md, 'Test split v28 and development split dev-v28'). */
import { expect } from 'vitest';
import type { EventSplitVersion } from './claims-web-split.js';

export const V28: EventSplitVersion = {
  version: 28,
  sources: ['web'],
  weighting: (s) => {
    // asked for: about 120 test items (80 dev), Arabic/Russian/English in roughly equal shares (each at least a quarter
    // of the file), at most 8 items an event, every culprit value in the test file, some staged and some announced
    // attacks, some items with no incident
    const n = s.items;
    const test = s.file.startsWith('test-');
    expect(s.perLanguage.ru / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.ar / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.en / n).toBeGreaterThanOrEqual(0.25);
    expect(n).toBeGreaterThanOrEqual(test ? 110 : 70);
    expect(s.prepared).toBeGreaterThanOrEqual(test ? 5 : 3);
    // dev-v28 holds one staged item (README, v28 'What is thin')
    expect(s.staged ?? 0).toBeGreaterThanOrEqual(test ? 4 : 1);
    expect(s.voice.none ?? 0).toBeGreaterThanOrEqual(test ? 4 : 2);
    // chemical items are few in the test file and none in dev-v28 (most chemical events found were already in a split:
    // README, v28 'What is thin')
    expect(Object.values(s.agents ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(test ? 3 : 0);
    // every culprit value occurs in the test file; 'white-helmets' at least once (every other White Helmets event found
    // was already in a split: README, v28 'What is thin'), the others at least 3 times
    if (test)
      for (const b of ['opposition', 'white-helmets', 'government', 'west', 'russia', 'ukraine', 'other', 'null'])
        expect(s.blamed[b] ?? 0, b).toBeGreaterThanOrEqual(b === 'white-helmets' ? 1 : 3);
    // no event holds more than 8 items of a file (asserted by the guards)
    expect(s.events ?? 0).toBeGreaterThanOrEqual(test ? 15 : 10);
  },
  minOtherFiles: 51,
  previous: ['dev-v27.jsonl', 'test-v27.jsonl'],
  scoreLists: true,
  // sha1(event) 0-9 is the frozen test file, a-f the development file, as v22-v27 (fixed before any half was computed)
  testHalf: '0123456789',
};

/** At most this many items of one file share an event key (asserted by the guards). */
export const MAX_PER_EVENT = 8;
