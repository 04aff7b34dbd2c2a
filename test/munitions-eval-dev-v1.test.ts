/**
 * Record of the DEVELOPMENT munition-reading split eval/munitions/munitions-dev-v1.yaml (room wrmun, session 14),
 * written after the frozen munitions-test-v1 from other texts: its sha256 and exact counts (so it cannot change
 * silently), ids, KB delivery ids, sources, draw reproducibility (Syrian Archive candidates k = 38..75), and that it
 * shares no text, web page or Syrian Archive row with the frozen test split. Nothing here runs the engine.
 */
import { describe, expect, it } from 'vitest';
import { describeMunitionFile, loadMunitionItems } from './helpers/munitions-eval-file.js';

const DEV = 'eval/munitions/munitions-dev-v1.yaml';
const TEST = 'eval/munitions/munitions-test-v1.yaml';

describeMunitionFile({
  name: 'munitions-dev-v1 (development)',
  path: DEV,
  sha256: '3ca12b7280538c5994d6a9e908e7de2e393389f8fc73892ccb1a5d2980ac0aa6',
  split: 'd',
  perDelivery: {
    null: 10,
    'chemical-rocket-or-bomb': 9,
    'mortar-120-he': 9,
    'cylinder-airdrop': 8,
    'artillery-shell': 8,
    'conventional-he': 8,
    spray: 7,
    'drone-grenade': 6,
    'improvised-rocket': 4,
    grenade: 4,
    canister: 4,
  },
  perLang: { en: 31, ru: 20, ar: 26 },
  drawRange: [38, 75],
});

describe('munitions-dev-v1 is disjoint from the frozen munitions-test-v1', () => {
  it('shares no text, source page or Syrian Archive row with the test split', () => {
    const dev = loadMunitionItems(DEV);
    const test = loadMunitionItems(TEST);
    const row = (s: string) => s.replace(/:summary_(en|ar)$/, '');
    const testTexts = new Set(test.map((i) => i.text));
    const testSources = new Set(test.map((i) => row(i.source)));
    for (const i of dev) {
      expect(testTexts.has(i.text)).toBe(false);
      expect(testSources.has(row(i.source))).toBe(false);
    }
  });
});
