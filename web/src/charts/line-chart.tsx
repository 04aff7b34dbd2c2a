/**
 * A small hand-drawn SVG line chart: step series (cumulative counts), an optional band (e.g. the baseline of
 * past events) and optional marked points. No chart library: the bundle stays small and the SVG prints.
 */
export interface Series {
  label: string;
  colour: string;
  points: [number, number][];
  /** colour per point (outlets by affiliation), else the series colour */
  pointColours?: string[];
  pointLabels?: string[];
}
export interface Band {
  label: string;
  /** [x, ylow, yhigh] */
  points: [number, number, number][];
}

const nice = (max: number) => {
  if (max <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(max)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
};

/** Round tick positions (multiples of 1, 2, 2.5 or 5 x 10^k) covering [min, max]. */
function xTicks(min: number, max: number): number[] {
  const step = nice((max - min) / 6);
  const out: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + 1e-9; t += step) out.push(Math.round(t * 100) / 100);
  return out;
}

export function LineChart(props: { series: Series[]; band?: Band; xLabel: string; yLabel: string; width?: number; height?: number; xMax?: number; title: string }) {
  const W = props.width ?? 760;
  const H = props.height ?? 300;
  const m = { l: 48, r: 16, t: 12, b: 40 };
  const xs = props.series.flatMap((s) => s.points.map((p) => p[0])).concat(props.band?.points.map((p) => p[0]) ?? []);
  const ys = props.series.flatMap((s) => s.points.map((p) => p[1])).concat(props.band?.points.map((p) => p[2]) ?? []);
  const xMin = Math.min(0, ...xs);
  const xMax = props.xMax ?? nice(Math.max(1, ...xs));
  const yMax = nice(Math.max(1, ...ys));
  const X = (x: number) => m.l + ((Math.min(x, xMax) - xMin) / (xMax - xMin)) * (W - m.l - m.r);
  const Y = (y: number) => H - m.b - (y / yMax) * (H - m.t - m.b);
  const ticks = (max: number, min = 0) => Array.from({ length: 6 }, (_, i) => min + ((max - min) * i) / 5);
  const step = (pts: [number, number][]) => {
    if (!pts.length) return '';
    let d = `M${X(pts[0][0])},${Y(0)} V${Y(pts[0][1])}`;
    for (let i = 1; i < pts.length; i++) d += ` H${X(pts[i][0])} V${Y(pts[i][1])}`;
    return d + ` H${X(xMax)}`;
  };
  return (
    <figure class="chart-figure">
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.title}>
      <title>{props.title}</title>
      {ticks(yMax).map((t) => (
        <g key={'y' + t}>
          <line x1={m.l} x2={W - m.r} y1={Y(t)} y2={Y(t)} class="grid" />
          <text x={m.l - 6} y={Y(t) + 4} text-anchor="end" class="tick">{Math.round(t * 10) / 10}</text>
        </g>
      ))}
      {xTicks(xMin, xMax).map((t) => (
        <text key={'x' + t} x={X(t)} y={H - m.b + 16} text-anchor="middle" class="tick">{Math.round(t)}</text>
      ))}
      {xMin < 0 && <line x1={X(0)} x2={X(0)} y1={m.t} y2={H - m.b} class="event-line" />}
      {props.band && props.band.points.length > 1 && (
        <path
          class="band"
          d={
            'M' + props.band.points.map((p) => `${X(p[0])},${Y(p[2])}`).join(' L') +
            ' L' + [...props.band.points].reverse().map((p) => `${X(p[0])},${Y(p[1])}`).join(' L') + ' Z'
          }
        >
          <title>{props.band.label}</title>
        </path>
      )}
      {props.series.map((s) => (
        <g key={s.label}>
          <path d={step(s.points)} fill="none" stroke={s.colour} stroke-width="2" />
          {s.points.map((p, i) => (
            <circle key={i} cx={X(p[0])} cy={Y(p[1])} r="3.5" fill={s.pointColours?.[i] ?? s.colour}>
              {s.pointLabels?.[i] && <title>{s.pointLabels[i]}</title>}
            </circle>
          ))}
        </g>
      ))}
      <text x={(m.l + W - m.r) / 2} y={H - 6} text-anchor="middle" class="axis-label">{props.xLabel}</text>
      <text x={12} y={(m.t + H - m.b) / 2} text-anchor="middle" class="axis-label" transform={`rotate(-90 12 ${(m.t + H - m.b) / 2})`}>{props.yLabel}</text>
    </svg>
    <DataTable caption={props.title} head={['series', props.xLabel, props.yLabel, 'point']} rows={props.series.flatMap((s) => s.points.map((p, i) => [s.label, p[0].toFixed(1), String(p[1]), s.pointLabels?.[i] ?? '']))} />
    </figure>
  );
}

/** The text alternative of a chart: its numbers as a table, folded away (first 300 rows). */
export function DataTable(props: { caption: string; head: string[]; rows: string[][] }) {
  const rows = props.rows.slice(0, 300);
  return (
    <details class="data-table">
      <summary>data table ({props.rows.length} row{props.rows.length === 1 ? '' : 's'})</summary>
      <div class="table-scroll">
        <table>
          <caption class="sr-only">{props.caption}</caption>
          <thead><tr>{props.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>{rows.map((r, i) => <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}</tr>)}</tbody>
        </table>
      </div>
      {props.rows.length > rows.length && <p class="small muted">first {rows.length} of {props.rows.length} rows</p>}
    </details>
  );
}

/** Horizontal probability bars with the value printed (SVG). */
export function Bars(props: { rows: { label: string; value: number; note?: string; strong?: boolean }[]; title: string; width?: number }) {
  const W = props.width ?? 520;
  const rowH = 24;
  const labelW = 220;
  const H = props.rows.length * rowH + 6;
  const cut = (s: string) => (s.length > 32 ? s.slice(0, 31) + '…' : s);
  return (
    <figure class="chart-figure">
    <svg class="chart bars" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.title}>
      <title>{props.title}</title>
      {props.rows.map((r, i) => (
        <g key={r.label} transform={`translate(0 ${i * rowH + 3})`}>
          <text x={labelW - 8} y={15} text-anchor="end" class={r.strong ? 'bar-label strong' : 'bar-label'}>{cut(r.label)}<title>{r.label}</title></text>
          <rect x={labelW} y={3} width={W - labelW - 70} height={rowH - 8} class="bar-bg" />
          <rect x={labelW} y={3} width={Math.max(1, (W - labelW - 70) * Math.min(1, r.value))} height={rowH - 8} class={r.strong ? 'bar strong' : 'bar'} />
          <text x={W - 64} y={15} class="bar-value">{r.note ?? `${(r.value * 100).toFixed(r.value < 0.1 ? 1 : 0)}%`}</text>
        </g>
      ))}
    </svg>
    <DataTable caption={props.title} head={['', 'value']} rows={props.rows.map((r) => [r.label, r.note ?? `${(r.value * 100).toFixed(r.value < 0.1 ? 1 : 0)}%`])} />
    </figure>
  );
}
