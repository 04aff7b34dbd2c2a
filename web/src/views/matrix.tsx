/**
 * The ACH matrix, editable cell by cell with mouse or keyboard: the analyst's items and one row per engine
 * finding (agent differential, munitions, narrative, custody), whose cells an analyst may override. Scores
 * (Bayesian posterior with ICD 203 words, Heuer and weighted inconsistency, diagnosticity, pivotal items,
 * confidence) are recomputed in the browser on every edit with the assessment's own pure function
 * (src/core/hypotheses assessCase, fed the engines' findings from the API), so the numbers match the
 * server's; then the edit is saved (analyst token) with its reason.
 *
 * Keys on a focused cell: arrows move; 1-6 or c/C/n/i/I/a set CC, C, N, I, II, NA; + and - step up and down
 * the scale; Delete clears; Enter opens the cell's history.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type Page } from '../api';
import type { CaseView, MatrixItem, Rating, RatingChange } from '../types';
import { scoreAnalystMatrix } from '../../../src/http/matrix-adapter';
import { assessCase, type Assessment, type RatingOverride } from '../../../src/core/hypotheses/case-assessment';
import type { Case, Finding, Hypothesis as CaseHypothesis, MatrixItem as CaseMatrixItem, Sample } from '../../../src/core/case/schemas';
import { fmtTime, pct } from '../format';

/** A row of the grid: an analyst item, or an engine finding's row. */
interface Row {
  id: string;
  label: string;
  kind: 'analyst' | 'engine';
  ratings: Record<string, Rating>;
  reliability?: number;
  source_group?: string;
  explanation?: string;
}

const RATINGS: Rating[] = ['CC', 'C', 'N', 'I', 'II', 'NA'];
const SCALE: Rating[] = ['II', 'I', 'N', 'C', 'CC'];
const KEYMAP: Record<string, Rating> = { '1': 'CC', '2': 'C', '3': 'N', '4': 'I', '5': 'II', '6': 'NA', C: 'CC', c: 'C', n: 'N', i: 'I', I: 'II', a: 'NA', A: 'NA' };
const TITLE: Record<Rating, string> = { CC: 'very consistent', C: 'consistent', N: 'neutral', I: 'inconsistent', II: 'very inconsistent', NA: 'not applicable' };

