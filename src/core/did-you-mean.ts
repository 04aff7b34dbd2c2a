/**
 * "Did you mean": the known ids closest to a mistyped one, by Damerau-Levenshtein distance (optimal string
 * alignment: a swap of two neighbours is one edit), kept within a third of the id's length, plus ids that
 * contain it or that it contains (a prefix typed, a date left off). Closest first, at most three.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

export function suggest(id: string, known: string[], max = 3): string[] {
  const q = id.toLowerCase();
  const limit = Math.max(2, Math.floor(q.length / 3));
  return known
    .map((k) => {
      const l = k.toLowerCase();
      const contains = q.length >= 3 && (l.includes(q) || q.includes(l));
      return { k, d: contains ? 0.5 : editDistance(q, l) };
    })
    .filter((x) => x.d <= limit && x.k !== id)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, max)
    .map((x) => x.k);
}

/** " (did you mean "a" or "b"?)", or "" when nothing is close. */
export function didYouMean(id: string, known: string[]): string {
  const s = suggest(id, known);
  if (!s.length) return '';
  return ` (did you mean ${s.map((x) => `"${x}"`).join(s.length === 2 ? ' or ' : ', ')}?)`;
}
