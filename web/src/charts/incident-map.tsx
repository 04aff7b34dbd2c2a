/**
 * An offline map of the incident: country boundaries from Natural Earth 1:50m (public domain), shipped in the
 * npm package world-atlas (ISC, TopoJSON by Mike Bostock), drawn as SVG with d3-geo; no tile server, nothing
 * fetched but this origin's own bundle. The incident's point is placed in the country whose boundary contains
 * it (d3-geo geoContains), so the map names the country from the boundary data, and says so when the case's
 * own country disagrees. Places the case names without coordinates are listed below the map.
 */
import { useEffect, useState } from 'preact/hooks';
import { geoContains, geoMercator, geoPath, geoCentroid, geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

type Country = Feature<Geometry, { name: string }>;

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
  const [err, setErr] = useState('');
  useEffect(() => {
    loadCountries().then(setCs).catch((e) => setErr((e as Error).message));
  }, []);
  const located = props.places.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
  const unlocated = props.places.filter((p) => !(typeof p.lat === 'number' && typeof p.lon === 'number'));
  if (err) return <p class="error">The map could not be drawn: {err}</p>;
  if (!located.length) return <p class="muted small">The case gives no coordinates, so there is no map.</p>;
  if (!cs) return <p class="muted small">Drawing the map…</p>;
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
  const inView = cs.filter((c) => {
    const b = path.bounds(c);
    return b[1][0] > 0 && b[0][0] < W && b[1][1] > 0 && b[0][1] < H;
  });
  return (
    <figure class="chart-figure map" data-testid="incident-map">
      <svg class="chart map-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${props.title}: ${located.map((p) => `${p.name}${containing(p) ? `, in ${containing(p)!.properties.name}` : ''}`).join('; ')}`}>
        <title>{props.title}</title>
        <rect width={W} height={H} class="sea" />
        {inView.map((c) => <path key={c.properties.name} d={path(c) ?? ''} class={c === home ? 'land home' : 'land'} />)}
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
              {mismatch ? `, though the case says ${p.country}` : ''}.{' '}
            </span>
          );
        })}
        Boundaries: Natural Earth 1:50m (public domain) via world-atlas; drawn offline.
      </figcaption>
      {unlocated.length > 0 && (
        <p class="small">Also named, without coordinates: {unlocated.map((p) => `${p.name} (${p.kind})`).join('; ')}.</p>
      )}
    </figure>
  );
}
