/**
 * A learned arbiter for the `blamed` slot (session 24, room cllearn): given what the rule reader saw in one item — the
 * parties its lexicon found, where each stands (headline, first sentence, position), the roles its cues put each in (the
 * subject before a deed, the agent after "by" / "accused", a speaker, an accuser, a purpose-clause target, a denied span),
 * how many of its blame rules voted for each in the item's own voice and in reported speech, and its own choice — a
 * conditional logit (McFadden 1974) chooses among the candidate parties and "no one". Candidates and structure, not bags
 * of words: the weights are per feature of a candidate, shared by every party, plus a per-party prior.
 *
 * Pure: the features of a read (`arbiterCandidates`, from `lastReadTrace` of claim-slots.ts), scoring with a weights
 * file (`arbitrate`). The weights are fitted on development splits only by `npx tsx eval/claims/fit-blame-arbiter.ts`
 * (src/core/narrative/claim-blame-arbiter.json, with its derivation); docs/narrative.md "Session 24 (cllearn)" has the
 * cross-validated figures and why the arbiter is OFF (`BLAME_ARBITER_ON`).
 */
import type { ItemClaims, ReadTrace } from './claim-slots.js';
import { deedAgents } from './claim-deed-agent.js';

/** Whether `assay claims` lets the arbiter override the rule reader's `blamed`. OFF: it did not beat the rule reader by
 * the margin asked (+0.02 blamed, event-grouped CV and leave-the-newest-split-out; docs/narrative.md, Session 24 cllearn). */
export const BLAME_ARBITER_ON = false;

/** the party values a candidate may take (claim-slots.ts PARTIES) */
export const ARBITER_PARTIES = ['opposition', 'white-helmets', 'government', 'russia', 'west', 'ukraine', 'other'] as const;

