/** What a write moved: each hypothesis's posterior before and after, largest move first (a table, so it reads aloud). */
import { pct } from './format';

export interface PosteriorSet {
  leading: string;
  /** the assessment's confidence level (site control, samples and custody move it without moving a posterior) */
  confidence?: string;
  hypotheses: { id: string; label: string; posterior: number; words: string }[];
}

export function Moved(props: { before: PosteriorSet | null; after: PosteriorSet | null; what: string }) {
  const { before, after } = props;
  if (!before || !after) return null;
  const rows = after.hypotheses
    .map((h) => ({ ...h, was: before.hypotheses.find((b) => b.id === h.id) }))
    .sort((a, b) => Math.abs(b.posterior - (b.was?.posterior ?? 0)) - Math.abs(a.posterior - (a.was?.posterior ?? 0)));
  const label = (s: PosteriorSet, id: string) => s.hypotheses.find((h) => h.id === id)?.label ?? id;
  const leaderMoved = before.leading !== after.leading;
  return (
    <div class="moved" data-testid="moved" role="status">
      <p>
        <strong>What moved</strong> after {props.what}:{' '}
        {leaderMoved ? <span class="warn">the leading hypothesis is now “{label(after, after.leading)}” (was “{label(before, before.leading)}”)</span> : <span>the leading hypothesis stays “{label(after, after.leading)}”</span>}
        {after.confidence && (before.confidence !== after.confidence ? <span class="warn" data-testid="confidence-moved">; confidence is now {after.confidence} (was {before.confidence ?? 'not given'})</span> : <span>; confidence stays {after.confidence}</span>)}
      </p>
      <table class="moved-table">
        <caption class="sr-only">Posterior probability of each hypothesis before and after the change</caption>
        <thead><tr><th scope="col">hypothesis</th><th scope="col" class="num">before</th><th scope="col" class="num">after</th><th scope="col" class="num">change</th></tr></thead>
        <tbody>
          {rows.map((h) => {
            const d = h.posterior - (h.was?.posterior ?? 0);
            return (
              <tr key={h.id}>
                <th scope="row">{h.label}</th>
                <td class="num" data-before={h.id}>{h.was ? pct(h.was.posterior) : 'new'}</td>
                <td class="num" data-after={h.id}>{pct(h.posterior)} <span class="muted small">{h.words}</span></td>
                <td class="num">{Math.abs(d) < 1e-9 ? '±0' : `${d > 0 ? '+' : '−'}${Math.abs(d) < 0.0005 ? '<0.1' : (Math.abs(d) * 100).toFixed(1)} pts`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
