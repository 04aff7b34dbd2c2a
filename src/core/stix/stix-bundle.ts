/**
 * STIX 2.1 export of an assessment (OASIS STIX 2.1 CS02; docs/assessment.md "STIX 2.1"): a report over an
 * incident, identities (assay and the sources/outlets), the location, observed-data with the evidence files'
 * SHA-256 (file SCOs with spec-deterministic ids), a sighting per outlet that reported the incident, notes for
 * engine findings and key judgments, an opinion and a grouping per hypothesis, and DISARM attack-patterns for
 * hypotheses that posit a pre-scripted story.
 *
 * Ids are UUIDv5 from content (same case, same assessment -> same ids); every `*_ref` points inside the bundle.
 * `confidence` carries analytic confidence (low/moderate/high -> 15/50/85), never likelihood; the likelihood
 * goes in the custom property `x_assay_likelihood` {term, scale, range, posterior}.
 */
import { badInput } from '../errors.js';
import type { Case, Consequence, EvidenceFile, Source } from '../case/schemas.js';
import { consequenceTimeline } from '../report/consequence-timeline.js';
import type { Assessment } from '../hypotheses/case-assessment.js';
import { STIX_CONFIDENCE } from '../hypotheses/confidence.js';
import { canonicalJson } from '../canonical-json.js';
import { ASSAY_NAMESPACE, STIX_SCO_NAMESPACE, uuidV5, type Sha1 } from './uuid-v5.js';
import { DISARM_COMMIT, techniquesFor } from './disarm-techniques.js';

export interface OutletSummary {
  outlet: string;
  count: number;
  /** ISO times of the outlet's first and last report */
  first: string;
  last: string;
}

export interface StixInput {
  assessment: Assessment;
  case: Case;
  sources: Source[];
  evidence: EvidenceFile[];
  outlets: OutletSummary[];
  now: Date;
  sha1: Sha1;
  /** when each evidence file (by SHA-256) entered the evidence locker (its custody-log entry), if it did */
  lockedAt?: Map<string, string>;
  /** what followed the incident (consequences.yaml), in any order */
  consequences?: Consequence[];
}

export type StixObject = Record<string, unknown> & { type: string; id: string };
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** RFC 3339 UTC with milliseconds, as STIX wants for created/modified. */
export function stixTime(iso: string): string {
  const s = iso.length === 10 ? iso + 'T00:00:00Z' : iso;
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw badInput(`not a time: ${iso}`);
  return new Date(t).toISOString();
}

const identityClass: Record<Source['kind'], string> = {
  outlet: 'organization',
  person: 'individual',
  organisation: 'organization',
  government: 'organization',
  'international-body': 'organization',
  other: 'unknown',
};

function opinionFor(p: number): string {
  return p > 0.8 ? 'strongly-agree' : p > 0.55 ? 'agree' : p >= 0.45 ? 'neutral' : p >= 0.2 ? 'disagree' : 'strongly-disagree';
}

