/**
 * The case's sources with what cites each: testimonies by source_id, any record by a citation URL on the
 * source's own site (same host as one of the source's citations), reports by outlet name or alias. Every URL is
 * a link; a cited URL that no source record covers is listed too, so nothing cited goes unseen.
 */
import type { CaseView } from '../types';
import { RELIABILITY, AdmiraltyNote } from './records';

interface Citer {
  kind: string;
  id: string;
  label: string;
}

const host = (u: string) => {
  try {
    return new URL(u).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

export function citers(v: CaseView): { bySource: Map<string, Citer[]>; byUrl: Map<string, Citer[]> } {
  const bySource = new Map<string, Citer[]>();
  const byUrl = new Map<string, Citer[]>();
  const push = (m: Map<string, Citer[]>, k: string, c: Citer) => m.set(k, [...(m.get(k) ?? []), c]);
  const recs: [string, { id?: string; citations?: string[] }[], (r: Record<string, unknown>) => string][] = [
    ['testimony', v.testimonies as never, (r) => `${r.who}: ${String(r.text).slice(0, 90)}`],
    ['munition', v.munitions as never, (r) => String(r.description)],
    ['sample', v.samples as never, (r) => String(r.kind)],
    ['evidence row', v.matrix as never, (r) => String(r.label)],
  ];
  for (const [kind, list, label] of recs)
    for (const r of list) {
      const c = { kind, id: String(r.id), label: label(r as Record<string, unknown>) };
      if (kind === 'testimony' && (r as { source_id?: string }).source_id) push(bySource, (r as { source_id: string }).source_id, c);
      for (const u of r.citations ?? []) push(byUrl, u, c);
    }
  return { bySource, byUrl };
}

export function SourcesPane(props: { view: CaseView }) {
  const v = props.view;
  const { bySource, byUrl } = citers(v);
  const covered = new Set<string>();
  const rows = v.sources.map((s) => {
    const own = new Set(((s as { citations?: string[] }).citations ?? []).map(host).filter(Boolean));
    const urls = [...byUrl.keys()].filter((u) => own.has(host(u)));
    urls.forEach((u) => covered.add(u));
    const cites = [...(bySource.get(s.id) ?? []), ...urls.flatMap((u) => byUrl.get(u) ?? [])];
    const uniq = [...new Map(cites.map((c) => [`${c.kind}:${c.id}`, c])).values()];
    return { s, urls, cites: uniq };
  });
  const loose = [...byUrl.keys()].filter((u) => !covered.has(u));
  return (
    <div class="sources-pane">
      <p class="muted small">{v.sources.length} source records; {byUrl.size} distinct citations across the case's records. Reliability on the Admiralty scale.</p>
      <div class="table-scroll wide">
      <table class="features sources">
        <caption class="sr-only">Sources of the case and the records that cite them</caption>
        <thead><tr><th scope="col">source</th><th scope="col">affiliation</th><th scope="col">reliability</th><th scope="col">cited by</th></tr></thead>
        <tbody>
          {rows.map(({ s, urls, cites }) => (
            <tr key={s.id} id={`source-${s.id}`}>
              <th scope="row">
                {s.name} <span class="muted small">({s.kind})</span>
                {((s as { citations?: string[] }).citations ?? []).filter((c) => /^https?:/.test(c)).slice(0, 2).map((c) => <a key={c} class="small cite" href={c} target="_blank" rel="noopener noreferrer">{host(c)}</a>)}
              </th>
              <td>{s.affiliation.type}{s.affiliation.country ? ` (${s.affiliation.country})` : ''}</td>
              <td>{s.reliability}: {RELIABILITY[s.reliability]}</td>
              <td>
                {cites.length === 0 ? <span class="muted">nothing in the case cites it</span> : (
                  <ul class="plain small">{cites.map((c) => <li key={`${c.kind}:${c.id}`}><span class="muted">{c.kind}</span> {c.label}</li>)}</ul>
                )}
                {urls.length > 0 && <p class="small">{urls.map((u) => <a key={u} class="cite" href={u} target="_blank" rel="noopener noreferrer">{u.length > 60 ? u.slice(0, 60) + '…' : u}</a>)}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {loose.length > 0 && (
        <>
          <h3>Citations no source record covers ({loose.length})</h3>
          <ul class="plain small">
            {loose.map((u) => (
              <li key={u}>{/^https?:/.test(u) ? <a href={u} target="_blank" rel="noopener noreferrer">{u}</a> : u} <span class="muted">cited by {(byUrl.get(u) ?? []).map((c) => `${c.kind} ${c.id}`).join(', ')}</span></li>
            ))}
          </ul>
        </>
      )}
      <AdmiraltyNote />
    </div>
  );
}
