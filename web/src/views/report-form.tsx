/**
 * The case's reports (articles, posts, statements the narrative engine reads), searched a page at a time since a
 * case can hold hundreds of thousands (GET /reports?q=), and a form to add one with its outlet (a case source or
 * a new one with its Admiralty reliability grade), title, URL, date and text (POST /reports: the report and its
 * reports-added custody entry, with the analyst's reason, commit together; re-sending the same report adds nothing
 * twice). A report can be
 * corrected or deleted with the analyst's reason (PUT / DELETE /reports/:id, logged with the old report).
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

export function ReportForm(props: Forms & { rec?: Report | null; onCancel: () => void }) {
  const r0 = props.rec ?? null;
  const src0 = r0 ? props.sources.find((s) => [s.name, s.id, ...(s.aliases ?? [])].some((n) => n.toLowerCase() === r0.outlet.toLowerCase())) : undefined;
  const [f, setF] = useState({ outlet: r0 && !src0 ? r0.outlet : '', text: r0?.text ?? '', language: (r0 as { language?: string } | null)?.language ?? '' });
  const [p, setP] = useState<Prov>(r0 ? { ...emptyProv, source_id: src0?.id ?? '', doc_title: r0.title, url: r0.url ?? '', date: r0.published_at } : emptyProv);
  const [why, setWhy] = useState('');
  const [sure, setSure] = useState(false);
  const [status, setStatus] = useState('');
  const base = `/api/cases/${props.caseId}`;
  const chosen = props.sources.find((s) => s.id === p.source_id);
  const outlet = (p.source_id === '+' ? p.new_source : chosen?.name ?? f.outlet).trim();
  async function submit(e: Event) {
    e.preventDefault();
    if (!outlet) return setStatus('Name the outlet (pick a source or type one).');
    if (!p.date.trim()) return setStatus('Give the date it was published.');
    if (!why.trim()) return setStatus('Say why (kept in the custody log).');
    const before = await props.posteriors();
    setStatus('saving…');
    try {
      await saveProvenance(base, '?why=' + encodeURIComponent(why.trim()), props.sources, p);
      const r: Record<string, unknown> = { published_at: p.date.trim(), outlet, title: p.doc_title.trim(), text: f.text };
      if (p.url.trim()) r.url = p.url.trim();
      if (f.language.trim()) r.language = f.language.trim();
      if (r0) {
        const keep = Object.fromEntries(Object.entries(r0).filter(([k]) => ['account', 'available_at'].includes(k)));
        await api(`${base}/reports/${encodeURIComponent(r0.id)}?why=${encodeURIComponent(why.trim())}`, { method: 'PUT', body: JSON.stringify({ ...keep, ...r }) });
        setStatus('');
        return props.onDone(`correcting the report “${(p.doc_title || f.text).trim().slice(0, 60)}” of ${outlet}`, before);
      }
      const res = await api<{ added: number }>(`${base}/reports?why=${encodeURIComponent(why.trim())}`, { method: 'POST', body: JSON.stringify({ reports: [r] }) });
      setStatus('');
      props.onDone(res.added ? `adding the report “${(p.doc_title || f.text).trim().slice(0, 60)}” of ${outlet}` : `re-sending a report already in the case (nothing added)`, before);
    } catch (err) {
      setStatus(`not saved: ${(err as Error).message}`);
    }
  }
  async function remove() {
    if (!r0) return;
    if (!why.trim()) return setStatus('Say why (kept in the custody log).');
    if (!sure) return setSure(true);
    const before = await props.posteriors();
    try {
      await api(`${base}/reports/${encodeURIComponent(r0.id)}?why=${encodeURIComponent(why.trim())}`, { method: 'DELETE' });
      props.onDone(`deleting the report “${(r0.title || r0.text).slice(0, 60)}” of ${r0.outlet}`, before);
    } catch (err) {
      setStatus(`not deleted: ${(err as Error).message}`);
    }
  }
  return (
    <form class="record-form" aria-label={r0 ? 'Edit report' : 'Add report'} onSubmit={submit}>
      <h3>{r0 ? 'Correct report' : 'New report'}</h3>
      <ProvenanceFields p={p} set={setP} sources={props.sources} credibility={false} dateLabel="published" />
      {!p.source_id && <label>outlet (no source record) <input value={f.outlet} onInput={(e) => setF({ ...f, outlet: val(e) })} placeholder="SANA" /></label>}
      <div class="row-fields">
        <label>language <input value={f.language} onInput={(e) => setF({ ...f, language: val(e) })} placeholder="en" /></label>
      </div>
      <label>text <textarea rows={3} value={f.text} onInput={(e) => setF({ ...f, text: val(e) })} /></label>
      <p class="small muted">A report is weighed by its outlet's source record (reliability, affiliation); an outlet with no source record counts as reliability F.{isUnsourcedProv(p) ? ' This one has no URL.' : ''} Reports are kept as published: the custody log records each as added, by you.</p>
      <label>{r0 ? 'reason for the change' : 'reason for adding it'} <input required value={why} onInput={(e) => setWhy(val(e))} placeholder="kept in the custody log" /></label>
      <div class="form-actions">
        <button type="submit" class="primary">{r0 ? 'save report' : 'add report'}</button>
        {r0 && <button type="button" class="danger" onClick={() => void remove()}>{sure ? 'confirm: delete report' : 'delete report'}</button>}
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{status}</span>
      </div>
    </form>
  );
}

export function ReportsSection(props: { caseId: string; total: number; stamp?: unknown; canWrite: boolean; edit: Report | 'new' | null; setEdit: (r: Report | 'new' | null) => void; forms: Forms }) {
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<Page<Report> | null>(null);
  useEffect(() => {
    const t = setTimeout(() => {
      api<Page<Report>>(`/api/cases/${props.caseId}/reports?limit=20${q.trim() ? `&q=${encodeURIComponent(q.trim())}` : ''}`).then(setRows).catch(() => setRows(null));
    }, q ? 250 : 0);
    return () => clearTimeout(t);
  }, [props.caseId, props.total, props.stamp, q]);
  return (
    <section aria-label="Reports" data-testid="report-records">
      <h2>Reports ({props.total.toLocaleString('en')})</h2>
      {props.canWrite && !props.edit && <button type="button" onClick={() => props.setEdit('new')}>add report</button>}
      {props.edit && <ReportForm key={props.edit === 'new' ? 'new' : props.edit.id} {...props.forms} rec={props.edit === 'new' ? null : props.edit} onCancel={() => props.setEdit(null)} />}
      <label class="small">search reports <input type="search" value={q} onInput={(e) => setQ(val(e))} placeholder="outlet, title or text" /></label>
      {rows && <p class="small muted">{rows.total.toLocaleString('en')} match{rows.total === 1 ? '' : 'es'}; the first {rows.items.length} in time order.</p>}
      <ul class="plain record-list">
        {(rows?.items ?? []).map((r) => (
          <li key={r.id} data-report={r.id}>
            <span class="muted">{fmtDate(r.published_at)}</span> <strong>{r.outlet}</strong>: {r.title || r.text.slice(0, 120)}
            {r.url && /^https?:/.test(r.url) && <a class="small cite" href={r.url} target="_blank" rel="noopener noreferrer">{new URL(r.url).hostname}</a>}
            {props.canWrite && <button type="button" class="link small" aria-label={`edit report ${r.id}`} onClick={() => props.setEdit(r)}>edit</button>}
          </li>
        ))}
      </ul>
    </section>
  );
}
