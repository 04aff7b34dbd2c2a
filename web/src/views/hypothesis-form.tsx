/**
 * Add, edit or delete a hypothesis in a form (POST / PUT / DELETE /api/cases/:id/hypotheses, custody-logged with
 * the reason): its title and description, its prior with the basis for it (a base rate or reference class, and
 * where it comes from), and what it posits (agent, actor, public story) so engine findings map onto it. Fields
 * the form does not show are kept on edit. The posterior before and after is shown once it is saved.
 */
import { useState } from 'preact/hooks';
import { api } from '../api';
import type { Hypothesis } from '../types';
import { slug, useWrite, type FormProps } from './record-forms';

const val = (e: Event) => (e.target as HTMLInputElement).value;
const STORIES = ['unknown', 'organic', 'pre-scripted'];

export function HypothesisForm(props: FormProps<Hypothesis>) {
  const r = props.rec as (Hypothesis & { prior_basis?: string }) | null;
  const [f, setF] = useState({
    label: r?.label ?? '',
    description: r?.description ?? '',
    prior: r?.prior !== undefined ? String(r.prior) : '',
    prior_basis: r?.prior_basis ?? '',
    agent: r?.agent ?? 'unknown',
    actor: r?.actor ?? 'unknown',
    story: r?.story ?? 'unknown',
  });
  const [bad, setBad] = useState('');
  const w = useWrite(props);
  const submit = (e: Event) => {
    e.preventDefault();
    const prior = f.prior.trim() ? Number(f.prior) : undefined;
    if (prior !== undefined && !(prior > 0 && prior <= 1)) return setBad('The prior is a probability: more than 0, at most 1.');
    if (prior !== undefined && !f.prior_basis.trim()) return setBad('Say what the prior rests on (a base rate, a reference class, a source).');
    setBad('');
    void w.run(`${r ? 'editing' : 'adding'} the hypothesis “${f.label.trim()}”`, async () => {
      const body: Record<string, unknown> = {
        ...(r ?? {}),
        id: r?.id ?? `h-${slug(f.label) || 'new'}-${Date.now().toString(36).slice(-4)}`,
        label: f.label.trim(),
        agent: f.agent.trim() || 'unknown',
        actor: f.actor.trim() || 'unknown',
        story: f.story,
      };
      for (const [k, v] of [['description', f.description], ['prior_basis', f.prior_basis]] as const) {
        if (v.trim()) body[k] = v.trim();
        else delete body[k];
      }
      if (prior !== undefined) body.prior = prior;
      else delete body.prior;
      await api(r ? `${w.base}/hypotheses/${encodeURIComponent(r.id)}${w.q()}` : `${w.base}/hypotheses${w.q()}`, { method: r ? 'PUT' : 'POST', body: JSON.stringify(body) });
    });
  };
  return (
    <form class="record-form" aria-label={r ? 'Edit hypothesis' : 'Add hypothesis'} onSubmit={submit}>
      <h3>{r ? 'Edit hypothesis' : 'New hypothesis'}</h3>
      <label>title <input required value={f.label} onInput={(e) => setF({ ...f, label: val(e) })} placeholder="Chlorine dropped by a government helicopter" /></label>
      <label>description <textarea rows={2} value={f.description} onInput={(e) => setF({ ...f, description: val(e) })} /></label>
      <fieldset class="provenance">
        <legend>prior</legend>
        <div class="row-fields">
          <label>prior probability (0–1, optional) <input inputMode="decimal" value={f.prior} onInput={(e) => setF({ ...f, prior: val(e) })} placeholder="blank: shared evenly" /></label>
          <label>what the prior rests on (base rate, reference class, source title or URL) <textarea rows={2} value={f.prior_basis} onInput={(e) => setF({ ...f, prior_basis: val(e) })} /></label>
        </div>
        <p class="small muted">Priors left blank share what the given ones leave; all are rescaled to sum to 1, and the assessment says so (docs/assessment.md “Scores, exactly”).</p>
      </fieldset>
      <div class="row-fields">
        <label>agent <input value={f.agent} onInput={(e) => setF({ ...f, agent: val(e) })} placeholder="chlorine, sarin, riot-control, none, unknown" /></label>
        <label>actor <input value={f.actor} onInput={(e) => setF({ ...f, actor: val(e) })} placeholder="government, opposition, none, unknown" /></label>
        <label>public story <select value={f.story} onChange={(e) => setF({ ...f, story: val(e) as typeof f.story })}>{STORIES.map((k) => <option key={k}>{k}</option>)}</select></label>
      </div>
      {w.reason}
      <div class="form-actions">
        <button type="submit" class="primary">{r ? 'save hypothesis' : 'add hypothesis'}</button>
        {r && <button type="button" class="danger" onClick={() => void w.run(`deleting the hypothesis “${r.label}”`, async () => void (await api(`${w.base}/hypotheses/${encodeURIComponent(r.id)}${w.q()}`, { method: 'DELETE' })), true)}>{w.sure ? 'confirm: delete hypothesis and its ratings' : 'delete hypothesis'}</button>}
        <button type="button" class="link" onClick={props.onCancel}>cancel</button>
        <span class="status small" role="status">{bad || w.status}</span>
      </div>
    </form>
  );
}
