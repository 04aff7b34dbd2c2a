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
      const get = () => fetch(`/api/cases/${encodeURIComponent(id)}/export?format=${format}`, { headers: getToken() ? { Authorization: `Bearer ${getToken()}` } : {} });
      let r = await get();
      // a big case's analyses computing in the background (202, src/http/background.ts): wait, then export
      while (r.status === 202) {
        const b = (await r.json().catch(() => ({}))) as { seconds?: number; retry_after_s?: number };
        setStatus(`computing the analyses of this case (${b.seconds ?? 0} s so far); the ${format} export follows…`);
        await new Promise((res) => setTimeout(res, Math.min(10, Math.max(1, b.retry_after_s ?? 2)) * 1000));
        r = await get();
      }
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
