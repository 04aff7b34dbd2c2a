/**
 * Add or edit an analyst evidence row of the matrix (POST / PUT /api/cases/:id/matrix-items, custody-logged with
 * the reason): label, credibility and relevance (PARC ACH's two weights), reliability, source group and the
 * citations (URLs or document symbols) it rests on. An item citing nothing is saved but marked unsourced.
 */
import { useState } from 'preact/hooks';
import { api } from '../api';
import type { MatrixItem } from '../types';

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
const LEVELS = ['low', 'medium', 'high'] as const;

export function MatrixItemForm(props: { caseId: string; item: MatrixItem | null; onDone: (saved: MatrixItem | null, what: string) => void; onCancel: () => void }) {
  const it = props.item;
  const [f, setF] = useState({
    label: it?.label ?? '',
    credibility: it?.credibility ?? 'medium',
    relevance: it?.relevance ?? 'medium',
    reliability: it?.reliability !== undefined ? String(it.reliability) : '',
    source_group: it?.source_group ?? '',
    citations: (it?.citations ?? []).join('\n'),
    why: '',
  });
  const [status, setStatus] = useState('');
  const [sure, setSure] = useState(false);
  const val = (e: Event) => (e.target as HTMLInputElement).value;
  const citations = f.citations.split(/\n+/).map((s) => s.trim()).filter(Boolean);
  async function submit(e: Event) {
    e.preventDefault();
    if (!f.why.trim()) return setStatus('Say why (kept in the custody log).');
    const body: Record<string, unknown> = {
      id: it?.id ?? `e-${slug(f.label) || 'item'}-${Date.now().toString(36).slice(-4)}`,
      label: f.label.trim(),
      credibility: f.credibility,
      relevance: f.relevance,
      ratings: it?.ratings ?? {},
      citations,
    };
    if (f.reliability.trim()) body.reliability = Number(f.reliability);
    if (f.source_group.trim()) body.source_group = f.source_group.trim();
    const base = `/api/cases/${props.caseId}/matrix-items`;
    setStatus('saving…');
    try {
      const r = await api<{ record: MatrixItem }>(it ? `${base}/${encodeURIComponent(it.id)}?why=${encodeURIComponent(f.why)}` : `${base}?why=${encodeURIComponent(f.why)}`, { method: it ? 'PUT' : 'POST', body: JSON.stringify(body) });
      setStatus('');
      props.onDone(r.record, it ? `editing “${r.record.label}”` : `adding “${r.record.label}”`);
    } catch (err) {
      setStatus(`not saved: ${(err as Error).message}`);
    }
  }
  async function remove() {
    if (!it) return;
    if (!f.why.trim()) return setStatus('Say why (kept in the custody log).');
    if (!sure) return setSure(true);
    try {
      await api(`/api/cases/${props.caseId}/matrix-items/${encodeURIComponent(it.id)}?why=${encodeURIComponent(f.why)}`, { method: 'DELETE' });
      props.onDone(null, `deleting “${it.label}”`);
    } catch (err) {
      setStatus(`not deleted: ${(err as Error).message}`);
    }
  }
  return (
    <form class="record-form item-form" aria-label={it ? 'Edit evidence row' : 'Add evidence row'} onSubmit={submit}>
      <h3>{it ? 'Edit evidence row' : 'New evidence row'}</h3>
      <label>evidence (what was seen, said or found) <textarea required rows={2} value={f.label} onInput={(e) => setF({ ...f, label: val(e) })} /></label>
      <div class="row-fields">
        <label>credibility <select value={f.credibility} onChange={(e) => setF({ ...f, credibility: val(e) as 'low' })}>{LEVELS.map((l) => <option key={l}>{l}</option>)}</select></label>
        <label>relevance <select value={f.relevance} onChange={(e) => setF({ ...f, relevance: val(e) as 'low' })}>{LEVELS.map((l) => <option key={l}>{l}</option>)}</select></label>
        <label>reliability ρ (0–1, optional) <input inputMode="decimal" pattern="0(\.\d+)?|1(\.0+)?" value={f.reliability} onInput={(e) => setF({ ...f, reliability: val(e) })} /></label>
        <label>source group <input value={f.source_group} onInput={(e) => setF({ ...f, source_group: val(e) })} placeholder="e.g. us-government" /></label>
      </div>
      <label>sources (one URL or document symbol a line) <textarea rows={2} value={f.citations} onInput={(e) => setF({ ...f, citations: val(e) })} placeholder="https://… or OPCW S/1902/2020" /></label>
      {citations.length === 0 && <p class="unsourced small">unsourced: nothing cited; the row is marked so in the matrix.</p>}
      <label>reason for the change <input required value={f.why} onInput={(e) => setF({ ...f, why: val(e) })} placeholder="kept in the custody log" /></label>
      <div class="form-actions">
        <button type="submit">{it ? 'save row' : 'add row'}</button>
        {it && <button type="button" class="danger" onClick={remove}>{sure ? 'confirm: delete row and its ratings' : 'delete row'}</button>}
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{status}</span>
      </div>
    </form>
  );
}
