/**
 * Evidence locker: upload (streamed to the server, hashed there), each file's SHA-256, size, media type,
 * capture record, derivatives, verify status and custody history (when the custody log is wired).
 */
import { useEffect, useState } from 'preact/hooks';
import { all, api, getToken, unavailable, type Page } from '../api';
import type { CaseView, EvidenceFile } from '../types';
import { bytes, fmtTime } from '../format';
import { Preview } from './evidence-preview';

interface Listed extends EvidenceFile {
  index?: number | null;
  in_locker?: boolean;
}
interface Verify {
  sha256: string;
  present: boolean;
  ok: boolean;
  actual?: string;
}
interface CustodyEntry {
  index: number;
  entry: { type?: string; actor?: string; at?: string; why?: string; file?: string; relation?: string; via?: string };
}

export function EvidencePane(props: { view: CaseView; canWrite: boolean; onChange: () => void }) {
  const caseId = encodeURIComponent(props.view.case.id);
  const [files, setFiles] = useState<EvidenceFile[]>(props.view.evidence);
  const [busy, setBusy] = useState('');
  const [last, setLast] = useState<{ sha256: string; name: string; added: boolean } | null>(null);
  const [error, setError] = useState('');
  const [verify, setVerify] = useState<Record<string, Verify>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [collector, setCollector] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [capturedAt, setCapturedAt] = useState('');
  // a picked file waits for the analyst's confirm; its hash, taken here, says at once if the locker has it
  const [staged, setStaged] = useState<{ f: File; sha256: string | null; parent?: string } | null>(null);
  async function stage(f: File, parent?: string) {
    setLast(null);
    setStaged({ f, sha256: null, parent });
    try {
      const sha = [...new Uint8Array(await crypto.subtle.digest('SHA-256', await f.arrayBuffer()))].map((b) => b.toString(16).padStart(2, '0')).join('');
      setStaged({ f, sha256: sha, parent });
    } catch {
      /* no WebCrypto (plain http on another host): the server says it after the upload */
    }
  }

  // the case view has no custody-log index: load the locker's list (with indexes) at once, every page of it
  const [listed, setListed] = useState(false);
  const reload = () =>
    all<EvidenceFile>(`/api/cases/${caseId}/evidence`).then((items) => {
      setFiles(items);
      setListed(true);
    });
  useEffect(() => {
    reload().catch((e) => setError((e as Error).message));
  }, [caseId]);

  async function upload(f: File, parent?: string) {
    setError('');
    setBusy(`uploading ${f.name} (${bytes(f.size)})…`);
    try {
      const q = new URLSearchParams({ filename: f.name });
      if (collector) q.set('collector', collector);
      if (sourceUrl) q.set('source_url', sourceUrl);
      if (parent) q.set('parent_sha256', parent);
      if (capturedAt.trim()) q.set('captured_at', capturedAt.trim());
      const r = await fetch(`/api/cases/${caseId}/evidence?${q}`, { method: 'POST', body: f, headers: { Authorization: `Bearer ${getToken()}`, 'Content-Type': 'application/octet-stream' } });
      const body = await r.json();
      if (!r.ok) throw new Error(body.error ? `${body.error.path ? body.error.path + ': ' : ''}${body.error.message}` : r.statusText);
      setLast({ sha256: body.sha256, name: f.name, added: body.added });
      setStaged(null);
      setSelected(body.sha256);
      await reload();
      props.onChange();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy('');
    }
  }

  async function check(sha: string) {
    try {
      const v = await api<Verify>(`/api/cases/${caseId}/evidence/${sha}/verify`);
      setVerify({ ...verify, [sha]: v });
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function download(f: EvidenceFile) {
    const r = await fetch(`/api/cases/${caseId}/evidence/${f.sha256}/content`, { headers: getToken() ? { Authorization: `Bearer ${getToken()}` } : {} });
    if (!r.ok) return setError(`download failed: ${(await r.json()).error?.message ?? r.status}`);
    const url = URL.createObjectURL(await r.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = f.file ?? f.sha256;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const sel = files.find((f) => f.sha256 === selected) ?? null;
  return (
    <div class="evidence-pane">
      {props.canWrite ? (
        <section
          class="dropzone"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => { e.preventDefault(); const f = e.dataTransfer?.files[0]; if (f) void stage(f); }}
        >
          <label class="upload">
            <span>Add a file to the locker: drop it here or </span>
            <input type="file" aria-label="Upload evidence file" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void stage(f); (e.target as HTMLInputElement).value = ''; }} />
          </label>
          <div class="capture">
            <input placeholder="collector" aria-label="collector" value={collector} onInput={(e) => setCollector((e.target as HTMLInputElement).value)} />
            <input placeholder="source URL" aria-label="source URL" value={sourceUrl} onInput={(e) => setSourceUrl((e.target as HTMLInputElement).value)} />
            <input placeholder="captured at (ISO time, optional)" aria-label="captured at" value={capturedAt} onInput={(e) => setCapturedAt((e.target as HTMLInputElement).value)} />
          </div>
          {staged && (
            <div class="staged" data-testid="staged">
              <p>
                {staged.f.name} · {bytes(staged.f.size)} · {staged.f.type || 'unknown type'}{staged.parent ? ' · a derivative of the selected file' : ''}<br />
                sha256 <code class="hash">{staged.sha256 ?? 'hashing…'}</code>
              </p>
              {staged.sha256 && files.some((x) => x.sha256 === staged.sha256) ? (
                <p class="already" data-testid="already">Already in the locker: this exact file (same SHA-256) is stored as “{files.find((x) => x.sha256 === staged.sha256)!.title ?? files.find((x) => x.sha256 === staged.sha256)!.file}”. Nothing to add. <button type="button" class="link" onClick={() => { setSelected(staged.sha256); setStaged(null); }}>show it</button></p>
              ) : (
                <button type="button" class="primary" onClick={() => void upload(staged.f, staged.parent)}>add to the locker</button>
              )}
              <button type="button" class="link" onClick={() => setStaged(null)}>cancel</button>
            </div>
          )}
          <p class="small muted">The original is hashed (SHA-256) as it arrives, stored read-only, never opened by the server, and downloaded only as an attachment.</p>
          {busy && <p class="status">{busy}</p>}
          {last && (
            <p class="uploaded" data-testid="uploaded">
              {last.added ? 'Stored' : 'Already in the locker (not stored twice)'}: {last.name} <br />
              sha256 <code class="hash" data-testid="uploaded-sha">{last.sha256}</code>
            </p>
          )}
        </section>
      ) : (
        <p class="notice">Sign in with an analyst token to add files.</p>
      )}
      {error && <div class="error">{error}</div>}
      <div class="table-scroll wide">
      <table class="files">
        <caption class="sr-only">Files in the evidence locker</caption>
        <thead><tr><th scope="col">file</th><th scope="col">sha256</th><th scope="col">type</th><th scope="col" class="num">size</th><th scope="col">captured</th><th scope="col" class="num">log entry</th><th scope="col">verify</th></tr></thead>
        <tbody>
          {files.map((f) => {
            const v = verify[f.sha256];
            return (
              <tr key={f.sha256} class={selected === f.sha256 ? 'sel' : ''} onClick={() => setSelected(f.sha256)}>
                <td>{f.parent_sha256 && <span class="muted">↳ </span>}<button type="button" class="link" aria-pressed={selected === f.sha256} onClick={(e) => { e.stopPropagation(); setSelected(f.sha256); }}>{f.title ?? f.file ?? '(unnamed)'}</button></td>
                <td><code class="hash" title={f.sha256}>{f.sha256.slice(0, 16)}…</code></td>
                <td>{f.media_type}</td>
                <td class="num">{bytes(f.size)}</td>
                <td>{fmtTime(f.captured_at)}{f.collector ? ` · ${f.collector}` : ''}</td>
                <td class="num log-index">{listed ? ((f as Listed).index ?? '—') : '…'}</td>
                <td>
                  {v ? (v.ok ? <span class="ok">verified</span> : <span class="bad">{v.present ? 'MISMATCH' : 'blob missing'}</span>) : <button class="link" onClick={(e) => { e.stopPropagation(); void check(f.sha256); }}>verify</button>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      {files.length === 0 && <p class="muted">No files in the locker yet.</p>}
      {sel && <FileDetail caseId={caseId} f={sel} all={files} canWrite={props.canWrite} onDownload={() => download(sel)} onDerive={(f) => stage(f, sel.sha256)} />}
    </div>
  );
}

function FileDetail(props: { caseId: string; f: EvidenceFile; all: EvidenceFile[]; canWrite: boolean; onDownload: () => void; onDerive: (f: File) => void }) {
  const [custody, setCustody] = useState<CustodyEntry[] | null | 'n/a'>(null);
  useEffect(() => {
    api<Page<CustodyEntry>>(`/api/cases/${props.caseId}/evidence/${props.f.sha256}/custody`)
      .then((p) => setCustody(p.items))
      .catch((e) => setCustody(unavailable(e) ? 'n/a' : []));
  }, [props.f.sha256]);
  const derivatives = props.all.filter((x) => x.parent_sha256 === props.f.sha256);
  return (
    <section class="file-detail">
      <h3>{props.f.title ?? props.f.file ?? props.f.sha256}</h3>
      <dl>
        <dt>sha256</dt><dd><code class="hash">{props.f.sha256}</code></dd>
        {props.f.parent_sha256 && (<><dt>derived from</dt><dd><code class="hash">{props.f.parent_sha256}</code></dd></>)}
        <dt>media type</dt><dd>{props.f.media_type}</dd>
        {props.f.source_url && (<><dt>source</dt><dd>{/^https?:/.test(props.f.source_url) ? <a href={props.f.source_url} target="_blank" rel="noopener noreferrer">{props.f.source_url}</a> : props.f.source_url}</dd></>)}
        <dt>captured</dt><dd>{props.f.captured_at ? fmtTime(props.f.captured_at) : <span class="muted">not recorded</span>}</dd>
        {props.f.collector && (<><dt>collector</dt><dd>{props.f.collector}</dd></>)}
      </dl>
      <Preview caseId={props.caseId} f={props.f} />
      <button onClick={props.onDownload}>download original</button>
      <h4>Derivatives</h4>
      {props.canWrite && (
        <label class="small">add a derivative (frame, crop, transcript) of this file: <input type="file" aria-label="Upload derivative" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) props.onDerive(f); }} /></label>
      )}
      {derivatives.length ? <ul class="plain">{derivatives.map((d) => <li key={d.sha256}>{d.title ?? d.file} <code class="hash">{d.sha256.slice(0, 16)}…</code></li>)}</ul> : <p class="muted small">none</p>}
      <h4>Custody history</h4>
      {custody === 'n/a' ? <p class="muted small">The custody log is not available on this server.</p> : custody === null ? <p class="muted small">loading…</p> : custody.length === 0 ? <p class="muted small">no entries</p> : (
        <ol class="history" data-testid="custody">{custody.map((c) => <li key={c.index}><span class="muted">entry {c.index}</span> <time>{fmtTime(c.entry.at)}</time> <strong>{c.entry.type}</strong>{c.entry.actor ? ` by ${c.entry.actor}` : ''}{c.entry.via ? ` (via ${c.entry.via})` : ''}{c.entry.why ? <span class="muted"> “{c.entry.why}”</span> : null}</li>)}</ol>
      )}
    </section>
  );
}
