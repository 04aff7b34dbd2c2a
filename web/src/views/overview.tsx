import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type Page } from '../api';
import type { CaseView, TimelineEvent } from '../types';
import { fmtTime, pct } from '../format';
import { useAssessment, type Brief } from '../assessment';
import type { MapPlace } from '../charts/incident-map';

const KINDS: [string, string][] = [
  ['report', 'Reports'],
  ['testimony', 'Testimonies'],
  ['sample-collected', 'Samples'],
  ['sample-transfer', 'Sample transfers'],
  ['site-control', 'Site control'],
  ['claim', 'Claims'],
  ['conclusion', 'Conclusions'],
  ['evidence', 'Evidence'],
];

export function KeyJudgments(props: { view: CaseView }) {
  const { a, error } = useAssessment(props.view);
  if (!a) return <section class="kj"><h2>Key judgments</h2><p class="muted">Weighing the evidence…</p></section>;
  return (
    <section class="kj" aria-label="Key judgments">
      {a.brief && <BottomLine brief={a.brief} />}
      <h2>Key judgments</h2>
      {a.source === 'analyst-matrix' && <p class="muted small">From the analyst matrix alone{error ? ` (assessment failed: ${error})` : ' (the assessment engine is not available on this server)'}.</p>}
      {a.key_judgments.length === 0 && <p class="muted">No hypotheses yet, so no judgment.</p>}
      <ol class="judgments">
        {a.key_judgments.map((k) => (
          <li key={k.id} class={`judgment ${k.kind}`}>
            <p>{k.text}</p>
            {k.evidence.length > 0 && <p class="trace">rests on: {k.evidence.join(', ')}</p>}
          </li>
        ))}
      </ol>
      <RatedBy caseId={props.view.case.id} />
      {a.confidence && (
        <div class="confidence">
          <p>Confidence in this assessment: <strong data-testid="confidence">{a.confidence.level}</strong></p>
          {a.confidence.reasons.length > 0 && !a.key_judgments.some((k) => k.kind === 'confidence') && (
            <ul class="reasons">{a.confidence.reasons.filter(Boolean).map((r, i) => <li key={i}>{r}</li>)}</ul>
          )}
        </div>
      )}
      {a.warnings && a.warnings.length > 0 && (
        <details class="warnings"><summary>{a.warnings.length} note{a.warnings.length === 1 ? '' : 's'} from the engines</summary><ul>{a.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul></details>
      )}
      <table class="posteriors">
        <caption class="sr-only">Posterior probability of each hypothesis</caption>
        <thead class="sr-only"><tr><th scope="col">hypothesis</th><th scope="col">posterior</th><th scope="col">in words (ICD 203)</th></tr></thead>
        <tbody>
          {a.hypotheses.map((h) => (
            <tr key={h.id} class={h.id === a.leading ? 'lead' : ''}>
              <th scope="row">{h.label}</th>
              <td class="num">{pct(h.posterior)}</td>
              <td class="words">{h.words}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "24 Nov" (with the year when it is not the event's) */
function dayLabel(at: string, event: number): string {
  const [y, m, d] = at.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]}${y !== new Date(event).getUTCFullYear() ? ` ${y}` : ''}`;
}
/** lead or lag in hours (days past 48 h) from the event, for timed items */
function hoursOffset(at: string, event: number): string {
  const h = (Date.parse(at) - event) / 3600000;
  if (!Number.isFinite(h)) return '';
  return `${h >= 0 ? '+' : ''}${Math.abs(h) < 48 ? h.toFixed(1) + ' h' : (h / 24).toFixed(0) + ' d'}`;
}
/** a date-only item has no hour: say which day it falls on relative to the event's day, never a fake lead */
function dayOffset(at: string, event: number): string {
  const d = Math.round((Date.parse(at.slice(0, 10) + 'T00:00:00Z') - Math.floor(event / 86400000) * 86400000) / 86400000);
  if (!Number.isFinite(d)) return '';
  return d === 0 ? 'same day' : `${d > 0 ? '+' : ''}${d} d`;
}

export function Timeline(props: { view: CaseView }) {
  const [kinds, setKinds] = useState<string[]>(KINDS.map((k) => k[0]));
  const [page, setPage] = useState<(Page<TimelineEvent> & { reports_total: number; reports_included: number }) | null>(null);
  const [limit, setLimit] = useState(100);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!kinds.length) return setPage(null);
    api<Page<TimelineEvent> & { reports_total: number; reports_included: number }>(
      `/api/cases/${encodeURIComponent(props.view.case.id)}/timeline?limit=${limit}&kinds=${kinds.join(',')}`,
    ).then(setPage).catch((e) => setError(e.message));
  }, [kinds, limit]);
  const event = Date.parse(props.view.case.when.at);
  const toggle = (k: string) => setKinds(kinds.includes(k) ? kinds.filter((x) => x !== k) : [...kinds, k]);
  return (
    <section class="timeline">
      <h2>Timeline</h2>
      <div class="chips" role="group" aria-label="Event kinds">
        {KINDS.map(([k, label]) => (
          <button key={k} class={kinds.includes(k) ? `chip on kind-${k}` : 'chip'} aria-pressed={kinds.includes(k)} onClick={() => toggle(k)}>{label}</button>
        ))}
      </div>
      {error && <div class="error">{error}</div>}
      <ol class="events">
        {page?.items.map((e, i) => {
          const day = e.precision === 'day' || e.at.length === 10;
          return (
            <li key={i} class={`event kind-${e.kind}${day ? ' day-precision' : ''}`}>
              <time dateTime={e.at} title={day ? 'the source gives only the day' : undefined}>{day ? `${dayLabel(e.at, event)} (day)` : fmtTime(e.at)}</time>
              <span class="rel">{day ? dayOffset(e.at, event) : hoursOffset(e.at, event)}</span>
              <span class="kind">{e.kind.replace('-', ' ')}</span>
              <span class="what">{e.title}{e.detail && <span class="detail">{e.detail}</span>}</span>
            </li>
          );
        })}
      </ol>
      {page && page.next_offset !== null && <button onClick={() => setLimit(Math.min(500, limit + 200))} disabled={limit >= 500}>show more ({page.total - page.items.length} more)</button>}
      {page && page.reports_total > page.reports_included && kinds.includes('report') && (
        <p class="muted small">The timeline holds the first {page.reports_included} of {page.reports_total} reports.</p>
      )}
    </section>
  );
}

export function Overview(props: { view: CaseView }) {
  const c = props.view.case;
  return (
    <div class="overview">
      <KeyJudgments view={props.view} />
      {c.summary && <p class="summary">{c.summary}</p>}
      <div class="two">
        <section>
          <h3>Public claims</h3>
          {c.claims.length === 0 && <p class="muted">none recorded</p>}
          <ul class="plain">{c.claims.map((x, i) => <li key={i}><time>{fmtTime(x.claimed_at)}</time> <strong>{x.claimant}</strong>: {x.agent ?? 'claim'}{x.perpetrator ? `, blames ${x.perpetrator}` : ''}</li>)}</ul>
        </section>
        <section>
          <h3>Conclusions of inquiries</h3>
          {c.conclusions.length === 0 && <p class="muted">none yet</p>}
          <ul class="plain">{c.conclusions.map((x, i) => <li key={i}><time>{fmtTime(x.published_at)}</time> <strong>{x.by}</strong>: {x.text}</li>)}</ul>
        </section>
      </div>
      <section class="where" aria-label="Where">
        <h3>Where</h3>
        <LazyMap title={`Map of ${c.place.name}`} places={placesOf(props.view)} />
      </section>
      <Consequences view={props.view} />
      <Timeline view={props.view} />
    </div>
  );
}

type MapComponent = (typeof import('../charts/incident-map'))['IncidentMap'];
let mapModule: Promise<MapComponent> | null = null;

/**
 * The map and its boundary data (about 1.3 MB: d3-geo, Natural Earth countries and Syria's governorates) load
 * only when the "Where" section comes into view, or when asked for: a case visit that does not scroll to it
 * costs what it did before the map (docs/http-api.md, "The web workbench").
 */
function LazyMap(props: { places: MapPlace[]; title: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);
  const [Map, setMap] = useState<MapComponent | null>(null);
  const [err, setErr] = useState('');
  useEffect(() => {
    if (wanted) return;
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') return setWanted(true);
    const io = new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && setWanted(true));
    io.observe(el);
    return () => io.disconnect();
  }, [wanted]);
  useEffect(() => {
    if (!wanted || Map) return;
    mapModule ??= import('../charts/incident-map').then((m) => m.IncidentMap);
    mapModule.then((m) => setMap(() => m)).catch((e) => setErr((e as Error).message));
  }, [wanted, Map]);
  if (err) return <p class="error">The map could not be drawn: {err}</p>;
  if (Map) return <Map places={props.places} title={props.title} />;
  return (
    <div ref={box} class="map-placeholder">
      <p class="muted small">
        {wanted ? 'Drawing the map…' : 'The map is drawn when this section is in view. '}
        {!wanted && <button type="button" class="link" onClick={() => setWanted(true)}>Draw it now</button>}
      </p>
    </div>
  );
}

/** The incident's place, then the places other records name (site control, samples), deduplicated by name. */
function placesOf(v: CaseView): MapPlace[] {
  const p = v.case.place;
  const out: MapPlace[] = [{ name: [p.name, p.admin].filter(Boolean).join(', '), lat: p.lat, lon: p.lon, country: p.country, kind: 'the incident' }];
  for (const s of v.siteControl) if (s.place) out.push({ name: s.place, kind: `site control: ${s.party}` });
  for (const s of v.samples as { id: string; collected_where?: string }[]) if (s.collected_where) out.push({ name: s.collected_where, kind: `sample ${s.id}` });
  return [...new Map(out.map((x) => [x.name.toLowerCase(), x])).values()];
}

/** The report's bottom line (the assessment's `brief`), its [n] references linked to the numbered sources. */
function BottomLine(props: { brief: Brief }) {
  const src = new Map(props.brief.sources.map((s) => [s.n, s]));
  const parts = props.brief.bottom_line.split(/(\[\d+(?:,\s*\d+)*\])/);
  return (
    <div class="bottom-line" data-testid="bottom-line">
      <h2>Bottom line</h2>
      <p>
        {parts.map((x, i) => {
          const m = /^\[([\d,\s]+)\]$/.exec(x);
          if (!m) return <span key={i}>{x}</span>;
          return <sup key={i}>[{m[1].split(/,\s*/).map((n, k) => { const s = src.get(Number(n)); return <span key={n}>{k > 0 && ', '}{s ? <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>{n}</a> : n}</span>; })}]</sup>;
        })}
      </p>
      {props.brief.what_would_change && props.brief.what_would_change.length > 0 && (
        <details class="small"><summary>What would change this judgment</summary><ul>{props.brief.what_would_change.map((w, i) => <li key={i}>{w}</li>)}</ul></details>
      )}
    </div>
  );
}

interface ConsequenceRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  kind: string;
  cites_incident: boolean;
  place?: string;
  lag_hours: number;
  sources?: { title: string; url: string }[];
  credibility?: number;
  weight?: number;
  weighed?: string;
}

/** What followed the incident (GET /consequences): strikes, statements, sanctions, inquiries, with the lag. */
export function Consequences(props: { view: CaseView }) {
  const [rows, setRows] = useState<ConsequenceRow[] | null>(null);
  useEffect(() => {
    api<Page<ConsequenceRow>>(`/api/cases/${encodeURIComponent(props.view.case.id)}/consequences?limit=500`).then((p) => setRows(p.items)).catch(() => setRows([]));
  }, [props.view.case.id]);
  if (!rows || rows.length === 0) return null;
  const lag = (h: number) => (Math.abs(h) < 48 ? `${h >= 0 ? '+' : ''}${h.toFixed(0)} h` : `${h >= 0 ? '+' : ''}${(h / 24).toFixed(0)} d`);
  return (
    <section class="consequences" aria-label="What followed" data-testid="consequences">
      <h3>What followed ({rows.length})</h3>
      <ol class="events">
        {rows.map((r) => (
          <li key={r.id} class={`event kind-consequence`}>
            <time dateTime={r.at}>{fmtTime(r.at)}</time>
            <span class="rel">{lag(r.lag_hours)}</span>
            <span class="kind">{r.kind.replace(/-/g, ' ')}</span>
            <span class="what">
              <strong>{r.actor}</strong>: {r.action}{r.place ? ` (${r.place})` : ''}
              <span class="detail">{r.cites_incident ? 'cites the incident as its reason' : 'followed the incident without citing it'}{r.weighed && r.weight !== undefined ? <span class="doubt" data-testid="weighed"> · weighed at {Math.round(r.weight * 100)}%: {r.weighed}</span> : null}{(r.sources ?? []).map((s) => <a key={s.url} class="cite" href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a>)}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Whose ratings the assessment's matrix holds (GET /matrix/analysts `used`), so a reader knows whose judgment it is. */
function RatedBy(props: { caseId: string }) {
  const [used, setUsed] = useState<{ by: string; cells: number }[] | null>(null);
  useEffect(() => {
    api<{ used: { by: string; cells: number }[] }>(`/api/cases/${encodeURIComponent(props.caseId)}/matrix/analysts`).then((r) => setUsed(r.used)).catch(() => setUsed(null));
  }, [props.caseId]);
  if (!used) return null;
  return (
    <p class="small muted" data-testid="rated-by">
      Ratings used: {used.length ? `${used.map((u) => `${u.by} (${u.cells} cell${u.cells === 1 ? '' : 's'})`).join(', ')}; the rest as the case bundle and the engines gave them` : 'as the case bundle and the engines gave them; no analyst has changed a cell'}.
    </p>
  );
}
