/**
 * An offline map of the incident: country boundaries from Natural Earth 1:50m (public domain), shipped in the
 * npm package world-atlas (ISC, TopoJSON by Mike Bostock), drawn as SVG with d3-geo; no tile server, nothing
 * fetched but this origin's own bundle. The incident's point is placed in the country whose boundary contains
 * it (d3-geo geoContains), so the map names the country from the boundary data, and says so when the case's
 * own country disagrees. Within Syria the governorates (first-level divisions) are drawn from Natural Earth
 * 1:10m admin 1 (public domain; web/data/admin1-syria.json, derived by web/data/derive-admin1.ts): the one that
 * holds the incident and the ones the case names (by Natural Earth's names and spellings, e.g. "Idleb",
 * "Rif Dimashq governorate") are shaded and labelled. Places the case names without coordinates are listed
 * below the map, with the governorate drawn for them when their name is one.
 *
 * Outside Syria (first-level divisions are shipped for Syria only) the map draws the country boundaries alone
 * and says so. A case that gives no coordinates but names its country gets a map of that country (shaded, no
 * point). The world layer is world-atlas 2.0.2 countries-50m.json, sha256
 * 04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394 (Natural Earth 1:50m admin 0, public domain;
 * test/map-data.test.ts checks the installed file is that one).
 */
import { useEffect, useState } from 'preact/hooks';
import { geoContains, geoMercator, geoPath, geoCentroid, geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

type Country = Feature<Geometry, { name: string }>;

type Region = Feature<Geometry, { name: string; iso_3166_2: string; alt: string[] }>;

let regions: Promise<Region[]> | null = null;
function loadRegions(): Promise<Region[]> {
  regions ??= import('../../data/admin1-syria.json').then((m) => (m as unknown as { default: FeatureCollection<Geometry, Region['properties']> }).default.features as Region[]);
  return regions;
}

const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[`'’‘]/g, "'");

/** The governorate a place's name names: the longest of its Natural Earth names found as whole words. */
export function regionNamed(rs: Region[], text: string): Region | undefined {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  let best: { r: Region; n: number } | undefined;
  for (const r of rs)
    for (const n of [r.properties.name, ...r.properties.alt]) {
      const k = fold(n).replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
      if (k.length >= 4 && t.includes(` ${k} `) && (!best || k.length > best.n)) best = { r, n: k.length };
    }
  return best?.r;
}

let countries: Promise<Country[]> | null = null;
function loadCountries(): Promise<Country[]> {
  countries ??= Promise.all([import('world-atlas/countries-50m.json'), import('topojson-client')]).then(([topo, tc]) => {
    const t = (topo as unknown as { default: Parameters<typeof tc.feature>[0] }).default;
    const fc = tc.feature(t, (t as unknown as { objects: { countries: Parameters<typeof tc.feature>[1] } }).objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
    return fc.features;
  });
  return countries;
}

export interface MapPlace {
  name: string;
  lat?: number;
  lon?: number;
  country?: string;
  kind: string;
}

export function IncidentMap(props: { places: MapPlace[]; title: string }) {
  const [cs, setCs] = useState<Country[] | null>(null);
  const [rs, setRs] = useState<Region[]>([]);
  const [err, setErr] = useState('');
  useEffect(() => {
    loadCountries().then(setCs).catch((e) => setErr((e as Error).message));
    loadRegions().then(setRs).catch(() => setRs([]));
  }, []);
  const located = props.places.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
  const unlocated = props.places.filter((p) => !(typeof p.lat === 'number' && typeof p.lon === 'number'));
  if (err) return <p class="error">The map could not be drawn: {err}</p>;
  if (!located.length && !props.places.some((p) => p.country)) return <p class="muted small">The case gives neither coordinates nor a country, so there is no map.</p>;
  if (!cs) return <p class="muted small">Drawing the map…</p>;
  if (!located.length) return <CountryMap countries={cs} places={props.places} title={props.title} />;
  const W = 640;
  const H = 400;
  const containing = (p: MapPlace) => cs.find((c) => geoContains(c, [p.lon!, p.lat!]));
  const first = located[0];
  const home = containing(first);
  // frame: the country holding the incident (or a 6° box around it), with room for its neighbours
  const frame: Feature = home && geoArea(home) < 0.02
    ? home
    : { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[first.lon! - 3, first.lat! - 3], [first.lon! + 3, first.lat! - 3], [first.lon! + 3, first.lat! + 3], [first.lon! - 3, first.lat! + 3], [first.lon! - 3, first.lat! - 3]]] } };
  const proj = geoMercator().fitExtent([[40, 30], [W - 40, H - 30]], frame);
  const path = geoPath(proj);
  const regionOf = (p: MapPlace) => rs.find((r) => geoContains(r, [p.lon!, p.lat!]));
  // the governorates that hold a located place, and the ones the places' names name
  const holding = new Set(located.map(regionOf).filter((r): r is Region => !!r));
  const named = new Map<Region, string[]>();
  for (const p of props.places) {
    const r = regionNamed(rs, p.name);
    if (r) named.set(r, [...(named.get(r) ?? []), p.kind]);
  }
  const shaded = (r: Region) => holding.has(r) || named.has(r);
  const inView = cs.filter((c) => {
    const b = path.bounds(c);
    return b[1][0] > 0 && b[0][0] < W && b[1][1] > 0 && b[0][1] < H;
  });
  return (
    <figure class="chart-figure map" data-testid="incident-map">
      <svg class="chart map-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${props.title}: ${located.map((p) => `${p.name}${regionOf(p) ? `, in the governorate of ${regionOf(p)!.properties.name}` : ''}${containing(p) ? `, in ${containing(p)!.properties.name}` : ''}`).join('; ')}${named.size ? `; governorates named: ${[...named.keys()].map((r) => r.properties.name).join(', ')}` : ''}`}>
        <title>{props.title}</title>
        <rect width={W} height={H} class="sea" />
        {inView.map((c) => <path key={c.properties.name} d={path(c) ?? ''} class={c === home ? 'land home' : 'land'} />)}
        {rs.map((r) => <path key={r.properties.iso_3166_2} d={path(r) ?? ''} class={shaded(r) ? 'admin1 named' : 'admin1'} data-region={r.properties.iso_3166_2} />)}
        {rs.filter(shaded).map((r) => {
          const [x, y] = proj(geoCentroid(r)) ?? [-1, -1];
          return x > 20 && x < W - 20 && y > 12 && y < H - 8 ? <text key={'r' + r.properties.iso_3166_2} x={x} y={y + 14} class="region-label" text-anchor="middle">{r.properties.name}</text> : null;
        })}
        {inView.map((c) => {
          const [x, y] = proj(geoCentroid(c)) ?? [-1, -1];
          return x > 20 && x < W - 20 && y > 12 && y < H - 8 ? <text key={'l' + c.properties.name} x={x} y={y} class={c === home ? 'country-label home' : 'country-label'} text-anchor="middle">{c.properties.name}</text> : null;
        })}
        {located.map((p) => {
          const [x, y] = proj([p.lon!, p.lat!]) ?? [0, 0];
          return (
            <g key={p.name} transform={`translate(${x} ${y})`} class="place">
              <circle r="6" />
              <text x="9" y="-8" class="place-label">{p.name}</text>
            </g>
          );
        })}
      </svg>
      <figcaption class="small muted">
        {located.map((p) => {
          const c = containing(p);
          const mismatch = c && p.country && !c.properties.name.toLowerCase().includes(p.country.toLowerCase()) && p.country.length > 2;
          return (
            <span key={p.name} data-testid="map-place">
              {p.name} ({p.lat!.toFixed(3)}, {p.lon!.toFixed(3)}): {c ? `inside ${c.properties.name} by the boundary data` : 'outside every country boundary in the data'}
              {regionOf(p) ? `, in the governorate of ${regionOf(p)!.properties.name} (${regionOf(p)!.properties.iso_3166_2})` : ''}
              {mismatch ? `, though the case says ${p.country}` : ''}.{' '}
            </span>
          );
        })}
        {located.some((p) => !regionOf(p)) ? 'First-level divisions are shipped for Syria only; outside it the map draws country boundaries. ' : ''}
        Boundaries: countries from Natural Earth 1:50m via world-atlas, governorates from Natural Earth 1:10m admin 1 (both public domain); drawn offline.
      </figcaption>
      {unlocated.length > 0 && (
        <p class="small">Also named, without coordinates: {unlocated.map((p) => { const r = regionNamed(rs, p.name); return `${p.name} (${p.kind}${r ? `; shaded: the governorate of ${r.properties.name}` : ''})`; }).join('; ')}.</p>
      )}
    </figure>
  );
}

