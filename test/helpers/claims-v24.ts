/** The shared record of the claims pair v24 (eval/claims/README.md, 'Test split v24 and development split dev-v24'). */
import { expect } from 'vitest';
import type { EventSplitVersion } from './claims-web-split.js';

export const V24: EventSplitVersion = {
  version: 24,
  sources: ['web'],
  weighting: (s) => {
    // asked for: Arabic, English and Russian about a third each (each at least a quarter of the file); every file holds
    // announced attacks, staged claims, chemical agents and items that name no incident (false positives)
    const n = s.items;
    const test = s.file.startsWith('test-');
    expect(s.perLanguage.ru / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.ar / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.en / n).toBeGreaterThanOrEqual(0.25);
    expect(n).toBeGreaterThanOrEqual(test ? 85 : 90);
    expect(s.prepared).toBeGreaterThanOrEqual(test ? 8 : 4);
    expect(s.staged ?? 0).toBeGreaterThanOrEqual(4);
    expect(s.voice.none ?? 0).toBeGreaterThanOrEqual(4);
    expect(Object.values(s.agents ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
  },
  minOtherFiles: 43,
  previous: ['dev-v23.jsonl', 'test-v23.jsonl'],
  scoreLists: true,
  // sha1(event) 0-9 is the frozen test file, a-f the development file, as v22 and v23 (fixed before any half was computed)
  testHalf: '0123456789',
};
