/**
 * The case's assessment: from the API (/api/cases/:id/assessment, docs/assessment.md) when the assessment engine is
 * wired, else the analyst matrix scored here with the same pure scorer (src/core/hypotheses), marked as such.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, unavailable } from './api';
import type { CaseView, KeyJudgment } from './types';
import { scoreAnalystMatrix } from '../../src/core/hypotheses/analyst-matrix';
import type { Brief as CoreBrief } from '../../src/core/report/brief';
import { pct } from './format';

export interface AssessmentView {
  source: 'assessment' | 'analyst-matrix';
  hypotheses: { id: string; label: string; posterior: number; words: string }[];
  leading: string | null;
  confidence: { level: string; reasons: string[] } | null;
  key_judgments: KeyJudgment[];
  warnings?: string[];
  brief?: Brief;
  raw?: unknown;
}
/** the parts of the report's brief (src/core/report/brief.ts) the case page shows */
export type Brief = Pick<CoreBrief, 'bottom_line' | 'sources'> & Partial<Pick<CoreBrief, 'what_would_change'>>;

type Raw = {
  hypotheses: { id: string; label?: string; posterior: number; words: string }[];
  leading: string;
  confidence?: string | { level?: string; reasons?: (string | { text?: string; factor?: string })[] };
  confidence_reasons?: string[];
  key_judgments?: KeyJudgment[];
  warnings?: string[];
  brief?: Brief;
};

function fromApi(r: Raw, view: CaseView): AssessmentView {
  const label = (id: string) => view.hypotheses.find((h) => h.id === id)?.label ?? id;
  const c = r.confidence;
  return {
    source: 'assessment',
    hypotheses: r.hypotheses.map((h) => ({ id: h.id, label: h.label ?? label(h.id), posterior: h.posterior, words: h.words })).sort((a, b) => b.posterior - a.posterior),
    leading: r.leading,
    confidence: typeof c === 'string' ? { level: c, reasons: r.confidence_reasons ?? [] } : c ? { level: c.level ?? '', reasons: (c.reasons ?? []).map((x) => (typeof x === 'string' ? x : x.text ?? x.factor ?? '')) } : null,
    key_judgments: r.key_judgments ?? [],
    warnings: r.warnings ?? [],
    ...(r.brief ? { brief: r.brief } : {}),
    raw: r,
  };
}

export function localAssessment(view: CaseView): AssessmentView {
  const s = scoreAnalystMatrix(view.hypotheses, view.matrix);
  if (!s) return { source: 'analyst-matrix', hypotheses: [], leading: null, confidence: null, key_judgments: [] };
  const hs = [...s.hypotheses].sort((a, b) => b.posterior - a.posterior);
  const kj: KeyJudgment[] = [];
  const lead = hs[0];
  kj.push({ id: 'kj-1', kind: 'leading', text: `"${lead.label}" is ${lead.words}: posterior ${pct(lead.posterior)} from ${view.matrix.length} rated items across ${hs.length} hypotheses.`, evidence: [] });
  for (const h of hs.slice(1, 3)) kj.push({ id: `kj-${kj.length + 1}`, kind: 'alternative', text: `"${h.label}" is ${h.words}: posterior ${pct(h.posterior)}.`, evidence: [] });
  if (!s.methods_agree) kj.push({ id: `kj-${kj.length + 1}`, kind: 'methods', text: `Heuer's least-inconsistent hypothesis (${s.heuer_leading.join(', ')}) differs from the Bayesian leader.`, evidence: [] });
  if (s.sensitivity.pivotal.length) kj.push({ id: `kj-${kj.length + 1}`, kind: 'sensitivity', text: `Removing any one of ${s.sensitivity.pivotal.join(', ')} would change the leading hypothesis.`, evidence: s.sensitivity.pivotal });
  return { source: 'analyst-matrix', hypotheses: hs.map((h) => ({ id: h.id, label: h.label, posterior: h.posterior, words: h.words })), leading: s.leading, confidence: null, key_judgments: kj };
}

export function useAssessment(view: CaseView): { a: AssessmentView | null; error: string } {
  const [a, setA] = useState<AssessmentView | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api<Raw>(`/api/cases/${encodeURIComponent(view.case.id)}/assessment`)
      .then((r) => setA(fromApi(r, view)))
      .catch((e) => {
        if (unavailable(e)) setA(localAssessment(view));
        else {
          setError(e.message);
          setA(localAssessment(view));
        }
      });
  }, [view]);
  return { a, error };
}
