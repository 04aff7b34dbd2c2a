/**
 * Guard of the FROZEN munition-reading test split eval/munitions/munitions-test-v1.yaml (the munition-reading evaluation, eval/munitions/README.md: "Munition reading,
 * same discipline"), written in session 14 by room wrmun, a hand that does not tune the engine, without running the
 * engine on its items. It records the file's sha256 (any edit fails) and its exact counts per delivery and language,
 * and checks ids, delivery ids against knowledge/munitions.yaml, sources, and that its Syrian Archive items are the
 * sentences eval/munitions/draw-v1.ts draws (candidates k = 0..37). No floor yet (the coordinator records one at the
 * first aggregate score); no test prints its items or misses.
 */
import { describeMunitionFile } from './helpers/munitions-eval-file.js';

describeMunitionFile({
  name: 'munitions-test-v1 (frozen)',
  path: 'eval/munitions/munitions-test-v1.yaml',
  sha256: '9208664c560795fbe1588b52fd19fe9f146030198ba4a57ddbaa22d69d03dc53',
  split: 't',
  perDelivery: {
    'cylinder-airdrop': 11,
    'mortar-120-he': 10,
    null: 9,
    grenade: 6,
    spray: 6,
    'chemical-rocket-or-bomb': 5,
    'drone-grenade': 5,
    'conventional-he': 5,
    canister: 4,
    'artillery-shell': 4,
    'improvised-rocket': 3,
  },
  perLang: { en: 28, ru: 19, ar: 21 },
  drawRange: [0, 37],
});
