/**
 * Forms for the records that carry their provenance in other fields than a testimony: site-control intervals,
 * consequences and reports. Each takes the source (a case source, or a new one with its Admiralty reliability
 * grade), the document's title, URL and date, and the analyst's reason (kept in the custody log). The source
 * document goes into the source record's `documents` (src/core/case/schemas.ts SourceDocument: what a report's
 * Sources list shows), and the record cites its URL. The information credibility (Admiralty 1-6) is asked where
 * the case model keeps one (site control and consequences have a `credibility` field, which the assessment
 * weighs: src/core/case/record-weight.ts). A record with neither source nor URL is saved and marked "unsourced".
 */
import { useState } from 'preact/hooks';
import { api } from '../api';
import type { Source } from '../types';
import type { PosteriorSet } from '../moved';
import { CREDIBILITY, RELIABILITY } from './records';

const val = (e: Event) => (e.target as HTMLInputElement).value;
export const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

export interface Prov {
  source_id: string;
  new_source: string;
  new_source_grade: string;
  doc_title: string;
  url: string;
  date: string;
  credibility: string;
}
export const emptyProv: Prov = { source_id: '', new_source: '', new_source_grade: 'F', doc_title: '', url: '', date: '', credibility: '3' };

/** The source record and document a URL is listed under in the case, if any. */
export function provOf(sources: Source[], url: string | undefined, credibility?: number): Prov {
  const p: Prov = { ...emptyProv, url: url ?? '', credibility: credibility ? String(credibility) : emptyProv.credibility };
  if (!url) return p;
  for (const s of sources) {
    const d = (s.documents ?? []).find((x) => x.url === url);
    if (d) return { ...p, source_id: s.id, doc_title: d.title, date: d.published_at ?? '' };
  }
  return p;
}

export const isUnsourcedProv = (p: Prov) => !p.source_id && !p.new_source.trim() && !p.url.trim();

/**
 * Writes the source side: a new source record, or the document under an existing source (PUT, so its custody
 * entry says what changed). Returns the source record used (null: none).
 */
export async function saveProvenance(base: string, q: string, sources: Source[], p: Prov): Promise<Source | null> {
  const doc = p.url.trim() && /^https?:\/\//.test(p.url.trim()) ? { url: p.url.trim(), title: p.doc_title.trim() || p.url.trim(), ...(p.date.trim() ? { published_at: p.date.trim() } : {}) } : null;
  if (p.source_id === '+' && p.new_source.trim()) {
    const id = slug(p.new_source) || `source-${Date.now().toString(36)}`;
    const known = sources.find((s) => s.id === id);
    if (!known) {
      const rec = { id, name: p.new_source.trim(), kind: 'other', reliability: p.new_source_grade, ...(doc ? { citations: [doc.url], documents: [doc] } : {}) };
      await api(`${base}/sources${q}`, { method: 'POST', body: JSON.stringify(rec) });
      return rec as unknown as Source;
    }
    return known;
  }
  const s = sources.find((x) => x.id === p.source_id);
  if (!s) return null;
  if (doc) {
    const docs = s.documents ?? [];
    const same = docs.find((d) => d.url === doc.url);
    if (!same || same.title !== doc.title || (same.published_at ?? '') !== (doc.published_at ?? '')) {
      const next = { ...s, documents: [...docs.filter((d) => d.url !== doc.url), doc] };
      await api(`${base}/sources/${encodeURIComponent(s.id)}${q}`, { method: 'PUT', body: JSON.stringify(next) });
    }
  }
  return s;
}

export function ProvenanceFields(props: { p: Prov; set: (p: Prov) => void; sources: Source[]; credibility: boolean; dateLabel?: string }) {
  const { p, set } = props;
  const unsourced = isUnsourcedProv(p);
  return (
    <fieldset class="provenance">
      <legend>source</legend>
      <div class="row-fields">
        <label>source <select value={p.source_id} onChange={(e) => set({ ...p, source_id: val(e) })}>
          <option value="">(none)</option>
          {props.sources.map((s) => <option key={s.id} value={s.id}>{s.name} ({s.reliability}: {RELIABILITY[s.reliability]})</option>)}
          <option value="+">new source…</option>
        </select></label>
        {p.source_id === '+' && (
          <>
            <label>new source name <input value={p.new_source} onInput={(e) => set({ ...p, new_source: val(e) })} placeholder="Reuters" /></label>
            <label>its reliability <select value={p.new_source_grade} onChange={(e) => set({ ...p, new_source_grade: val(e) })}>{Object.entries(RELIABILITY).map(([k, v]) => <option key={k} value={k}>{k}: {v}</option>)}</select></label>
          </>
        )}
      </div>
      <div class="row-fields">
        <label>source title <input value={p.doc_title} onInput={(e) => set({ ...p, doc_title: val(e) })} placeholder="title of the article or report" /></label>
        <label>URL <input type="url" value={p.url} onInput={(e) => set({ ...p, url: val(e) })} placeholder="https://…" /></label>
        <label>{props.dateLabel ?? 'source date'} <input value={p.date} onInput={(e) => set({ ...p, date: val(e) })} placeholder="2018-11-25" /></label>
        {props.credibility && (
          <label>credibility <select value={unsourced ? '6' : p.credibility} disabled={unsourced} onChange={(e) => set({ ...p, credibility: val(e) })}>{Object.entries(CREDIBILITY).map(([k, v]) => <option key={k} value={k}>{k}: {v}</option>)}</select></label>
        )}
      </div>
      {unsourced && <p class="unsourced small" data-testid="unsourced-note">unsourced: no source and no URL{props.credibility ? ', so it is saved as credibility 6 (truth cannot be judged) and' : ''} marked “unsourced”.</p>}
    </fieldset>
  );
}

