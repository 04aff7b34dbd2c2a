/**
 * The development incident split dev-v10b (eval/agents/incidents-dev-v10b.yaml, 70 incidents: AR 36, RU 34): real, cited
 * incidents from Russian- and Arabic-language accounts only, written in session 8 by a hand that does not tune the engine
 * and never ran it on these items (a parallel development file, dev-v10, takes English). It is DEVELOPMENT data (tuners
 * may read its misses); the checks are the ones every split of this kind gets (test/helpers/frozen-incident-split.ts):
 * the recorded hash keeps it from silently changing, the counts keep it from shrinking, and it shares no id, source,
 * Syrian Archive code or URL with any other evaluation file. nerve (1), blister (1) and incendiary (5) are below the
 * eight per class asked for (see the file's header). No floor: it is not scored here.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

describeFrozenIncidentSplit({
  split: 'dev-v10b',
  sha256: '52fdd0bda9bcddb73c62506c5f3e5558462ce61cfa8042d6cc9cd5e2b0a930d0',
  minIncidents: 70,
  minPerClass: { choking: 14, nerve: 1, blister: 1, 'riot-control': 15, 'toxic-industrial': 12, incendiary: 5, none: 22 },
  minLanguageShare: { en: 0, ru: 0.48, ar: 0.51 },
  sourcesHaveUrls: true,
});
