/**
 * The case's reports (articles, posts, statements the narrative engine reads), searched a page at a time since a
 * case can hold hundreds of thousands (GET /reports?q=), and a form to add one with its outlet (a case source or
 * a new one with its Admiralty reliability grade), title, URL, date and text (POST /reports: the report and its
 * reports-added custody entry commit together; re-sending the same report adds nothing twice).
 */
import { useEffect, useState } from 'preact/hooks';
import { api, type Page } from '../api';
import type { Report, Source } from '../types';
import type { PosteriorSet } from '../moved';
import { fmtDate } from '../format';
import { ProvenanceFields, emptyProv, isUnsourcedProv, saveProvenance, type Prov } from './record-forms';

const val = (e: Event) => (e.target as HTMLInputElement).value;

interface Forms {
  caseId: string;
  sources: Source[];
  onDone: (what: string, before: PosteriorSet | null) => void;
  posteriors: () => Promise<PosteriorSet | null>;
}

export function ReportForm(props: Forms & { onCancel: () => void }) {
  const [f, setF] = useState({ outlet: '', text: '', language: '' });
  const [p, setP] = useState<Prov>(emptyProv);
  const [status, setStatus] = useState('');
  const base = `/api/cases/${props.caseId}`;
  const chosen = props.sources.find((s) => s.id === p.source_id);
  const outlet = (p.source_id === '+' ? p.new_source : chosen?.name ?? f.outlet).trim();
  async function submit(e: Event) {
    e.preventDefault();
    if (!outlet) return setStatus('Name the outlet (pick a source or type one).');
    if (!p.date.trim()) return setStatus('Give the date it was published.');
    const before = await props.posteriors();
    setStatus('saving…');
    try {
      await saveProvenance(base, '?why=' + encodeURIComponent(`source of a report added by hand`), props.sources, p);
      const r: Record<string, unknown> = { published_at: p.date.trim(), outlet, title: p.doc_title.trim(), text: f.text };
      if (p.url.trim()) r.url = p.url.trim();
      if (f.language.trim()) r.language = f.language.trim();
      const res = await api<{ added: number }>(`${base}/reports`, { method: 'POST', body: JSON.stringify({ reports: [r] }) });
      setStatus('');
      props.onDone(res.added ? `adding the report “${(p.doc_title || f.text).trim().slice(0, 60)}” of ${outlet}` : `re-sending a report already in the case (nothing added)`, before);
    } catch (err) {
      setStatus(`not saved: ${(err as Error).message}`);
    }
  }
  return (
    <form class="record-form" aria-label="Add report" onSubmit={submit}>
      <h3>New report</h3>
      <ProvenanceFields p={p} set={setP} sources={props.sources} credibility={false} dateLabel="published" />
      {!p.source_id && <label>outlet (no source record) <input value={f.outlet} onInput={(e) => setF({ ...f, outlet: val(e) })} placeholder="SANA" /></label>}
      <div class="row-fields">
        <label>language <input value={f.language} onInput={(e) => setF({ ...f, language: val(e) })} placeholder="en" /></label>
      </div>
      <label>text <textarea rows={3} value={f.text} onInput={(e) => setF({ ...f, text: val(e) })} /></label>
      <p class="small muted">A report is weighed by its outlet's source record (reliability, affiliation); an outlet with no source record counts as reliability F.{isUnsourcedProv(p) ? ' This one has no URL.' : ''} Reports are kept as published: the custody log records each as added, by you.</p>
      <div class="form-actions">
        <button type="submit" class="primary">add report</button>
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{status}</span>
      </div>
    </form>
  );
}

export function ReportsSection(props: { caseId: string; total: number; canWrite: boolean; edit: Report | 'new' | null; setEdit: (r: Report | 'new' | null) => void; forms: Forms }) {
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<Page<Report> | null>(null);
  useEffect(() => {
    const t = setTimeout(() => {
      api<Page<Report>>(`/api/cases/${props.caseId}/reports?limit=20${q.trim() ? `&q=${encodeURIComponent(q.trim())}` : ''}`).then(setRows).catch(() => setRows(null));
    }, q ? 250 : 0);
    return () => clearTimeout(t);
  }, [props.caseId, props.total, q]);
  return (
    <section aria-label="Reports" data-testid="report-records">
      <h2>Reports ({props.total.toLocaleString('en')})</h2>
      {props.canWrite && !props.edit && <button type="button" onClick={() => props.setEdit('new')}>add report</button>}
      {props.edit === 'new' && <ReportForm {...props.forms} onCancel={() => props.setEdit(null)} />}
      <label class="small">search reports <input type="search" value={q} onInput={(e) => setQ(val(e))} placeholder="outlet, title or text" /></label>
      {rows && <p class="small muted">{rows.total.toLocaleString('en')} match{rows.total === 1 ? '' : 'es'}; the first {rows.items.length} in time order.</p>}
      <ul class="plain record-list">
        {(rows?.items ?? []).map((r) => (
          <li key={r.id} data-report={r.id}>
            <span class="muted">{fmtDate(r.published_at)}</span> <strong>{r.outlet}</strong>: {r.title || r.text.slice(0, 120)}
            {r.url && /^https?:/.test(r.url) && <a class="small cite" href={r.url} target="_blank" rel="noopener noreferrer">{new URL(r.url).hostname}</a>}
          </li>
        ))}
      </ul>
    </section>
  );
}
