/**
 * The agent-differential finding for the assessment: from a case's testimonies (free text and/or coded
 * features) to likelihoods for every agent id, every class id and 'none' (agent-differential.ts), with an
 * explanation in plain words and the key numbers.
 */
import type { Finding, FindingItem, Testimony } from '../case/schemas.js';
import type { AgentKb } from './agent-kb.js';
import { runDifferential, type Account, type DifferentialResult } from './agent-differential.js';

/**
 * For an undetermined result with a leader, one plain sentence of how close the top two classes are and what a
 * determination would need: "Undetermined — top two within 21 points (choking 42%, toxic-industrial 21%); a
 * determination needs the leader at 80% or more (choking is 38 points short)." The points are the difference of the
 * percentages as printed (rounded), so the sentence adds up as read. Null when the result is determined, or when no
 * class leads (nothing usable: the determination's words say so already). Wording only: it reads the result.
 */
export function undeterminedStatement(r: Pick<DifferentialResult, 'top' | 'classes' | 'determination' | 'threshold'>): string | null {
  if (r.determination.class !== null || r.top.class === null || r.classes.length < 2) return null;
  const [a, b] = r.classes;
  const pa = Math.round(a.probability * 100);
  const pb = Math.round(b.probability * 100);
  const need = Math.round(r.threshold * 100);
  const points = (x: number) => `${x} point${x === 1 ? '' : 's'}`;
  // a leader that rounds to the threshold but is below it (79.6% printed as 80%) is "just below", not "0 points short"
  const short = need - pa > 0 ? `${a.id} is ${points(need - pa)} short` : `${a.id} is just below it, at ${(a.probability * 100).toFixed(1)}%`;
  return `Undetermined — top two within ${points(pa - pb)} (${a.id} ${pa}%, ${b.id} ${pb}%); a determination needs the leader at ${need}% or more (${short}).`;
}

export function testimonyAccounts(testimonies: Testimony[]): Account[] {
  return testimonies
    .filter((t) => (t.text && t.text.trim()) || (t.features && Object.keys(t.features).length))
    .map((t) => ({ id: t.id, text: t.text, role: t.role, reliability: t.reliability, credibility: t.credibility, features: t.features }));
}

