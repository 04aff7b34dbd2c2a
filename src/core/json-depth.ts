/** The deepest nesting of JSON arrays and objects in a text (strings skipped); stops counting past `limit`, so a
 * hostile input is refused in one linear scan before any parser recurses into it. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (ch === 93 || ch === 125) depth--;
  }
  return max;
}
