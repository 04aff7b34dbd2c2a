/**
 * A seeded PRNG (mulberry32) and a pick over it, for the bench scripts' generated texts (bench/agents-dump.ts,
 * bench/agents-identity.ts): the same seed gives the same sequence on every run and every tree.
 */
export function seededRandom(seed: number): { rnd: () => number; pick: <T>(xs: T[]) => T } {
  let s = seed;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  return { rnd, pick };
}