export function agentFinding(kb: AgentKb, testimonies: Testimony[]): Finding | null {
  const accounts = testimonyAccounts(testimonies);
  if (!accounts.length) return null;
  const r = runDifferential(kb, accounts);
  const pct = (p: number) => `${Math.round(p * 100)}%`;
  const top = r.classes.slice(0, 3).map((c) => `${c.id} ${pct(c.probability)}`).join(', ');
  const observed = r.features.length;
  // (session 26, agdev) a prior from the setting (a base rate of where it happened) and a class the accounts name (a claim) are told
  // apart from the evidence of signs and scene (Contribution.basis)
  const vs = `${r.classes[0]?.id} over ${r.classes[1]?.id}`;
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  const setting = r.contributions.filter((c) => c.basis === 'setting');
  const named = r.contributions.filter((c) => c.basis === 'named');
  const priorNote = setting.length
    ? `Prior from setting (a base rate of where it happened, not evidence about this incident): ${setting.map((c) => `${kb.features[kb.featureIndex.get(c.feature)!].label} (${signed(c.llr)} for ${vs})`).join('; ')}.`
    : '';
  const namedNote = named.length
    ? `Class named in the accounts (a claim, weighed below signs): ${named.map((c) => `"${(c.phrase ?? c.feature).split(' | ')[0]}" (${signed(c.llr)} for ${vs})`).join('; ')}.`
    : '';
  const moved = r.contributions
    .filter((c) => !c.basis)
    .slice(0, 4)
    .map((c) => {
      const who = accounts[c.report].id ?? `#${c.report}`;
      // a syndrome's row names the syndrome, not a feature (agent-differential.ts, Contribution.syndrome)
      if (c.syndrome) return `no account described any sign of the ${kb.syndromes?.find((sy) => sy.id === c.syndrome)?.label ?? c.syndrome} in ${who} (${c.llr >= 0 ? '+' : ''}${c.llr.toFixed(2)} for ${r.classes[0].id} over ${r.classes[1].id})`;
      const f = kb.features[kb.featureIndex.get(c.feature)!];
      const what =
        c.observation === 'undescribed'
          ? `no account described "${f.label}"`
          : c.observation === 'silent'
          ? f.group
            ? `an ${f.group} was described, but not "${f.label}"`
            : `a detailed account without "${f.label}"`
          : c.phrase && c.phrase !== 'coded' ? `"${c.phrase.split(' | ')[0]}" (${c.feature}${c.observation === 'absent' ? ', absent' : ''})` : `${c.feature} ${c.observation} (coded)`;
      return `${what} in ${who} (${c.llr >= 0 ? '+' : ''}${c.llr.toFixed(2)} for ${r.classes[0].id} over ${r.classes[1].id})`;
    })
    .join('; ');
  const explanation = [
    `${accounts.length} testimon${accounts.length === 1 ? 'y' : 'ies'} gave ${observed} observed feature(s).`,
    `Posterior by class: ${top}.`,
    r.determination.class ? `Determination: ${r.determination.words}.` : `Determination: ${r.determination.words} (threshold ${pct(r.threshold)}).`,
    undeterminedStatement(r) ?? '',
    moved ? `${setting.length || named.length ? 'Evidence from signs and scene' : 'What moved it most'} (log-likelihood ratios): ${moved}.` : '',
    namedNote,
    priorNote,
    'Signs alone cannot confirm an agent (Pita & Domingo 2014); read with samples and munitions.',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    engine: 'agent-differential',
    items: agentItems(testimonies, accounts, r),
    attribute: 'agent',
    likelihoods: r.likelihoods,
    reliability: kb.findingReliability,
    evidence: accounts.map((a) => a.id!).filter(Boolean),
    explanation,
    label: r.determination.class ? `Agent differential: ${r.determination.class}` : `Agent differential: undetermined (${r.determination.remaining.join(' / ')})`,
  };
}

/**
 * The finding's trail (docs/assessment.md "Finding trail"): one item per testimony that moved the differential,
 * quoting the exact phrase with the largest log-likelihood ratio in it (the leading class against the runner-up),
 * weighted by that testimony's share of the summed |LLR| (so the weights sum to 1). Silence ("no bleach smell
 * was described") and context nobody described are quoted as such.
 */
export function agentItems(testimonies: Testimony[], accounts: Account[], r: ReturnType<typeof runDifferential>): FindingItem[] {
  const byReport = new Map<number, { total: number; best: { llr: number; phrase: string } | null }>();
  for (const c of r.contributions) {
    const e = byReport.get(c.report) ?? { total: 0, best: null };
    e.total += Math.abs(c.llr);
    const phrase = c.observation === 'silent' || c.observation === 'undescribed' ? null : c.phrase && c.phrase !== 'coded' ? c.phrase.split(' | ')[0] : `${c.feature} (coded)`;
    if (phrase && (!e.best || Math.abs(c.llr) > Math.abs(e.best.llr))) e.best = { llr: c.llr, phrase };
    byReport.set(c.report, e);
  }
  const sum = [...byReport.values()].reduce((s, e) => s + e.total, 0);
  const items: FindingItem[] = [];
  const byId = new Map(testimonies.map((t) => [t.id, t]));
  for (const [ri, e] of [...byReport.entries()].sort((a, b) => b[1].total - a[1].total)) {
    const id = accounts[ri]?.id;
    if (!id || !e.best || sum <= 0) continue;
    const t = byId.get(id);
    items.push({
      record: id,
      quote: e.best.phrase.slice(0, 2000),
      weight: Math.round((e.total / sum) * 1e4) / 1e4,
      ...(t?.source_id ? { source: t.source_id } : {}),
      ...(t?.citations?.[0] ? { url: t.citations[0] } : {}),
    });
  }
  // rounding must not push the sum over 1
  const total = items.reduce((s, i) => s + (i.weight ?? 0), 0);
  if (total > 1 && items.length) items[0].weight = Math.max(0, (items[0].weight ?? 0) - (total - 1));
  return items;
}
