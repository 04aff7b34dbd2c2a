/**
 * Session 30 (agspeed), speed only: `text.replace(re, ' ')` for a global regex every match of which is white space and then one
 * comma (`(?<=…)\s*[,\u060C](?=…)`: feature-extraction.ts SMELL_COMMA_SIMILE, GAS_COMMA_PUNGENT), tried only where such a match
 * can start. V8 runs such a regex's look-behind at every position of the text (its scan has no literal to skip to): the two
 * regexes were about a fifth of the target line's CPU (docs/agent-differential.md §7.00057-agspeed).
 * Why it is exact: a match is `\s*` then a comma, so it starts in the run of white space just before a comma (or on the comma)
 * and ends right after that comma; the regex scan's leftmost start is the first of those positions, left to right, where the
 * same regex made sticky matches, and the scan resumes after the match, before the next comma's run. Every such position of
 * every comma is tried here in that order with the very same pattern (sticky), so the matches, and the replaced text, are the
 * scan's.
 * Session 31 (agspeed): where the regex ends with a look-ahead (both do), that look-ahead is tested once right after the comma
 * first: every match ending there must pass it, and it does not depend on where the match starts.
 */
const sticky = new Map<RegExp, RegExp>();
/** (session 31, agspeed; speed only) the regex's closing look-ahead `(?=X)` as X made sticky (null: the source does not end so) */
const closing = new Map<RegExp, RegExp | null>();

/**
 * X of a source that ends with a top-level look-ahead `(?=X)`, else null: the source is read left to right with its escapes and
 * character classes skipped; the last top-level group must open with `(?=` and close at the source's end, and no top-level `|`
 * may come before it.
 */
export function closingLookahead(source: string): string | null {
  let depth = 0;
  let lastTop = -1;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '|' && depth === 0) return null; // a top-level alternative of its own: the look-ahead closes only the last
    else if (ch === '(') {
      if (depth === 0) lastTop = i;
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0 && i === source.length - 1 && lastTop >= 0 && source.startsWith('(?=', lastTop)) return source.slice(lastTop + 3, i);
    }
  }
  return null;
}

/** ECMAScript's \s (WhiteSpace and LineTerminator), as the regexes read it */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** text.replace(re, ' ') for `re` global and of the form above (white space then a comma, ',' or '\u060C', and nothing else) */
export function replaceCommaMatches(text: string, re: RegExp): string {
  let y = sticky.get(re);
  if (!y) sticky.set(re, (y = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  let after = closing.get(re);
  if (after === undefined) {
    const x = closingLookahead(re.source);
    closing.set(re, (after = x === null ? null : new RegExp(x, re.flags.replace('g', '') + 'y')));
  }
  let out = '';
  let last = 0; // the end of the last match (where the scan resumes)
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code !== 44 && code !== 0x60c) continue;
    // (session 31, agspeed) every match that ends right after this comma holds the closing look-ahead there: where it fails, no
    // start before the comma is tried (the look-behind that opens the regex is what costs)
    if (after !== null) {
      after.lastIndex = c + 1;
      if (!after.test(text)) continue;
    }
    let w = c;
    while (w > last && isSpace(text.charCodeAt(w - 1))) w--;
    for (let s = w; s <= c; s++) {
      y.lastIndex = s;
      if (y.test(text)) {
        out += text.slice(last, s) + ' ';
        last = y.lastIndex;
        c = last - 1;
        break;
      }
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