export interface FormProps<T> {
  caseId: string;
  sources: Source[];
  rec: T | null;
  onDone: (what: string, before: PosteriorSet | null) => void;
  onCancel: () => void;
  posteriors: () => Promise<PosteriorSet | null>;
}

/** The write, its delete with a confirm, the reason and the status line, shared by the three forms. */
export function useWrite(props: { caseId: string; posteriors: () => Promise<PosteriorSet | null>; onDone: (what: string, before: PosteriorSet | null) => void }) {
  const [why, setWhy] = useState('');
  const [status, setStatus] = useState('');
  const [sure, setSure] = useState(false);
  const base = `/api/cases/${props.caseId}`;
  const q = () => `?why=${encodeURIComponent(why.trim())}`;
  async function run(what: string, fn: () => Promise<void>, del = false) {
    if (!why.trim()) return setStatus('Say why (kept in the custody log).');
    if (del && !sure) return setSure(true);
    const before = await props.posteriors();
    setStatus(del ? 'deleting…' : 'saving…');
    try {
      await fn();
      setStatus('');
      props.onDone(what, before);
    } catch (err) {
      setStatus(`not ${del ? 'deleted' : 'saved'}: ${(err as Error).message}`);
    }
  }
  const reason = <label>reason for the change <input required value={why} onInput={(e) => setWhy(val(e))} placeholder="kept in the custody log" /></label>;
  return { base, q, run, reason, status, sure };
}

export interface SiteControlRow {
  id: string;
  party: string;
  place?: string;
  from: string;
  to?: string;
  notes?: string;
  citations?: string[];
  available_at?: string;
  credibility?: number;
}

export function SiteControlForm(props: FormProps<SiteControlRow>) {
  const r = props.rec;
  const [f, setF] = useState({ party: r?.party ?? '', place: r?.place ?? '', from: r?.from ?? '', to: r?.to ?? '', notes: r?.notes ?? '' });
  const [p, setP] = useState<Prov>(provOf(props.sources, (r?.citations ?? [])[0], r?.credibility));
  const w = useWrite(props);
  const submit = (e: Event) => {
    e.preventDefault();
    void w.run(`${r ? 'editing' : 'adding'} site control by ${f.party.trim()}${isUnsourcedProv(p) ? ' (unsourced)' : ''}`, async () => {
      await saveProvenance(w.base, w.q(), props.sources, p);
      const keepCites = (r?.citations ?? []).slice(1);
      const body: Record<string, unknown> = {
        party: f.party.trim(),
        from: f.from.trim(),
        citations: [...(p.url.trim() ? [p.url.trim()] : []), ...keepCites.filter((c) => c !== p.url.trim())],
      };
      if (f.place.trim()) body.place = f.place.trim();
      if (f.to.trim()) body.to = f.to.trim();
      // an unsourced interval's truth cannot be judged: Admiralty 6, whatever was picked
      body.credibility = isUnsourcedProv(p) ? 6 : Number(p.credibility);
      if (f.notes.trim()) body.notes = f.notes.trim();
      if (r?.available_at) body.available_at = r.available_at;
      await api(r ? `${w.base}/site-control/${encodeURIComponent(r.id)}${w.q()}` : `${w.base}/site-control${w.q()}`, { method: r ? 'PUT' : 'POST', body: JSON.stringify(body) });
    });
  };
  return (
    <form class="record-form" aria-label={r ? 'Edit site control' : 'Add site control'} onSubmit={submit}>
      <h3>{r ? 'Edit site control' : 'New site-control interval'}</h3>
      <div class="row-fields">
        <label>party holding the site <input required value={f.party} onInput={(e) => setF({ ...f, party: val(e) })} placeholder="government" /></label>
        <label>place <input value={f.place} onInput={(e) => setF({ ...f, place: val(e) })} placeholder="Douma" /></label>
        <label>from <input required value={f.from} onInput={(e) => setF({ ...f, from: val(e) })} placeholder="2018-04-14" /></label>
        <label>to (empty: still) <input value={f.to} onInput={(e) => setF({ ...f, to: val(e) })} /></label>
      </div>
      <label>notes <input value={f.notes} onInput={(e) => setF({ ...f, notes: val(e) })} /></label>
      <ProvenanceFields p={p} set={setP} sources={props.sources} credibility />
      {w.reason}
      <div class="form-actions">
        <button type="submit" class="primary">{r ? 'save site control' : 'add site control'}</button>
        {r && <button type="button" class="danger" onClick={() => void w.run(`deleting site control by ${r.party}`, async () => void (await api(`${w.base}/site-control/${encodeURIComponent(r.id)}${w.q()}`, { method: 'DELETE' })), true)}>{w.sure ? 'confirm: delete site control' : 'delete site control'}</button>}
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{w.status}</span>
      </div>
    </form>
  );
}

