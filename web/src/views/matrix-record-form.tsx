/**
 * An analyst evidence row of the matrix in full (POST / PUT / DELETE /api/cases/:id/matrix-items, custody-logged
 * with the reason): what it says, its source (a case source, the document's title, URL and date, as the other
 * record forms write it), PARC ACH's credibility and relevance, the reliability rho, the source group, when it
 * became known, and its rating against each hypothesis. A row citing nothing is saved but marked "unsourced" and
 * counts at most half (docs/assessment.md "Record credibility"). Fields the form does not show are kept on edit.
 */
import { useState } from 'preact/hooks';
import { api } from '../api';
import type { Hypothesis, MatrixItem, Rating } from '../types';
import { ProvenanceFields, isUnsourcedProv, provOf, saveProvenance, slug, useWrite, type FormProps, type Prov } from './record-forms';

const val = (e: Event) => (e.target as HTMLInputElement).value;
const LEVELS = ['low', 'medium', 'high'] as const;
const RATINGS: [Rating, string][] = [['CC', 'very consistent'], ['C', 'consistent'], ['N', 'neutral'], ['I', 'inconsistent'], ['II', 'very inconsistent'], ['NA', 'not applicable']];

/** `onRecord` is told the row as the server stored it (null once deleted), before `onDone`: the matrix grid keeps its rows from it. */
export function MatrixRecordForm(props: FormProps<MatrixItem> & { hypotheses: Hypothesis[]; onRecord?: (rec: MatrixItem | null) => void }) {
  const r = props.rec as (MatrixItem & { available_at?: string; notes?: string; derived_from?: string[] }) | null;
  const first = (r?.citations ?? [])[0];
  const [f, setF] = useState({
    label: r?.label ?? '',
    credibility: r?.credibility ?? 'medium',
    relevance: r?.relevance ?? 'medium',
    reliability: r?.reliability !== undefined ? String(r.reliability) : '',
    source_group: r?.source_group ?? '',
    available_at: r?.available_at ?? '',
    ratings: { ...(r?.ratings ?? {}) } as Record<string, Rating | ''>,
  });
  // the first citation is what the source fields show: a URL, or a case source's id
  const fromSource = first && props.sources.find((s) => s.id === first);
  const [p, setP] = useState<Prov>(fromSource ? { ...provOf(props.sources, undefined), source_id: fromSource.id } : provOf(props.sources, first));
  const rest = (r?.citations ?? []).slice(1);
  const unsourced = isUnsourcedProv(p) && rest.length === 0 && !(r?.derived_from ?? []).length;
  const [bad, setBad] = useState('');
  const w = useWrite(props);
  const submit = (e: Event) => {
    e.preventDefault();
    const rho = f.reliability.trim() ? Number(f.reliability) : undefined;
    if (rho !== undefined && !(rho >= 0 && rho <= 1)) return setBad('Reliability ρ is between 0 and 1.');
    setBad('');
    void w.run(`${r ? 'editing' : 'adding'} the evidence row “${f.label.trim().slice(0, 60)}”${unsourced ? ' (unsourced)' : ''}`, async () => {
      const s = await saveProvenance(w.base, w.q(), props.sources, p);
      const url = p.url.trim();
      const cite = url || s?.id || '';
      const body: Record<string, unknown> = {
        ...(r ?? {}),
        id: r?.id ?? `e-${slug(f.label) || 'item'}-${Date.now().toString(36).slice(-4)}`,
        label: f.label.trim(),
        credibility: f.credibility,
        relevance: f.relevance,
        ratings: Object.fromEntries(Object.entries(f.ratings).filter(([, v]) => v)),
        citations: [...(cite ? [cite] : []), ...rest.filter((c) => c !== cite)],
      };
      if (rho !== undefined) body.reliability = rho;
      else delete body.reliability;
      for (const [k, v] of [['source_group', f.source_group], ['available_at', f.available_at]] as const) {
        if (v.trim()) body[k] = v.trim();
        else delete body[k];
      }
      const res = await api<{ record?: MatrixItem }>(r ? `${w.base}/matrix-items/${encodeURIComponent(r.id)}${w.q()}` : `${w.base}/matrix-items${w.q()}`, { method: r ? 'PUT' : 'POST', body: JSON.stringify(body) });
      props.onRecord?.(res?.record ?? (body as unknown as MatrixItem));
    });
  };
  return (
    <form class="record-form item-form" aria-label={r ? 'Edit evidence row' : 'Add evidence row'} onSubmit={submit}>
      <h3>{r ? 'Edit evidence row' : 'New evidence row'}</h3>
      <label>evidence (what was seen, said or found) <textarea required rows={2} value={f.label} onInput={(e) => setF({ ...f, label: val(e) })} /></label>
      <ProvenanceFields p={p} set={setP} sources={props.sources} credibility={false} />
      {rest.length > 0 && <p class="small muted">Also cites (kept): {rest.join('; ')}</p>}
      {unsourced && <p class="unsourced small">An unsourced row counts at most half in the posterior, and the assessment says “weighed at 50%: unsourced”.</p>}
      <div class="row-fields">
        <label>credibility <select value={f.credibility} onChange={(e) => setF({ ...f, credibility: val(e) as 'low' })}>{LEVELS.map((l) => <option key={l}>{l}</option>)}</select></label>
        <label>relevance <select value={f.relevance} onChange={(e) => setF({ ...f, relevance: val(e) as 'low' })}>{LEVELS.map((l) => <option key={l}>{l}</option>)}</select></label>
        <label>reliability ρ (0–1, optional) <input inputMode="decimal" value={f.reliability} onInput={(e) => setF({ ...f, reliability: val(e) })} placeholder="1" /></label>
        <label>source group <input value={f.source_group} onInput={(e) => setF({ ...f, source_group: val(e) })} placeholder="e.g. us-government" /></label>
        <label>known since <input value={f.available_at} onInput={(e) => setF({ ...f, available_at: val(e) })} placeholder="2018-11-25" /></label>
      </div>
      <p class="small muted">Credibility and relevance (low / medium / high) weigh Heuer's inconsistency score as in PARC ACH (1/√2, 1, √2). Reliability ρ is how far the item is genuine: the posterior mixes its rating with “says nothing” in that proportion.</p>
      <fieldset class="provenance">
        <legend>rating against each hypothesis</legend>
        <div class="row-fields">
          {props.hypotheses.map((h) => (
            <label key={h.id}>{h.label} <select value={f.ratings[h.id] ?? ''} onChange={(e) => setF({ ...f, ratings: { ...f.ratings, [h.id]: val(e) as Rating } })}>
              <option value="">(not rated)</option>
              {RATINGS.map(([k, t]) => <option key={k} value={k}>{k}: {t}</option>)}
            </select></label>
          ))}
        </div>
      </fieldset>
      {w.reason}
      <div class="form-actions">
        <button type="submit" class="primary">{r ? 'save evidence row' : 'add evidence row'}</button>
        {r && <button type="button" class="danger" onClick={() => void w.run(`deleting the evidence row “${r.label.slice(0, 60)}”`, async () => {
          await api(`${w.base}/matrix-items/${encodeURIComponent(r.id)}${w.q()}`, { method: 'DELETE' });
          props.onRecord?.(null);
        }, true)}>{w.sure ? 'confirm: delete evidence row and its ratings' : 'delete evidence row'}</button>}
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{bad || w.status}</span>
      </div>
    </form>
  );
}
