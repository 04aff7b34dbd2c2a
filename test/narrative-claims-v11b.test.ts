// Frozen web split v11b of the labelled claims set (eval/claims/README.md, "Test split v11b (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items.
// The other labeller of session 8 took the pages whose sha1(url) starts with 0-7 (test-v11).
import { describeFrozenWebSplit } from './helpers/web-claims.js';

describeFrozenWebSplit({
  file: 'test-v11b.jsonl',
  sha256: 'c033730b0d1143f5a5a00c88f9e395518355a98c4479b7c7da2c21656ada104d',
  items: 246,
  perLanguage: { ar: 101, ru: 80, en: 65 },
  minPerLanguage: { ar: 40, ru: 35, en: 0 },
  prepared: 58,
  minPrepared: 25,
  preparedPerLanguage: { ar: 17, ru: 21, en: 20 },
  blamed: 189,
  idPrefix: 'web11b-',
  sha1Half: '89abcdef',
  minOtherFiles: 15,
});
