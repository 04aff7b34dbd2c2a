/**
 * Following a quote to its passage. On the web, a link to the cited page carries a text fragment
 * (`#:~:text=start,end`, WICG Scroll-to-Text-Fragment), so a browser that supports it scrolls to the words and
 * highlights them. In the locker, where an evidence file is a captured copy of a cited page (its capture
 * record's `source_url` is one of the record's citations, or the record cites the file's `sha256:`), the link
 * opens the passage view: the file's text with the quote marked and scrolled to, and for a PDF the page that
 * holds it, drawn by PDF.js, with "page N of M". The copy is read, never changed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { getToken } from '../api';
import type { CaseView, EvidenceFile } from '../types';

const TEXTUAL = /^(text\/|application\/(json|xhtml\+xml|xml)$)/;
export const readable = (f: EvidenceFile) => TEXTUAL.test(f.media_type) || f.media_type === 'application/pdf';

/** The fragment directive's text encoding: percent-encode, and the characters the directive itself uses. */
const fragEnc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** A URL with a text fragment for the quote: the whole quote when short, else its first and last four words. */
export function withTextFragment(url: string, quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (!words.length || !/^https?:/.test(url)) return url;
  const dir = words.length <= 8 ? `text=${fragEnc(words.join(' '))}` : `text=${fragEnc(words.slice(0, 4).join(' '))},${fragEnc(words.slice(-4).join(' '))}`;
  const [base, hash] = url.split('#', 2);
  return `${base}#${hash ? hash.replace(/:~:.*$/, '') : ''}:~:${dir}`;
}

/** The locker copies of what a record cites: by the capture's source URL, or cited by hash. */
export function lockerCopies(view: CaseView, citations: string[] | undefined): EvidenceFile[] {
  const cites = new Set((citations ?? []).map((c) => c.replace(/^sha256:/, '')));
  return view.evidence.filter((e) => readable(e) && (cites.has(e.sha256) || (e.source_url && cites.has(e.source_url))));
}

export const passageHref = (caseId: string, sha: string, quote: string) => `#/case/${encodeURIComponent(caseId)}/passage/${sha}/${encodeURIComponent(quote.replace(/\s+/g, ' ').trim().slice(0, 600))}`;

/** Links from a quote to where it can be read: the cited pages (text fragments) and the locker copies. */
export function PassageLinks(props: { view: CaseView; quote: string; citations?: string[] }) {
  const copies = lockerCopies(props.view, props.citations);
  const web = (props.citations ?? []).filter((c) => /^https?:/.test(c));
  if (!copies.length && !web.length) return null;
  const host = (u: string) => {
    try {
      return new URL(u).hostname.replace(/^www\./, '');
    } catch {
      return u;
    }
  };
  return (
    <span class="passage-links small">
      {web.map((u) => (
        <a key={u} class="cite" href={withTextFragment(u, props.quote)} target="_blank" rel="noopener noreferrer" title="opens the page at the quoted words where the browser supports text fragments">{host(u)}</a>
      ))}
      {copies.map((f) => (
        <a key={f.sha256} class="cite locker" data-testid="passage-link" href={passageHref(props.view.case.id, f.sha256, props.quote)}>
          passage in the locker copy ({f.media_type === 'application/pdf' ? 'PDF' : 'text'}{f.title ? `: ${f.title}` : ''})
        </a>
      ))}
    </span>
  );
}

/** Quote matching that survives line breaks, case and typographic quotes: a normalised copy with an index map. */
function norm(s: string): { text: string; at: number[] } {
  const out: string[] = [];
  const at: number[] = [];
  let space = true;
  for (let i = 0; i < s.length; i++) {
    let ch = s[i].toLowerCase();
    if (/[\u2018\u2019\u201b\u2032]/.test(ch)) ch = "'";
    else if (/[\u201c\u201d\u201e\u2033«»]/.test(ch)) ch = '"';
    else if (/[\u2010-\u2015]/.test(ch)) ch = '-';
    if (/\s/.test(ch)) {
      if (space) continue;
      ch = ' ';
      space = true;
    } else space = false;
    out.push(ch);
    at.push(i);
  }
  return { text: out.join(''), at };
}

/**
 * Where the quote is in the text: [start, end) in the original, or null. When the whole quote is not there
 * (an account paraphrased in the record), the longest run of its leading words, at least six, that is.
 */
export function findPassage(text: string, quote: string): [number, number] | null {
  const n = norm(text);
  const q = norm(quote).text.trim();
  if (!q) return null;
  const hit = (needle: string): [number, number] | null => {
    const i = n.text.indexOf(needle);
    return i < 0 ? null : [n.at[i], n.at[i + needle.length - 1] + 1];
  };
  const whole = hit(q);
  if (whole) return whole;
  const words = q.split(' ');
  for (let k = words.length - 1; k >= 6; k--) {
    const h = hit(words.slice(0, k).join(' '));
    if (h) return h;
  }
  return null;
}

