/**
 * The brief as plain text, for the terminal (`assay assess <case>` without --format, and `npm start`): the same
 * words as the report's first sections (docs/assessment.md "The report an analyst sends"): the bottom line, the
 * key judgments with their [n], what would change the judgment, and the sources those [n] point to. No internal
 * id: the computation with its ids is in `--json` and in the report's appendix for auditors. Pure.
 */
import type { Case } from '../case/schemas.js';
import type { Assessment } from '../hypotheses/case-assessment.js';
import type { Brief } from './brief.js';
import { humanDate } from './report-model.js';

export function briefText(a: Assessment, c: Case, b: Brief): string {
  const L: string[] = [`Assessment: ${c.title}`];
  L.push(`Incident: ${humanDate(c.when.at)}${c.place?.name ? `, ${c.place.name}` : ''}`);
  if (a.as_of) L.push(`As of: ${a.as_of.statement}`);
  L.push('', 'Bottom line', b.bottom_line, '', 'Key judgments');
  b.judgments.forEach((k, i) => L.push(`${i + 1}. ${k.text}`));
  L.push('', 'What would change the judgment', ...b.what_would_change.map((w) => `- ${w}`));
  // the sources the text above cites, so every [n] on screen resolves here; the report lists them all
  const cited = new Set<number>();
  for (const t of [b.bottom_line, ...b.judgments.map((k) => k.text), ...b.what_would_change]) for (const m of t.matchAll(/\[(\d+)\]/g)) cited.add(Number(m[1]));
  const shown = b.sources.filter((s) => cited.has(s.n));
  if (shown.length) {
    L.push('', `Sources cited above (${shown.length} of ${b.sources.length}; the report lists every one)`);
    for (const s of shown) L.push(`[${s.n}] ${s.title}.${s.publisher ? ` ${s.publisher}.` : ''}${s.date ? ` ${humanDate(s.date)}.` : ''} ${s.url}`);
  }
  return L.join('\n');
}
