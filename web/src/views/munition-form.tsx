/**
 * A munition observation written with its source, as site control and consequences are (record-forms.tsx): what
 * was seen (description, the delivery id of the munitions knowledge base when it can be named, calibre,
 * burster, a container for a liquid fill, markings, who reported it, when), the source document (a case source or
 * a new one, title, URL, date) and the Admiralty information credibility, which scales the default reliability
 * the munition engine gives a remnant (src/core/munitions/munition-finding.ts; docs/assessment.md "Record
 * credibility"). An observation with neither source, URL nor reporter is saved as credibility 6 and marked
 * "unsourced"; it then counts at half the default reliability. Every write carries the analyst's reason.
 */
import { useState } from 'preact/hooks';
import { api } from '../api';
import type { Munition } from '../types';
import { ProvenanceFields, isUnsourcedProv, provOf, saveProvenance, slug, useWrite, type FormProps, type Prov } from './record-forms';

const val = (e: Event) => (e.target as HTMLInputElement).value;
const TRI = ['unknown', 'yes', 'no'];

export function MunitionForm(props: FormProps<Munition>) {
  const r = props.rec;
  const [f, setF] = useState({
    description: r?.description ?? '',
    delivery: r?.delivery ?? '',
    calibre: r?.calibre_mm !== undefined ? String(r.calibre_mm) : '',
    burster: r?.burster ?? 'unknown',
    fill: r?.fill_container ?? 'unknown',
    markings: r?.markings ?? '',
    reported_by: r?.reported_by ?? '',
    observed_at: r?.observed_at ?? '',
    notes: r?.notes ?? '',
  });
  const [p, setP] = useState<Prov>(provOf(props.sources, (r?.citations ?? [])[0], r?.credibility));
  const w = useWrite(props);
  const unsourced = isUnsourcedProv(p) && !f.reported_by.trim();
  const submit = (e: Event) => {
    e.preventDefault();
    void w.run(`${r ? 'editing' : 'adding'} the munition observation “${f.description.trim().slice(0, 60)}”${unsourced ? ' (unsourced)' : ''}`, async () => {
      await saveProvenance(w.base, w.q(), props.sources, p);
      const url = p.url.trim();
      const body: Record<string, unknown> = {
        ...(r ?? {}),
        id: r?.id ?? `m-${slug(f.description) || 'remnant'}-${Date.now().toString(36).slice(-4)}`,
        description: f.description.trim(),
        burster: f.burster,
        fill_container: f.fill,
        // an unsourced remnant's truth cannot be judged: Admiralty 6, whatever was picked
        credibility: unsourced ? 6 : Number(p.credibility),
        citations: [...(url ? [url] : []), ...((r?.citations ?? []).slice(1).filter((c) => c !== url))],
      };
      for (const [k, v] of [['delivery', f.delivery], ['markings', f.markings], ['reported_by', f.reported_by], ['observed_at', f.observed_at], ['notes', f.notes]] as const) {
        if (v.trim()) body[k] = v.trim();
        else delete body[k];
      }
      // the credibility chosen here is what weighs it: an explicit 0-1 reliability would win over it
      delete body.reliability;
      if (f.calibre.trim()) body.calibre_mm = Number(f.calibre);
      else delete body.calibre_mm;
      await api(r ? `${w.base}/munitions/${encodeURIComponent(r.id)}${w.q()}` : `${w.base}/munitions${w.q()}`, { method: r ? 'PUT' : 'POST', body: JSON.stringify(body) });
    });
  };
  return (
    <form class="record-form" aria-label={r ? 'Edit munition observation' : 'Add munition observation'} onSubmit={submit}>
      <h3>{r ? 'Edit munition observation' : 'New munition observation'}</h3>
      <label>what was seen <input required value={f.description} onInput={(e) => setF({ ...f, description: val(e) })} placeholder="120 mm mortar bomb, tail section with fins" /></label>
      <div class="row-fields">
        <label>delivery (knowledge base id) <input value={f.delivery} onInput={(e) => setF({ ...f, delivery: val(e) })} placeholder="mortar-120mm" /></label>
        <label>calibre, mm <input inputMode="decimal" value={f.calibre} onInput={(e) => setF({ ...f, calibre: val(e) })} /></label>
        <label>burster seen <select value={f.burster} onChange={(e) => setF({ ...f, burster: val(e) as typeof f.burster })}>{TRI.map((k) => <option key={k}>{k}</option>)}</select></label>
        <label>container for a liquid fill <select value={f.fill} onChange={(e) => setF({ ...f, fill: val(e) as typeof f.fill })}>{TRI.map((k) => <option key={k}>{k}</option>)}</select></label>
      </div>
      <div class="row-fields">
        <label>markings <input value={f.markings} onInput={(e) => setF({ ...f, markings: val(e) })} /></label>
        <label>reported by <input value={f.reported_by} onInput={(e) => setF({ ...f, reported_by: val(e) })} placeholder="Russian MoD" /></label>
        <label>observed at <input value={f.observed_at} onInput={(e) => setF({ ...f, observed_at: val(e) })} placeholder="2018-11-25" /></label>
      </div>
      <label>notes <input value={f.notes} onInput={(e) => setF({ ...f, notes: val(e) })} /></label>
      <ProvenanceFields p={p} set={setP} sources={props.sources} credibility />
      {r?.reliability !== undefined && <p class="small" data-testid="reliability-replaced">It has an explicit reliability {r.reliability} (set in its bundle); saving here replaces it with the credibility chosen above.</p>}
      <p class="small muted">The munition engine gives a remnant reliability 0.8 by default, scaled by its credibility (4 doubtful: half; 5 improbable: a fifth) and halved when nothing can be checked (no source, URL or reporter).</p>
      {w.reason}
      <div class="form-actions">
        <button type="submit" class="primary">{r ? 'save munition observation' : 'add munition observation'}</button>
        {r && <button type="button" class="danger" onClick={() => void w.run(`deleting the munition observation “${r.description.slice(0, 60)}”`, async () => void (await api(`${w.base}/munitions/${encodeURIComponent(r.id)}${w.q()}`, { method: 'DELETE' })), true)}>{w.sure ? 'confirm: delete munition observation' : 'delete munition observation'}</button>}
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{w.status}</span>
      </div>
    </form>
  );
}
