/**
 * The coordination network: outlets or accounts as nodes, co-publication pairs as edges (width by weight), each
 * coordination group in its own colour. The graph is a graphology Graph laid out by ForceAtlas2 (Jacomy et al.
 * 2014, PLoS ONE 9(6) e98679) from a fixed circle, so the same data draws the same picture; drawn as SVG, so it
 * prints and each node is a focusable button. Selecting a node or group calls `onSelect` with the group's
 * members; the tables under the chart are its text alternative.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useMemo } from 'preact/hooks';
import { DataTable } from './line-chart';

export interface Pair {
  a: string;
  b: string;
  weight: number;
}
export interface Group {
  members: string[];
  p_value: number;
}

/** Colour-blind-safe hues at 3:1 or more on white, one per group; outlets outside the groups are grey. */
const GROUP_COLOURS = ['#0072B2', '#C0531A', '#008060', '#A8509A', '#AD6800', '#5E60CE', '#8c564b', '#2f4f4f'];

export function layout(pairs: Pair[], groups: Group[], maxNodes = 80) {
  // the strongest pairs first, up to maxNodes nodes: a readable picture, the rest in the table
  const sorted = [...pairs].sort((x, y) => y.weight - x.weight);
  const g = new Graph({ type: 'undirected' });
  for (const p of sorted) {
    const fresh = [p.a, p.b].filter((n) => !g.hasNode(n)).length;
    if (g.order + fresh > maxNodes) continue;
    for (const n of [p.a, p.b]) if (!g.hasNode(n)) g.addNode(n);
    if (p.a !== p.b && !g.hasEdge(p.a, p.b)) g.addEdge(p.a, p.b, { weight: p.weight });
  }
  const groupOf = new Map<string, number>();
  groups.forEach((gr, k) => gr.members.forEach((m) => groupOf.has(m) || groupOf.set(m, k)));
  const nodes = g.nodes().sort();
  nodes.forEach((n, i) => {
    const t = (2 * Math.PI * i) / Math.max(1, nodes.length);
    g.setNodeAttribute(n, 'x', 100 * Math.cos(t));
    g.setNodeAttribute(n, 'y', 100 * Math.sin(t));
  });
  if (g.order > 2) forceAtlas2.assign(g, { iterations: 300, settings: { ...forceAtlas2.inferSettings(g), gravity: 1, edgeWeightInfluence: 1 } });
  return { g, groupOf, truncated: new Set(pairs.flatMap((p) => [p.a, p.b])).size - g.order };
}

export function NetworkGraph(props: { pairs: Pair[]; groups: Group[]; selected: number | null; onSelect: (group: number | null, node?: string) => void; title: string }) {
  const { g, groupOf, truncated } = useMemo(() => layout(props.pairs, props.groups), [props.pairs, props.groups]);
  const W = 760;
  const H = 420;
  const pad = 60;
  if (g.order === 0) return <p class="muted small">No co-publishing pairs to draw.</p>;
  const xs = g.nodes().map((n) => g.getNodeAttribute(n, 'x') as number);
  const ys = g.nodes().map((n) => g.getNodeAttribute(n, 'y') as number);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const X = (x: number) => pad + ((x - x0) / Math.max(1e-9, x1 - x0)) * (W - 2 * pad);
  const Y = (y: number) => pad / 2 + ((y - y0) / Math.max(1e-9, y1 - y0)) * (H - pad);
  const maxW = Math.max(...g.edges().map((e) => g.getEdgeAttribute(e, 'weight') as number), 1);
  const colour = (n: string) => (groupOf.has(n) ? GROUP_COLOURS[groupOf.get(n)! % GROUP_COLOURS.length] : '#767b84');
  const inSel = (n: string) => props.selected !== null && groupOf.get(n) === props.selected;
  return (
    <figure class="chart-figure network">
      <svg class="chart graph" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={props.title} data-testid="coordination-graph">
        <title>{props.title}</title>
        {g.mapEdges((e, attr, a, b) => (
          <line key={e} x1={X(g.getNodeAttribute(a, 'x'))} y1={Y(g.getNodeAttribute(a, 'y'))} x2={X(g.getNodeAttribute(b, 'x'))} y2={Y(g.getNodeAttribute(b, 'y'))}
            class={inSel(a) && inSel(b) ? 'edge sel' : 'edge'} stroke-width={1 + 4 * ((attr.weight as number) / maxW)}>
            <title>{`${a} — ${b}: ${attr.weight} co-publications`}</title>
          </line>
        ))}
        {g.mapNodes((n, attr) => {
          const k = groupOf.get(n);
          return (
            <g key={n} class={inSel(n) ? 'node sel' : 'node'} transform={`translate(${X(attr.x as number)} ${Y(attr.y as number)})`}
              role="button" tabIndex={0} aria-label={`${n}${k !== undefined ? `, group ${k + 1}` : ', in no group'}`}
              onClick={() => props.onSelect(k ?? null, n)} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), props.onSelect(k ?? null, n))}>
              <circle r={5 + Math.min(6, g.degree(n))} fill={colour(n)} />
              <text x={9} y={4} class="node-label">{n.length > 22 ? n.slice(0, 21) + '…' : n}</text>
            </g>
          );
        })}
      </svg>
      {truncated > 0 && <p class="small muted">The {g.order} outlets of the strongest pairs are drawn; {truncated} more are in the table.</p>}
      <div class="legend">
        {props.groups.slice(0, GROUP_COLOURS.length).map((gr, k) => (
          <button key={k} type="button" class={props.selected === k ? 'chip on legend-item' : 'chip legend-item'} aria-pressed={props.selected === k} onClick={() => props.onSelect(props.selected === k ? null : k)}>
            <span class="swatch" style={{ background: GROUP_COLOURS[k] }} />group {k + 1}: {gr.members.length} members, p = {gr.p_value.toPrecision(2)}
          </button>
        ))}
        <span class="legend-item"><span class="swatch" style={{ background: '#767b84' }} />in no group</span>
        <span class="legend-item">line width: co-publications of the pair</span>
      </div>
      <DataTable caption={`${props.title}: pairs`} head={['outlet', 'with', 'co-publications']} rows={props.pairs.map((p) => [p.a, p.b, String(p.weight)])} />
    </figure>
  );
}
