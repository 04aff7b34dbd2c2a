/** The shared record of the claims pair v26 (eval/claims/README.md, 'Test split v26 and development split dev-v26'). */
import { expect } from 'vitest';
import type { EventSplitVersion } from './claims-web-split.js';

export const V26: EventSplitVersion = {
  version: 26,
  sources: ['web'],
  weighting: (s) => {
    // asked for: about 110 test items (80 dev), Arabic/Russian/English roughly 40/35/35 (each at least a quarter of the
    // file), about 35 events with at most 8 items an event, every culprit value, staged true/false/null, about 10
    // announced provocations in the test file; items that name no incident (voice none) and chemical agents as before
    const n = s.items;
    const test = s.file.startsWith('test-');
    expect(s.perLanguage.ru / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.ar / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.en / n).toBeGreaterThanOrEqual(0.25);
    expect(n).toBeGreaterThanOrEqual(test ? 100 : 70);
    expect(s.prepared).toBeGreaterThanOrEqual(test ? 8 : 4);
    expect(s.staged ?? 0).toBeGreaterThanOrEqual(4);
    expect(s.voice.none ?? 0).toBeGreaterThanOrEqual(test ? 4 : 2);
    expect(Object.values(s.agents ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(test ? 12 : 5);
    // every culprit value occurs in the test file, as v25; in dev every value but 'white-helmets' (every White Helmets
    // event found for the a-f half was already in an earlier split: eval/claims/README.md, v26 'What is thin')
    for (const b of ['opposition', 'white-helmets', 'government', 'west', 'russia', 'ukraine', 'other', 'null'])
      expect(s.blamed[b] ?? 0, b).toBeGreaterThanOrEqual(test ? 3 : b === 'white-helmets' ? 0 : 1);
    // no event holds more than 8 items of a file
    expect(s.events ?? 0).toBeGreaterThanOrEqual(test ? 30 : 15);
  },
  minOtherFiles: 46,
  previous: ['dev-v25.jsonl', 'test-v25.jsonl'],
  scoreLists: true,
  // sha1(event) 0-9 is the frozen test file, a-f the development file, as v22-v25 (fixed before any half was computed)
  testHalf: '0123456789',
};

/** At most this many items of one file share an event key (asserted by the guards). */
export const MAX_PER_EVENT = 8;