// cue words read around a mention, in the three languages (folded Arabic, as the trace's text is)
const SPEECH_AFTER = /^[\s,]{0,3}(?:\p{L}+\s+){0,2}(?:said|says|say|claims?|claimed|told|stated|announced|reported|insists?|alleges?|alleged|denie[sd]|deny|accuse[sd]?|blame[sd]?|заяв\p{L}*|сообщ\p{L}*|утвержда\p{L}*|обвин\p{L}*|отрица\p{L}*|считает|счита\p{L}*|قال\p{L}*|اعلن\p{L}*|اكد\p{L}*|اتهم\p{L}*|نفي\p{L}*|نفت|زعم\p{L}*|ذكر\p{L}*)(?![\p{L}])/u;
const ACCUSE_BEFORE = /(?:accus\p{L}*|blam\p{L}*|charg\p{L}*|обвин\p{L}*|вину|ответственност\p{L}*|اتهم\p{L}*|يتهم\p{L}*|تتهم\p{L}*|اتهام\p{L}*|حمل\p{L}*)\s+(?:\p{L}+\s+){0,2}$/u;
const PURPOSE_BEFORE = /(?:to\s+(?:blame|accuse|discredit|frame|smear)|shift\p{L}*\s+(?:the\s+)?blame\s+(?:onto|on|to)|чтобы\s+обвинить|обвинить|дискредит\p{L}*|لاتهام|لتحميل|لتشويه)\s+(?:\p{L}+\s+){0,2}$/u;
const BY_BEFORE = /(?:\bby|the work of|at the hands of|со стороны|руками|силами|من قبل|علي يد|بيد)\s+(?:the\s+)?(?:\p{L}+\s+){0,1}$/u;
const NEGATOR = /(?:\bnot\b|n't|\bnever\b|\bno\b|\bне\b|\bни\b|\bнет\b|(?:^|\s)(?:لم|لا|لن|ليس)(?:\s|$))/u;

/** The rule reader's reading of one piece of the item read alone: the headline, then each sentence of the body. */
export interface PieceReading {
  blamed: string | null;
  voice: string;
  headline: boolean;
}

/** The pieces an item is read in alone (`PieceReading`): its headline line, then its body's sentences; [] for one piece. */
export function itemPieces(text: string): { text: string; headline: boolean }[] {
  const nl = text.indexOf('\n');
  const head = nl < 0 ? text : text.slice(0, nl);
  const body = nl < 0 ? '' : text.slice(nl + 1);
  const sents = body.split(/(?<=[.!?؟])\s+|\n+/u).map((x) => x.trim()).filter((x) => x.length > 0);
  const out = [{ text: head, headline: nl >= 0 }, ...sents.map((x) => ({ text: x, headline: false }))];
  return out.length > 1 ? out : [];
}

/** One candidate of an item: a party value (or null for "no one") and its features by name. */
export interface ArbiterCandidate {
  value: string | null;
  features: Record<string, number>;
}

const log1p = (x: number) => Math.log(1 + x);
const within = (a: number, b: number, reach: number) => a >= 0 && a - b <= reach;

/**
 * The candidates of one read: every party value a mention or a blame rule gives, the rule reader's final choice, and
 * null. `trace` is `lastReadTrace()` taken right after `read` (the same call).
 */
export function arbiterCandidates(trace: ReadTrace, read: ItemClaims, pieces: PieceReading[] = []): ArbiterCandidate[] {
  const { s, mentions, cues, denials, own, rep, headlineEnd, ends, language } = trace;
  const final = read.claims.blamed;
  const bestOf = (sc: ReadTrace['own']) => {
    let b: ReadTrace['own'][number] | undefined;
    for (const e of sc) if (!b || e.n > b.n || (e.n === b.n && e.at < b.at)) b = e;
    return b?.value ?? null;
  };
  const ownBest = bestOf(own);
  const repBest = bestOf(rep);
  const values = new Set<string>();
  for (const m of mentions) values.add(m.value);
  for (const e of own) values.add(e.value);
  for (const e of rep) values.add(e.value);
  if (final) values.add(final);
  for (const p of pieces) if (p.blamed) values.add(p.blamed);
  const deeds = deedAgents(trace.text, s, language);
  const hasBody = headlineEnd < s.length;
  const firstEnd = (() => {
    const dot = s.slice(hasBody ? headlineEnd + 1 : 0).search(/[.!?؟]\s/);
    return dot < 0 ? s.length : (hasBody ? headlineEnd + 1 : 0) + dot;
  })();
  const clauseOf = (pos: number) => {
    let k = 0;
    while (k < ends.length && ends[k] < pos) k++;
    return k;
  };
  const firstMention = mentions[0]?.value ?? null;
  const firstHead = mentions.find((m) => m.at < headlineEnd)?.value ?? null;
  const out: ArbiterCandidate[] = [];
  const lang = language;
  for (const v of [...values].sort()) {
    const ms = mentions.filter((m) => m.value === v);
    const o = own.find((e) => e.value === v);
    const r = rep.find((e) => e.value === v);
    const f: Record<string, number> = {};
    const set = (k: string, x: number | boolean) => {
      const n = typeof x === 'boolean' ? (x ? 1 : 0) : x;
      if (n) f[k] = n;
    };
    set('rd_final', final === v);
    set(`rd_final_${lang}`, final === v);
    set('rd_own_best', ownBest === v);
    set('rd_rep_best', repBest === v);
    set('rd_own_n', log1p(o?.n ?? 0));
    set('rd_rep_n', log1p(r?.n ?? 0));
    set('rd_own_clauses', log1p(o?.clauses ?? 0));
    set('rd_rep_clauses', log1p(r?.clauses ?? 0));
    set('rule_only', ms.length === 0);
    set('n_mentions', log1p(ms.length));
    const cand = ms.filter((m) => m.candidate);
    set('n_candidate_mentions', log1p(cand.length));
    set('ruled_out', ms.length > 0 && cand.length === 0);
    set('state_only', ms.length > 0 && ms.every((m) => m.kind === 'state'));
    set('any_accuser', ms.some((m) => m.accuser));
    set('all_accuser', ms.length > 0 && ms.every((m) => m.accuser));
    set('in_headline', hasBody && ms.some((m) => m.at < headlineEnd));
    set('first_in_headline', hasBody && firstHead === v);
    set('first_in_text', firstMention === v);
    set('in_first_sentence', ms.some((m) => m.at < firstEnd));
    set('rel_position', ms.length ? 1 - ms[0].at / Math.max(1, s.length) : 0);
    let subj = 0, agentAfter = 0, staged = 0, incident = 0, denied = 0, speaker = 0, accused = 0, purpose = 0, by = 0, negated = 0, question = 0, prepared = 0;
    for (const m of ms) {
      const k = clauseOf(m.at);
      for (const c of cues) {
        if (clauseOf(c.at) !== k) continue;
        if (c.kind === 'cue-before' && within(c.at, m.end, 40)) subj = 1;
        if (c.kind === 'cue-after' && within(m.at, c.end, 30)) agentAfter = 1;
        if (c.kind === 'staged' && Math.abs(c.at - m.at) <= 80) staged = 1;
        if ((c.kind === 'incident' || c.kind === 'violence') && Math.abs(c.at - m.at) <= 80) incident = 1;
        if (c.kind === 'prepare' && Math.abs(c.at - m.at) <= 80) prepared = 1;
        if ((c.kind === 'cue-before' && within(c.at, m.end, 40)) || (c.kind === 'cue-after' && within(m.at, c.end, 30)))
          if (NEGATOR.test(s.slice(Math.max(0, Math.min(c.at, m.at) - 20), Math.max(c.at, m.at)))) negated = 1;
      }
      if (denials.some(([a, b]) => m.at > a && m.at < b)) denied = 1;
      if (SPEECH_AFTER.test(s.slice(m.end, m.end + 40))) speaker = 1;
      const before = s.slice(Math.max(0, m.at - 45), m.at);
      if (ACCUSE_BEFORE.test(before)) accused = 1;
      if (PURPOSE_BEFORE.test(before)) purpose = 1;
      if (BY_BEFORE.test(before)) by = 1;
      const ce = k < ends.length ? ends[k] : s.length;
      if (s.slice(m.at, ce + 1).includes('?')) question = 1;
    }
    set('subject_of_deed', subj);
    set('agent_after_cue', agentAfter);
    set('near_staged', staged);
    set('near_incident', incident);
    set('near_prepare', prepared);
    set('denied', denied);
    set('speaker', speaker);
    set('accused_object', accused);
    set('purpose_target', purpose);
    set('by_agent', by);
    set('negated_cue', negated);
    set('question', question);
    set('deed_agent_role', ms.some((m) => deeds.some((d) => d.at < m.end && m.at < d.end)));
    set('deed_agent_strong', ms.some((m) => deeds.some((d) => d.strong && d.at < m.end && m.at < d.end)));
    const pv = pieces.filter((p) => p.blamed === v);
    set('piece_votes', log1p(pv.length));
    set('piece_headline', pv.some((p) => p.headline));
    set('piece_first', pieces.length > 0 && pieces[0].blamed === v);
    set('piece_reported_only', pv.length > 0 && pv.every((p) => p.voice === 'reports'));
    set(`party_${v}`, 1);
    out.push({ value: v, features: f });
  }
  const nf: Record<string, number> = { null_bias: 1 };
  const nset = (k: string, x: boolean | number) => {
    const n = typeof x === 'boolean' ? (x ? 1 : 0) : x;
    if (n) nf[k] = n;
  };
  nset('null_rd', final === null);
  nset(`null_rd_${lang}`, final === null);
  nset(`null_lang_${lang}`, 1);
  nset('null_no_incident', read.claims.staged === null);
  nset('null_staged', read.claims.staged === true);
  nset('null_prepared', read.claims.prepared);
  nset('null_voice_none', read.voice === 'none');
  nset('null_voice_reports', read.voice === 'reports');
  nset('null_n_values', log1p(values.size));
  nset('null_denial', denials.length > 0);
  nset('null_question', s.includes('?') || s.includes('؟'));
  nset('null_piece_none', pieces.length > 0 && pieces.every((p) => p.blamed === null));
  nset('null_deed_agents', deeds.length > 0);
  out.push({ value: null, features: nf });
  return out;
}

/** A weights file: feature name -> weight, with how it was made. */
export interface ArbiterModel {
  version: 1;
  method: string;
  derivation: Record<string, unknown>;
  weights: Record<string, number>;
}

/** The candidates' scores (w · f) under a model. */
export function arbiterScores(cands: ArbiterCandidate[], weights: Record<string, number>): number[] {
  return cands.map((c) => {
    let z = 0;
    for (const k in c.features) z += (weights[k] ?? 0) * c.features[k];
    return z;
  });
}

/** The arbiter's choice: the candidate with the highest score (ties: the rule reader's choice, then the first). */
export function arbitrate(cands: ArbiterCandidate[], weights: Record<string, number>, readerChoice: string | null): string | null {
  const z = arbiterScores(cands, weights);
  let bi = -1;
  for (let i = 0; i < cands.length; i++) if (bi < 0 || z[i] > z[bi] || (z[i] === z[bi] && cands[i].value === readerChoice)) bi = i;
  return bi < 0 ? readerChoice : cands[bi].value;
}
