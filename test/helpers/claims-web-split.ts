/**
 * The integrity checks of the paired claims splits cut by event (eval/claims/README.md, "Development set v13" and
 * "Test split v13", "Development set v14 and test split v14", "Development set v15 and test split v15"): each pair was
 * written by one hand from real web pages (and FA-KES / EUvsDisinfo rows), and cut by the event an item reports
 * (`ref.event`): an event whose sha1 starts with 6-f is in dev-vN, 0-5 in test-vN, so the two share no event. One
 * helper for every version; a version's own weighting and history are parameters. These checks never run the claim
 * reader on the items.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHeldOut } from '../../eval/split-parts.js';
import { CLAIMS_DIR, expectDisjoint, expectNotInExamples, expectWellFormedLabels, readClaims, scoreSplitLists, type WebItem } from './web-claims.js';

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest('hex');
const count = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});

type Ref = { url?: string; event?: string; file?: string; unit_id?: string; line_hint?: number };
const ref = (it: WebItem) => it.ref as unknown as Ref;

/** What one file of a pair recorded when it landed. */
export interface EventSplit {
  file: string; // 'dev-vN.jsonl' or 'test-vN.jsonl'
  sha256: string;
  items: number;
  perLanguage: { ar: number; ru: number; en: number };
  perSource: Record<string, number>; // web, fakes, euvsdisinfo
  /** counts per blamed value ('null' for no culprit); values that do not occur are left out */
  blamed: Record<string, number>;
  blamedPerLanguage: { ar: Record<string, number>; ru: Record<string, number>; en: Record<string, number> };
  voice: Record<string, number>;
  /** staged-true items, agent counts (non-null) and distinct events: recorded from v14 on */
  staged?: number;
  prepared: number;
  agents?: Record<string, number>;
  events?: number;
  hold: number;
}

/** What a version's pair has in common: its number, the sources it may draw on, its weighting and the splits before it. */
export interface EventSplitVersion {
  version: number;
  sources: Array<'web' | 'fakes' | 'euvsdisinfo'>;
  /** the weighting asked for when the pair was written, asserted on the recorded counts */
  weighting: (s: EventSplit, items: WebItem[]) => void;
  /** at least this many other split files exist, among them these (the previous pair) */
  minOtherFiles: number;
  previous: string[];
  /** whether score.ts lists the pair (DEVELOPMENT/HELD for dev, FROZEN for test) */
  scoreLists: boolean;
  /** the first hex digits of sha1(event) that put an item in the test file (default 0-5, v13-v21); dev takes the rest */
  testHalf?: string;
}

const SHARED = path.resolve(__dirname, '../../../shared/data');
const FAKES_CSV = path.join(SHARED, 'fakes-syria-news/fakes.csv');
const EUVS_CSV = path.join(SHARED, 'euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv');
const EUVS_FILE = 'euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv';

