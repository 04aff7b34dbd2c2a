/**
 * Limits that keep one bad item from exhausting memory. A report's text or title longer than this is bad
 * input, named by file, line and field with the limit in the message. One million characters holds any news
 * article or post many times over (a long feature runs to ~50,000); the 200 MB "report" that made one
 * assessment use 4 GB was a mis-exported archive, not a report.
 */
export const MAX_TEXT_CHARS = 1_000_000;

/** A JSONL line longer than this (in characters) cannot hold a report within the limits: rejected unparsed. */
export const maxLineChars = (maxText: number): number => 4 * maxText + 65_536;
