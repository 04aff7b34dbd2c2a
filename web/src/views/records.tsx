/**
 * Every record of the case, editable with its provenance, through the record routes (POST / PUT / DELETE
 * /api/cases/:id/<kind>, each write custody-logged with the analyst's reason). Testimonies have a full form:
 * who, role, date, text, the source (a case source, or a new one with its Admiralty reliability grade), the URL
 * and the Admiralty information credibility; site control, consequences and reports have forms with the same
 * source fields (record-forms.tsx, report-form.tsx). A testimony with neither source nor URL is "unsourced" and is
 * weighted as Admiralty 6 ("truth cannot be judged"), the grade the agent knowledge base maps to its lowest
 * non-negative weight (knowledge/agents.yaml model.credibility). Sources, munitions, samples, hypotheses (with
 * the basis of the prior: hypothesis-form.tsx) and matrix rows (with the ratings: matrix-record-form.tsx) have
 * forms too; the server checks every write with the case model's schemas.
 * After every write the posterior of each hypothesis before and after is shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, type Page } from '../api';
import type { CaseView, Hypothesis, MatrixItem, Munition, Report, Sample, Source, Testimony } from '../types';
import { HypothesisForm } from './hypothesis-form';
import { MatrixRecordForm } from './matrix-record-form';
import { ConsequenceForm, SiteControlForm, type ConsequenceRec, type SiteControlRow } from './record-forms';
import { ReportsSection } from './report-form';
import { MunitionForm } from './munition-form';
import { SourceForm } from './source-form';
import { SampleForm } from './sample-form';
import { PassageLinks } from './passage';
import { Moved, type PosteriorSet } from '../moved';
import { fmtDate } from '../format';
import { CREDIBILITY_WORDS } from '../../../src/core/case/record-weight';

export const RELIABILITY: Record<string, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};
/** Admiralty information credibility in words: the assessment's own table, so the UI and the report agree. */
export const CREDIBILITY: Record<number, string> = CREDIBILITY_WORDS;

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
const val = (e: Event) => (e.target as HTMLInputElement).value;

/** The assessment's posteriors now (null when it cannot be had). */
export async function posteriors(caseId: string): Promise<PosteriorSet | null> {
  try {
    const a = await api<PosteriorSet & { confidence?: unknown }>(`/api/cases/${caseId}/assessment`);
    const conf = typeof a.confidence === 'string' ? a.confidence : (a.confidence as { level?: string } | undefined)?.level;
    return { leading: a.leading, ...(conf ? { confidence: conf } : {}), hypotheses: a.hypotheses.map((h) => ({ id: h.id, label: h.label, posterior: h.posterior, words: h.words })) };
  } catch {
    return null;
  }
}

export function isUnsourced(t: Testimony & { citations?: string[] }): boolean {
  return !t.source_id && !(t.citations ?? []).length;
}

export function AdmiraltyNote() {
  return (
    <details class="admiralty small">
      <summary>The Admiralty scale (NATO AJP-2.1)</summary>
      <p>Two separate grades. The <strong>source</strong>'s reliability, from its record: {Object.entries(RELIABILITY).map(([k, v]) => `${k} ${v}`).join('; ')}.</p>
      <p>The <strong>information</strong>'s credibility, for this account: {Object.entries(CREDIBILITY).map(([k, v]) => `${k} ${v}`).join('; ')}. The agent differential weighs an account by its credibility grade (knowledge/agents.yaml); an unsourced account is graded 6.</p>
    </details>
  );
}

type TForm = { who: string; role: string; recorded_at: string; text: string; source_id: string; new_source: string; new_source_grade: string; url: string; credibility: string; why: string };
const emptyT: TForm = { who: '', role: 'witness', recorded_at: '', text: '', source_id: '', new_source: '', new_source_grade: 'F', url: '', credibility: '3', why: '' };

