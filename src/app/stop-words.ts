/** The function words of English, Russian and Arabic from stopwords-iso (MIT), as the word-evidence layer reads them
 * (src/core/agents/word-layer.ts): read once, here, because core reads no files. */
import { createRequire } from 'node:module';
import { stopWordSet } from '../core/agents/word-layer.js';

let cached: ReadonlySet<string> | undefined;
export function layerStopWords(): ReadonlySet<string> {
  cached ??= stopWordSet(['en', 'ru', 'ar'].flatMap((l) => (createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>)[l]));
  return cached;
}
