/**
 * Integrity of a physical sample from its chain of custody and the site control around it: a reliability
 * 0-1 with the reasons that lowered it (e.g. "collected 5 days after the incident", "site held by the
 * accused party for 80% of the time before collection", "handed over by the accused party").
 *
 * Method: start from 1 and multiply by one factor per finding; each factor is a judgment kept in
 * knowledge/custody-weights.yaml (judgment: true, with a why), not a measured rate. The chain-of-custody
 * criteria follow the OPCW Fact-Finding Mission practice of reporting collection delay, who collected and
 * handed over samples and whether seals were intact (e.g. OPCW S/1731/2019 Douma, S/1510/2017 Khan Shaykhun),
 * and ISO/IEC 17025 section 7.4 handling of test items. A sample's results are then discounted by this
 * reliability in the assessment (see docs/custody.md).
 */
import type { Sample, SiteControl } from '../case/schemas.js';
import { siteControlWeight, weightNote } from '../case/record-weight.js';

export interface CustodyWeights {
  floor: number;
  delay_grace_days: number;
  delay_per_day: number;
  delay_min_factor: number;
  missing_collection_time: number;
  missing_collector: number;
  no_chain: number;
  chain_gap_hours: number;
  chain_gap: number;
  chain_break: number;
  unsealed_transfer: number;
  seal_unknown: number;
  collected_by_accused: number;
  collected_by_stake: number;
  handover_accused: number;
  handover_stake: number;
  site_accused_max_penalty: number;
  site_stake_max_penalty: number;
  site_unknown_max_penalty: number;
  /** days of holding a site after which its penalty is full (the penalty grows with the days held, not the share) */
  site_hold_full_days: number;
}

export interface Parties {
  /** named as perpetrator by someone (claims) */
  accused: string[];
  /** any other party with a stake in the outcome (claimants, hypothesis actors) */
  stake: string[];
  /** impartial custodians (OPCW, UN, accredited labs) */
  neutral: string[];
  /** bodies that act for a party (e.g. the SSRC for the Syrian government): name -> party */
  affiliations?: { name: string; party: string }[];
}

export interface Reason {
  code: string;
  text: string;
  factor: number;
}

export interface SampleIntegrity {
  sample_id: string;
  reliability: number;
  reasons: Reason[];
}

const DAY = 86_400_000;
const toMs = (s: string) => Date.parse(s.length === 10 ? s + 'T00:00:00Z' : s.replace(' ', 'T'));
const tokens = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);

/** Party names match when every word of the shorter name is in the longer ("government" ~ "Syrian government"). */
export function sameParty(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  const [s, l] = ta.length <= tb.length ? [ta, new Set(tb)] : [tb, new Set(ta)];
  return s.every((t) => l.has(t));
}

/** A name and the parties it acts for (its affiliations), e.g. "SSRC, Jamraya" -> [it, "government"]. */
function identities(name: string, p: Parties): string[] {
  // the affiliation's whole name must appear in the holder's ("SSRC, Jamraya" is the SSRC; "army" is not the "Syrian Arab Army")
  const words = new Set(tokens(name));
  return [name, ...new Set((p.affiliations ?? []).filter((a) => tokens(a.name).every((t) => words.has(t))).map((a) => a.party))];
}

/** Two holders are the same custodian when they are the same party or one acts for the other. */
function sameHolder(a: string, b: string, p: Parties): boolean {
  const ia = identities(a, p);
  const ib = identities(b, p);
  return ia.some((x) => ib.some((y) => sameParty(x, y)));
}

function classify(party: string | undefined, p: Parties): 'accused' | 'stake' | 'neutral' | 'unknown' {
  if (!party) return 'unknown';
  const ids = identities(party, p);
  if (p.neutral.some((n) => sameParty(n, party))) return 'neutral';
  if (ids.some((i) => p.accused.some((n) => sameParty(n, i)))) return 'accused';
  if (ids.some((i) => p.stake.some((n) => sameParty(n, i)))) return 'stake';
  return 'unknown';
}
const via = (who: string, p: Parties) => {
  const a = identities(who, p).slice(1);
  return a.length ? ` (acting for ${a.join(', ')})` : '';
};

const pct = (f: number) => `${Math.round((1 - f) * 100)}%`;
const days = (ms: number) => (ms / DAY).toFixed(ms < 10 * DAY ? 1 : 0);