function TestimonyForm(props: { caseId: string; sources: Source[]; t: (Testimony & { citations?: string[] }) | null; onDone: (what: string, before: PosteriorSet | null) => void; onCancel: () => void }) {
  const t = props.t;
  const [f, setF] = useState<TForm>(
    t
      ? { ...emptyT, who: t.who, role: t.role, recorded_at: t.recorded_at ?? '', text: t.text, source_id: t.source_id ?? '', url: (t.citations ?? [])[0] ?? '', credibility: String(t.credibility ?? 6) }
      : emptyT,
  );
  const [status, setStatus] = useState('');
  const [sure, setSure] = useState(false);
  const base = `/api/cases/${props.caseId}`;
  const unsourced = !f.source_id && !f.new_source.trim() && !f.url.trim();
  async function submit(e: Event) {
    e.preventDefault();
    if (!f.why.trim()) return setStatus('Say why (kept in the custody log).');
    const before = await posteriors(props.caseId);
    const q = `?why=${encodeURIComponent(f.why.trim())}`;
    setStatus('saving…');
    try {
      let source_id = f.source_id;
      if (f.source_id === '+' && f.new_source.trim()) {
        source_id = slug(f.new_source) || `source-${Date.now().toString(36)}`;
        if (!props.sources.some((s) => s.id === source_id))
          await api(`${base}/sources${q}`, { method: 'POST', body: JSON.stringify({ id: source_id, name: f.new_source.trim(), kind: 'other', reliability: f.new_source_grade, ...(f.url.trim() ? { citations: [f.url.trim()] } : {}) }) });
      }
      if (source_id === '+') source_id = '';
      const body: Record<string, unknown> = {
        id: t?.id ?? `t-${slug(f.who) || 'account'}-${Date.now().toString(36).slice(-5)}`,
        who: f.who.trim(),
        role: f.role,
        text: f.text,
        // an unsourced account's truth cannot be judged: Admiralty 6, whatever was picked
        credibility: unsourced ? 6 : Number(f.credibility),
        citations: f.url.trim() ? [f.url.trim()] : [],
      };
      if (f.recorded_at.trim()) body.recorded_at = f.recorded_at.trim();
      if (source_id) body.source_id = source_id;
      // keep what the form does not edit (features, language, notes)
      const keep = t ? Object.fromEntries(Object.entries(t).filter(([k]) => ['language', 'features', 'notes', 'reliability'].includes(k))) : {};
      await api(t ? `${base}/testimonies/${encodeURIComponent(t.id)}${q}` : `${base}/testimonies${q}`, { method: t ? 'PUT' : 'POST', body: JSON.stringify({ ...keep, ...body }) });
      setStatus('');
      props.onDone(`${t ? 'editing' : 'adding'} the testimony of ${f.who.trim()}${unsourced ? ' (unsourced)' : ''}`, before);
    } catch (err) {
      setStatus(`not saved: ${(err as Error).message}`);
    }
  }
  async function remove() {
    if (!t) return;
    if (!f.why.trim()) return setStatus('Say why (kept in the custody log).');
    if (!sure) return setSure(true);
    const before = await posteriors(props.caseId);
    try {
      await api(`${base}/testimonies/${encodeURIComponent(t.id)}?why=${encodeURIComponent(f.why.trim())}`, { method: 'DELETE' });
      props.onDone(`deleting the testimony of ${t.who}`, before);
    } catch (err) {
      setStatus(`not deleted: ${(err as Error).message}`);
    }
  }
  return (
    <form class="record-form" aria-label={t ? 'Edit testimony' : 'Add testimony'} onSubmit={submit}>
      <h3>{t ? `Edit testimony ${t.id}` : 'New testimony'}</h3>
      <div class="row-fields">
        <label>who <input required value={f.who} onInput={(e) => setF({ ...f, who: val(e) })} placeholder="nurse at al-Razi hospital" /></label>
        <label>role <select value={f.role} onChange={(e) => setF({ ...f, role: val(e) })}>{['witness', 'medic', 'official', 'journalist', 'other'].map((r) => <option key={r}>{r}</option>)}</select></label>
        <label>date recorded <input value={f.recorded_at} onInput={(e) => setF({ ...f, recorded_at: val(e) })} placeholder="2018-11-25 or 2018-11-25T10:00:00Z" /></label>
      </div>
      <label>what they said <textarea required rows={3} value={f.text} onInput={(e) => setF({ ...f, text: val(e) })} /></label>
      <div class="row-fields">
        <label>source <select value={f.source_id} onChange={(e) => setF({ ...f, source_id: val(e) })}>
          <option value="">(none)</option>
          {props.sources.map((s) => <option key={s.id} value={s.id}>{s.name} ({s.reliability}: {RELIABILITY[s.reliability]})</option>)}
          <option value="+">new source…</option>
        </select></label>
        {f.source_id === '+' && (
          <>
            <label>source title <input value={f.new_source} onInput={(e) => setF({ ...f, new_source: val(e) })} placeholder="Al-Alam TV" /></label>
            <label>source reliability <select value={f.new_source_grade} onChange={(e) => setF({ ...f, new_source_grade: val(e) })}>{Object.entries(RELIABILITY).map(([k, v]) => <option key={k} value={k}>{k}: {v}</option>)}</select></label>
          </>
        )}
        <label>URL <input type="url" value={f.url} onInput={(e) => setF({ ...f, url: val(e) })} placeholder="https://…" /></label>
        <label>credibility <select value={unsourced ? '6' : f.credibility} disabled={unsourced} onChange={(e) => setF({ ...f, credibility: val(e) })}>{Object.entries(CREDIBILITY).map(([k, v]) => <option key={k} value={k}>{k}: {v}</option>)}</select></label>
      </div>
      {unsourced && <p class="unsourced small" data-testid="unsourced-note">unsourced: no source and no URL, so it is saved as credibility 6 (truth cannot be judged) and marked “unsourced”.</p>}
      <AdmiraltyNote />
      <label>reason for the change <input required value={f.why} onInput={(e) => setF({ ...f, why: val(e) })} placeholder="kept in the custody log" /></label>
      <div class="form-actions">
        <button type="submit" class="primary">{t ? 'save testimony' : 'add testimony'}</button>
        {t && <button type="button" class="danger" onClick={remove}>{sure ? 'confirm: delete testimony' : 'delete testimony'}</button>}
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{status}</span>
      </div>
    </form>
  );
}

