/**
 * ICD 203 (US ODNI Intelligence Community Directive 203, Analytic Standards, 2015, section D.6.e) estimative
 * language: the seven probability bands and their words, with the number beside the word.
 */
export const ICD203_BANDS: { upTo: number; words: string; range: string }[] = [
  { upTo: 0.05, words: 'almost no chance', range: '01-05%' },
  { upTo: 0.2, words: 'very unlikely', range: '05-20%' },
  { upTo: 0.45, words: 'unlikely', range: '20-45%' },
  { upTo: 0.55, words: 'roughly even chance', range: '45-55%' },
  { upTo: 0.8, words: 'likely', range: '55-80%' },
  { upTo: 0.95, words: 'very likely', range: '80-95%' },
  { upTo: Infinity, words: 'almost certain', range: '95-99%' },
];

/** The ICD 203 band for a probability, e.g. 0.7 -> "likely (55-80%)". */
export function estimativeWords(p: number): string {
  const b = ICD203_BANDS.find((x) => p < x.upTo) ?? ICD203_BANDS[ICD203_BANDS.length - 1];
  return `${b.words} (${b.range})`;
}
