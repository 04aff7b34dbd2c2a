/**
 * Agent differential: probabilities by agent and class, the features behind them with the quoted phrases,
 * and munition compatibility, from the agent engine (docs/agent-differential.md) when wired; otherwise the testimonies and
 * munition observations as recorded.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, unavailable } from '../api';
import type { CaseView } from '../types';
import { Bars } from '../charts/line-chart';
import { CREDIBILITY } from './records';
import { PassageLinks } from './passage';
import { pct } from '../format';

interface AgentsOut {
  agents: { id: string; class: string; probability: number }[];
  classes: { id: string; probability: number }[];
  determination: { class: string | null; agent: string | null; probability: number; words: string; remaining?: string[] } | null;
  features: { id: string; present: boolean; evidence: string; report?: string | number }[];
  contributions?: { feature?: string; id?: string; llr?: number; agent?: string; evidence?: string }[];
  reports?: { report: number; id?: string; role: string; reliability: number }[];
  munitions: MunitionOut | null;
  labels?: { features: Record<string, string>; agents: Record<string, string>; classes: Record<string, string> };
}
interface MunitionOut {
  munitions: { id?: string; description: string; deliveries: { id: string; label: string; weight: number }[]; compatibility: { agent: string; score: number; why: string }[] }[];
  casualties: { checks: { agent: string; verdict: string; why: string }[] } | null;
  agents: { id: string; class: string; compatibility: number; casualty_factor: number; likelihood: number }[];
  summary: string;
}

export function AgentsPane(props: { view: CaseView }) {
  const [out, setOut] = useState<AgentsOut | null | 'n/a'>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api<AgentsOut>(`/api/cases/${encodeURIComponent(props.view.case.id)}/agents`).then(setOut).catch((e) => (unavailable(e) ? setOut('n/a') : (setError(e.message), setOut('n/a'))));
  }, [props.view.case.id]);
  const v = props.view;
  const mun = out && out !== 'n/a' ? out.munitions : null;
  // names from the knowledge base (knowledge/agents.yaml), ids only where it has none
  const L = out && out !== 'n/a' ? out.labels : undefined;
  const feat = (id: string) => L?.features[id] ?? id.replace(/_/g, ' ');
  const agent = (id: string) => L?.agents[id] ?? id;
  const cls = (id: string) => L?.classes[id] ?? id;
  const who = (n: number | string | undefined) => {
    const id = out && out !== 'n/a' ? out.reports?.find((r) => r.report === n)?.id : undefined;
    const t = v.testimonies.find((x) => x.id === id);
    return t ? `${t.who} (${t.role})` : String(n ?? '');
  };
  const account = (n: number | string | undefined) => v.testimonies.find((x) => x.id === (out && out !== 'n/a' ? out.reports?.find((r) => r.report === n)?.id : undefined));
  return (
    <div class="agents-pane">
      {error && <div class="error">{error}</div>}
      {out === null && <p class="muted">Running the differential…</p>}
      {out === 'n/a' && <p class="muted small">The agent engine is not available on this server; the recorded accounts and remnants are below.</p>}
      {out && out !== 'n/a' && (
        <>
          {out.determination ? (
            <p class="determination" data-testid="determination">
              {out.determination.class ? (
                <>Determination: <strong>{cls(out.determination.class)}</strong>{out.determination.agent ? ` (${agent(out.determination.agent)})` : ''} — {out.determination.words} ({pct(out.determination.probability)})</>
              ) : (
                <>Undetermined: no class of agent reaches the 80% the knowledge base asks for{out.classes[0] ? `; the most probable is ${cls(out.classes[0].id)} at ${pct(out.classes[0].probability)} (${out.determination.words})` : ''}.</>
              )}
              {out.determination.remaining?.length ? <span class="muted"> · classes still in play: {out.determination.remaining.map(cls).join(', ')}</span> : null}
            </p>
          ) : <p class="muted">No accounts to weigh.</p>}
          <div class="two">
            <section><h3>By class</h3><Bars title="Probability by agent class" rows={out.classes.map((c, i) => ({ label: cls(c.id), value: c.probability, strong: i === 0 }))} /></section>
            <section><h3>By agent</h3><Bars title="Probability by agent" rows={out.agents.slice(0, 12).map((a, i) => ({ label: agent(a.id), value: a.probability, strong: i === 0 }))} /></section>
          </div>
          <h3>Features and the words behind them</h3>
          <div class="table-scroll wide"><table class="features">
            <thead><tr><th scope="col">feature</th><th scope="col">seen</th><th scope="col">quoted phrase</th><th scope="col">account</th></tr></thead>
            <tbody>{out.features.map((f, i) => <tr key={i}><td title={f.id}>{feat(f.id)}</td><td>{f.present ? 'present' : <span class="muted">absent</span>}</td><td><q>{f.evidence}</q> <PassageLinks view={v} quote={f.evidence} citations={account(f.report)?.citations} /></td><td class="muted">{who(f.report)}</td></tr>)}</tbody>
          </table></div>
          {mun && (
            <>
              <h3>Munition compatibility</h3>
              <p class="small">{mun.summary}</p>
              <div class="two">
                <section>
                  <Bars title="How well the remnants could deliver each agent (1 = best fit)" rows={mun.agents.slice(0, 12).map((a, i) => ({ label: agent(a.id), value: a.likelihood, note: a.likelihood.toFixed(2), strong: i === 0 }))} />
                </section>
                <section>
                  {mun.munitions.map((m, i) => {
                    const obs = v.munitions.find((o) => o.id === m.id);
                    const unknowns = obs ? (['burster', 'fill_container'] as const).filter((k) => obs[k] === 'unknown').map((k) => k.replace('_', ' ')) : [];
                    return (
                      <p key={i} class="small">
                        <strong>{obs?.description ?? m.id ?? `remnant ${i + 1}`}</strong>: the description reads as {m.deliveries.slice(0, 2).map((d) => `${d.label} (${Math.round(d.weight * 100)}% of the reading)`).join(', ')}
                        {unknowns.length > 0 && <span class="warn"> — but its {unknowns.join(' and ')} {unknowns.length === 1 ? 'is' : 'are'} unknown, so the remnant itself does not confirm it</span>}
                      </p>
                    );
                  })}
                  {mun.casualties && mun.casualties.checks.filter((c) => c.verdict !== 'consistent' && c.verdict !== 'not-applicable').length > 0 && (
                    <>
                      <h4>Casualty pattern</h4>
                      <ul class="plain small">{mun.casualties.checks.filter((c) => c.verdict !== 'consistent' && c.verdict !== 'not-applicable').slice(0, 6).map((c) => <li key={c.agent}><strong>{agent(c.agent)}</strong> {c.verdict}: {c.why}</li>)}</ul>
                    </>
                  )}
                </section>
              </div>
            </>
          )}
        </>
      )}
      <h3>Accounts ({v.testimonies.length})</h3>
      <ul class="accounts">
        {v.testimonies.map((t) => (
          <li key={t.id}>
            <strong>{t.who}</strong> <span class="muted">{t.role}{t.credibility ? ` · credibility ${t.credibility} (${CREDIBILITY[t.credibility]}, Admiralty scale)` : ' · no credibility grade'}</span>
            <blockquote>{t.text}</blockquote>
            <p class="small"><PassageLinks view={v} quote={t.text} citations={t.citations} /></p>
            {t.features && <p class="small">{Object.entries(t.features).map(([k, val]) => <span key={k} class={val ? 'feat on' : 'feat off'}>{val ? '' : 'no '}{feat(k)}</span>)}</p>}
          </li>
        ))}
      </ul>
      <h3>Munition observations ({v.munitions.length})</h3>
      {v.munitions.length === 0 ? <p class="muted small">none recorded</p> : (
        <div class="table-scroll wide"><table class="features"><thead><tr><th scope="col">description</th><th scope="col">delivery</th><th scope="col">calibre</th><th scope="col">burster</th><th scope="col">fill container</th></tr></thead>
          <tbody>{v.munitions.map((m) => <tr key={m.id}><td>{m.description}</td><td>{m.delivery ?? '—'}</td><td>{m.calibre_mm ? `${m.calibre_mm} mm` : '—'}</td><td>{m.burster}</td><td>{m.fill_container}</td></tr>)}</tbody></table></div>
      )}
    </div>
  );
}
