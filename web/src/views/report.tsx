/** The report: key judgments and scores, with exports (JSON always; Markdown, HTML, PDF, STIX from the assessment). */
import { useState } from 'preact/hooks';
import { getToken } from '../api';
import type { CaseView } from '../types';
import { KeyJudgments } from './overview';

const FORMATS: [string, string, string][] = [
  ['pdf', 'PDF', 'application/pdf'],
  ['html', 'HTML', 'text/html'],
  ['md', 'Markdown', 'text/markdown'],
  ['stix', 'STIX 2.1', 'application/json'],
  ['json', 'JSON', 'application/json'],
];

export function ReportPane(props: { view: CaseView }) {
  const [status, setStatus] = useState('');
  const [done, setDone] = useState<{ format: string; bytes: number; name: string } | null>(null);
  const id = props.view.case.id;
  async function exportAs(format: string) {
    setStatus(`exporting ${format}…`);
    setDone(null);
    try {
      const r = await fetch(`/api/cases/${encodeURIComponent(id)}/export?format=${format}`, { headers: getToken() ? { Authorization: `Bearer ${getToken()}` } : {} });
      if (!r.ok) {
        const e = await r.json().catch(() => ({}));
        throw new Error(e.error?.message ?? `HTTP ${r.status}`);
      }
      const blob = await r.blob();
      const name = /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '')?.[1] ?? `${id}.${format}`;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      setDone({ format, bytes: blob.size, name });
      setStatus('');
    } catch (e) {
      setStatus(`export failed: ${(e as Error).message}`);
    }
  }
  return (
    <div class="report-pane">
      <div class="exports" role="group" aria-label="Export">
        <span>Export the report:</span>
        {FORMATS.map(([f, label]) => <button key={f} onClick={() => exportAs(f)} data-format={f}>{label}</button>)}
        <span class="status" role="status">{status}</span>
        {done && <span class="ok" data-testid="exported">{done.name} ({done.bytes} bytes)</span>}
      </div>
      <KeyJudgments view={props.view} />
    </div>
  );
}
