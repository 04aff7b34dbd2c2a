/**
 * The ACH matrix as analysts know it from PARC ACH: evidence as rows, hypotheses as columns (switchable), sticky
 * headers, sortable by diagnosticity, date or source; the analyst's rows and one row per engine finding
 * (agent differential, munitions, narrative, custody), whose cells an analyst may override. Scores (Bayesian
 * posterior with ICD 203 words, Heuer and weighted inconsistency, diagnosticity, pivotal items) are recomputed
 * in the browser with the assessment's own pure function (src/core/hypotheses assessCase) so they match the
 * server's; a change is saved (analyst token) only on an explicit confirm, with the analyst's reason.
 *
 * Several analysts: each one's latest ratings are a layer of their own (GET /matrix/analysts, from the rating
 * log); the grid can show the stored matrix (what the assessment uses), the consensus or one analyst's ratings,
 * and lists the cells where they disagree, those whose disagreement would change the leader first.
 *
 * Keys on a focused cell: arrows move; 1-6 choose CC, C, N, I, II, NA; Delete chooses "clear"; Enter saves the
 * choice; Escape drops it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type Page } from '../api';
import type { CaseView, MatrixItem, Rating, RatingChange } from '../types';
import type { Assessment } from '../../../src/core/hypotheses/case-assessment';
import { scoreAnalystMatrix } from '../../../src/core/hypotheses/analyst-matrix';
import { fmtTime, pct } from '../format';
import { Moved, type PosteriorSet } from '../moved';
import { MatrixRecordForm } from './matrix-record-form';
import { ck, disagreements, KEYMAP, layerCells, RATINGS, score, sortRows, TITLE, withCells, type AnalystLayers, type EngineState, type Row, type SortKey } from './matrix-model';

const LAYOUT_KEY = 'assay.matrix.rows';

export function MatrixPane(props: { view: CaseView; canWrite: boolean; me?: string; onSaved: () => void }) {
  const view = props.view;
  const hyps = view.hypotheses;
  const [items, setItems] = useState<MatrixItem[]>(view.matrix);
  const [cursor, setCursor] = useState<[number, number]>([0, 0]);
  // evidence as rows by default (PARC ACH's convention: each item read across all hypotheses, Heuer's step 3)
  const [rowsAreHyps, setRowsAreHypsState] = useState(() => localStorage.getItem(LAYOUT_KEY) === 'hypotheses');
  const setRowsAreHyps = (v: boolean) => {
    localStorage.setItem(LAYOUT_KEY, v ? 'hypotheses' : 'evidence');
    setRowsAreHypsState(v);
  };
  const [sortKey, setSortKey] = useState<SortKey>('order');
  const [why, setWhy] = useState('');
  const [pending, setPending] = useState<{ i: number; j: number; rating: Rating | null } | null>(null);
  const [status, setStatus] = useState('');
  const [moved, setMoved] = useState<{ before: PosteriorSet; after: PosteriorSet; what: string } | null>(null);
  const [history, setHistory] = useState<RatingChange[] | null>(null);
  const [editing, setEditing] = useState<MatrixItem | 'new' | null>(null);
  // the row the form last stored (null: deleted), read when the form is done
  const savedRow = useRef<MatrixItem | null>(null);
  const grid = useRef<HTMLTableElement>(null);
  const caseId = encodeURIComponent(view.case.id);
  const [engines, setEngines] = useState<EngineState | null>(null);
  const [showEngines, setShowEngines] = useState(true);
  const [layers, setLayers] = useState<AnalystLayers | null>(null);
  const [layer, setLayer] = useState('stored');
  const [tick, setTick] = useState(0);
  useEffect(() => {
    api<Assessment>(`/api/cases/${caseId}/assessment`)
      .then((a) => setEngines({ findings: a.findings, overrides: a.overrides }))
      .catch(() => setEngines(null));
  }, [caseId]);
  useEffect(() => {
    api<AnalystLayers>(`/api/cases/${caseId}/matrix/analysts`).then(setLayers).catch(() => setLayers(null));
  }, [caseId, tick]);

  // the layer shown: the stored matrix, or the consensus / one analyst's ratings put into it
  const shown = useMemo(() => withCells(items, engines, layerCells(layers, layer)), [items, engines, layers, layer]);
  const full = useMemo(() => (shown.engines ? score(view, shown.items, shown.engines) : null), [shown]);
  const stored = useMemo(() => (layer === 'stored' ? full : engines ? score(view, items, engines) : null), [full, items, engines, layer]);
  const analystOnly = useMemo(() => (full ? null : scoreAnalystMatrix(hyps, shown.items)), [shown, full]);
  const scores = full ?? analystOnly;
  const diag = (id: string) => scores?.evidence.find((x) => x.id === id)?.diagnosticity ?? 0;
  const rows: Row[] = useMemo(() => {
    const r: Row[] = shown.items.map((it, k) => ({ id: it.id, label: it.label, kind: 'analyst', ratings: it.ratings, reliability: it.reliability, source_group: it.source_group, item: it, order: k }));
    if (full && showEngines)
      for (const e of full.evidence)
        if (e.origin === 'engine') r.push({ id: e.id, label: e.label, kind: 'engine', ratings: e.ratings as Record<string, Rating>, reliability: Math.round(e.reliability * 100) / 100, source_group: e.source_group ?? undefined, explanation: e.explanation, order: r.length });
    return sortRows(r, sortKey, diag);
  }, [shown, full, showEngines, sortKey]);
  const dis = useMemo(() => disagreements(view, items, engines, layers), [items, engines, layers]);
  const disAt = useMemo(() => new Map(dis.map((d) => [ck(d.cell.item_id, d.cell.hypothesis_id), d])), [dis]);

  const [ci, cj] = cursor;
  const item = rows[ci];
  const hyp = hyps[cj];
  const [historyTick, setHistoryTick] = useState(0);
  useEffect(() => {
    if (!item || !hyp) return setHistory(null);
    api<Page<RatingChange>>(`/api/cases/${caseId}/matrix/history?item=${encodeURIComponent(item.id)}&hypothesis=${encodeURIComponent(hyp.id)}&limit=20`)
      .then((p) => setHistory(p.items))
      .catch(() => setHistory(null));
  }, [ci, cj, historyTick, item?.id]);

  if (!hyps.length) return <p class="muted">This case has no hypotheses yet.</p>;
  const hypLabel = (id: string) => hyps.find((h) => h.id === id)?.label ?? id;
  const rowLabel = (id: string) => rows.find((r) => r.id === id)?.label ?? items.find((r) => r.id === id)?.label ?? id;
  const posteriors = (a: { leading: string; hypotheses: { id: string; label: string; posterior: number; words: string }[] } | null): PosteriorSet | null =>
    a ? { leading: a.leading, hypotheses: a.hypotheses.map((h) => ({ id: h.id, label: h.label, posterior: h.posterior, words: h.words })) } : null;

  function choose(i: number, j: number, r: Rating | null) {
    if (!props.canWrite) return setStatus('Sign in with an analyst token to rate cells.');
    setPending({ i, j, rating: r });
    setStatus('');
  }

  async function confirmPending() {
    if (!pending) return;
    const { i, j, rating: r } = pending;
    const row = rows[i];
    const h = hyps[j];
    // the stored cell, not the layer shown: the write changes the stored matrix
    const storedRow = items.find((x) => x.id === row.id);
    const old = (storedRow ? storedRow.ratings[h.id] : (stored?.evidence.find((e) => e.id === row.id)?.ratings[h.id] as Rating | undefined)) ?? null;
    // the reason goes into the cell's history and the custody log: it is the analyst's, never invented
    const reason = why.trim();
    if (!reason) {
      setStatus('Type the reason for this change first (it is kept in the cell history and the custody log).');
      (document.querySelector('.why input') as HTMLInputElement | null)?.focus();
      return;
    }
    const before = posteriors(stored);
    const prev = { items, engines };
    const next = withCells(items, engines, new Map([[ck(row.id, h.id), r]]));
    setItems(next.items);
    setEngines(next.engines);
    setStatus('saving…');
    try {
      await api(`/api/cases/${caseId}/matrix/${encodeURIComponent(row.id)}/${encodeURIComponent(h.id)}`, { method: 'PUT', body: JSON.stringify({ rating: r, why: reason }) });
      const what = `“${row.label}” × “${h.label}”: ${old ? `${old} (${TITLE[old]})` : 'not rated'} → ${r ? `${r} (${TITLE[r]})` : row.kind === 'engine' ? "the engine's rating" : 'cleared'}`;
      setStatus(`saved ${what}`);
      setWhy('');
      setPending(null);
      const after = next.engines ? posteriors(score(view, next.items, next.engines)) : null;
      if (before && after) setMoved({ before, after, what: 'the rating change' });
      setHistoryTick((n) => n + 1);
      setTick((n) => n + 1);
      props.onSaved();
      grid.current?.querySelector<HTMLElement>(`[data-cell="${i}:${j}"]`)?.focus();
    } catch (e) {
      setItems(prev.items);
      setEngines(prev.engines);
      setStatus(`not saved: ${(e as Error).message}`);
    }
  }

  function focusCell(i: number, j: number) {
    const ii = Math.max(0, Math.min(rows.length - 1, i));
    const jj = Math.max(0, Math.min(hyps.length - 1, j));
    setCursor([ii, jj]);
    setPending(null);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${ii}:${jj}"]`)?.focus();
  }

  function onKey(e: KeyboardEvent, i: number, j: number) {
    const moves: Record<string, [number, number]> = rowsAreHyps
      ? { ArrowDown: [0, 1], ArrowUp: [0, -1], ArrowRight: [1, 0], ArrowLeft: [-1, 0] }
      : { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    if (moves[e.key]) {
      e.preventDefault();
      focusCell(i + moves[e.key][0], j + moves[e.key][1]);
    } else if (KEYMAP[e.key]) {
      e.preventDefault();
      choose(i, j, KEYMAP[e.key]);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      choose(i, j, null);
    } else if (e.key === 'Enter' && pending && pending.i === i && pending.j === j) {
      e.preventDefault();
      void confirmPending();
    } else if (e.key === 'Escape') {
      setPending(null);
    }
  }

  async function itemSaved(saved: MatrixItem | null, what: string) {
    const before = posteriors(stored);
    const old = editing && editing !== 'new' ? editing : null;
    const next = saved ? (old ? items.map((x) => (x.id === old.id ? saved : x)) : [...items, saved]) : items.filter((x) => x.id !== old?.id);
    setItems(next);
    setEditing(null);
    setStatus(`saved: ${what}`);
    const after = engines ? posteriors(score(view, next, engines)) : null;
    if (before && after) setMoved({ before, after, what });
    props.onSaved();
  }

  const hScore = (id: string) => scores?.hypotheses.find((h) => h.id === id);
  const eScore = (id: string) => scores?.evidence.find((x) => x.id === id);
  const maxDiag = Math.max(0.01, ...(scores?.evidence.map((x) => x.diagnosticity) ?? [0]));

  const cell = (i: number, j: number) => {
    const row = rows[i];
    const r = row.ratings[hyps[j].id];
    const overridden = row.kind === 'engine' && !!shown.engines?.overrides.some((o) => o.item_id === row.id && o.hypothesis_id === hyps[j].id);
    const active = i === ci && j === cj;
    const d = disAt.get(ck(row.id, hyps[j].id));
    const p = pending && pending.i === i && pending.j === j ? pending : null;
    const who = d ? Object.entries(d.cell.by).map(([n, x]) => `${n}: ${x ?? 'cleared'}`).join(', ') : '';
    // the accessible name starts with what the cell shows (WCAG 2.5.3 label in name)
    const shownText = `${p ? `${r ?? '·'}→${p.rating ?? '∅'}` : r ?? '·'}${d ? (d.changesLeader ? '‼' : '≠') : ''}`;
    return (
      <td key={`${i}:${j}`} class="cell-td">
        <button
          class={`cell r-${r ?? 'none'}${active ? ' active' : ''}${overridden ? ' overridden' : ''}${d ? (d.changesLeader ? ' disagree key' : ' disagree') : ''}${p ? ' pending' : ''}`}
          data-cell={`${i}:${j}`}
          tabIndex={active ? 0 : -1}
          aria-label={`${shownText} ${row.label} × ${hyps[j].label}: ${r ? TITLE[r] : 'not rated'}${d ? `; analysts disagree (${who})${d.changesLeader ? ', which would change the leader' : ''}` : ''}${p ? `; chosen ${p.rating ?? 'clear'}, press Enter to save` : ''}`}
          title={(r ? TITLE[r] : 'not rated') + (row.kind === 'engine' ? (overridden ? ' (analyst override of the engine)' : ' (from the engine)') : '') + (d ? ` · analysts: ${who}` : '')}
          onClick={() => setCursor([i, j])}
          onFocus={() => setCursor([i, j])}
          onKeyDown={(e) => onKey(e as unknown as KeyboardEvent, i, j)}
        >
          {p ? `${r ?? '·'}→${p.rating ?? '∅'}` : r ?? '·'}
          {d && <span class="dis-mark">{d.changesLeader ? '‼' : '≠'}</span>}
        </button>
      </td>
    );
  };

  const itemHead = (it: Row, scope: 'row' | 'col') => {
    const s = eScore(it.id);
    // the assessment says which items it weighed down as unsourced (cites nothing, restates nothing sourced)
    const unsourced = it.kind === 'analyst' && (s?.unsourced ?? !(it.item?.citations?.length || it.item?.derived_from?.length));
    return (
      <th scope={scope} class={`item-head ${it.kind}`} key={it.id} title={it.explanation}>
        <span class="item-label">{it.kind === 'engine' && <span class="engine-tag">engine</span>}{unsourced && <span class="unsourced-tag" title={s?.weighed ?? 'unsourced: cites nothing'}>unsourced</span>}{it.label}</span>
        <span class="item-meta">
          {s?.pivotal && <span class="pivotal" title={`pivotal: without it “${hypLabel(s.leader_without ?? '')}” would lead`}>pivotal</span>}
          <span class="diag" aria-hidden="true"><span class="diag-bar" style={{ width: `${Math.round(((s?.diagnosticity ?? 0) / maxDiag) * 100)}%` }} /></span>
          <span class="num small" title="diagnosticity: how far this item separates the hypotheses (max − min log-likelihood)">D {s?.diagnosticity.toFixed(2)}</span>
          {it.reliability !== undefined && <span class="small muted" title="reliability ρ: how far the item can be trusted (0–1); it weights the item's likelihoods">ρ {it.reliability}</span>}
          {it.item && <span class="small muted" title="credibility / relevance (PARC ACH weights)">{it.item.credibility[0]}/{it.item.relevance[0]}</span>}
          {it.source_group && <span class="small muted">{it.source_group}</span>}
          {it.item?.citations?.[0] && /^https?:/.test(it.item.citations[0]) && <a class="small" href={it.item.citations[0]} target="_blank" rel="noopener noreferrer">source</a>}
          {it.kind === 'analyst' && props.canWrite && <button type="button" class="link small" onClick={() => setEditing(it.item!)} aria-label={`edit row ${it.label}`}>edit</button>}
        </span>
      </th>
    );
  };
  const hypHead = (h: (typeof hyps)[number], scope: 'row' | 'col') => {
    const s = hScore(h.id);
    const lead = scores?.leading === h.id;
    return (
      <th scope={scope} class={lead ? 'hyp-head lead' : 'hyp-head'} key={h.id}>
        <span class="hyp-label">{h.label}</span>
        <span class="posterior" data-hyp={h.id}>{s ? pct(s.posterior) : ''}</span>
        <span class="words small">{s?.words}</span>
        <span class="small muted" title="Heuer: count of inconsistent ratings (I = 1, II = 2); weighted: the same, each weighted by the item's credibility, relevance and reliability. Fewer is better.">inconsistency {s?.inconsistency} · weighted {s?.weighted_inconsistency.toFixed(1)}</span>
      </th>
    );
  };

  const p = pending;
  const usedBy = layers?.used ?? [];
  return (
    <div class="matrix-pane">
      <div class="matrix-tools">
        <label class="toggle"><input type="checkbox" checked={rowsAreHyps} onChange={() => setRowsAreHyps(!rowsAreHyps)} /> hypotheses as rows</label>
        <label>sort evidence by <select aria-label="sort evidence by" value={sortKey} onChange={(e) => setSortKey((e.target as HTMLSelectElement).value as SortKey)}>
          <option value="order">as entered</option>
          <option value="diagnosticity">diagnosticity</option>
          <option value="date">date</option>
          <option value="source">source</option>
        </select></label>
        {layers && layers.analysts.length > 0 && (
          <label>ratings shown <select aria-label="ratings shown" value={layer} onChange={(e) => setLayer((e.target as HTMLSelectElement).value)}>
            <option value="stored">stored (what the assessment uses)</option>
            <option value="consensus">consensus of {layers.analysts.length} analyst{layers.analysts.length === 1 ? '' : 's'}</option>
            {layers.analysts.map((a) => <option key={a.name} value={`analyst:${a.name}`}>{a.name} only</option>)}
          </select></label>
        )}
        {full && <label class="toggle"><input type="checkbox" checked={showEngines} onChange={() => { setShowEngines(!showEngines); setCursor([0, 0]); }} /> engine rows</label>}
        {props.canWrite && <button type="button" onClick={() => setEditing('new')}>add evidence row</button>}
      </div>
      {editing && (
        <MatrixRecordForm
          caseId={caseId}
          sources={view.sources}
          hypotheses={hyps}
          rec={editing === 'new' ? null : editing}
          posteriors={async () => null}
          onRecord={(r) => (savedRow.current = r)}
          onDone={(what) => void itemSaved(savedRow.current, what)}
          onCancel={() => setEditing(null)}
        />
      )}
      <p class="muted small">
        {full
          ? `${items.length} analyst rows and ${full.evidence.length - items.length} engine rows, re-scored in the browser as you edit with the assessment's own function; confidence ${full.confidence}.`
          : `The analyst matrix (${items.length} rows), scored in the browser as you edit; the engines' rows are not available.`}
        {' '}
        <span data-testid="used-by">The assessment uses the stored ratings: {usedBy.length ? `${usedBy.map((u) => `${u.by} (${u.cells} cell${u.cells === 1 ? '' : 's'})`).join(', ')}, the rest as the case bundle and the engines gave them` : 'as the case bundle and the engines gave them (no analyst has changed a cell)'}.</span>
      </p>
      {scores && (
        <p class="lead-line">
          Leading{layer !== 'stored' ? ` (${layer === 'consensus' ? 'consensus' : layer.slice(8) + "'s ratings"})` : ''}: <strong data-testid="leading">{hypLabel(scores.leading)}</strong> — {hScore(scores.leading)?.words}
          {!scores.methods_agree && <span class="warn"> · Heuer's count favours {scores.heuer_leading.map(hypLabel).join(', ')}</span>}
        </p>
      )}
      <div class="matrix-scroll" tabIndex={-1}>
        <table class="matrix" ref={grid}>
          <caption class="sr-only">ACH matrix: {rowsAreHyps ? 'hypotheses as rows, evidence as columns' : 'evidence as rows, hypotheses as columns'}; each cell rates how consistent the evidence is with the hypothesis</caption>
          {!rowsAreHyps ? (
            <>
              <thead><tr><th scope="col" class="corner">evidence ↓ · hypothesis →</th>{hyps.map((h) => hypHead(h, 'col'))}</tr></thead>
              <tbody>{rows.map((it, i) => <tr key={it.id} class={it.kind}>{itemHead(it, 'row')}{hyps.map((_, j) => cell(i, j))}</tr>)}</tbody>
            </>
          ) : (
            <>
              <thead><tr><th scope="col" class="corner">hypothesis ↓ · evidence →</th>{rows.map((it) => itemHead(it, 'col'))}</tr></thead>
              <tbody>{hyps.map((h, j) => <tr key={h.id}>{hypHead(h, 'row')}{rows.map((_, i) => cell(i, j))}</tr>)}</tbody>
            </>
          )}
        </table>
      </div>
      <Legend />
      <div class="cell-panel">
        {item && hyp && (
          <>
            <h3>{item.kind === 'engine' && <span class="engine-tag">engine</span>}{item.label} <span class="muted">×</span> {hyp.label}</h3>
            {props.canWrite ? (
              <>
                <div class="rating-buttons" role="group" aria-label="Choose a rating">
                  {RATINGS.map((r, k) => (
                    <button key={r} type="button" class={`cell r-${r}${item.ratings[hyp.id] === r ? ' active' : ''}${p && p.i === ci && p.j === cj && p.rating === r ? ' pending' : ''}`} onClick={() => choose(ci, cj, r)} title={`${TITLE[r]} (key ${k + 1})`}>{r}</button>
                  ))}
                  <button type="button" class="link" onClick={() => choose(ci, cj, null)}>{item.kind === 'engine' ? 'back to the engine' : 'clear'}</button>
                </div>
                <div class="confirm-row">
                  <label class="why">reason for the change <input value={why} onInput={(e) => setWhy((e.target as HTMLInputElement).value)} placeholder="why (kept in the cell's history)" /></label>
                  <button type="button" class="primary" disabled={!p || p.i !== ci || p.j !== cj} onClick={() => void confirmPending()}>
                    {p && p.i === ci && p.j === cj ? `save ${item.ratings[hyp.id] ?? 'not rated'} → ${p.rating ?? 'clear'}` : 'save'}
                  </button>
                  {p && <button type="button" class="link" onClick={() => setPending(null)}>cancel</button>}
                </div>
              </>
            ) : (
              <p class="muted small signin-hint">Rated {item.ratings[hyp.id] ? `${item.ratings[hyp.id]} (${TITLE[item.ratings[hyp.id]]})` : 'not rated'}. Sign in with an analyst token (top right) to change ratings.</p>
            )}
            <span class="status" role="status">{status}</span>
            <h4>History of this cell</h4>
            {history === null || history.length === 0 ? (
              <p class="muted small">No changes recorded.</p>
            ) : (
              <ol class="history">
                {history.map((h) => (
                  <li key={`${h.seq}:${h.at}`}><time>{fmtTime(h.at)}</time> <strong>{h.by}</strong>: {h.old_rating ?? '—'} → {h.new_rating ?? '—'}{h.why && <span class="muted"> “{h.why}”</span>}</li>
                ))}
              </ol>
            )}
          </>
        )}
        <p class="keys small muted">Keys: arrows move{props.canWrite ? ' · 1–6 choose CC, C, N, I, II, NA · Delete chooses clear · Enter saves the choice · Escape drops it' : ''}</p>
      </div>
      {moved && <Moved before={moved.before} after={moved.after} what={moved.what} />}
      {dis.length > 0 && (
        <section class="disagreements" aria-label="Where analysts disagree">
          <h3>Where analysts disagree ({dis.length} cell{dis.length === 1 ? '' : 's'}; {dis.filter((d) => d.changesLeader).length} would change the leader)</h3>
          <table class="dis-table">
            <thead><tr><th scope="col">evidence × hypothesis</th><th scope="col">analysts' ratings</th><th scope="col">consensus</th><th scope="col">leader with each rating</th></tr></thead>
            <tbody>
              {dis.map((d) => (
                <tr key={ck(d.cell.item_id, d.cell.hypothesis_id)} class={d.changesLeader ? 'key' : ''}>
                  <th scope="row">{d.changesLeader && <span class="pivotal">changes the leader</span>} “{rowLabel(d.cell.item_id)}” × “{hypLabel(d.cell.hypothesis_id)}”</th>
                  <td>{Object.entries(d.cell.by).map(([n, r]) => `${n}: ${r ?? 'cleared'}`).join(' · ')}</td>
                  <td>{d.cell.consensus ?? '—'}</td>
                  <td>{d.leaders.map((l) => `${l.rating ?? 'cleared'} (${l.analysts.join(', ')}) → ${hypLabel(l.leader)}`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

function Legend() {
  return (
    <details class="legend-box" open>
      <summary>How to read the matrix</summary>
      <div class="legend" role="list" aria-label="Rating legend">
        {RATINGS.map((r, k) => <span role="listitem" key={r} class="legend-item"><span class={`cell mini r-${r}`}>{r}</span>{TITLE[r]} (key {k + 1})</span>)}
        <span role="listitem" class="legend-item"><span class="cell mini r-none">·</span>not rated</span>
        <span role="listitem" class="legend-item"><span class="cell mini overridden">C</span>analyst override of an engine cell</span>
        <span role="listitem" class="legend-item"><span class="dis-mark">≠</span>analysts disagree · <span class="dis-mark">‼</span>their disagreement would change the leader</span>
      </div>
      <p class="small muted">
        Percent under each hypothesis: its posterior probability from all rows (Bayes, each rating a likelihood, weighted by reliability ρ), with the ICD 203 word.
        “inconsistency”: Heuer's count of inconsistent ratings (I counts 1, II counts 2; fewer is better); “weighted” weighs each by credibility, relevance and ρ.
        D: diagnosticity, how far the row separates the hypotheses (bar: relative to the most diagnostic row). c/m/h: credibility / relevance (low, medium, high).
        pivotal: removing the row alone would change the leader.
      </p>
    </details>
  );
}
