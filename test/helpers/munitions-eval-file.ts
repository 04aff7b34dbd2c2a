/**
 * Shared checks of the munition-reading evaluation files eval/munitions/munitions-{test,dev}-v1.yaml (room wrmun,
 * session 14): the file's sha256, its exact counts per delivery and language, ids unique and well formed, every
 * delivery and accept id an id of knowledge/munitions.yaml `deliveries:` (only the ids are read), sources present, and
 * the Syrian Archive items equal to what eval/munitions/draw-v1.ts draws from the shared data (when it is present).
 * No check runs the engine on the items; nothing prints an item.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draw } from '../../eval/munitions/draw-v1.js';

export interface MunitionItem {
  id: string;
  lang: 'en' | 'ru' | 'ar';
  text: string;
  delivery: string | null;
  accept?: string[];
  calibre_mm?: number;
  source: string;
}

export const SHARED_INCIDENTS = '/work/shared/data/syrian-archive-cw-incidents/incidents.json';
const SA_PREFIX = 'syrian-archive-cw-incidents/incidents.json#';

export function loadMunitionItems(path: string): MunitionItem[] {
  const doc = parse(readFileSync(path, 'utf8')) as { items: MunitionItem[] };
  return doc.items;
}

export function deliveryIds(): string[] {
  const kb = parse(readFileSync('knowledge/munitions.yaml', 'utf8')) as { deliveries: { id: string }[] };
  return kb.deliveries.map((d) => d.id);
}

export function count<T>(items: T[], key: (i: T) => string): Record<string, number> {
  const c: Record<string, number> = {};
  for (const i of items) c[key(i)] = (c[key(i)] ?? 0) + 1;
  return c;
}

export function describeMunitionFile(opts: {
  name: string;
  path: string;
  sha256: string;
  split: 't' | 'd';
  perDelivery: Record<string, number>;
  perLang: Record<string, number>;
  drawRange: [number, number];
}): void {
  describe(`munitions eval ${opts.name}: recorded file and counts`, () => {
    const items = loadMunitionItems(opts.path);
    it('has the recorded sha256 (any edit fails)', () => {
      expect(createHash('sha256').update(readFileSync(opts.path)).digest('hex')).toBe(opts.sha256);
    });
    it('has the recorded counts per delivery and per language, each language at least 25%', () => {
      expect(count(items, (i) => String(i.delivery))).toEqual(opts.perDelivery);
      expect(count(items, (i) => i.lang)).toEqual(opts.perLang);
      for (const lang of ['en', 'ru', 'ar']) expect(opts.perLang[lang] / items.length).toBeGreaterThanOrEqual(0.25);
      expect(items.length).toBeGreaterThanOrEqual(60);
    });
    it('has unique ids of the form lang-tNN / lang-dNN matching the item language', () => {
      const ids = items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of items) {
        expect(i.id).toMatch(new RegExp(`^(en|ru|ar)-${opts.split}\\d{2}$`));
        expect(i.id.slice(0, 2)).toBe(i.lang);
      }
    });
    it('uses only delivery ids of knowledge/munitions.yaml (or null), accept ids too, never the label itself', () => {
      const ids = new Set(deliveryIds());
      expect(ids.size).toBe(10);
      for (const i of items) {
        if (i.delivery !== null) expect(ids.has(i.delivery)).toBe(true);
        for (const a of i.accept ?? []) {
          expect(ids.has(a)).toBe(true);
          expect(a).not.toBe(i.delivery);
        }
        if (i.calibre_mm !== undefined) expect(i.calibre_mm).toBeGreaterThan(0);
      }
    });
    it('has a text and a source (URL or shared-data ref) on every item', () => {
      for (const i of items) {
        expect(i.text.trim().length).toBeGreaterThan(20);
        expect(i.source).toMatch(/^(https?:\/\/\S+|syrian-archive-cw-incidents\/incidents\.json#[A-Z0-9]+:summary_(en|ar))$/);
      }
    });
    it.skipIf(!existsSync(SHARED_INCIDENTS))('has Syrian Archive items exactly as draw-v1.ts draws them, in its k range', () => {
      const drawn = draw(JSON.parse(readFileSync(SHARED_INCIDENTS, 'utf8')));
      const byRef = new Map(drawn.map((c) => [c.ref, c]));
      const sa = items.filter((i) => i.source.startsWith(SA_PREFIX));
      expect(sa.length).toBeGreaterThan(0);
      for (const i of sa) {
        const c = byRef.get(i.source);
        expect(c).toBeDefined();
        expect(i.text).toBe(c!.text);
        expect(i.lang).toBe(c!.lang);
        expect(c!.k).toBeGreaterThanOrEqual(opts.drawRange[0]);
        expect(c!.k).toBeLessThanOrEqual(opts.drawRange[1]);
      }
    });
  });
}