/** The country a case names (by Natural Earth's English name, e.g. "Iraq", "United Kingdom"), or undefined. */
export function countryNamed(cs: Country[], name: string | undefined): Country | undefined {
  const n = fold(name ?? '').trim();
  if (n.length < 3) return undefined;
  return cs.find((c) => fold(c.properties.name) === n) ?? cs.find((c) => fold(c.properties.name).startsWith(n + ' ') || n.startsWith(fold(c.properties.name) + ' '));
}

/** No coordinates but a country: the country is drawn and shaded, with its neighbours, and no point. */
function CountryMap(props: { countries: Country[]; places: MapPlace[]; title: string }) {
  const named = props.places.map((p) => ({ p, c: countryNamed(props.countries, p.country) })).filter((x): x is { p: MapPlace; c: Country } => !!x.c);
  if (!named.length) return <p class="muted small">The case gives no coordinates, and its country ({props.places.map((p) => p.country).filter(Boolean).join(', ')}) is not a country name in the boundary data, so there is no map.</p>;
  const W = 640;
  const H = 400;
  const home = named[0].c;
  const proj = geoMercator().fitExtent([[40, 30], [W - 40, H - 30]], home);
  const path = geoPath(proj);
  const inView = props.countries.filter((c) => {
    const b = path.bounds(c);
    return b[1][0] > 0 && b[0][0] < W && b[1][1] > 0 && b[0][1] < H;
  });
  return (
    <figure class="chart-figure map" data-testid="incident-map">
      <svg class="chart map-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${props.title}: ${home.properties.name}, the country the case names (no coordinates given)`}>
        <title>{props.title}</title>
        <rect width={W} height={H} class="sea" />
        {inView.map((c) => <path key={c.properties.name} d={path(c) ?? ''} class={c === home ? 'land home' : 'land'} />)}
        {inView.map((c) => {
          const [x, y] = proj(geoCentroid(c)) ?? [-1, -1];
          return x > 20 && x < W - 20 && y > 12 && y < H - 8 ? <text key={'l' + c.properties.name} x={x} y={y} class={c === home ? 'country-label home' : 'country-label'} text-anchor="middle">{c.properties.name}</text> : null;
        })}
      </svg>
      <figcaption class="small muted">
        <span data-testid="map-place">{named[0].p.name}: no coordinates given; the country the case names, {home.properties.name}, is shaded.</span> Add lat and lon to the case's place for a point. Boundaries: countries from Natural Earth 1:50m via world-atlas (public domain); drawn offline.
      </figcaption>
    </figure>
  );
}
