/**
 * The incident map's boundary data is the one its provenance names (web/src/charts/incident-map.tsx): world-atlas
 * countries-50m.json (Natural Earth 1:50m admin 0, public domain) by its sha256, and the Syria governorates
 * derived by web/data/derive-admin1.ts (14 first-level divisions, each with its ISO 3166-2 code).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/app/paths.js';

const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('map boundary data', () => {
  it('the world layer is world-atlas countries-50m by its recorded sha256, with every country named', () => {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    expect(sha(file)).toBe('04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394');
    const topo = JSON.parse(fs.readFileSync(file, 'utf8')) as { objects: { countries: { geometries: { properties: { name: string } }[] } } };
    const names = topo.objects.countries.geometries.map((g) => g.properties.name);
    expect(names.length).toBe(241);
    expect(names).toEqual(expect.arrayContaining(['Syria', 'Iraq', 'United Kingdom', 'Malaysia', 'Turkey', 'Lebanon']));
  });
  it('the Syria layer holds the 14 governorates', () => {
    const fc = JSON.parse(fs.readFileSync(path.join(packageRoot, 'web', 'data', 'admin1-syria.json'), 'utf8')) as { features: { properties: { iso_3166_2: string } }[] };
    expect(fc.features.map((f) => f.properties.iso_3166_2).sort()).toEqual(['SY-DI', 'SY-DR', 'SY-DY', 'SY-HA', 'SY-HI', 'SY-HL', 'SY-HM', 'SY-ID', 'SY-LA', 'SY-QU', 'SY-RA', 'SY-RD', 'SY-SU', 'SY-TA']);
  });
});