async function pdfPages(data: ArrayBuffer): Promise<{ pages: string[]; draw: (n: number, c: HTMLCanvasElement) => Promise<void> }> {
  const pdfjs = await import('pdfjs-dist');
  const worker = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;
  pdfjs.GlobalWorkerOptions.workerSrc = worker;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const tc = await (await doc.getPage(i)).getTextContent();
    pages.push(tc.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  return {
    pages,
    draw: async (n, canvas) => {
      const page = await doc.getPage(n);
      const vp0 = page.getViewport({ scale: 1 });
      const vp = page.getViewport({ scale: Math.min(2, 640 / vp0.width) });
      canvas.width = Math.round(vp.width);
      canvas.height = Math.round(vp.height);
      await page.render({ canvasContext: canvas.getContext('2d')!, viewport: vp }).promise;
    },
  };
}

const MAX = 50 * 1024 * 1024;

export function PassagePane(props: { view: CaseView; sha: string; quote: string }) {
  const f = props.view.evidence.find((e) => e.sha256 === props.sha);
  const [state, setState] = useState<{ text: string; span: [number, number] | null; page?: number; pages?: number } | null>(null);
  const [error, setError] = useState('');
  const canvas = useRef<HTMLCanvasElement>(null);
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!f) return;
    if (f.size > MAX) return setError('the file is over 50 MiB; download the original from the evidence locker');
    let gone = false;
    (async () => {
      const r = await fetch(`/api/cases/${encodeURIComponent(props.view.case.id)}/evidence/${f.sha256}/content`, { headers: getToken() ? { Authorization: `Bearer ${getToken()}` } : {} });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const buf = await r.arrayBuffer();
      if (f.media_type === 'application/pdf') {
        const pdf = await pdfPages(buf);
        let page = 0;
        let span: [number, number] | null = null;
        for (let i = 0; i < pdf.pages.length && !span; i++) if ((span = findPassage(pdf.pages[i], props.quote))) page = i + 1;
        if (gone) return;
        setState({ text: pdf.pages[(page || 1) - 1] ?? '', span, page: page || undefined, pages: pdf.pages.length });
        if (canvas.current) await pdf.draw(page || 1, canvas.current);
      } else {
        let text = new TextDecoder('utf-8').decode(buf);
        // an HTML capture is read as its text (DOMParser runs no script and loads nothing)
        if (/html|xml/.test(f.media_type)) text = new DOMParser().parseFromString(text, 'text/html').body?.textContent ?? text;
        if (!gone) setState({ text, span: findPassage(text, props.quote) });
      }
    })().catch((e) => !gone && setError((e as Error).message));
    return () => {
      gone = true;
    };
  }, [props.sha, props.quote]);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
    mark.current?.focus();
  }, [state]);
  if (!f) return <p class="error">No evidence file {props.sha.slice(0, 12)}… in this case.</p>;
  const title = f.title ?? f.file ?? f.sha256.slice(0, 12);
  const s = state;
  const ctx = 1500;
  return (
    <section class="passage" aria-label="Passage in an evidence file" data-testid="passage">
      <h2>{title}</h2>
      <p class="small muted">
        Locker copy <code>{f.sha256.slice(0, 16)}…</code> ({f.media_type}){f.captured_at ? `, captured ${f.captured_at}` : ''}
        {f.source_url && <> from <a href={withTextFragment(f.source_url, props.quote)} target="_blank" rel="noopener noreferrer">{f.source_url}</a></>}. Read from the stored bytes; the original is unchanged. <a href={`#/case/${encodeURIComponent(props.view.case.id)}/evidence`}>evidence locker</a>
      </p>
      <p class="small">Quote: <q>{props.quote}</q></p>
      {error && <p class="error">Cannot read the file: {error}</p>}
      {!s && !error && <p class="loading">Reading the file…</p>}
      {s && !s.span && <p class="warn" data-testid="passage-missing">The quote is not in this file's text{s.pages ? ` (${s.pages} pages searched)` : ''}: the record may paraphrase it, or the file may be a scan without a text layer.</p>}
      {s && s.page && <p data-testid="passage-page">Page {s.page} of {s.pages}.</p>}
      {f.media_type === 'application/pdf' && <canvas ref={canvas} class="pdf-page" role="img" aria-label={`${title}, page ${s?.page ?? 1}`} />}
      {s && (
        <pre class="passage-text" tabIndex={0} aria-label="the file's text, the passage marked">
          {s.span ? (
            <>
              {s.span[0] > ctx ? '… ' : ''}
              {s.text.slice(Math.max(0, s.span[0] - ctx), s.span[0])}
              <mark ref={mark} tabIndex={-1} data-testid="passage-mark">{s.text.slice(s.span[0], s.span[1])}</mark>
              {s.text.slice(s.span[1], s.span[1] + ctx)}
              {s.span[1] + ctx < s.text.length ? ' …' : ''}
            </>
          ) : (
            s.text.slice(0, 4000)
          )}
        </pre>
      )}
    </section>
  );
}
