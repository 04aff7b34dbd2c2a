/** The workbench shell: header with sign-in, hash routes (#/ list, #/case/<id>/<tab>, #/case/<id>/passage/<sha>/<quote>). */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './styles.css';
import { api, onAuthNotice, onComputing, setToken, type Computing } from './api';
import { CaseList } from './views/case-list';
import { CasePage } from './views/case-page';

export interface Me {
  user: { name: string; role: string } | null;
  anonymous_read: boolean;
}

function parseHash(): string[] {
  return location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

function SignIn(props: { me: Me | null; onChange: () => void }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  if (props.me?.user)
    return (
      <div class="signin">
        <span class="who">{props.me.user.name} · {props.me.user.role}</span>
        <button class="link" onClick={() => { setToken(''); props.onChange(); }}>sign out</button>
      </div>
    );
  if (!open) return <div class="signin"><button class="link" onClick={() => setOpen(true)}>sign in with a token</button></div>;
  return (
    <form class="signin" onSubmit={(e) => { e.preventDefault(); setToken(value.trim()); setOpen(false); setValue(''); props.onChange(); }}>
      <input type="password" aria-label="API token" placeholder="assay_… token" value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} autoFocus />
      <button type="submit">sign in</button>
    </form>
  );
}

/** "computing, N s": a big case's analyses are being computed in the background; the views fill in when done. */
function ComputingNote(props: { since: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return (
    <div class="notice computing" role="status" data-testid="computing">
      Computing the analyses of this case, {Math.max(0, Math.round((now - props.since) / 1000))} s: they are computed once after the data changed and kept; the views fill in when done. Everything else can be read meanwhile.
    </div>
  );
}

function App() {
  const [route, setRoute] = useState(parseHash());
  const [me, setMe] = useState<Me | null>(null);
  const [authError, setAuthError] = useState('');
  const [epoch, setEpoch] = useState(0);
  const [notice, setNotice] = useState('');
  useEffect(() => onAuthNotice(setNotice), []);
  const [busy, setBusy] = useState<Computing[]>([]);
  useEffect(() => onComputing(setBusy), []);
  useEffect(() => {
    const f = () => setRoute(parseHash());
    addEventListener('hashchange', f);
    return () => removeEventListener('hashchange', f);
  }, []);
  useEffect(() => {
    api<Me>('/api/me')
      .then((m) => { setMe(m); setAuthError(''); })
      .catch((e) => { setMe(null); setAuthError(e.message); });
  }, [epoch]);
  const [first, id, tab, ...rest] = route;
  return (
    <>
      <header class="top">
        <a class="brand" href="#/">assay</a>
        <span class="tagline">workbench for alleged chemical attacks</span>
        <SignIn me={me} onChange={() => setEpoch(epoch + 1)} />
      </header>
      <main>
        {busy.length > 0 && <ComputingNote since={Math.min(...busy.map((b) => b.since))} />}
        {notice && (
          <div class="notice" role="status">
            {notice} <button class="link" onClick={() => setNotice('')}>dismiss</button>
          </div>
        )}
        {authError && !me ? (
          <div class="notice">{authError}. Sign in with a token (ask an admin: <code>assay users add --name N --role viewer</code>).</div>
        ) : first === 'case' && id ? (
          <CasePage key={id + epoch} id={id} tab={tab ?? 'overview'} rest={rest} me={me} />
        ) : (
          <CaseList key={epoch} />
        )}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