export function buildStixBundle(x: StixInput): StixBundle {
  const a = x.assessment;
  const now = x.now.toISOString();
  const id = (type: string, ...key: unknown[]) => `${type}--${uuidV5(ASSAY_NAMESPACE, canonicalJson([type, a.case_id, ...key]), x.sha1)}`;
  const objects: StixObject[] = [];
  const common = (type: string, oid: string) => ({ type, spec_version: '2.1', id: oid, created: now, modified: now });
  const assay = id('identity', 'assay');
  objects.push({ ...common('identity', assay), created_by_ref: assay, name: 'assay', identity_class: 'system', description: 'assay workbench: ACH and Bayesian assessment of alleged chemical-weapons attacks' });
  const sdo = (type: string, oid: string, body: Record<string, unknown>) => {
    const o = { ...common(type, oid), created_by_ref: assay, ...body } as StixObject;
    objects.push(o);
    return o;
  };
  const confidence = STIX_CONFIDENCE[a.confidence];

  // identities of the case's sources, and of outlets that appear only in the reports
  const identityOf = new Map<string, string>();
  for (const s of [...x.sources].sort((p, q) => p.id.localeCompare(q.id))) {
    const oid = id('identity', 'source', s.id);
    sdo('identity', oid, { name: s.name, identity_class: identityClass[s.kind], x_assay_source: { id: s.id, kind: s.kind, affiliation: s.affiliation, reliability: s.reliability } });
    for (const n of [s.id, s.name, ...s.aliases]) identityOf.set(n.toLowerCase(), oid);
  }
  const outlets = [...x.outlets].sort((p, q) => p.outlet.localeCompare(q.outlet));
  for (const o of outlets) {
    if (identityOf.has(o.outlet.toLowerCase())) continue;
    const oid = id('identity', 'outlet', o.outlet);
    sdo('identity', oid, { name: o.outlet, identity_class: 'organization' });
    identityOf.set(o.outlet.toLowerCase(), oid);
  }

  const p = x.case.place;
  const hasLoc = (p.lat !== undefined && p.lon !== undefined) || !!p.country;
  const location = hasLoc ? id('location', 'place') : null;
  if (location)
    sdo('location', location, {
      name: p.name,
      ...(p.lat !== undefined && p.lon !== undefined ? { latitude: p.lat, longitude: p.lon, ...(p.uncertainty_m !== undefined ? { precision: p.uncertainty_m } : {}) } : {}),
      ...(p.country ? { country: p.country } : {}),
      ...(p.admin ? { administrative_area: p.admin } : {}),
    });

  const incident = id('incident', 'case');
  sdo('incident', incident, {
    name: x.case.title,
    ...(x.case.summary ? { description: x.case.summary } : {}),
    x_assay_case: { id: x.case.id, at: x.case.when.at, place: p.name },
    ...(x.case.citations.length ? { external_references: x.case.citations.map((c) => (/^https?:/.test(c) ? { source_name: 'citation', url: c } : { source_name: 'citation', description: c })) } : {}),
  });

  // evidence files: one file SCO (STIX-deterministic id from its hashes and name) and one observed-data each
  const observed: string[] = [];
  for (const e of [...x.evidence].sort((p2, q) => p2.sha256.localeCompare(q.sha256))) {
    const name = e.file ? e.file.split('/').pop()! : undefined;
    const contrib: Record<string, unknown> = { hashes: { 'SHA-256': e.sha256 }, ...(name ? { name } : {}) };
    const fileId = `file--${uuidV5(STIX_SCO_NAMESPACE, canonicalJson(contrib), x.sha1)}`;
    objects.push({ type: 'file', spec_version: '2.1', id: fileId, hashes: { 'SHA-256': e.sha256 }, size: e.size, ...(name ? { name } : {}), mime_type: e.media_type });
    // observed-data needs first/last_observed (STIX 2.1 §4.13): the capture time, else the time the file entered
    // the locker; never a made-up time. Without either, the file SCO is referenced directly, with no observed-data.
    const when = e.captured_at ?? x.lockedAt?.get(e.sha256);
    if (!when) {
      observed.push(fileId);
      continue;
    }
    const seen = stixTime(when);
    const od = id('observed-data', e.sha256);
    sdo('observed-data', od, {
      first_observed: seen,
      last_observed: seen,
      number_observed: 1,
      object_refs: [fileId],
      x_assay_observed_from: e.captured_at ? 'captured_at' : 'locker',
      ...(e.title ? { x_assay_title: e.title } : {}),
      ...(e.source_url ? { x_assay_source_url: e.source_url } : {}),
    });
    observed.push(od);
  }

  // one sighting per outlet: the outlet (where_sighted) reported the incident count times between first and last
  for (const o of outlets) {
    sdo('sighting', id('sighting', 'outlet', o.outlet), {
      sighting_of_ref: incident,
      where_sighted_refs: [identityOf.get(o.outlet.toLowerCase())!],
      first_seen: stixTime(o.first),
      last_seen: stixTime(o.last),
      count: Math.min(o.count, 999_999_999),
      description: `${o.outlet} published ${o.count} report(s) on the incident`,
    });
  }

  // engine findings as notes
  const findingNotes: string[] = [];
  a.findings.forEach((f, i) => {
    const nid = id('note', 'finding', i, f.engine, f.label);
    sdo('note', nid, {
      abstract: f.label,
      content: f.explanation,
      authors: [f.engine],
      object_refs: [incident],
      x_assay_finding: { engine: f.engine, attribute: f.attribute, likelihoods: f.likelihoods, reliability: f.reliability, ...(f.evidence.length ? { evidence: f.evidence } : {}), ...(f.items?.length ? { items: f.items } : {}) },
    });
    findingNotes.push(nid);
  });

  // DISARM attack-patterns (the framework's own ids) for hypotheses positing a pre-scripted story
  const attack = new Map<string, string>();
  for (const h of a.hypotheses)
    for (const t of techniquesFor(h)) {
      if (attack.has(t.external_id)) continue;
      attack.set(t.external_id, t.stix_id);
      objects.push({
        type: 'attack-pattern',
        spec_version: '2.1',
        id: t.stix_id,
        created: stixTime(t.created),
        modified: stixTime(t.created),
        name: t.name,
        kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: t.tactic }],
        external_references: [{ source_name: 'mitre-attack', url: t.url, external_id: t.external_id }],
        x_mitre_id: t.external_id,
        x_assay_disarm: { commit: DISARM_COMMIT, why: t.why },
      });
    }

  // consequences: the actor as an identity, the action as a note on the incident, and a relationship from the
  // actor to the incident (start_time = when it acted), so tools that follow relationships see what followed
  const actorOf = new Map<string, string>();
  for (const k of consequenceTimeline(x.case, x.consequences ?? [])) {
    let actor = identityOf.get(k.actor.toLowerCase()) ?? actorOf.get(k.actor.toLowerCase());
    if (!actor) {
      actor = id('identity', 'actor', k.actor);
      sdo('identity', actor, { name: k.actor, identity_class: 'organization' });
      actorOf.set(k.actor.toLowerCase(), actor);
    }
    const refs = k.sources.map((s) => ({ source_name: s.title, url: s.url }));
    const detail = { id: k.id, at: k.at, kind: k.kind, cites_incident: k.cites_incident, lag_hours: k.lag_hours, ...(k.place ? { place: k.place } : {}) };
    sdo('note', id('note', 'consequence', k.id), {
      abstract: `${k.kind}: ${k.actor}`,
      content: k.action,
      authors: [k.actor],
      object_refs: [incident, actor],
      external_references: refs,
      x_assay_consequence: detail,
    });
    sdo('relationship', id('relationship', 'consequence', k.id), {
      relationship_type: k.cites_incident ? 'responds-to' : 'related-to',
      source_ref: actor,
      target_ref: incident,
      description: `${k.action} (${k.lag_hours >= 0 ? `${k.lag_hours} h after` : `${-k.lag_hours} h before`} the incident${k.cites_incident ? '; cites it' : ''})`,
      start_time: stixTime(k.at.length === 10 ? `${k.at}T12:00:00Z` : k.at),
      external_references: refs,
      x_assay_consequence: detail,
    });
  }

  // a grouping and an opinion per hypothesis
  const groupOf = new Map<string, string>();
  const kjOf = new Map<string, string>();
  for (const k of a.key_judgments) if (k.hypothesis && !kjOf.has(k.hypothesis)) kjOf.set(k.hypothesis, k.text);
  for (const h of a.hypotheses) {
    const gid = id('grouping', 'hypothesis', h.id);
    groupOf.set(h.id, gid);
    const refs = [incident, ...(location ? [location] : []), ...findingNotes, ...techniquesFor(h).map((t) => t.stix_id), ...observed];
    sdo('grouping', gid, {
      name: h.label,
      context: 'suspicious-activity',
      description: `Hypothesis ${h.id}: agent ${h.agent}, actor ${h.actor}, public story ${h.story}.`,
      object_refs: [...new Set(refs)],
      confidence,
      x_assay_likelihood: { term: h.term, scale: 'ICD 203', range: h.range, posterior: h.posterior },
      x_assay_hypothesis: { id: h.id, agent: h.agent, actor: h.actor, story: h.story, prior: h.prior, inconsistency: h.inconsistency, weighted_inconsistency: h.weighted_inconsistency, leading: h.id === a.leading },
    });
    sdo('opinion', id('opinion', 'hypothesis', h.id), {
      opinion: opinionFor(h.posterior),
      explanation: kjOf.get(h.id) ?? `Posterior ${h.posterior.toFixed(3)} (${h.words}).`,
      authors: ['assay'],
      object_refs: [gid],
      confidence,
    });
  }

  // key judgments as notes on the incident and the leading hypothesis
  for (const k of a.key_judgments)
    sdo('note', id('note', 'key-judgment', k.id), {
      abstract: `Key judgment ${k.id}`,
      content: k.text,
      authors: ['assay'],
      object_refs: [incident, groupOf.get(a.leading)!],
      ...(k.kind !== 'confidence' ? {} : { confidence }),
      ...(k.evidence.length ? { x_assay_evidence: k.evidence } : {}),
    });

  const report = id('report', 'assessment');
  const refs = objects.filter((o) => o.id !== assay).map((o) => o.id);
  sdo('report', report, {
    name: `Assessment: ${x.case.title}${a.as_of ? ` (${a.as_of.statement.split(':')[0]})` : ''}`,
    // an assessment as of a past moment says so first (docs/assessment.md "Judgment over time")
    // then the brief a decision-maker reads (bottom line, key judgments; its [n] point into the report's Sources,
    // not into STIX, so they are dropped here), else the computed key judgments (docs/assessment.md "STIX 2.1")
    description: [
      ...(a.as_of ? [`${a.as_of.statement[0].toUpperCase()}${a.as_of.statement.slice(1)}.`] : []),
      ...(a.brief ? [a.brief.bottom_line, ...a.brief.judgments.map((k) => k.text)].map((t) => t.replace(/ ?(\[\d+\])+/g, '')) : a.key_judgments.map((k) => k.text)),
    ].join('\n'),
    published: now,
    report_types: ['threat-report'],
    object_refs: refs,
    confidence,
    x_assay_method: a.method,
    x_assay_leading: a.leading,
    ...(a.as_of ? { x_assay_as_of: a.as_of.at } : {}),
  });
  // the bundle id is a UUIDv5 of its content, timestamps (created, modified, published) left out, so the same
  // assessment exported twice gets the same bundle id
  const stable = objects.map((o) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'created' && k !== 'modified' && k !== 'published')));
  return { type: 'bundle', id: id('bundle', 'content', stable), objects };
}

/** Every `*_ref` / `*_refs` value of every object (recursively), for checking that they resolve in the bundle. */
export function danglingRefs(b: StixBundle): string[] {
  const ids = new Set(b.objects.map((o) => o.id));
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (typeof v === 'string' && /_refs?$/.test(key) && !ids.has(v)) out.push(`${key} -> ${v}`);
  };
  for (const o of b.objects) walk(o, '');
  return out;
}
