/** The shared record of the claims pair v29 (eval/claims/README.md, 'Test split v29 and development split dev-v29'). */
import { expect } from 'vitest';
import type { EventSplitVersion } from './claims-web-split.js';

export const V29: EventSplitVersion = {
  version: 29,
  sources: ['web'],
  weighting: (s) => {
    // asked for: about 120 test items (80 dev), Arabic/Russian/English as the texts exist (each at least a quarter of the
    // file here), at most 8 items an event, the constructions of hedged blame, purpose clauses, passives, reported speech
    // against the outlet's own voice, and announced attacks ("prepared": at least 10 in the test file)
    const n = s.items;
    const test = s.file.startsWith('test-');
    expect(s.perLanguage.ru / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.ar / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.en / n).toBeGreaterThanOrEqual(0.25);
    // fewer than the 120 asked: the test file holds 101 (README, v29 'What is thin')
    expect(n).toBeGreaterThanOrEqual(test ? 100 : 70);
    expect(s.prepared).toBeGreaterThanOrEqual(test ? 10 : 3);
    expect(s.voice.none ?? 0).toBeGreaterThanOrEqual(2);
    // every culprit value but 'white-helmets' occurs at least 3 times in the test file (every White Helmets claim found was
    // already in a split: README, v29 'What is thin'); no staged and no chemical item in the test file (same section)
    if (test)
      for (const b of ['opposition', 'government', 'west', 'russia', 'ukraine', 'other', 'null'])
        expect(s.blamed[b] ?? 0, b).toBeGreaterThanOrEqual(3);
    // no event holds more than 8 items of a file (asserted by the guards)
    expect(s.events ?? 0).toBeGreaterThanOrEqual(test ? 12 : 9);
  },
  minOtherFiles: 53,
  previous: ['dev-v28.jsonl', 'test-v28.jsonl'],
  scoreLists: true,
  // sha1(event) 0-9 is the frozen test file, a-f the development file, as v22-v28 (fixed before any half was computed)
  testHalf: '0123456789',
};

/** At most this many items of one file share an event key (asserted by the guards). */
export const MAX_PER_EVENT = 8;
