/**
 * The citations a text makes, as comparable keys: URLs (scheme and "www." dropped, lower-case, no trailing
 * slash), UN/OPCW document symbols (S/1902/2020, S/2017/904, A/HRC/36/55) and DOIs. Used to keep knowledge
 * bases general: a fact a knowledge base cites must not also be a bundle's evidence, or the case is weighed by
 * its own evidence twice (docs/assessment.md "Honest weighting").
 */
export function citationKeys(text: string): Set<string> {
  const out = new Set<string>();
  for (const u of text.match(/https?:\/\/[^\s"'<>)\],]+/g) ?? []) out.add(u.replace(/^https?:\/\/(www\.)?/i, '').replace(/[/.:;]+$/, '').toLowerCase());
  for (const s of text.match(/\b[A-Z]{1,3}(?:\/[A-Z]{2,4})?\/\d{1,5}\/\d{1,5}\b/g) ?? []) out.add(s);
  for (const d of text.match(/\b10\.\d{4,9}\/[^\s"',]+/g) ?? []) out.add(d.replace(/\.$/, '').toLowerCase());
  return out;
}

/** Keys cited by both sides, with who cites them. */
export function sharedCitations(knowledge: Record<string, string>, bundles: Record<string, string>): { key: string; knowledge: string[]; bundles: string[] }[] {
  const kb = new Map<string, Set<string>>();
  for (const [name, text] of Object.entries(knowledge)) for (const k of citationKeys(text)) kb.set(k, (kb.get(k) ?? new Set()).add(name));
  const bd = new Map<string, Set<string>>();
  for (const [name, text] of Object.entries(bundles)) for (const k of citationKeys(text)) bd.set(k, (bd.get(k) ?? new Set()).add(name));
  return [...kb.keys()]
    .filter((k) => bd.has(k))
    .sort()
    .map((k) => ({ key: k, knowledge: [...kb.get(k)!].sort(), bundles: [...bd.get(k)!].sort() }));
}
