/**
 * Narrative pane: cumulative distinct outlets per narrative over hours since the event, outlets coloured by
 * affiliation, the baseline band of past events and coordination groups, from the narrative engine (docs/narrative.md)
 * when wired; otherwise the case's own reports drawn as one series, so the analyst still sees the spread.
 */
import { useEffect, useState } from 'preact/hooks';
import { all, api, unavailable } from '../api';
import type { CaseView, Report, Source } from '../types';
import { AFFILIATION_COLOURS, colourOf, fmtTime, toMs } from '../format';
import { LineChart, type Band, type Series } from '../charts/line-chart';
import { NetworkGraph } from '../charts/network';
import { baselineWords } from '../narrative-counts';

interface NarrativeOut {
  event_time: string;
  items: number;
  narratives: {
    id: string;
    label: string;
    claims: Record<string, unknown>;
    items: number;
    outlets: (string | { outlet: string; first_seen?: string; affiliation?: string })[];
    first_seen: string | null;
    lead_hours: number;
    hours_to_outlets: Record<string, number | null>;
    t50_hours: number | null;
    t90_hours: number | null;
    state_affiliated_share: number;
    curve?: { hours: number; outlets: number; outlet?: string; affiliation?: string }[];
  }[];
  coordination: { pairs: { a: string; b: string; weight: number; symmetry: number }[]; groups: { members: string[]; p_value: number }[] };
  baseline: { events: number; percentile: number | null; likelihood_ratio: number | null; too_thin?: boolean; statement?: string; k?: number; past_hours_to_k?: number[]; past_events?: { id: string; hours_to_k: number | null }[]; focal_narrative?: string | null; left_out?: number };
}

const PALETTE = ['#1b4965', '#b5651d', '#4a7c59', '#7b2d8b', '#8c564b', '#2f4f4f'];

function affiliationOf(sources: Source[]): (outlet: string) => string {
  const m = new Map<string, string>();
  for (const s of sources) for (const n of [s.name, s.id, ...s.aliases]) m.set(n.toLowerCase(), s.affiliation.type);
  return (o) => m.get(o.toLowerCase()) ?? 'unknown';
}

/** Hours since the event at which each new outlet first appears: the fallback series. */
function cumulative(reports: Report[], t0: number, aff: (o: string) => string): Series {
  const seen = new Set<string>();
  const pts: [number, number][] = [];
  const colours: string[] = [];
  const labels: string[] = [];
  for (const r of [...reports].sort((a, b) => toMs(a.published_at) - toMs(b.published_at))) {
    if (seen.has(r.outlet)) continue;
    seen.add(r.outlet);
    const h = (toMs(r.published_at) - t0) / 3600000;
    pts.push([h, seen.size]);
    colours.push(colourOf(aff(r.outlet)));
    labels.push(`${r.outlet} (${aff(r.outlet)}), ${fmtTime(r.published_at)}`);
  }
  return { label: 'all reports', colour: '#1b4965', points: pts, pointColours: colours, pointLabels: labels };
}

