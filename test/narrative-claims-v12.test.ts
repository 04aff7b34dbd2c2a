// Frozen web split v12 of the labelled claims set (eval/claims/README.md, "Test split v12 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items.
// The other labeller of session 9 took the pages whose sha1(url) starts with a-f (dev-v12, development).
import { describeFrozenWebSplit } from './helpers/web-claims.js';

describeFrozenWebSplit({
  file: 'test-v12.jsonl',
  sha256: '2e8206675f15a8c9a282bd56da452eee016a62fb09a2e7e3e65d97cef6afcf40',
  items: 200,
  perLanguage: { ar: 67, ru: 63, en: 70 },
  minPerLanguage: { ar: 30, ru: 30, en: 30 },
  prepared: 16,
  minPrepared: 10,
  preparedPerLanguage: { ar: 9, ru: 1, en: 6 },
  blamed: 149,
  idPrefix: 'web12-',
  sha1Half: '0123456789',
  minOtherFiles: 14,
});