export interface ConsequenceRec {
  id: string;
  at: string;
  available_at?: string;
  actor: string;
  action: string;
  cites_incident: boolean;
  kind: string;
  place?: string;
  sources: { title: string; url: string }[];
  notes?: string;
  credibility?: number;
}
const CONSEQUENCE_KINDS = ['strike', 'statement', 'sanction', 'diplomatic', 'ceasefire', 'investigation', 'other'];

export function ConsequenceForm(props: FormProps<ConsequenceRec>) {
  const r = props.rec;
  const [f, setF] = useState({ at: r?.at ?? '', actor: r?.actor ?? '', action: r?.action ?? '', kind: r?.kind ?? 'statement', cites: r ? r.cites_incident : true, place: r?.place ?? '', notes: r?.notes ?? '' });
  const first = r?.sources[0];
  const [p, setP] = useState<Prov>(() => {
    const x = provOf(props.sources, first?.url, r?.credibility);
    return first && !x.doc_title ? { ...x, doc_title: first.title } : x;
  });
  const w = useWrite(props);
  const submit = (e: Event) => {
    e.preventDefault();
    void w.run(`${r ? 'editing' : 'adding'} the consequence “${f.action.trim().slice(0, 60)}”`, async () => {
      await saveProvenance(w.base, w.q(), props.sources, p);
      const url = p.url.trim();
      const srcs = [...(url ? [{ title: p.doc_title.trim() || url, url }] : []), ...(r?.sources ?? []).slice(1).filter((s) => s.url !== url)];
      const body: Record<string, unknown> = {
        id: r?.id ?? `c-${slug(f.actor) || 'act'}-${Date.now().toString(36).slice(-5)}`,
        at: f.at.trim(),
        actor: f.actor.trim(),
        action: f.action.trim(),
        cites_incident: f.cites,
        kind: f.kind,
        sources: srcs,
      };
      if (f.place.trim()) body.place = f.place.trim();
      body.credibility = Number(p.credibility);
      if (f.notes.trim()) body.notes = f.notes.trim();
      if (r?.available_at) body.available_at = r.available_at;
      await api(r ? `${w.base}/consequences/${encodeURIComponent(r.id)}${w.q()}` : `${w.base}/consequences${w.q()}`, { method: r ? 'PUT' : 'POST', body: JSON.stringify(body) });
    });
  };
  return (
    <form class="record-form" aria-label={r ? 'Edit consequence' : 'Add consequence'} onSubmit={submit}>
      <h3>{r ? 'Edit consequence' : 'New consequence'}</h3>
      <div class="row-fields">
        <label>when <input required value={f.at} onInput={(e) => setF({ ...f, at: val(e) })} placeholder="2018-04-14T01:00:00Z" /></label>
        <label>who acted <input required value={f.actor} onInput={(e) => setF({ ...f, actor: val(e) })} placeholder="United States" /></label>
        <label>kind <select value={f.kind} onChange={(e) => setF({ ...f, kind: val(e) })}>{CONSEQUENCE_KINDS.map((k) => <option key={k}>{k}</option>)}</select></label>
        <label>place <input value={f.place} onInput={(e) => setF({ ...f, place: val(e) })} /></label>
      </div>
      <label>what they did <input required value={f.action} onInput={(e) => setF({ ...f, action: val(e) })} /></label>
      <label class="check"><input type="checkbox" checked={f.cites} onChange={(e) => setF({ ...f, cites: (e.target as HTMLInputElement).checked })} /> cites the incident as its reason</label>
      <label>notes <input value={f.notes} onInput={(e) => setF({ ...f, notes: val(e) })} /></label>
      <ProvenanceFields p={p} set={setP} sources={props.sources} credibility />
      <p class="small muted">A consequence must cite at least one source document (title and URL).</p>
      {w.reason}
      <div class="form-actions">
        <button type="submit" class="primary">{r ? 'save consequence' : 'add consequence'}</button>
        {r && <button type="button" class="danger" onClick={() => void w.run(`deleting the consequence “${r.action.slice(0, 60)}”`, async () => void (await api(`${w.base}/consequences/${encodeURIComponent(r.id)}${w.q()}`, { method: 'DELETE' })), true)}>{w.sure ? 'confirm: delete consequence' : 'delete consequence'}</button>}
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{w.status}</span>
      </div>
    </form>
  );
}
