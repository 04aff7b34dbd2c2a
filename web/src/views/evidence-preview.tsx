/**
 * A preview of a locker file, made in the browser from a copy of its bytes (the original is never changed or
 * re-stored): an image as is, a video's first frame as its poster (the <video> element, no autoplay), a PDF's
 * first page drawn by PDF.js onto a canvas (loaded only when a PDF is previewed). Files past 50 MiB are not
 * fetched for a preview.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { getToken } from '../api';
import type { EvidenceFile } from '../types';

const MAX = 50 * 1024 * 1024;

async function pdfFirstPage(data: ArrayBuffer, canvas: HTMLCanvasElement): Promise<number> {
  const pdfjs = await import('pdfjs-dist');
  const worker = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;
  pdfjs.GlobalWorkerOptions.workerSrc = worker;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const vp0 = page.getViewport({ scale: 1 });
  const vp = page.getViewport({ scale: Math.min(2, 480 / vp0.width) });
  canvas.width = Math.round(vp.width);
  canvas.height = Math.round(vp.height);
  await page.render({ canvasContext: canvas.getContext('2d')!, viewport: vp }).promise;
  return doc.numPages;
}

export function Preview(props: { caseId: string; f: EvidenceFile }) {
  const { f } = props;
  const kind = f.media_type.startsWith('image/') ? 'image' : f.media_type.startsWith('video/') ? 'video' : f.media_type === 'application/pdf' ? 'pdf' : null;
  const [url, setUrl] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    setUrl(null);
    setNote('');
    if (!kind) return;
    if (f.size > MAX) return setNote('no preview: the file is over 50 MiB (download the original)');
    let gone = false;
    let made: string | null = null;
    (async () => {
      const r = await fetch(`/api/cases/${props.caseId}/evidence/${f.sha256}/content`, { headers: getToken() ? { Authorization: `Bearer ${getToken()}` } : {} });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const buf = await r.arrayBuffer();
      if (gone) return;
      if (kind === 'pdf') {
        const n = await pdfFirstPage(buf, canvas.current!);
        if (!gone) setNote(`page 1 of ${n}`);
      } else {
        made = URL.createObjectURL(new Blob([buf], { type: f.media_type }));
        setUrl(made);
      }
    })().catch((e) => !gone && setNote(`no preview: ${(e as Error).message}`));
    return () => {
      gone = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [f.sha256]);
  if (!kind) return <p class="muted small">No preview for {f.media_type}.</p>;
  const alt = `preview of ${f.title ?? f.file ?? f.sha256}`;
  return (
    <figure class="preview" data-testid="preview">
      {kind === 'image' && url && <img src={url} alt={alt} />}
      {kind === 'video' && url && <video src={`${url}#t=0.1`} preload="metadata" controls muted aria-label={alt} />}
      {kind === 'pdf' && <canvas ref={canvas} role="img" aria-label={`${alt}, first page`} />}
      <figcaption class="small muted">Preview from a copy; the original is unchanged.{note ? ` ${note}` : ''}</figcaption>
    </figure>
  );
}