export function NarrativePane(props: { view: CaseView }) {
  const [out, setOut] = useState<NarrativeOut | null | 'n/a'>(null);
  const [reports, setReports] = useState<Report[] | null>(null);
  const [error, setError] = useState('');
  const t0 = toMs(props.view.case.when.at);
  // 72 h unless a narrative first appears later: then the smallest window that shows every narrative's start
  const [chosen, setWindowH] = useState<number | null>(null);
  const WINDOWS = [24, 72, 168, 336, 720];
  const firstHours = out && out !== 'n/a' ? out.narratives.map((n) => (toMs(n.first_seen) - t0) / 3600000).filter(Number.isFinite) : [];
  const windowH = chosen ?? (WINDOWS.find((w) => w >= 72 && firstHours.every((h) => h <= w)) ?? 720);
  const [group, setGroup] = useState<number | null>(null);
  const [node, setNode] = useState<string | null>(null);
  const caseId = encodeURIComponent(props.view.case.id);
  const aff = affiliationOf(props.view.sources);
  useEffect(() => {
    // the reports themselves only when the engine gives no adoption curve (a big case's view stays light)
    const fallback = () => all<Report>(`/api/cases/${caseId}/reports`, 5000).then(setReports).catch((e) => setError(e.message));
    api<NarrativeOut>(`/api/cases/${caseId}/narrative`)
      .then((o) => {
        setOut(o);
        if (o.narratives.some((n) => !n.curve?.length)) void fallback();
      })
      .catch((e) => {
        if (unavailable(e)) setOut('n/a');
        else (setError(e.message), setOut('n/a'));
        void fallback();
      });
  }, [caseId]);

  let series: Series[] = [];
  let band: Band | undefined;
  if (out && out !== 'n/a') {
    series = out.narratives.slice(0, 6).map((n, k) => {
      if (n.curve?.length) {
        return {
          label: n.label,
          colour: PALETTE[k % PALETTE.length],
          points: n.curve.map((p) => [p.hours, p.outlets] as [number, number]),
          pointColours: n.curve.map((p) => colourOf(p.affiliation?.split(':')[0])),
          pointLabels: n.curve.map((p) => `${p.outlet ?? ''} (${p.affiliation ?? 'unknown'}), +${p.hours.toFixed(1)} h`),
        };
      }
      const rs = (reports ?? []).filter(() => true);
      const s = cumulative(rs.filter((r) => n.outlets.some((o) => (typeof o === 'string' ? o : o.outlet) === r.outlet)), t0, aff);
      return { ...s, label: n.label, colour: PALETTE[k % PALETTE.length] };
    });
    // the baseline as the band of hours at which the usable past events' focal narratives reached k outlets
    const w = baselineWords(out.baseline, out.narratives);
    if (w.band) band = { label: w.band.label, points: [[w.band.lo, 0, w.k], [w.band.hi, 0, w.k]] };
  } else if (reports) series = [cumulative(reports, t0, aff)];

  // a window of hours since the event: late items (an inquiry's report two years on) would flatten the curve
  const clipped = series.map((s) => {
    const keep = s.points.map((p, i) => [p, i] as const).filter(([p]) => p[0] <= windowH);
    return { ...s, points: keep.map(([p]) => p), pointColours: s.pointColours && keep.map(([, i]) => s.pointColours![i]), pointLabels: s.pointLabels && keep.map(([, i]) => s.pointLabels![i]) };
  });
  const kOut = out && out !== 'n/a' ? out.baseline.k ?? 5 : 5;
  const later = series.reduce((n, s) => n + s.points.filter((p) => p[0] > windowH).length, 0);
  return (
    <div class="narrative-pane">
      <div class="chips" role="group" aria-label="Time window">
        {WINDOWS.map((h) => (
          <button key={h} class={windowH === h ? 'chip on' : 'chip'} aria-pressed={windowH === h} onClick={() => setWindowH(h)}>{h < 168 ? `${h} h` : `${h / 24} days`}</button>
        ))}
      </div>
      {error && <div class="error">{error}</div>}
      {out === 'n/a' && <p class="muted small">The narrative engine is not available on this server: the chart shows every report of the case as one series.</p>}
      <LineChart title="Cumulative distinct outlets over hours since the event" series={clipped} band={band} xMax={windowH} xLabel="hours since the event" yLabel="distinct outlets" />
      {later > 0 && <p class="muted small">{later} outlet{later === 1 ? '' : 's'} first appeared after {windowH} h and {later === 1 ? 'is' : 'are'} outside this window.</p>}
      <div class="legend">
        {Object.entries(AFFILIATION_COLOURS).map(([k, c]) => (
          <span key={k} class="legend-item"><span class="swatch" style={{ background: c }} />{k}</span>
        ))}
        {band && <span class="legend-item"><span class="swatch band-swatch" />{band.label}</span>}
        {series.length > 1 && series.map((s) => <span key={s.label} class="legend-item"><span class="swatch line-swatch" style={{ background: s.colour }} />{s.label}</span>)}
      </div>
      {out && out !== 'n/a' && (
        <>
          <div class="table-scroll wide">
          <table class="narratives">
            <thead><tr><th scope="col">narrative</th><th scope="col" class="num">items</th><th scope="col" class="num">outlets</th><th scope="col">first seen</th><th scope="col" class="num" title="hours before (−) or after the event that the narrative first appeared">lead h</th>{kOut !== 5 && <th scope="col" class="num" title={`hours since the event until ${kOut} distinct outlets carried it (the baseline's k)`}>h to {kOut} outlets</th>}<th scope="col" class="num" title="hours since the event until 5 distinct outlets carried it">h to 5 outlets</th><th scope="col" class="num" title="hours until half of its outlets had carried it">t50 h</th><th scope="col" class="num" title="share of its outlets that are state-affiliated">state share</th></tr></thead>
            <tbody>
              {out.narratives.map((n) => (
                <tr key={n.id}>
                  <th scope="row">{n.label}</th><td class="num">{n.items}</td><td class="num">{n.outlets.length}</td><td>{fmtTime(n.first_seen)}</td>
                  <td class="num">{n.lead_hours?.toFixed(1)}</td>{kOut !== 5 && <td class="num">{n.hours_to_outlets?.[String(kOut)]?.toFixed(1) ?? '—'}</td>}<td class="num">{n.hours_to_outlets?.['5']?.toFixed(1) ?? '—'}</td>
                  <td class="num">{n.t50_hours?.toFixed(1) ?? '—'}</td><td class="num">{Math.round(n.state_affiliated_share * 100)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          <h3>Coordination network</h3>
          <p class="small muted">Outlets that published within the same short window again and again ({out.coordination.pairs.length} pairs, {out.coordination.groups.length} group{out.coordination.groups.length === 1 ? '' : 's'} beyond chance). Select a group or an outlet to read what its members published.</p>
          <NetworkGraph title="Coordination network of outlets" pairs={out.coordination.pairs} groups={out.coordination.groups} selected={group} onSelect={(k, n) => { setGroup(k); setNode(n ?? null); }} />
          {(group !== null || node) && <SharedTexts caseId={caseId} members={group !== null ? out.coordination.groups[group].members : [node!]} title={group !== null ? `Group ${group + 1}` : node!} />}
          <p class="small" data-testid="baseline-text">{baselineWords(out.baseline, out.narratives).text}</p>
          {out.baseline.statement && <details class="small"><summary>the engine's comparison in full</summary><p>{out.baseline.statement}</p></details>}
        </>
      )}
    </div>
  );
}

/**
 * What a coordination group's members published: their reports, and the texts two or more of them share
 * (same title or same opening words, case and spacing ignored), which is what coordination looks like.
 */
function SharedTexts(props: { caseId: string; members: string[]; title: string }) {
  const [reports, setReports] = useState<Report[] | null>(null);
  useEffect(() => {
    setReports(null);
    Promise.all(props.members.slice(0, 20).map((m) => api<{ items: Report[] }>(`/api/cases/${props.caseId}/reports?outlet=${encodeURIComponent(m)}&limit=50`).then((p) => p.items).catch(() => [])))
      .then((xs) => setReports(xs.flat()))
      .catch(() => setReports([]));
  }, [props.members.join('\u0000')]);
  if (!reports) return <p class="muted small">Loading what {props.title} published…</p>;
  const key = (r: Report) => (r.title || r.text).toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 80);
  const by = new Map<string, Report[]>();
  for (const r of reports) if (key(r)) by.set(key(r), [...(by.get(key(r)) ?? []), r]);
  const shared = [...by.values()].filter((rs) => new Set(rs.map((r) => r.outlet)).size > 1).sort((a, b) => b.length - a.length);
  return (
    <section class="shared-texts" aria-label={`What ${props.title} published`} data-testid="shared-texts">
      <h4>{props.title}: {props.members.join(', ')}</h4>
      {shared.length > 0 ? (
        <>
          <p class="small">{shared.length} text{shared.length === 1 ? '' : 's'} published by more than one member:</p>
          <ul class="plain small">{shared.slice(0, 15).map((rs, i) => (
            <li key={i}><q>{rs[0].title || rs[0].text.slice(0, 160)}</q> <span class="muted">— {[...new Set(rs.map((r) => r.outlet))].join(', ')}, from {fmtTime(rs.map((r) => r.published_at).sort()[0])}</span>{rs[0].url && <> <a href={rs[0].url} target="_blank" rel="noopener noreferrer">source</a></>}</li>
          ))}</ul>
        </>
      ) : <p class="small muted">No identical texts among the members' {reports.length} reports; their reports:</p>}
      {shared.length === 0 && <ul class="plain small">{reports.slice(0, 10).map((r) => <li key={r.id}><time>{fmtTime(r.published_at)}</time> <strong>{r.outlet}</strong>: {r.title || r.text.slice(0, 140)}{r.url && <> <a href={r.url} target="_blank" rel="noopener noreferrer">source</a></>}</li>)}</ul>}
    </section>
  );
}
