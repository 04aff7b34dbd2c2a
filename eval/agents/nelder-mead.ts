/** Nelder-Mead simplex (standard coefficients) from a deterministic start: the minimiser the calibration scripts share
 * (eval/agents/fit-calibration.ts, eval/agents/calibration-by-rule.ts). */
export function nelderMead(f: (x: number[]) => number, x0: number[], step = 0.3, iters = 6000): number[] {
  const n = x0.length;
  let pts = [x0, ...x0.map((_, i) => x0.map((v, j) => (j === i ? v + step : v)))];
  let vals = pts.map(f);
  for (let it = 0; it < iters; it++) {
    const idx = vals.map((_, i) => i).sort((a, b) => vals[a] - vals[b]);
    pts = idx.map((i) => pts[i]);
    vals = idx.map((i) => vals[i]);
    if (Math.abs(vals[n] - vals[0]) < 1e-10 && it > 50) break;
    const cen = x0.map((_, j) => pts.slice(0, n).reduce((s, p) => s + p[j], 0) / n);
    const along = (t: number) => cen.map((c, j) => c + t * (pts[n][j] - c));
    const xr = along(-1);
    const fr = f(xr);
    if (fr < vals[0]) {
      const xe = along(-2);
      const fe = f(xe);
      [pts[n], vals[n]] = fe < fr ? [xe, fe] : [xr, fr];
    } else if (fr < vals[n - 1]) [pts[n], vals[n]] = [xr, fr];
    else {
      const xc = fr < vals[n] ? along(-0.5) : along(0.5);
      const fc = f(xc);
      if (fc < Math.min(fr, vals[n])) [pts[n], vals[n]] = [xc, fc];
      else {
        pts = pts.map((p) => p.map((v, j) => pts[0][j] + 0.5 * (v - pts[0][j])));
        vals = pts.map(f);
      }
    }
  }
  return pts[vals.indexOf(Math.min(...vals))];
}
