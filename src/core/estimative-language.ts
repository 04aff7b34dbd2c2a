/**
 * ICD 203 estimative language (ODNI, Intelligence Community Directive 203, §D.6.e(2)(a)), with the numeric
 * range printed beside the word (Wintle et al. 2019, doi 10.1371/journal.pone.0213522: adding the range
 * raised readers' agreement with the standard from 32% to 66%). The directive's bands share end points, so
 * docs/assessment.md ("Scores, exactly", ICD 203 words) makes them half-open: p < .05 | .05 <= p < .20 | .20 <= p < .45 | .45 <= p <= .55 | .55 < p <= .80 |
 * .80 < p <= .95 | p > .95.
 */
import { badInput } from './errors.js';
export interface EstimativeTerm {
  term: string;
  range: string;
  /** the word with its range, e.g. "likely (55-80%)" */
  words: string;
}

const BANDS: readonly { term: string; range: string; below: (p: number) => boolean }[] = [
  { term: 'almost no chance', range: '1-5%', below: (p) => p < 0.05 },
  { term: 'very unlikely', range: '5-20%', below: (p) => p < 0.2 },
  { term: 'unlikely', range: '20-45%', below: (p) => p < 0.45 },
  { term: 'roughly even chance', range: '45-55%', below: (p) => p <= 0.55 },
  { term: 'likely', range: '55-80%', below: (p) => p <= 0.8 },
  { term: 'very likely', range: '80-95%', below: (p) => p <= 0.95 },
  { term: 'almost certain', range: '95-99%', below: () => true },
];

/**
 * Probabilities are rounded to 1e-9 before the band test: a posterior computed as 0.44999999999999996 or
 * 0.9500000000000001 is the edge value itself (floating-point noise, not evidence), and gets the edge's word.
 */
export const BAND_PRECISION = 1e-9;

export function estimativeTerm(p: number): EstimativeTerm {
  if (!(p >= -BAND_PRECISION && p <= 1 + BAND_PRECISION)) throw badInput(`probability out of [0,1]: ${p}`);
  const q = +p.toFixed(9); // the nearest double to the 9-decimal value, so 0.95 compares equal to the literal 0.95
  const b = BANDS.find((x) => x.below(q))!;
  return { term: b.term, range: b.range, words: `${b.term} (${b.range})` };
}

/** Every ICD 203 likelihood term (both rows of the directive's table), for checks that a sentence holds none. */
export const LIKELIHOOD_TERMS = [
  'almost no chance', 'very unlikely', 'unlikely', 'roughly even chance', 'likely', 'very likely', 'almost certain',
  'remote', 'highly improbable', 'improbable', 'roughly even odds', 'probable', 'highly probable', 'nearly certain',
];

/** True when the text uses any estimative likelihood word (word-boundary match, case-insensitive). */
export function hasLikelihoodTerm(text: string): boolean {
  const t = text.toLowerCase();
  return LIKELIHOOD_TERMS.some((w) => new RegExp(`\\b${w}\\b`).test(t));
}
