/**
 * The check every drawn claims split (draw-v17/v18/v19 and later, test and dev) makes of its items against the shared
 * data: each item's row is found by its ref (EUvsDisinfo by line, FA-KES by unit_id, a tweet by tweetid in its file,
 * a Ghouta caption by unique_event_ID), its id carries the row's key after the split's prefix, and its text is the
 * draw's excerpt of that row; a troll tweet is a tweet of a disclosed state-backed account. What differs between
 * splits (the stratum's keyword rule, line hints, the outlet language) goes in `also`, called with the item and its row.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { csv, euvsText, fakesText, ghoutaText, EUVS_FILE, FAKES_FILE, GHOUTA_FILE } from '../../eval/claims/draw-v15b.js';
import { tweetText } from '../../eval/claims/draw-v17.js';
import type { WebItem } from './web-claims.js';

export const SHARED_DATA = path.resolve(__dirname, '../../../shared/data');
type Ref = { file: string; line_hint?: number; unit_id?: string; unique_event_ID?: string; tweetid?: string; outlet_language?: string };
export type SharedRow = { line: number; row: Record<string, string> };
export type RowCheck = (it: WebItem, r: SharedRow, ref: Ref) => void;
const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest('hex');

/** false when the shared data are absent (a checkout without ../shared): the rows cannot be checked */
export const sharedDataPresent = () => fs.existsSync(path.join(SHARED_DATA, EUVS_FILE));

/**
 * Every item against its shared-data row, with `tag` the split's id infix ('19' for euvs19-, fakes19-, ...). Does
 * nothing when the shared data are absent.
 */
export function expectItemsBuiltFromTheirRows(items: WebItem[], tag: string, also: { euvs?: RowCheck; fakes?: RowCheck; tweet?: RowCheck; ghouta?: RowCheck } = {}): void {
  if (!sharedDataPresent()) return;
  const files = new Map<string, SharedRow[]>();
  const rows = (file: string) => {
    if (!files.has(file)) files.set(file, csv(fs.readFileSync(path.join(SHARED_DATA, file), 'utf8')));
    return files.get(file)!;
  };
  for (const it of items) {
    const ref = it.ref as unknown as Ref;
    if (it.source === 'euvsdisinfo') {
      const r = rows(EUVS_FILE).find((r) => r.line === ref.line_hint);
      expect(r, it.id).toBeDefined();
      expect(it.id).toBe(`euvs${tag}-${sha1(r!.row.title).slice(0, 10)}`);
      expect(it.text, it.id).toBe(euvsText(r!.row));
      also.euvs?.(it, r!, ref);
    } else if (it.source === 'fakes') {
      const r = rows(FAKES_FILE).find((r) => r.row.unit_id === ref.unit_id);
      expect(r, it.id).toBeDefined();
      expect(it.id).toBe(`fakes${tag}-${ref.unit_id}`);
      expect(it.text, it.id).toBe(fakesText(r!.row));
      also.fakes?.(it, r!, ref);
    } else if (it.source === 'troll-tweets' || it.source === 'real-tweets') {
      const r = rows(ref.file).find((r) => r.row.tweetid === ref.tweetid);
      expect(r, it.id).toBeDefined();
      expect(it.id.slice(it.id.indexOf('-') + 1)).toBe(r!.row.tweetid);
      if (it.source === 'troll-tweets') expect(r!.row.bot_or_not, it.id).toBe('1'); // a tweet of a disclosed state-backed account
      expect(it.text, it.id).toBe(tweetText(r!.row));
      also.tweet?.(it, r!, ref);
    } else {
      expect(it.source, it.id).toBe('ghouta-videos');
      const r = rows(GHOUTA_FILE).find((r) => r.row.unique_event_ID === ref.unique_event_ID);
      expect(r, it.id).toBeDefined();
      expect(it.id).toBe(`ghouta${tag}-${ref.unique_event_ID}`);
      expect(it.text, it.id).toBe(ghoutaText(r!.row));
      also.ghouta?.(it, r!, ref);
    }
  }
}

/** the line hint of a tweet or caption is the line of its row */
export const lineIsHint: RowCheck = (it, r, ref) => expect(r.line, it.id).toBe(ref.line_hint);
/** an EUvsDisinfo item records its outlet's language as the row gives it */
export const outletLanguageRecorded: RowCheck = (it, r, ref) => expect(ref.outlet_language, it.id).toBe(r.row.language.trim());
