/**
 * Simple forms to build a case in the browser (analyst role): add a hypothesis or a testimony through the
 * record routes (POST /api/cases/:id/hypotheses, /testimonies). The server checks them with the case
 * model's schemas; its error (field path and message) is shown as is.
 */
import { useState } from 'preact/hooks';
import { api } from '../api';

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

function useSubmit(onDone: () => void) {
  const [status, setStatus] = useState('');
  const submit = async (url: string, body: unknown, what: string) => {
    setStatus('saving…');
    try {
      const r = await api<{ id: string }>(url, { method: 'POST', body: JSON.stringify(body) });
      setStatus(`added ${what} ${r.id}`);
      onDone();
      return true;
    } catch (e) {
      setStatus(`not added: ${(e as Error).message}`);
      return false;
    }
  };
  return { status, submit };
}

export function AddRecords(props: { caseId: string; onChange: () => void }) {
  const base = `/api/cases/${encodeURIComponent(props.caseId)}`;
  const hyp = useSubmit(props.onChange);
  const tst = useSubmit(props.onChange);
  const [h, setH] = useState({ label: '', agent: '', actor: '', story: '' });
  const [t, setT] = useState({ who: '', role: 'witness', recorded_at: '', text: '' });
  const val = (e: Event) => (e.target as HTMLInputElement).value;
  return (
    <details class="add-records">
      <summary>Add to the case</summary>
      <div class="two">
        <form
          aria-label="Add a hypothesis"
          onSubmit={async (e) => {
            e.preventDefault();
            const body: Record<string, string> = { id: `h-${slug(h.label) || 'new'}`, label: h.label };
            for (const k of ['agent', 'actor', 'story'] as const) if (h[k].trim()) body[k] = h[k].trim();
            if (await hyp.submit(`${base}/hypotheses`, body, 'hypothesis')) setH({ label: '', agent: '', actor: '', story: '' });
          }}
        >
          <h3>Hypothesis</h3>
          <label>label <input required value={h.label} onInput={(e) => setH({ ...h, label: val(e) })} placeholder="Chlorine dropped by government helicopter" /></label>
          <label>agent <input value={h.agent} onInput={(e) => setH({ ...h, agent: val(e) })} placeholder="chlorine, sarin, none…" /></label>
          <label>actor <input value={h.actor} onInput={(e) => setH({ ...h, actor: val(e) })} placeholder="government, opposition, unknown…" /></label>
          <label>public story <select value={h.story} onChange={(e) => setH({ ...h, story: val(e) })}>{['', 'organic', 'pre-scripted', 'unknown'].map((r) => <option key={r} value={r}>{r || '(unknown)'}</option>)}</select></label>
          <button type="submit">add hypothesis</button> <span class="status small" role="status">{hyp.status}</span>
        </form>
        <form
          aria-label="Add a testimony"
          onSubmit={async (e) => {
            e.preventDefault();
            const body: Record<string, string> = { id: `t-${slug(t.who) || 'new'}-${Date.now().toString(36)}`, who: t.who, role: t.role, text: t.text };
            if (t.recorded_at.trim()) body.recorded_at = t.recorded_at.trim();
            if (await tst.submit(`${base}/testimonies`, body, 'testimony')) setT({ who: '', role: 'witness', recorded_at: '', text: '' });
          }}
        >
          <h3>Testimony</h3>
          <label>who <input required value={t.who} onInput={(e) => setT({ ...t, who: val(e) })} placeholder="nurse at al-Razi hospital" /></label>
          <label>role <select value={t.role} onChange={(e) => setT({ ...t, role: val(e) })}>{['witness', 'medic', 'official', 'journalist', 'other'].map((r) => <option key={r}>{r}</option>)}</select></label>
          <label>recorded <input value={t.recorded_at} onInput={(e) => setT({ ...t, recorded_at: val(e) })} placeholder="2018-11-25T10:00:00Z (optional)" /></label>
          <label>what they said <textarea required rows={3} value={t.text} onInput={(e) => setT({ ...t, text: val(e) })} /></label>
          <button type="submit">add testimony</button> <span class="status small" role="status">{tst.status}</span>
        </form>
      </div>
    </details>
  );
}
