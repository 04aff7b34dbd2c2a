/**
 * SVG chart: cumulative distinct outlets per narrative over hours since the event (a step line per
 * narrative, x = hours, y = outlets). Plain SVG text, fixed number formatting, so the same data gives the
 * same bytes (golden-file friendly), and it renders on the server and in the browser alike.
 */
export interface ChartSeries {
  label: string;
  /** hours since the event of each successive new outlet */
  hours: number[];
}

const PALETTE = ['#c0392b', '#2471a3', '#229954', '#b9770e', '#7d3c98', '#117a65', '#616a6b', '#a04000'];
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const f = (x: number) => (Math.round(x * 10) / 10).toString();

function niceStep(range: number, ticks: number): number {
  const raw = range / ticks;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

export function convergenceChart(series: ChartSeries[], opts: { title?: string; width?: number; height?: number } = {}): string {
  const W = opts.width ?? 720;
  const H = opts.height ?? 360;
  const m = { l: 56, r: 16, t: 36, b: 58 };
  const legendH = 16 * Math.min(series.length, 8);
  const ph = H - m.t - m.b - legendH;
  const pw = W - m.l - m.r;
  const all = series.flatMap((s) => s.hours);
  let x0 = Math.min(0, ...all);
  let x1 = Math.max(1, ...all);
  if (x1 - x0 < 1) x1 = x0 + 1;
  const step = niceStep(x1 - x0, 8);
  x0 = Math.floor(x0 / step) * step;
  x1 = Math.ceil(x1 / step) * step;
  const yMax = Math.max(1, ...series.map((s) => s.hours.length));
  // outlets are whole numbers: integer ticks, and one step of headroom so the top line is not on the frame
  const yStep = Math.max(1, Math.round(niceStep(yMax, 5)));
  const y1 = (Math.floor(yMax / yStep) + 1) * yStep;
  const X = (h: number) => m.l + ((h - x0) / (x1 - x0)) * pw;
  const Y = (n: number) => m.t + ph - (n / y1) * ph;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`);
  out.push(`<title>${esc(opts.title ?? 'Cumulative distinct outlets per narrative')}</title>`);
  out.push(`<text x="${m.l}" y="20" font-size="13" font-weight="bold">${esc(opts.title ?? 'Cumulative distinct outlets per narrative')}</text>`);
  for (let v = x0; v <= x1 + 1e-9; v += step) {
    out.push(`<line x1="${f(X(v))}" y1="${m.t}" x2="${f(X(v))}" y2="${f(m.t + ph)}" stroke="#ddd"/>`);
    out.push(`<text x="${f(X(v))}" y="${f(m.t + ph + 14)}" text-anchor="middle">${f(v)}</text>`);
  }
  for (let v = 0; v <= y1 + 1e-9; v += yStep) {
    out.push(`<line x1="${m.l}" y1="${f(Y(v))}" x2="${f(m.l + pw)}" y2="${f(Y(v))}" stroke="#ddd"/>`);
    out.push(`<text x="${m.l - 6}" y="${f(Y(v) + 4)}" text-anchor="end">${f(v)}</text>`);
  }
  // the event line, labelled above the plot so no step line runs through the label
  if (x0 <= 0 && x1 >= 0) out.push(`<line x1="${f(X(0))}" y1="${m.t}" x2="${f(X(0))}" y2="${f(m.t + ph)}" stroke="#000" stroke-dasharray="4 3"/><text x="${f(X(0) + 4)}" y="${m.t - 4}">event</text>`);
  out.push(`<text x="${f(m.l + pw / 2)}" y="${f(m.t + ph + 32)}" text-anchor="middle">hours since the event</text>`);
  out.push(`<text transform="translate(14 ${f(m.t + ph / 2)}) rotate(-90)" text-anchor="middle">distinct outlets</text>`);
  const shown = series.slice(0, 8);
  shown.forEach((s, i) => {
    const c = PALETTE[i % PALETTE.length];
    // narratives with the same counts would hide each other: each line is nudged by 2 px and marks its steps
    const dy = (i - (shown.length - 1) / 2) * 2;
    const y = (n: number) => f(Y(n) + dy);
    if (s.hours.length) {
      let d = `M${f(X(s.hours[0]))},${y(0)}`;
      s.hours.forEach((h, k) => (d += `H${f(X(h))}V${y(k + 1)}`));
      d += `H${f(X(x1))}`;
      out.push(`<path d="${d}" fill="none" stroke="${c}" stroke-width="2"/>`);
      s.hours.forEach((h, k) => out.push(`<circle cx="${f(X(h))}" cy="${y(k + 1)}" r="2.5" fill="${c}"/>`));
    }
    const ly = m.t + ph + 54 + 16 * i;
    out.push(`<rect x="${m.l}" y="${ly - 9}" width="12" height="3" fill="${c}"/><text x="${m.l + 18}" y="${ly - 4}">${esc(s.label)} (${s.hours.length})</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
