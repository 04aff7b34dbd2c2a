import { useEffect, useState } from 'preact/hooks';
import { api, type Page } from '../api';
import type { CaseSummary } from '../types';
import { fmtDate } from '../format';

/** Case list with search (id or title), paginated by the API. */
export function CaseList() {
  const [q, setQ] = useState('');
  const [page, setPage] = useState<Page<CaseSummary> | null>(null);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState('');
  useEffect(() => {
    const t = setTimeout(() => {
      api<Page<CaseSummary>>(`/api/cases?limit=50&offset=${offset}${q ? `&q=${encodeURIComponent(q)}` : ''}`)
        .then((p) => { setPage(p); setError(''); })
        .catch((e) => setError(e.message));
    }, q ? 150 : 0);
    return () => clearTimeout(t);
  }, [q, offset]);
  return (
    <section class="case-list">
      <div class="list-head">
        <h1>Cases</h1>
        <input type="search" class="search" placeholder="Search cases by name or id" aria-label="Search cases" value={q} onInput={(e) => { setQ((e.target as HTMLInputElement).value); setOffset(0); }} />
      </div>
      {error && <div class="error">{error}</div>}
      {page && page.items.length === 0 && <p class="muted">No cases{q ? ` match "${q}"` : ' yet: import one with `assay import <bundle>`'}.</p>}
      <ul class="cards">
        {page?.items.map((c) => (
          <li key={c.id}>
            <a href={`#/case/${encodeURIComponent(c.id)}`} class="card">
              <span class="card-date">{fmtDate(c.occurred_at)}</span>
              <span class="card-title">{c.title}</span>
              <span class="card-id">{c.id}</span>
            </a>
          </li>
        ))}
      </ul>
      {page && page.total > page.limit && (
        <div class="pager">
          <button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - page.limit))}>previous</button>
          <span>{offset + 1}–{offset + page.items.length} of {page.total}</span>
          <button disabled={page.next_offset === null} onClick={() => setOffset(page.next_offset ?? offset)}>next</button>
        </div>
      )}
    </section>
  );
}
