// Frozen web split v11 of the labelled claims set (eval/claims/README.md, "Test split v11 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items.
// The other labeller of session 8 took the pages whose sha1(url) starts with 8-f (test-v11b).
import { describeFrozenWebSplit } from './helpers/web-claims.js';

describeFrozenWebSplit({
  file: 'test-v11.jsonl',
  sha256: '5006b2c95de38216ccc0f43e188a9b6a9e63372985318759080adbff71a13edb',
  items: 248,
  perLanguage: { ar: 95, ru: 74, en: 79 },
  minPerLanguage: { ar: 30, ru: 30, en: 30 },
  prepared: 64,
  minPrepared: 25,
  preparedPerLanguage: { ar: 19, ru: 18, en: 27 },
  blamed: 201,
  idPrefix: 'web11-',
  sha1Half: '01234567',
  minOtherFiles: 14,
});
