/**
 * Every STIX bundle assay writes validates against the OASIS STIX 2.1 JSON schemas (../shared/data/
 * stix2.1-json-schemas, draft 2020-12, $refs resolved locally), each object against its own type's schema too,
 * and every *_ref resolves inside the bundle. DISARM rows are checked against the DISARM STIX bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveSchemas, validateStix } from './golden/stix-validate.js';
import { sharedDataDir } from '../src/app/paths.js';
import { buildStixBundle, danglingRefs } from '../src/core/stix/stix-bundle.js';
import { DISARM_TECHNIQUES } from '../src/core/stix/disarm-techniques.js';
import { uuidV5 } from '../src/core/stix/uuid-v5.js';
import { fixtureAssessment, NOW, sha1 } from './golden/fixtures.js';

const disarmFile = path.join(sharedDataDir, 'disarm', 'DISARM.json');

describe.skipIf(!haveSchemas)('STIX 2.1 export', async () => {
  const { bundle, assessment, outlets } = await fixtureAssessment();
  const b = buildStixBundle({ assessment, case: bundle.case, sources: bundle.sources, evidence: bundle.evidence, outlets, now: NOW, sha1 });
  const types = (t: string) => b.objects.filter((o) => o.type === t);

  it('validates against the OASIS schemas, object by object', () => expect(validateStix(b)).toEqual([]));
  it('the validator rejects what the schemas forbid', () => {
    const bad = structuredClone(b);
    const rep = bad.objects.find((o) => o.type === 'report')!;
    delete rep.object_refs;
    bad.objects.find((o) => o.type === 'grouping')!.confidence = 150;
    const errs = validateStix(bad);
    expect(errs.some((e) => e.includes('object_refs'))).toBe(true);
    expect(errs.some((e) => e.includes('/confidence'))).toBe(true);
  });
  it('every *_ref resolves inside the bundle', () => expect(danglingRefs(b)).toEqual([]));
  it('has the objects the issue asks for', () => {
    expect(types('report')).toHaveLength(1);
    expect(types('incident')).toHaveLength(1);
    expect(types('location')).toHaveLength(1);
    expect(types('grouping')).toHaveLength(3);
    expect(types('opinion')).toHaveLength(3);
    // outlets: "Outlet A" and its alias "Outlet A English" are one identity; Wire B; Blog C (reports only)
    expect(types('sighting')).toHaveLength(4);
    expect(types('identity').map((o) => o.name).sort()).toEqual(['Blog C', 'Outlet A', 'Wire B', 'assay']);
    const od = types('observed-data')[0] as Record<string, unknown>;
    const file = b.objects.find((o) => o.id === (od.object_refs as string[])[0]) as Record<string, unknown>;
    expect(file.hashes).toEqual({ 'SHA-256': '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' });
    expect(types('note').length).toBe(assessment.findings.length + assessment.key_judgments.length);
  });
  it('carries analytic confidence in confidence and likelihood in x_assay_likelihood', () => {
    for (const g of types('grouping')) {
      expect(g.confidence).toBe(15); // low (the rubric: deception risk and consistency of lines weak)
      const h = assessment.hypotheses.find((x) => x.label === g.name)!;
      expect(g.x_assay_likelihood).toEqual({ term: h.term, scale: 'ICD 203', range: h.range, posterior: h.posterior });
    }
  });
  it('attaches DISARM techniques to the pre-scripted hypotheses only', () => {
    const ap = types('attack-pattern');
    expect(ap.map((o) => o.x_mitre_id).sort()).toEqual(['T0002', 'T0003', 'T0023.001', 'T0068', 'T0118', 'T0129.010']);
    const organic = types('grouping').find((g) => g.name === 'Chlorine released by party A')!;
    expect((organic.object_refs as string[]).some((r) => r.startsWith('attack-pattern--'))).toBe(false);
    const none = types('grouping').find((g) => g.name === 'No chemical; staged')!;
    expect((none.object_refs as string[]).filter((r) => r.startsWith('attack-pattern--'))).toHaveLength(6);
  });
  it('ids are deterministic (UUIDv5 from content) and unique', () => {
    const again = buildStixBundle({ assessment, case: bundle.case, sources: bundle.sources, evidence: bundle.evidence, outlets, now: NOW, sha1 });
    expect(again.objects.map((o) => o.id)).toEqual(b.objects.map((o) => o.id));
    expect(new Set(b.objects.map((o) => o.id)).size).toBe(b.objects.length);
  });
  it('UUIDv5 matches RFC 9562 test vector (DNS namespace, "www.example.com")', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com', sha1)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe.skipIf(!fs.existsSync(disarmFile))('DISARM table', () => {
  it('every technique id, STIX id, name, tactic and created time matches DISARM.json', () => {
    const d = JSON.parse(fs.readFileSync(disarmFile, 'utf8')) as { objects: Record<string, any>[] };
    for (const t of DISARM_TECHNIQUES) {
      const o = d.objects.find((x) => x.type === 'attack-pattern' && x.external_references?.[0]?.external_id === t.external_id);
      expect(o, t.external_id).toBeDefined();
      expect([o!.id, o!.name, o!.kill_chain_phases[0].phase_name, o!.created, o!.external_references[0].url]).toEqual([t.stix_id, t.name, t.tactic, t.created, t.url]);
    }
  });
});

describe('STIX ids and observation times (QA 7)', async () => {
  const { bundle, assessment, outlets } = await fixtureAssessment();
  const make = (now: Date, lockedAt?: Map<string, string>, evidence = bundle.evidence) =>
    buildStixBundle({ assessment, case: bundle.case, sources: bundle.sources, evidence, outlets, now, sha1, lockedAt });
  it('the bundle id is derived from the content: the same assessment exported at another time keeps it', () => {
    const a = make(NOW);
    const b = make(new Date('2027-01-01T00:00:00Z'));
    expect(b.id).toBe(a.id);
    expect(a.id).toMatch(/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const other = make(NOW, undefined, []);
    expect(other.id).not.toBe(a.id);
  });
  it('an evidence file without captured_at is observed when it entered the locker, or has no observed-data', () => {
    const ev = [{ sha256: 'a'.repeat(64), media_type: 'image/jpeg', size: 10, citations: [] }] as unknown as typeof bundle.evidence;
    const none = make(NOW, undefined, ev);
    expect(none.objects.filter((o) => o.type === 'observed-data')).toHaveLength(0);
    const file = none.objects.find((o) => o.type === 'file')!;
    expect(none.objects.find((o) => o.type === 'grouping')!.object_refs).toContain(file.id);
    expect(danglingRefs(none)).toEqual([]);
    if (haveSchemas) expect(validateStix(none)).toEqual([]);
    const locked = make(NOW, new Map([['a'.repeat(64), '2026-03-04T05:06:07.000Z']]), ev);
    const od = locked.objects.find((o) => o.type === 'observed-data')!;
    expect(od.first_observed).toBe('2026-03-04T05:06:07.000Z');
    expect(od.x_assay_observed_from).toBe('locker');
    expect(JSON.stringify(locked)).not.toContain(`"first_observed": "${bundle.case.when.at}`);
  });
});