export function RecordsPane(props: { view: CaseView; canWrite: boolean; onChange: () => void }) {
  const v = props.view;
  const caseId = encodeURIComponent(v.case.id);
  const [editT, setEditT] = useState<Testimony | 'new' | null>(null);
  const [editH, setEditH] = useState<Hypothesis | 'new' | null>(null);
  const [editE, setEditE] = useState<MatrixItem | 'new' | null>(null);
  const [moved, setMoved] = useState<{ before: PosteriorSet | null; after: PosteriorSet | null; what: string } | null>(null);
  const sourceOf = (id?: string) => v.sources.find((s) => s.id === id);
  async function done(what: string, before: PosteriorSet | null) {
    setEditT(null);
    setMoved({ before, after: await posteriors(caseId), what });
    props.onChange();
  }
  // site-control intervals as the store keys them (a digest of party, place, from and to: GET /site-control)
  const [sites, setSites] = useState<SiteControlRow[]>([]);
  const [editS, setEditS] = useState<SiteControlRow | 'new' | null>(null);
  const [editC, setEditC] = useState<ConsequenceRec | 'new' | null>(null);
  const [editR, setEditR] = useState<Report | 'new' | null>(null);
  const [editM, setEditM] = useState<Munition | 'new' | null>(null);
  const [editSrc, setEditSrc] = useState<Source | 'new' | null>(null);
  const [editSm, setEditSm] = useState<Sample | 'new' | null>(null);
  useEffect(() => {
    api<Page<SiteControlRow>>(`/api/cases/${caseId}/site-control?limit=500`).then((p) => setSites(p.items)).catch(() => setSites([]));
  }, [v]);
  const consequences = ((v as { consequences?: ConsequenceRec[] }).consequences ?? []).slice().sort((a, b) => a.at.localeCompare(b.at));
  const forms = { caseId, sources: v.sources, onDone: async (what: string, before: PosteriorSet | null) => { setEditS(null); setEditC(null); setEditR(null); setEditM(null); setEditSrc(null); setEditSm(null); setEditH(null); setEditE(null); await done(what, before); }, posteriors: () => posteriors(caseId) };
  const citeLinks = (urls: string[]) => urls.filter((c) => /^https?:/.test(c)).slice(0, 3).map((c) => <a key={c} class="small cite" href={c} target="_blank" rel="noopener noreferrer">{new URL(c).hostname}</a>);
  return (
    <div class="records-pane">
      {moved && <Moved before={moved.before} after={moved.after} what={moved.what} />}
      <section aria-label="Testimonies">
        <h2>Testimonies ({v.testimonies.length})</h2>
        {props.canWrite && !editT && <button type="button" onClick={() => setEditT('new')}>add testimony</button>}
        {editT && <TestimonyForm caseId={caseId} sources={v.sources} t={editT === 'new' ? null : editT} onDone={done} onCancel={() => setEditT(null)} />}
        <ul class="accounts">
          {v.testimonies.map((t) => {
            const tc = t as Testimony & { citations?: string[] };
            const s = sourceOf(t.source_id);
            return (
              <li key={t.id} data-testimony={t.id}>
                <strong>{t.who}</strong> <span class="muted">{t.role}{t.recorded_at ? ` · ${fmtDate(t.recorded_at)}` : ''}{t.credibility ? ` · credibility ${t.credibility} (${CREDIBILITY[t.credibility]})` : ''}</span>
                {isUnsourced(tc) && <span class="unsourced-tag">unsourced</span>}
                <blockquote>{t.text}</blockquote>
                <p class="small">
                  {s && <span>source: {s.name} ({s.reliability}: {RELIABILITY[s.reliability]}) </span>}
                  <PassageLinks view={v} quote={t.text} citations={tc.citations} />
                  {(tc.citations ?? []).filter((c) => !/^https?:/.test(c)).map((c) => <span key={c}>{c} </span>)}
                  {props.canWrite && <> <button type="button" class="link" aria-label={`edit testimony of ${t.who}`} onClick={() => setEditT(t)}>edit</button></>}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-label="Site control" data-testid="site-control">
        <h2>Site control ({sites.length})</h2>
        <p class="small muted">Which party held the site when: it sets the confidence's site-access factor and the custody of samples (docs/assessment.md “Confidence rubric”). A doubtful (credibility 4-6) or unsourced interval counts for less there, and the assessment says so.</p>
        {props.canWrite && !editS && <button type="button" onClick={() => setEditS('new')}>add site control</button>}
        {editS && <SiteControlForm {...forms} rec={editS === 'new' ? null : editS} onCancel={() => setEditS(null)} />}
        <ul class="plain record-list">
          {sites.map((r) => (
            <li key={r.id} data-site-control={r.id}>
              <strong>{r.party}</strong> held {r.place ?? 'the site'} from {fmtDate(r.from)}{r.to ? ` to ${fmtDate(r.to)}` : ''}
              {r.credibility ? <span class="muted small"> · credibility {r.credibility} ({CREDIBILITY[r.credibility]})</span> : null}
              {(r.citations ?? []).length === 0 && <span class="unsourced-tag">unsourced</span>}
              {citeLinks(r.citations ?? [])}
              {r.notes && <span class="muted small"> {r.notes}</span>}
              {props.canWrite && <button type="button" class="link small" aria-label={`edit site control by ${r.party} from ${fmtDate(r.from)}`} onClick={() => setEditS(r)}>edit</button>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Sources" data-testid="source-records">
        <h2>Sources ({v.sources.length})</h2>
        {props.canWrite && !editSrc && <button type="button" onClick={() => setEditSrc('new')}>add source</button>}
        {editSrc && <SourceForm {...forms} rec={editSrc === 'new' ? null : editSrc} onCancel={() => setEditSrc(null)} />}
        <ul class="plain record-list">
          {v.sources.map((x) => (
            <li key={x.id} data-source={x.id}>
              <strong>{x.name}</strong>
              <span class="muted small"> · {x.kind} · reliability {x.reliability} ({RELIABILITY[x.reliability]}) · {x.affiliation?.type ?? 'unknown'}{x.affiliation?.country ? ` (${x.affiliation.country})` : ''}</span>
              {props.canWrite && <button type="button" class="link small" aria-label={`edit source ${x.name}`} onClick={() => setEditSrc(x)}>edit</button>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Munition observations" data-testid="munition-records">
        <h2>Munition observations ({v.munitions.length})</h2>
        {props.canWrite && !editM && <button type="button" onClick={() => setEditM('new')}>add munition observation</button>}
        {editM && <MunitionForm {...forms} rec={editM === 'new' ? null : editM} onCancel={() => setEditM(null)} />}
        <ul class="plain record-list">
          {v.munitions.map((m) => (
            <li key={m.id} data-munition={m.id}>
              <strong>{m.description}</strong>
              <span class="muted small"> · burster {m.burster ?? 'unknown'}{m.reported_by ? ` · reported by ${m.reported_by}` : ''}{m.credibility ? ` · credibility ${m.credibility} (${CREDIBILITY[m.credibility]})` : ''}</span>
              {(m.citations ?? []).length === 0 && !m.reported_by && <span class="unsourced-tag">unsourced</span>}
              {citeLinks(m.citations ?? [])}
              {props.canWrite && <button type="button" class="link small" aria-label={`edit munition observation ${m.id}`} onClick={() => setEditM(m)}>edit</button>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Samples" data-testid="sample-records">
        <h2>Samples ({v.samples.length})</h2>
        {props.canWrite && !editSm && <button type="button" onClick={() => setEditSm('new')}>add sample</button>}
        {editSm && <SampleForm {...forms} rec={editSm === 'new' ? null : editSm} onCancel={() => setEditSm(null)} />}
        <ul class="plain record-list">
          {v.samples.map((x) => (
            <li key={x.id} data-sample={x.id}>
              <strong>{x.description || x.kind}</strong>
              <span class="muted small"> · {x.kind}{x.collected_at ? ` · collected ${fmtDate(x.collected_at)}` : ''}{x.collected_by ? ` by ${x.collected_by}` : ''} · {x.chain.length} transfer{x.chain.length === 1 ? '' : 's'} · {x.results.length} result{x.results.length === 1 ? '' : 's'}</span>
              {(x.citations ?? []).length === 0 && <span class="unsourced-tag">unsourced</span>}
              {citeLinks(x.citations ?? [])}
              {props.canWrite && <button type="button" class="link small" aria-label={`edit sample ${x.id}`} onClick={() => setEditSm(x)}>edit</button>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Consequences" data-testid="consequence-records">
        <h2>Consequences ({consequences.length})</h2>
        {props.canWrite && !editC && <button type="button" onClick={() => setEditC('new')}>add consequence</button>}
        {editC && <ConsequenceForm {...forms} rec={editC === 'new' ? null : editC} onCancel={() => setEditC(null)} />}
        <ul class="plain record-list">
          {consequences.map((r) => (
            <li key={r.id} data-consequence={r.id}>
              <span class="muted">{fmtDate(r.at)} · {r.kind}{r.credibility ? ` · credibility ${r.credibility} (${CREDIBILITY[r.credibility]})` : ''}</span> <strong>{r.actor}</strong>: {r.action}
              {r.sources.map((s) => <a key={s.url} class="small cite" href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a>)}
              {props.canWrite && <button type="button" class="link small" aria-label={`edit consequence ${r.id}`} onClick={() => setEditC(r)}>edit</button>}
            </li>
          ))}
        </ul>
      </section>
      <ReportsSection caseId={caseId} total={v.reports.total} stamp={v} canWrite={props.canWrite} edit={editR} setEdit={setEditR} forms={forms} />
      <section aria-label="Hypotheses" data-testid="hypothesis-records">
        <h2>Hypotheses ({v.hypotheses.length})</h2>
        {props.canWrite && !editH && <button type="button" onClick={() => setEditH('new')}>add hypothesis</button>}
        {editH && <HypothesisForm {...forms} rec={editH === 'new' ? null : editH} onCancel={() => setEditH(null)} />}
        <ul class="plain record-list">
          {v.hypotheses.map((h) => {
            const hb = h as Hypothesis & { prior_basis?: string };
            return (
              <li key={h.id} data-hypothesis={h.id}>
                <strong>{h.label}</strong>
                <span class="muted small"> · {h.agent} / {h.actor} / {h.story}{h.prior !== undefined ? ` · prior ${h.prior}${hb.prior_basis ? ` (${hb.prior_basis})` : ''}` : ''}</span>
                {h.description && <span class="small"> {h.description}</span>}
                {props.canWrite && <button type="button" class="link small" aria-label={`edit hypothesis ${h.label}`} onClick={() => setEditH(h)}>edit</button>}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-label="Evidence rows" data-testid="matrix-records">
        <h2>Evidence rows of the matrix ({v.matrix.length})</h2>
        {props.canWrite && !editE && <button type="button" onClick={() => setEditE('new')}>add evidence row</button>}
        {editE && <MatrixRecordForm {...forms} hypotheses={v.hypotheses} rec={editE === 'new' ? null : editE} onCancel={() => setEditE(null)} />}
        <ul class="plain record-list">
          {v.matrix.map((m) => {
            const md = m as MatrixItem & { derived_from?: string[] };
            return (
              <li key={m.id} data-matrix-item={m.id}>
                <strong>{m.label}</strong>
                <span class="muted small"> · credibility {m.credibility} · relevance {m.relevance}{m.reliability !== undefined ? ` · ρ ${m.reliability}` : ''}</span>
                {(m.citations ?? []).length === 0 && !(md.derived_from ?? []).length && <span class="unsourced-tag">unsourced</span>}
                {citeLinks(m.citations ?? [])}
                {props.canWrite && <button type="button" class="link small" aria-label={`edit evidence row ${m.label}`} onClick={() => setEditE(m)}>edit</button>}
              </li>
            );
          })}
        </ul>
      </section>
      <AdmiraltyNote />
    </div>
  );
}
