import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import type { CaseView } from '../types';
import type { Me } from '../main';
import { fmtTime } from '../format';
import { Overview } from './overview';
import { NarrativePane } from './narrative';
import { AgentsPane } from './agents';
import { MatrixPane } from './matrix';
import { EvidencePane } from './evidence';
import { ReportPane } from './report';
import { AddRecords } from './add-records';
import { RecordsPane } from './records';
import { SourcesPane } from './sources';
import { PassagePane } from './passage';

const TABS: [string, string][] = [
  ['overview', 'Overview'],
  ['narrative', 'Narrative'],
  ['agents', 'Agent differential'],
  ['matrix', 'ACH matrix'],
  ['evidence', 'Evidence locker'],
  ['records', 'Records'],
  ['sources', 'Sources'],
  ['report', 'Report'],
];

export function CasePage(props: { id: string; tab: string; rest?: string[]; me: Me | null }) {
  const [view, setView] = useState<CaseView | null>(null);
  const [error, setError] = useState('');
  const [version, setVersion] = useState(0);
  useEffect(() => {
    api<CaseView>(`/api/cases/${encodeURIComponent(props.id)}`).then(setView).catch((e) => setError(e.message));
  }, [props.id, version]);
  if (error) return <div class="error">{error} <a href="#/">back to cases</a></div>;
  if (!view) return <div class="loading">Loading case…</div>;
  const c = view.case;
  const canWrite = !!props.me?.user && props.me.user.role !== 'viewer';
  const base = `#/case/${encodeURIComponent(props.id)}`;
  return (
    <article class="case">
      <header class="case-head">
        <a href="#/" class="crumb">Cases</a>
        <h1>{c.title}</h1>
        <p class="facts">
          <span>{fmtTime(c.when.at)}</span>
          <span>{c.place.name}{c.place.admin ? `, ${c.place.admin}` : ''}</span>
          {c.casualties && (c.casualties.affected_min !== undefined || c.casualties.affected_max !== undefined) && (
            <span>{c.casualties.affected_min ?? '?'}–{c.casualties.affected_max ?? '?'} affected</span>
          )}
          <span>{view.reports.total} report{view.reports.total === 1 ? '' : 's'} · {view.testimonies.length} testimon{view.testimonies.length === 1 ? 'y' : 'ies'} · {view.evidence.length} file{view.evidence.length === 1 ? '' : 's'}</span>
        </p>
        {c.when.note && (
          <details class="when-note">
            <summary>how the time was established</summary>
            <p>{c.when.note}</p>
          </details>
        )}
      </header>
      <nav class="tabs" role="tablist">
        {TABS.map(([k, label]) => (
          <a key={k} role="tab" aria-selected={props.tab === k} class={props.tab === k ? 'tab active' : 'tab'} href={`${base}/${k}`}>{label}</a>
        ))}
      </nav>
      <div class="pane">
        {props.tab === 'overview' && <Overview view={view} />}
        {props.tab === 'overview' && canWrite && <AddRecords caseId={props.id} onChange={() => setVersion(version + 1)} />}
        {props.tab === 'narrative' && <NarrativePane view={view} />}
        {props.tab === 'agents' && <AgentsPane view={view} />}
        {props.tab === 'matrix' && <MatrixPane view={view} canWrite={canWrite} onSaved={() => {}} />}
        {props.tab === 'records' && <RecordsPane view={view} canWrite={canWrite} onChange={() => setVersion(version + 1)} />}
        {props.tab === 'sources' && <SourcesPane view={view} />}
        {props.tab === 'evidence' && <EvidencePane view={view} canWrite={canWrite} onChange={() => setVersion(version + 1)} />}
        {props.tab === 'report' && <ReportPane view={view} />}
        {props.tab === 'passage' && <PassagePane view={view} sha={props.rest?.[0] ?? ''} quote={props.rest?.[1] ?? ''} />}
      </div>
    </article>
  );
}
