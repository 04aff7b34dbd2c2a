/**
 * The integrity checks of the claims splits v14 (eval/claims/README.md, "Development set v14 and test split v14"): both
 * files were written by one hand from real web pages, FA-KES rows and EUvsDisinfo rows, and cut by the event an item
 * reports (`ref.event`): an event whose sha1 starts with 6-f is in dev-v14, 0-5 in test-v14, so the two share no event.
 * Weighted to English (at least 45% of each file), where the reader was weakest on held-out items. These checks never
 * run the claim reader on the items.
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

export interface V14Split {
  file: 'dev-v14.jsonl' | 'test-v14.jsonl';
  sha256: string;
  items: number;
  perLanguage: { ar: number; ru: number; en: number };
  perSource: Record<string, number>; // web, fakes, euvsdisinfo
  /** counts per blamed value ('null' for no culprit); values that do not occur are left out */
  blamed: Record<string, number>;
  blamedPerLanguage: { ar: Record<string, number>; ru: Record<string, number>; en: Record<string, number> };
  voice: Record<string, number>;
  staged: number;
  prepared: number;
  /** counts per agent value other than null */
  agents: Record<string, number>;
  events: number;
  hold: number;
}

const SHARED = path.resolve(__dirname, '../../../shared/data');
const FAKES_CSV = path.join(SHARED, 'fakes-syria-news/fakes.csv');
const EUVS_CSV = path.join(SHARED, 'euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv');
const EUVS_FILE = 'euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv';

export function describeV14Split(s: V14Split): void {
  const dev = s.file === 'dev-v14.jsonl';
  const name = s.file.replace(/\.jsonl$/, '');
  const half = dev ? '6789abcdef' : '012345';
  const d = dev ? 'd' : '';
  const prefix = { web: `web14${d}-`, fakes: `fakes14${d}-`, euvsdisinfo: `euvs14${d}-` };
  describe(`claims ${name} (${dev ? 'development' : 'frozen test'}; AR/RU/EN web pages, FA-KES and EUvsDisinfo rows)`, () => {
    const items = readClaims(s.file);

    it('is the recorded file (sha256) and holds the recorded counts per language, source, culprit, voice, staging, announced attack and agent', () => {
      expect(sha256(fs.readFileSync(path.join(CLAIMS_DIR, s.file)))).toBe(s.sha256);
      expect(items.length).toBe(s.items);
      expect(count(items.map((i) => i.language))).toEqual(s.perLanguage);
      expect(count(items.map((i) => i.source))).toEqual(s.perSource);
      expect(count(items.map((i) => i.labels.blamed))).toEqual(s.blamed);
      for (const l of ['ar', 'ru', 'en'] as const)
        expect(count(items.filter((i) => i.language === l).map((i) => i.labels.blamed)), l).toEqual(s.blamedPerLanguage[l]);
      expect(count(items.map((i) => i.labels.voice))).toEqual(s.voice);
      expect(items.filter((i) => i.labels.staged === true).length).toBe(s.staged);
      expect(items.filter((i) => i.labels.prepared).length).toBe(s.prepared);
      expect(count(items.filter((i) => i.labels.agent !== null).map((i) => i.labels.agent))).toEqual(s.agents);
      expect(new Set(items.map((i) => ref(i).event)).size).toBe(s.events);
      // the weighting asked for: at least 45% English (the reader's weakest language on held-out items), the rest Russian and Arabic
      expect(s.perLanguage.en / items.length).toBeGreaterThanOrEqual(0.45);
      expect(s.perLanguage.ru).toBeGreaterThan(0);
      expect(s.perLanguage.ar).toBeGreaterThan(0);
    });

    it(`ids are ${prefix.web}sha1(url)[:10], ${prefix.fakes}unit_id or ${prefix.euvsdisinfo}sha1(title)[:10], unique; every event key is in the ${half[0]}-${half.at(-1)} half of sha1(event)`, () => {
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      const web = items.filter((i) => i.source === 'web');
      expect(new Set(web.map((i) => ref(i).url)).size).toBe(web.length);
      for (const it of items) {
        expect(['web', 'fakes', 'euvsdisinfo'], it.id).toContain(it.source);
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

    it('is disjoint from every other split by URL, id, headline, text and (dev-v14 / test-v14) event, and from the bundled examples by URL', () => {
      const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== s.file);
      expect(others.length).toBeGreaterThanOrEqual(22);
      expect(others).toContain('dev-v13.jsonl');
      expect(others).toContain('test-v13.jsonl');
      expectDisjoint(items, others);
      const texts = new Set(others.flatMap(readClaims).map((i) => i.text.trim()));
      for (const it of items) expect(texts.has(it.text.trim()), it.id).toBe(false);
      const sibling = dev ? 'test-v14.jsonl' : 'dev-v14.jsonl';
      if (fs.existsSync(path.join(CLAIMS_DIR, sibling))) {
        const events = new Set(readClaims(sibling).map((i) => ref(i).event));
        for (const it of items) expect(events.has(ref(it).event), it.id).toBe(false);
      }
      expectNotInExamples(items.filter((i) => i.source === 'web'));
    });

    it(dev ? 'is listed as development in score.ts with look/hold parts, not as frozen' : 'is frozen in score.ts (its misses are refused), not development', () => {
      const { development, held, frozen } = scoreSplitLists();
      if (dev) {
        expect(development).toContain("'dev-v14'");
        expect(development).toContain("'dev-v14:look'");
        expect(held).toContain("'dev-v14:hold'");
        expect(frozen).not.toContain('dev-v14');
      } else {
        expect(frozen).toContain("'test-v14'");
        expect(development).not.toContain("'test-v14'");
      }
    });
  });
}
