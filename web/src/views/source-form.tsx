/**
 * A source record (an outlet, a person, an organisation) edited in a form: its name, kind, affiliation (type and
 * country), the Admiralty reliability grade A-F of the source (explained beside it), aliases and why this grade,
 * with the analyst's reason for the change (custody-logged, PUT/POST/DELETE /sources). Its documents (title, URL,
 * date) are kept as they are: the record forms add them when a record cites one. Deleting a source that
 * testimonies still cite is refused by the server, and the form says which.
 */
import { useState } from 'preact/hooks';
import { api } from '../api';
import type { Source } from '../types';
import { RELIABILITY } from './records';
import { slug, useWrite, type FormProps } from './record-forms';

const val = (e: Event) => (e.target as HTMLInputElement).value;
const KINDS = ['outlet', 'person', 'organisation', 'government', 'international-body', 'other'];
const AFFILIATIONS = ['unknown', 'state-affiliated', 'government', 'independent', 'opposition', 'international-body', 'ngo'];

export function SourceForm(props: FormProps<Source>) {
  const r = props.rec;
  const [f, setF] = useState({
    name: r?.name ?? '',
    kind: r?.kind ?? 'outlet',
    aff: r?.affiliation?.type ?? 'unknown',
    country: r?.affiliation?.country ?? '',
    grade: r?.reliability ?? 'F',
    aliases: (r?.aliases ?? []).join(', '),
    notes: r?.notes ?? '',
  });
  const w = useWrite(props);
  const submit = (e: Event) => {
    e.preventDefault();
    void w.run(`${r ? 'editing' : 'adding'} the source ${f.name.trim()} (reliability ${f.grade})`, async () => {
      const body: Record<string, unknown> = {
        ...(r ?? { citations: [] }),
        id: r?.id ?? (slug(f.name) || `source-${Date.now().toString(36)}`),
        name: f.name.trim(),
        kind: f.kind,
        affiliation: { ...(r?.affiliation ?? {}), type: f.aff, ...(f.country.trim() ? { country: f.country.trim() } : {}) },
        reliability: f.grade,
        aliases: f.aliases.split(',').map((a) => a.trim()).filter(Boolean),
      };
      if (!f.country.trim()) delete (body.affiliation as Record<string, unknown>).country;
      if (f.notes.trim()) body.notes = f.notes.trim();
      else delete body.notes;
      await api(r ? `${w.base}/sources/${encodeURIComponent(r.id)}${w.q()}` : `${w.base}/sources${w.q()}`, { method: r ? 'PUT' : 'POST', body: JSON.stringify(body) });
    });
  };
  return (
    <form class="record-form" aria-label={r ? 'Edit source' : 'Add source'} onSubmit={submit}>
      <h3>{r ? `Edit source ${r.name}` : 'New source'}</h3>
      <div class="row-fields">
        <label>name <input required value={f.name} onInput={(e) => setF({ ...f, name: val(e) })} placeholder="Reuters" /></label>
        <label>kind <select value={f.kind} onChange={(e) => setF({ ...f, kind: val(e) as typeof f.kind })}>{KINDS.map((k) => <option key={k}>{k}</option>)}</select></label>
        <label>reliability of the source <select value={f.grade} onChange={(e) => setF({ ...f, grade: val(e) as typeof f.grade })}>{Object.entries(RELIABILITY).map(([k, v]) => <option key={k} value={k}>{k}: {v}</option>)}</select></label>
      </div>
      <div class="row-fields">
        <label>affiliation <select value={f.aff} onChange={(e) => setF({ ...f, aff: val(e) as typeof f.aff })}>{AFFILIATIONS.map((k) => <option key={k}>{k}</option>)}</select></label>
        <label>country (for state affiliation) <input value={f.country} onInput={(e) => setF({ ...f, country: val(e) })} placeholder="RU" /></label>
        <label>aliases (comma-separated) <input value={f.aliases} onInput={(e) => setF({ ...f, aliases: val(e) })} /></label>
      </div>
      <label>why this grade and affiliation <input value={f.notes} onInput={(e) => setF({ ...f, notes: val(e) })} /></label>
      {r && (r.documents ?? []).length > 0 && <p class="small muted">{(r.documents ?? []).length} document(s) it published are kept as they are.</p>}
      <p class="small muted">A report is weighed by its outlet's source record; the grade is the Admiralty source reliability (A completely reliable … F cannot be judged).</p>
      {w.reason}
      <div class="form-actions">
        <button type="submit" class="primary">{r ? 'save source' : 'add source'}</button>
        {r && <button type="button" class="danger" onClick={() => void w.run(`deleting the source ${r.name}`, async () => void (await api(`${w.base}/sources/${encodeURIComponent(r.id)}${w.q()}`, { method: 'DELETE' })), true)}>{w.sure ? 'confirm: delete source' : 'delete source'}</button>}
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{w.status}</span>
      </div>
    </form>
  );
}
