/** The shared record of the claims pair v21 (eval/claims/README.md, 'Test split v21 and development split dev-v21'). */
import { expect } from 'vitest';
import type { EventSplitVersion } from './claims-web-split.js';

export const V21: EventSplitVersion = {
  version: 21,
  sources: ['web'],
  weighting: (s) => {
    // asked for: Russian text first (at least 35%), then Arabic (at least 25%), the rest English; every file holds
    // announced attacks (at least 8), staged claims, chemical agents and items that name no incident (false positives)
    const n = s.items;
    expect(s.perLanguage.ru / n).toBeGreaterThanOrEqual(0.35);
    expect(s.perLanguage.ar / n).toBeGreaterThanOrEqual(0.25);
    expect(s.perLanguage.en).toBeGreaterThan(0);
    expect(n).toBeGreaterThanOrEqual(80);
    expect(s.prepared).toBeGreaterThanOrEqual(8);
    expect(s.staged ?? 0).toBeGreaterThanOrEqual(4);
    expect(s.voice.none ?? 0).toBeGreaterThanOrEqual(4);
    expect(Object.values(s.agents ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
  },
  minOtherFiles: 37,
  previous: ['dev-v20.jsonl', 'test-v20.jsonl'],
  scoreLists: true,
};
