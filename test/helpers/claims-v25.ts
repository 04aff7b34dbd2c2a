/** The shared record of the claims pair v25 (eval/claims/README.md, 'Test split v25 and development split dev-v25'). */
import { expect } from 'vitest';
import type { EventSplitVersion } from './claims-web-split.js';

export const V25: EventSplitVersion = {
  version: 25,
  sources: ['web'],
  weighting: (s) => {
    // asked for: Arabic, English and Russian about a third each (each at least a quarter of the file); culprits of every
    // party, staged and announced attacks, chemical agents and items that name no incident (false positives)
    const n = s.items;
    const test = s.file.startsWith('test-');
    expect(s.perLanguage.ru / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.ar / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.en / n).toBeGreaterThanOrEqual(0.25);
    expect(n).toBeGreaterThanOrEqual(test ? 100 : 80);
    expect(s.prepared).toBeGreaterThanOrEqual(test ? 8 : 4);
    expect(s.staged ?? 0).toBeGreaterThanOrEqual(4);
    expect(s.voice.none ?? 0).toBeGreaterThanOrEqual(test ? 4 : 2);
    expect(Object.values(s.agents ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
    // every culprit value occurs (v24 had no opposition and no white-helmets item)
    for (const b of ['opposition', 'white-helmets', 'government', 'west', 'russia', 'ukraine', 'other', 'null'])
      expect(s.blamed[b] ?? 0, b).toBeGreaterThanOrEqual(test ? 3 : 1);
    // no event holds more than 8 items of a file
    expect(s.events ?? 0).toBeGreaterThanOrEqual(test ? 30 : 15);
  },
  minOtherFiles: 44,
  previous: ['dev-v24.jsonl', 'test-v24.jsonl'],
  scoreLists: true,
  // sha1(event) 0-9 is the frozen test file, a-f the development file, as v22-v24 (fixed before any half was computed)
  testHalf: '0123456789',
};

/** At most this many items of one file share an event key (asserted by the guards). */
export const MAX_PER_EVENT = 8;