export function MatrixPane(props: { view: CaseView; canWrite: boolean; onSaved: () => void }) {
  const hyps = props.view.hypotheses;
  const [items, setItems] = useState<MatrixItem[]>(props.view.matrix);
  const [cursor, setCursor] = useState<[number, number]>([0, 0]);
  // hypotheses as rows by default, as the CLI prints it (issue 7 recommends it: each item is read across all
  // hypotheses at once, Heuer's step 3), remembered per browser
  const [rowsAreHyps, setRowsAreHypsState] = useState(() => localStorage.getItem('assay.matrix.layout') !== 'items-as-rows');
  const setRowsAreHyps = (v: boolean) => {
    localStorage.setItem('assay.matrix.layout', v ? 'hyps-as-rows' : 'items-as-rows');
    setRowsAreHypsState(v);
  };
  const [why, setWhy] = useState('');
  const [status, setStatus] = useState('');
  const [history, setHistory] = useState<RatingChange[] | null>(null);
  const grid = useRef<HTMLTableElement>(null);
  const caseId = encodeURIComponent(props.view.case.id);
  // the engines' findings and the current overrides, from the server's assessment (null until loaded or when unavailable)
  const [engines, setEngines] = useState<{ findings: Finding[]; overrides: RatingOverride[] } | null>(null);
  const [showEngines, setShowEngines] = useState(true);
  useEffect(() => {
    api<Assessment>(`/api/cases/${caseId}/assessment`)
      .then((a) => setEngines({ findings: a.findings, overrides: a.overrides }))
      .catch(() => setEngines(null));
  }, [caseId]);
  const full = useMemo(() => {
    if (!engines) return null;
    try {
      return assessCase({
        case: props.view.case as unknown as Case,
        hypotheses: hyps as unknown as CaseHypothesis[],
        matrix: items as unknown as CaseMatrixItem[],
        findings: engines.findings,
        overrides: engines.overrides,
        samples: props.view.samples as unknown as Sample[],
        now: new Date(0),
      });
    } catch {
      return null;
    }
  }, [items, engines]);
  const analystOnly = useMemo(() => (full ? null : scoreAnalystMatrix(hyps, items)), [items, full]);
  const scores = full ?? analystOnly;
  const rows: Row[] = useMemo(() => {
    const r: Row[] = items.map((it) => ({ id: it.id, label: it.label, kind: 'analyst', ratings: it.ratings, reliability: it.reliability, source_group: it.source_group }));
    if (full && showEngines)
      for (const e of full.evidence)
        if (e.origin === 'engine') r.push({ id: e.id, label: e.label, kind: 'engine', ratings: e.ratings as Record<string, Rating>, reliability: Math.round(e.reliability * 100) / 100, source_group: e.source_group ?? undefined, explanation: e.explanation });
    return r;
  }, [items, full, showEngines]);

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

  async function rate(i: number, j: number, r: Rating | null) {
    const row = rows[i];
    const h = hyps[j];
    const old = row.ratings[h.id] ?? null;
    if (old === r) return;
    if (!props.canWrite) {
      setStatus('Sign in with an analyst token to rate cells.');
      return;
    }
    // the reason goes into the cell's history and the custody log: it is the analyst's, never invented
    const reason = why.trim();
    if (!reason) {
      setStatus('Type the reason for this change first (it is kept in the cell history and the custody log).');
      (document.querySelector('label.why input') as HTMLInputElement | null)?.focus();
      return;
    }
    const before = { items, engines };
    if (row.kind === 'analyst') {
      setItems(items.map((x) => {
        if (x.id !== row.id) return x;
        const ratings = { ...x.ratings };
        if (r === null) delete ratings[h.id];
        else ratings[h.id] = r;
        return { ...x, ratings };
      })); // re-scores at once
    } else if (engines) {
      // an override of an engine cell; clearing it hands the cell back to the engine
      const rest = engines.overrides.filter((o) => !(o.item_id === row.id && o.hypothesis_id === h.id));
      setEngines({ ...engines, overrides: r === null ? rest : [...rest, { item_id: row.id, hypothesis_id: h.id, rating: r, previous: old, actor: 'you', why: reason, at: new Date().toISOString() }] });
    }
    setStatus('saving…');
    try {
      await api(`/api/cases/${caseId}/matrix/${encodeURIComponent(row.id)}/${encodeURIComponent(h.id)}`, { method: 'PUT', body: JSON.stringify({ rating: r, why: reason }) });
      setStatus(`saved ${row.id} × ${h.id}: ${old ?? '—'} → ${r ?? (row.kind === 'engine' ? 'engine' : '—')}`);
      setHistoryTick((n) => n + 1);
      props.onSaved();
    } catch (e) {
      setItems(before.items);
      setEngines(before.engines);
      setStatus(`not saved: ${(e as Error).message}`);
    }
  }

  function focusCell(i: number, j: number) {
    const ii = Math.max(0, Math.min(rows.length - 1, i));
    const jj = Math.max(0, Math.min(hyps.length - 1, j));
    setCursor([ii, jj]);
    const el = grid.current?.querySelector<HTMLElement>(`[data-cell="${ii}:${jj}"]`);
    el?.focus();
  }

  function onKey(e: KeyboardEvent, i: number, j: number) {
    const [di, dj] = rowsAreHyps ? [1, 0] : [0, 1];
    const moves: Record<string, [number, number]> = rowsAreHyps
      ? { ArrowDown: [0, 1], ArrowUp: [0, -1], ArrowRight: [1, 0], ArrowLeft: [-1, 0] }
      : { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    void di; void dj;
    if (moves[e.key]) {
      e.preventDefault();
      focusCell(i + moves[e.key][0], j + moves[e.key][1]);
      return;
    }
    const cur = rows[i].ratings[hyps[j].id];
    if (KEYMAP[e.key]) {
      e.preventDefault();
      void rate(i, j, KEYMAP[e.key]);
    } else if (e.key === '+' || e.key === '-') {
      e.preventDefault();
      const p = SCALE.indexOf(cur && cur !== 'NA' ? cur : 'N');
      void rate(i, j, SCALE[Math.max(0, Math.min(4, p + (e.key === '+' ? 1 : -1)))]);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void rate(i, j, null);
    }
  }

  const hScore = (id: string) => scores?.hypotheses.find((h) => h.id === id);
  const eScore = (id: string) => scores?.evidence.find((x) => x.id === id);
  const maxDiag = Math.max(0.01, ...(scores?.evidence.map((x) => x.diagnosticity) ?? [0]));

  const cell = (i: number, j: number) => {
    const r = rows[i].ratings[hyps[j].id];
    const overridden = rows[i].kind === 'engine' && !!engines?.overrides.some((o) => o.item_id === rows[i].id && o.hypothesis_id === hyps[j].id);
    const active = i === ci && j === cj;
    return (
      <td key={`${i}:${j}`} class="cell-td">
        <button
          class={`cell r-${r ?? 'none'}${active ? ' active' : ''}${overridden ? ' overridden' : ''}`}
          data-cell={`${i}:${j}`}
          tabIndex={active ? 0 : -1}
          aria-label={`${rows[i].label} × ${hyps[j].label}: ${r ? TITLE[r] : 'not rated'}`}
          title={(r ? TITLE[r] : 'not rated') + (rows[i].kind === 'engine' ? (overridden ? ' (analyst override of the engine)' : ' (from the engine)') : '')}
          onClick={() => setCursor([i, j])}
          onFocus={() => setCursor([i, j])}
          onKeyDown={(e) => onKey(e as unknown as KeyboardEvent, i, j)}
        >
          {r ?? '·'}
        </button>
      </td>
    );
  };

  const itemHead = (it: Row, i: number) => {
    const s = eScore(it.id);
    return (
      <th scope="row" class={`item-head ${it.kind}`} key={it.id} title={it.explanation}>
        <span class="item-label">{it.kind === 'engine' && <span class="engine-tag">engine</span>}{it.label}</span>
        <span class="item-meta">
          {s?.pivotal && <span class="pivotal" title={`pivotal: without it the leader would be ${s.leader_without}`}>pivotal</span>}
          <span class="diag" title={`diagnosticity ${s?.diagnosticity.toFixed(2)} (max ln L − min ln L)`}>
            <span class="diag-bar" style={{ width: `${Math.round(((s?.diagnosticity ?? 0) / maxDiag) * 100)}%` }} />
          </span>
          <span class="num small">{s?.diagnosticity.toFixed(2)}</span>
          {it.reliability !== undefined && <span class="small muted">ρ {it.reliability}</span>}
          {it.source_group && <span class="small muted">group {it.source_group}</span>}
        </span>
        <span class="sr-only">{i}</span>
      </th>
    );
  };
  const hypHead = (h: (typeof hyps)[number]) => {
    const s = hScore(h.id);
    const lead = scores?.leading === h.id;
    return (
      <th scope="col" class={lead ? 'hyp-head lead' : 'hyp-head'} key={h.id}>
        <span class="hyp-label">{h.label}</span>
        <span class="posterior" data-hyp={h.id}>{s ? pct(s.posterior) : ''}</span>
        <span class="words small">{s?.words}</span>
        <span class="small muted">Heuer {s?.inconsistency} · weighted {s?.weighted_inconsistency.toFixed(2)}</span>
      </th>
    );
  };

  return (
    <div class="matrix-pane">
      <div class="matrix-tools">
        <label class="toggle"><input type="checkbox" checked={rowsAreHyps} onChange={() => setRowsAreHyps(!rowsAreHyps)} /> hypotheses as rows</label>
        {full && <label class="toggle"><input type="checkbox" checked={showEngines} onChange={() => { setShowEngines(!showEngines); setCursor([0, 0]); }} /> engine rows</label>}
        {props.canWrite && <label class="why">reason for the change <input value={why} onInput={(e) => setWhy((e.target as HTMLInputElement).value)} placeholder="why (kept in the cell's history)" /></label>}
        <span class="status" role="status">{status}</span>
      </div>
      <p class="muted small">
        {full
          ? `${items.length} analyst items and ${full.evidence.length - items.length} engine rows, re-scored in the browser as you edit with the assessment's own function; confidence ${full.confidence}.`
          : `The analyst matrix (${items.length} items), scored in the browser as you edit; the engines' rows are not available.`}
      </p>
      {scores && (
        <p class="lead-line">
          Leading: <strong data-testid="leading">{hyps.find((h) => h.id === scores.leading)?.label}</strong> — {hScore(scores.leading)?.words}
          {!scores.methods_agree && <span class="warn"> · Heuer favours {scores.heuer_leading.map((id) => hyps.find((h) => h.id === id)?.label ?? id).join(', ')}</span>}
        </p>
      )}
      <div class="matrix-scroll">
        <table class="matrix" ref={grid} role="grid">
          {!rowsAreHyps ? (
            <>
              <thead><tr><th class="corner">evidence \ hypothesis</th>{hyps.map(hypHead)}</tr></thead>
              <tbody>{rows.map((it, i) => <tr key={it.id} class={it.kind}>{itemHead(it, i)}{hyps.map((_, j) => cell(i, j))}</tr>)}</tbody>
            </>
          ) : (
            <>
              <thead><tr><th class="corner">hypothesis \ evidence</th>{rows.map((it, i) => itemHead(it, i))}</tr></thead>
              <tbody>{hyps.map((h, j) => <tr key={h.id}>{hypHead(h)}{rows.map((_, i) => cell(i, j))}</tr>)}</tbody>
            </>
          )}
        </table>
      </div>
      <div class="cell-panel">
        {item && hyp && (
          <>
            <h3>{item.kind === 'engine' && <span class="engine-tag">engine</span>}{item.label} <span class="muted">×</span> {hyp.label}</h3>
            {props.canWrite ? (
              <div class="rating-buttons" role="group" aria-label="Set rating">
                {RATINGS.map((r) => (
                  <button key={r} class={`cell r-${r}${item.ratings[hyp.id] === r ? ' active' : ''}`} onClick={() => rate(ci, cj, r)} title={TITLE[r]}>{r}</button>
                ))}
                <button class="link" onClick={() => rate(ci, cj, null)}>{item.kind === 'engine' ? 'back to the engine' : 'clear'}</button>
              </div>
            ) : (
              <p class="muted small signin-hint">Rated {item.ratings[hyp.id] ? `${item.ratings[hyp.id]} (${TITLE[item.ratings[hyp.id]]})` : 'not rated'}. Sign in with an analyst token (top right) to change ratings.</p>
            )}
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
        <p class="keys small muted">Keys: arrows move{props.canWrite ? ' · 1–6 or c, C, n, i, I, a set CC C N I II NA · + / − step · Delete clears' : ''}</p>
      </div>
    </div>
  );
}