export function assessSample(sample: Sample, siteControl: SiteControl[], incidentAt: string, parties: Parties, w: CustodyWeights): SampleIntegrity {
  const reasons: Reason[] = [];
  const add = (code: string, text: string, factor: number) => {
    if (factor < 1) reasons.push({ code, text: `${text} (-${pct(factor)})`, factor });
  };
  const incident = toMs(incidentAt);
  const collected = sample.collected_at ? toMs(sample.collected_at) : NaN;

  // 1. delay between incident and collection
  if (Number.isNaN(collected)) add('no-collection-time', 'collection time not recorded', w.missing_collection_time);
  else if (!Number.isNaN(incident)) {
    const d = (collected - incident) / DAY;
    if (d < 0) add('collected-before-incident', `recorded as collected ${days(incident - collected)} days before the incident`, w.chain_break);
    else if (d > w.delay_grace_days)
      add('delay', `collected ${days(collected - incident)} days after the incident`, Math.max(w.delay_min_factor, 1 - w.delay_per_day * (d - w.delay_grace_days)));
  }

  // 2. who collected it
  const collector = sample.collector_party ?? sample.collected_by;
  if (!sample.collected_by && !sample.collector_party) add('no-collector', 'collector not recorded', w.missing_collector);
  const cc = classify(collector, parties);
  if (cc === 'accused') add('collected-by-accused', `collected by ${collector}, a party accused in this case`, w.collected_by_accused);
  else if (cc === 'stake') add('collected-by-stake', `collected by ${collector}, a party with a stake in the outcome`, w.collected_by_stake);

  // 3. the chain: gaps, breaks, seals, hand-overs through parties with a stake
  const chain = sample.chain.slice().sort((a, b) => toMs(a.at) - toMs(b.at));
  if (!chain.length && sample.results.length) add('no-chain', 'no transfer recorded between collection and the laboratory', w.no_chain);
  let holder = sample.collected_by ?? sample.collector_party;
  let lastAt = collected;
  // custody in the chain is counted once per party (receiving and then handing on is one custody), and
  // separately from collecting: choosing what to collect and holding it until the hand-over are two chances
  let counted: string | undefined;
  const custodyBy = (who: string, how: string, at: string) => {
    if (counted && sameHolder(counted, who, parties)) return;
    const c = classify(who, parties);
    if (c === 'accused') add('handover-accused', `${how} ${who}${via(who, parties)}, a party accused in this case (${at})`, w.handover_accused);
    else if (c === 'stake') add('handover-stake', `${how} ${who}${via(who, parties)}, a party with a stake in the outcome (${at})`, w.handover_stake);
    else return;
    counted = who;
  };
  chain.forEach((t, k) => {
    const at = toMs(t.at);
    if (!Number.isNaN(lastAt) && !Number.isNaN(at)) {
      if (at < lastAt) add('transfer-before', `transfer ${t.from} → ${t.to} at ${t.at} is dated before the previous step`, w.chain_break);
      else if ((at - lastAt) / 3_600_000 > w.chain_gap_hours) add('gap', `no record for ${days(at - lastAt)} days before the transfer ${t.from} → ${t.to} (${t.at})`, w.chain_gap);
    }
    if (holder && !sameHolder(holder, t.from, parties)) add('break', `transfer at ${t.at} is from ${t.from}, but the sample was last held by ${holder}`, w.chain_break);
    if (t.sealed === false) add('unsealed', `transfer ${t.from} → ${t.to} at ${t.at} was not sealed`, w.unsealed_transfer);
    else if (t.sealed === undefined) add('seal-unknown', `seal not recorded for transfer ${t.from} → ${t.to} at ${t.at}`, w.seal_unknown);
    custodyBy(t.from, 'handed over by', t.at);
    if (k === chain.length - 1) custodyBy(t.party ?? t.to, 'ends with', t.at);
    holder = t.to;
    lastAt = at;
  });

  // 4. site control between the incident and collection
  if (!Number.isNaN(incident) && !Number.isNaN(collected) && collected > incident) {
    const span = collected - incident;
    const here = siteControl.filter((s) => !s.place || !sample.collected_where || sameParty(s.place, sample.collected_where));
    const held = { accused: 0, stake: 0, known: 0 };
    const by = { accused: new Set<string>(), stake: new Set<string>() };
    // a doubtful or unsourced interval counts for its weight (src/core/case/record-weight.ts): its time is
    // partly held by that party and partly not known
    const weighedDown = { accused: new Set<string>(), stake: new Set<string>() };
    for (const s of here) {
      const a = Math.max(incident, toMs(s.from));
      const b = Math.min(collected, s.to ? toMs(s.to) : Infinity);
      if (!(b > a)) continue;
      const rw = siteControlWeight(s);
      held.known += (b - a) * rw.weight;
      const c = classify(s.party, parties);
      if (c === 'accused' || c === 'stake') {
        held[c] += (b - a) * rw.weight;
        by[c].add(s.party);
        if (rw.weight < 1) weighedDown[c].add(`${s.party} ${weightNote(rw)}`);
      }
    }
    const lowNote = (c: 'accused' | 'stake') => (weighedDown[c].size ? `; counted for its weight: ${[...weighedDown[c]].join('; ')}` : '');
    // the penalty grows with the time held (chances to clean or stage the site), saturating at
    // site_hold_full_days; the share of the span is reported but does not set it, so a short hold in a short
    // span never costs more than a long hold in a long one
    const sat = (ms: number) => Math.min(1, ms / DAY / w.site_hold_full_days);
    const share = (ms: number) => `${days(ms)} days, ${Math.round(Math.min(1, ms / span) * 100)}% of the ${days(span)} days before collection`;
    if (held.accused > 0) add('site-accused', `site held by ${[...by.accused].join(', ')} (accused) for ${share(held.accused)}${lowNote('accused')}`, 1 - w.site_accused_max_penalty * sat(held.accused));
    if (held.stake > 0) add('site-stake', `site held by ${[...by.stake].join(', ')} (a party with a stake) for ${share(held.stake)}${lowNote('stake')}`, 1 - w.site_stake_max_penalty * sat(held.stake));
    const unknown = Math.max(0, span - held.known);
    if (unknown > 0.05 * span) add('site-unknown', `who held the site is not recorded for ${share(unknown)}`, 1 - w.site_unknown_max_penalty * sat(unknown));
  }

  const product = reasons.reduce((r, x) => r * x.factor, 1);
  return { sample_id: sample.id, reliability: Math.max(w.floor, Math.round(product * 1000) / 1000), reasons };
}
