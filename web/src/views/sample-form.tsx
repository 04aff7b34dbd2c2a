/**
 * A sample written in a form, not JSON: what it is, who collected it where and when (and for which party), its
 * chain of custody as rows (when, from, to, the receiver's party, sealed or not), its laboratory results as
 * rows (lab, when reported, what was detected, the lab's words), the source document it is known from (a case
 * source or a new one, title, URL, date), and the analyst's reason. Gaps are left as gaps: the custody engine
 * measures them (src/core/custody/sample-integrity.ts). A sample has no credibility grade of its own: its chain
 * of custody is what weighs it.
 */
import { useState } from 'preact/hooks';
import { api } from '../api';
import type { Sample } from '../types';
import { ProvenanceFields, isUnsourcedProv, provOf, saveProvenance, slug, useWrite, type FormProps, type Prov } from './record-forms';

const val = (e: Event) => (e.target as HTMLInputElement).value;
/** a row as edited, and the fields the form does not show (a transfer's note and citations, a result's), kept */
type Transfer = { at: string; from: string; to: string; party: string; sealed: string; rest: Record<string, unknown> };
type Result = { lab: string; reported_at: string; detected: string; text: string; rest: Record<string, unknown> };

export function SampleForm(props: FormProps<Sample>) {
  const r = props.rec;
  const [f, setF] = useState({
    kind: r?.kind ?? '',
    description: r?.description ?? '',
    collected_at: r?.collected_at ?? '',
    collected_by: r?.collected_by ?? '',
    collector_party: r?.collector_party ?? '',
    collected_where: r?.collected_where ?? '',
    notes: r?.notes ?? '',
  });
  const [chain, setChain] = useState<Transfer[]>((r?.chain ?? []).map(({ at, from, to, party, sealed, ...rest }) => ({ at, from, to, party: party ?? '', sealed: sealed === undefined ? '' : sealed ? 'yes' : 'no', rest })));
  const [results, setResults] = useState<Result[]>((r?.results ?? []).map(({ lab, reported_at, detected, text, ...rest }) => ({ lab, reported_at: reported_at ?? '', detected: detected.join(', '), text, rest })));
  const [p, setP] = useState<Prov>(provOf(props.sources, (r?.citations ?? [])[0]));
  const w = useWrite(props);
  const setT = (i: number, k: keyof Transfer, v: string) => setChain(chain.map((t, j) => (j === i ? { ...t, [k]: v } : t)));
  const setR = (i: number, k: keyof Result, v: string) => setResults(results.map((x, j) => (j === i ? { ...x, [k]: v } : x)));
  const submit = (e: Event) => {
    e.preventDefault();
    void w.run(`${r ? 'editing' : 'adding'} the sample “${(f.description || f.kind).trim().slice(0, 60)}”${isUnsourcedProv(p) ? ' (unsourced)' : ''}`, async () => {
      await saveProvenance(w.base, w.q(), props.sources, p);
      const url = p.url.trim();
      const body: Record<string, unknown> = {
        ...(r ?? {}),
        id: r?.id ?? `s-${slug(f.kind) || 'sample'}-${Date.now().toString(36).slice(-4)}`,
        kind: f.kind.trim(),
        description: f.description.trim(),
        chain: chain.filter((t) => t.at.trim() || t.from.trim() || t.to.trim()).map((t) => ({ ...t.rest, at: t.at.trim(), from: t.from.trim(), to: t.to.trim(), ...(t.party.trim() ? { party: t.party.trim() } : {}), ...(t.sealed ? { sealed: t.sealed === 'yes' } : {}) })),
        results: results.filter((x) => x.lab.trim() || x.text.trim()).map((x) => ({ ...x.rest, lab: x.lab.trim(), ...(x.reported_at.trim() ? { reported_at: x.reported_at.trim() } : {}), detected: x.detected.split(',').map((d) => d.trim()).filter(Boolean), text: x.text.trim() })),
        citations: [...(url ? [url] : []), ...((r?.citations ?? []).slice(1).filter((c) => c !== url))],
      };
      for (const k of ['collected_at', 'collected_by', 'collector_party', 'collected_where', 'notes'] as const) {
        if (f[k].trim()) body[k] = f[k].trim();
        else delete body[k];
      }
      await api(r ? `${w.base}/samples/${encodeURIComponent(r.id)}${w.q()}` : `${w.base}/samples${w.q()}`, { method: r ? 'PUT' : 'POST', body: JSON.stringify(body) });
    });
  };
  return (
    <form class="record-form" aria-label={r ? 'Edit sample' : 'Add sample'} onSubmit={submit}>
      <h3>{r ? 'Edit sample' : 'New sample'}</h3>
      <div class="row-fields">
        <label>kind <input required value={f.kind} onInput={(e) => setF({ ...f, kind: val(e) })} placeholder="soil, plasma, swab" /></label>
        <label>collected at <input value={f.collected_at} onInput={(e) => setF({ ...f, collected_at: val(e) })} placeholder="2018-04-21" /></label>
        <label>collected by <input value={f.collected_by} onInput={(e) => setF({ ...f, collected_by: val(e) })} placeholder="OPCW Fact-Finding Mission" /></label>
        <label>for the party <input value={f.collector_party} onInput={(e) => setF({ ...f, collector_party: val(e) })} placeholder="opcw" /></label>
        <label>where <input value={f.collected_where} onInput={(e) => setF({ ...f, collected_where: val(e) })} placeholder="Douma" /></label>
      </div>
      <label>description <input value={f.description} onInput={(e) => setF({ ...f, description: val(e) })} /></label>
      <fieldset class="rows">
        <legend>chain of custody ({chain.length} transfer{chain.length === 1 ? '' : 's'})</legend>
        {chain.map((t, i) => (
          <div class="row-fields" key={i} data-transfer={i}>
            <label>transfer {i + 1} at <input required value={t.at} onInput={(e) => setT(i, 'at', val(e))} placeholder="2018-04-22T10:00Z" /></label>
            <label>from <input required value={t.from} onInput={(e) => setT(i, 'from', val(e))} /></label>
            <label>to <input required value={t.to} onInput={(e) => setT(i, 'to', val(e))} /></label>
            <label>receiver's party <input value={t.party} onInput={(e) => setT(i, 'party', val(e))} /></label>
            <label>sealed <select value={t.sealed} onChange={(e) => setT(i, 'sealed', val(e))}><option value="">not recorded</option><option value="yes">yes</option><option value="no">no</option></select></label>
            <button type="button" class="link small" aria-label={`remove transfer ${i + 1}`} onClick={() => setChain(chain.filter((_, j) => j !== i))}>remove</button>
          </div>
        ))}
        <button type="button" onClick={() => setChain([...chain, { at: '', from: chain.at(-1)?.to ?? f.collected_by, to: '', party: '', sealed: '', rest: {} }])}>add a transfer</button>
      </fieldset>
      <fieldset class="rows">
        <legend>laboratory results ({results.length})</legend>
        {results.map((x, i) => (
          <div class="row-fields" key={i} data-result={i}>
            <label>result {i + 1} lab <input required value={x.lab} onInput={(e) => setR(i, 'lab', val(e))} /></label>
            <label>reported at <input value={x.reported_at} onInput={(e) => setR(i, 'reported_at', val(e))} /></label>
            <label>detected (comma-separated) <input value={x.detected} onInput={(e) => setR(i, 'detected', val(e))} placeholder="chlorine, trichlorophenol" /></label>
            <label>what the lab says <input required value={x.text} onInput={(e) => setR(i, 'text', val(e))} /></label>
            <button type="button" class="link small" aria-label={`remove result ${i + 1}`} onClick={() => setResults(results.filter((_, j) => j !== i))}>remove</button>
          </div>
        ))}
        <button type="button" onClick={() => setResults([...results, { lab: '', reported_at: '', detected: '', text: '', rest: {} }])}>add a result</button>
      </fieldset>
      <label>notes <input value={f.notes} onInput={(e) => setF({ ...f, notes: val(e) })} /></label>
      <ProvenanceFields p={p} set={setP} sources={props.sources} credibility={false} />
      <p class="small muted">Gaps stay gaps: the custody assessment measures the delay, the collector, each transfer, seals and who held the site.</p>
      {w.reason}
      <div class="form-actions">
        <button type="submit" class="primary">{r ? 'save sample' : 'add sample'}</button>
        {r && <button type="button" class="danger" onClick={() => void w.run(`deleting the sample “${(r.description || r.kind).slice(0, 60)}”`, async () => void (await api(`${w.base}/samples/${encodeURIComponent(r.id)}${w.q()}`, { method: 'DELETE' })), true)}>{w.sure ? 'confirm: delete sample' : 'delete sample'}</button>}
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{w.status}</span>
      </div>
    </form>
  );
}