export function describeEventSplit(v: EventSplitVersion, s: EventSplit): void {
  const dev = s.file === `dev-v${v.version}.jsonl`;
  if (!dev) expect(s.file).toBe(`test-v${v.version}.jsonl`);
  const name = s.file.replace(/\.jsonl$/, '');
  const testHalf = v.testHalf ?? '012345';
  const half = dev ? [...'0123456789abcdef'].filter((c) => !testHalf.includes(c)).join('') : testHalf;
  const d = dev ? 'd' : '';
  const prefix = { web: `web${v.version}${d}-`, fakes: `fakes${v.version}${d}-`, euvsdisinfo: `euvs${v.version}${d}-` };
  const what = v.sources.includes('euvsdisinfo') ? 'AR/RU/EN web pages, FA-KES and EUvsDisinfo rows' : 'AR/RU/EN web pages and FA-KES rows';
  describe(`claims ${name} (${dev ? 'development' : 'frozen test'}; ${what})`, () => {
    const items = readClaims(s.file);

    it(`is the recorded file (sha256) and holds the recorded counts per language, source, culprit, voice${s.staged !== undefined ? ', staging' : ''} and announced attack${s.agents ? ', agent' : ''}`, () => {
      expect(sha256(fs.readFileSync(path.join(CLAIMS_DIR, s.file)))).toBe(s.sha256);
      expect(items.length).toBe(s.items);
      expect(count(items.map((i) => i.language))).toEqual(s.perLanguage);
      expect(count(items.map((i) => i.source))).toEqual(s.perSource);
      expect(count(items.map((i) => i.labels.blamed))).toEqual(s.blamed);
      for (const l of ['ar', 'ru', 'en'] as const)
        expect(count(items.filter((i) => i.language === l).map((i) => i.labels.blamed)), l).toEqual(s.blamedPerLanguage[l]);
      expect(count(items.map((i) => i.labels.voice))).toEqual(s.voice);
      if (s.staged !== undefined) expect(items.filter((i) => i.labels.staged === true).length).toBe(s.staged);
      expect(items.filter((i) => i.labels.prepared).length).toBe(s.prepared);
      if (s.agents) expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual(s.agents);
      if (s.events !== undefined) expect(new Set(items.map((i) => ref(i).event)).size).toBe(s.events);
      // the weighting asked for when the pair was written
      v.weighting(s, items);
    });

    const idsTitle = v.sources.includes('euvsdisinfo')
      ? `ids are ${prefix.web}sha1(url)[:10], ${prefix.fakes}unit_id or ${prefix.euvsdisinfo}sha1(title)[:10], unique`
      : `ids are ${prefix.web}sha1(url)[:10] (web) or ${prefix.fakes}unit_id (FA-KES), unique`;
    it(`${idsTitle}; every event key is in the ${half[0]}-${half.at(-1)} half of sha1(event)`, () => {
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      const web = items.filter((i) => i.source === 'web');
      expect(new Set(web.map((i) => ref(i).url)).size).toBe(web.length);
      for (const it of items) {
        expect(v.sources, it.id).toContain(it.source);
        if (it.source === 'web') expect(it.id, ref(it).url).toBe(prefix.web + sha1(ref(it).url ?? '').slice(0, 10));
        else if (it.source === 'fakes') {
          expect(ref(it).file, it.id).toBe('fakes-syria-news/fakes.csv');
          expect(it.id).toBe(prefix.fakes + ref(it).unit_id);
          expect(it.language).toBe('en');
        } else {
          expect(ref(it).file, it.id).toBe(EUVS_FILE);
          expect(it.id).toBe(prefix.euvsdisinfo + sha1(it.text.split('\n')[0]).slice(0, 10));
          expect(it.language).toBe('en');
        }
        const event = ref(it).event ?? '';
        expect(event, it.id).toMatch(/^[a-z0-9-]+$/);
        expect(half, it.id).toContain(sha1(event)[0]);
      }
    });

    it('FA-KES excerpts are the row\'s title and a sentence of its article, EUvsDisinfo excerpts the row\'s title (when the shared data is present)', () => {
      if (fs.existsSync(FAKES_CSV)) {
        const raw = fs.readFileSync(FAKES_CSV, 'utf8').replace(/""/g, '"');
        for (const it of items.filter((i) => i.source === 'fakes')) {
          expect(raw.includes(ref(it).unit_id + ','), it.id).toBe(true);
          for (const line of it.text.split('\n')) expect(raw.includes(line), `${it.id}: ${line}`).toBe(true);
        }
      }
      if (fs.existsSync(EUVS_CSV)) {
        const raw = fs.readFileSync(EUVS_CSV, 'utf8').replace(/""/g, '"');
        for (const it of items.filter((i) => i.source === 'euvsdisinfo'))
          for (const line of it.text.split('\n')) expect(raw.includes(line), `${it.id}: ${line}`).toBe(true);
      }
    });

    it(`has a held-out part by sha256(id) (first hex digit 0-3, eval/split-parts.ts)`, () => {
      const held = items.filter((i) => isHeldOut(i.id));
      expect(held.length).toBe(s.hold);
      expect(held.every((i) => parseInt(sha256(i.id)[0], 16) < 4)).toBe(true);
    });

    it('labels are well formed and no headline repeats', () => {
      expectWellFormedLabels(items);
    });

    it(`is disjoint from every other split by URL, id, headline, text and (dev-v${v.version} / test-v${v.version}) event, and from the bundled examples by URL`, () => {
      const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== s.file);
      expect(others.length).toBeGreaterThanOrEqual(v.minOtherFiles);
      for (const p of v.previous) expect(others).toContain(p);
      expectDisjoint(items, others);
      const texts = new Set(others.flatMap(readClaims).map((i) => i.text.trim()));
      for (const it of items) expect(texts.has(it.text.trim()), it.id).toBe(false);
      const sibling = dev ? `test-v${v.version}.jsonl` : `dev-v${v.version}.jsonl`;
      if (fs.existsSync(path.join(CLAIMS_DIR, sibling))) {
        const events = new Set(readClaims(sibling).map((i) => ref(i).event));
        for (const it of items) expect(events.has(ref(it).event), it.id).toBe(false);
      }
      expectNotInExamples(items.filter((i) => i.source === 'web'));
    });

    if (v.scoreLists)
      it(dev ? 'is listed as development in score.ts with look/hold parts, not as frozen' : 'is frozen in score.ts (its misses are refused), not development', () => {
        const { development, held, frozen } = scoreSplitLists();
        if (dev) {
          expect(development).toContain(`'${name}'`);
          expect(development).toContain(`'${name}:look'`);
          expect(held).toContain(`'${name}:hold'`);
          expect(frozen).not.toContain(name);
        } else {
          expect(frozen).toContain(`'${name}'`);
          expect(development).not.toContain(`'${name}'`);
        }
      });
  });
}
