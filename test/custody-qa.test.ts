/**
 * QA findings on the custody log and evidence locker (docs/custody.md "Verify"): each case failed before its fix.
 * Hand-edited evidence records, deleted anchor receipts and checkpoints, edited head peaks make verify exit 3
 * and name the difference; impossible capture times, self-derivation, duplicate or truncated receipts and
 * misused options are refused as bad input; sample integrity flags hand-overs by a party with a stake and
 * scales site control by the days held.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';
import { sha256, workspaceCopier, writeBundle } from './custody-helpers.js';
import { OTS_MAGIC } from '../src/core/custody/anchor.js';
import { custodyWeights, casePartiesOf } from '../src/app/custody.js';
import { assessSample } from '../src/core/custody/sample-integrity.js';
import { Sample } from '../src/core/case/schemas.js';

const base = tempDir('assay-qa-');
const env = { ASSAY_USER: 'analyst-1' };
const clip = Buffer.alloc(5000, 9);
let anchorOts: Buffer;

beforeAll(async () => {
  writeBundle(path.join(base, 'bundle'));
  const db = path.join(base, 'w.db');
  expect((await runCli(['--db', db, 'import', path.join(base, 'bundle'), '--json'], env)).code).toBe(0);
  fs.writeFileSync(path.join(base, 'clip.bin'), clip);
  expect((await runCli(['--db', db, 'evidence', 'add', path.join(base, 'clip.bin'), '--case', 'custody-case', '--collector', 'J. Doe', '--json'], env)).code).toBe(0);
  const out = path.join(base, 'anchor');
  const r = (await runCli(['--db', db, 'log', 'anchor', 'export', '--out', out, '--json'], env)).json();
  anchorOts = Buffer.concat([Buffer.from(OTS_MAGIC), Buffer.from([0x01, 0x08]), Buffer.from(r.sha256, 'hex'), Buffer.from([0xf0, 0x10])]);
  fs.writeFileSync(path.join(base, 'good.ots'), anchorOts);
  expect((await runCli(['--db', db, 'log', 'anchor', 'attach', path.join(base, 'good.ots'), '--json'], env)).code).toBe(0);
  const v = await runCli(['--db', db, 'verify', '--json'], env);
  expect(v.code, v.stdout).toBe(0);
}, 60_000);

const copier = workspaceCopier(base, 'assay-qa-copy-');
afterAll(() => copier.cleanup());
const copy = () => copier.copy();
const cli = (d: string, ...a: string[]) => runCli(['--db', path.join(d, 'w.db'), ...a], env);
async function verify(d: string, ...extra: string[]) {
  const r = await cli(d, 'verify', '--json', ...extra);
  const rep = r.json();
  return { code: r.code, rep, text: rep.problems.map((p: { where: string; message: string }) => `${p.where}: ${p.message}`).join('\n'), stderr: r.stderr };
}
function sql(d: string, fn: (db: Database.Database) => void) {
  const db = new Database(path.join(d, 'w.db'));
  try {
    fn(db);
  } finally {
    db.close();
  }
}

describe('verify cross-checks what the log does not hash itself', () => {
  it('an evidence record deleted by hand', async () => {
    const d = copy();
    const sha = sha256(clip);
    sql(d, (db) => db.prepare("delete from records where kind = 'evidence' and id = ?").run(sha));
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(v.text).toMatch(new RegExp(`evidence ${sha} of case "custody-case": entry \\d+ logs it \\("clip\\.bin"\\) but its record is missing`));
  });

  it("an evidence record's collector changed by hand (and evidence list shows it)", async () => {
    const d = copy();
    const sha = sha256(clip);
    sql(d, (db) => {
      const r = db.prepare("select data from records where kind = 'evidence' and id = ?").get(sha) as { data: string };
      db.prepare("update records set data = ? where kind = 'evidence' and id = ?").run(r.data.replace('"J. Doe"', '"Someone Else"'), sha);
    });
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(v.text).toContain('collector logged "J. Doe", record says "Someone Else"');
  });

  it('a record added by hand has no entry; a title edit is caught by the logged record digest', async () => {
    const d = copy();
    const fake = 'ab'.repeat(32);
    const sha = sha256(clip);
    sql(d, (db) => {
      db.prepare("insert into records (case_id, kind, id, ord, data) values ('custody-case', 'evidence', ?, 99, ?)").run(fake, JSON.stringify({ sha256: fake, file: 'planted.mp4', media_type: 'video/mp4', size: 1 }));
      const r = db.prepare("select data from records where kind = 'evidence' and id = ?").get(sha) as { data: string };
      db.prepare("update records set data = ? where kind = 'evidence' and id = ?").run(JSON.stringify({ ...JSON.parse(r.data), title: 'renamed' }), sha);
    });
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(v.text).toContain(`evidence ${fake} of case "custody-case": the record ("planted.mp4") has no custody-log entry`);
    expect(v.text).toMatch(/in a field the log does not repeat \(title, media type or citations\)/);
  });

  it('a deleted anchor receipt', async () => {
    const d = copy();
    sql(d, (db) => db.prepare('delete from custody_anchors').run());
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(v.text).toMatch(/anchor 1: entry \d+ logs a receipt that is missing/);
  });

  it('a deleted checkpoint: a gap in the numbering, and the one the witness saw', async () => {
    const d = copy();
    let last = 0;
    sql(d, (db) => {
      last = (db.prepare('select max(id) m from custody_checkpoints').get() as { m: number }).m;
      db.prepare('delete from custody_checkpoints where id = ?').run(last);
      db.prepare('delete from custody_checkpoints where id = 1').run();
    });
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(v.text).toContain('checkpoint 1: is missing (checkpoint ids jump from 0 to 2)');
    expect(v.text).toMatch(new RegExp(`checkpoint ${last}: was seen \\(.*witness\\.json.*\\) but is missing from the database`));
  });

  it('no witness file: verify fails until the analyst accepts a new one', async () => {
    const d = copy();
    fs.rmSync(path.join(d, '.assay', 'w.db', 'custody', 'witness.json'));
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(v.text).toMatch(/witness\.json: the witness of the last checkpoint seen is missing/);
    const accepted = await verify(d, '--accept-witness');
    expect(accepted.code).toBe(0);
    expect(accepted.rep.warnings.join('\n')).toMatch(/accepted by the analyst: .*witness\.json/);
    expect((await verify(d)).code).toBe(0);
  });

  it('a garbled witness file is named as altered, not missing, and is never rewritten by verify', async () => {
    const d = copy();
    const w = path.join(d, '.assay', 'w.db', 'custody', 'witness.json');
    fs.writeFileSync(w, '{"size": 3, "root": "zz"');
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(v.text).toMatch(/witness\.json: the witness cannot be read \(not JSON/);
    expect((await verify(d)).code).toBe(3);
    expect(fs.readFileSync(w, 'utf8')).toBe('{"size": 3, "root": "zz"');
  });

  it('head peaks that do not match the entries', async () => {
    const d = copy();
    sql(d, (db) => db.prepare('update custody_state set peaks = ? where id = 1').run(JSON.stringify(['00'.repeat(32)])));
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(v.text).toMatch(/log head: stored peaks \[0000000000000000…\] are not those of the \d+ stored entries/);
  });
});

describe('bad input is refused (exit 2), not accepted or reported as integrity', () => {
  it('an impossible capture date; a future one is a warning', async () => {
    const d = copy();
    fs.writeFileSync(path.join(d, 'x.bin'), 'x');
    const r = await cli(d, 'evidence', 'add', path.join(d, 'x.bin'), '--case', 'custody-case', '--captured-at', '2018-02-30T00:00:00Z');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--captured-at: .*2018-02-30/);
    const f = await runCli(['--db', path.join(d, 'w.db'), 'evidence', 'add', path.join(d, 'x.bin'), '--case', 'custody-case', '--captured-at', '2099-01-01T00:00:00Z', '--json'], { ...env, ASSAY_NOW: '2026-01-01T00:00:00Z' });
    expect(f.code, f.stderr).toBe(0);
    expect(f.stderr).toContain('is in the future');
  });

  it('derive a file from itself', async () => {
    const d = copy();
    fs.writeFileSync(path.join(d, 'clip.bin'), clip);
    const r = await cli(d, 'evidence', 'derive', path.join(d, 'clip.bin'), '--case', 'custody-case', '--parent', sha256(clip));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is the parent itself');
  });

  it('the same receipt twice is one anchor; a truncated .ots is malformed', async () => {
    const d = copy();
    const before = (await cli(d, 'log', 'root', '--json')).json().size;
    const again = await cli(d, 'log', 'anchor', 'attach', path.join(base, 'good.ots'), '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(again.json()).toMatchObject({ anchor: 1, already: true });
    expect((await cli(d, 'log', 'root', '--json')).json().size).toBe(before);
    fs.writeFileSync(path.join(d, 'cut.ots'), anchorOts.subarray(0, OTS_MAGIC.length + 10));
    const cut = await cli(d, 'log', 'anchor', 'attach', path.join(d, 'cut.ots'));
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain('malformed OpenTimestamps file: truncated');
  });

  it('verify --files without --bundle; log entries/history of an unknown case; evidence list exposes relation and metadata', async () => {
    const d = copy();
    const f = await cli(d, 'verify', '--files', d);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('--files only applies with --bundle');
    expect((await cli(d, 'log', 'entries', '--case', 'nosuch')).code).toBe(2);
    expect((await cli(d, 'log', 'history', '--case', 'nosuch')).code).toBe(2);
    fs.writeFileSync(path.join(d, 'frame.bin'), 'a frame');
    expect((await cli(d, 'evidence', 'derive', path.join(d, 'frame.bin'), '--case', 'custody-case', '--parent', sha256(clip), '--relation', 'frame')).code).toBe(0);
    const items = (await cli(d, 'evidence', 'list', '--case', 'custody-case', '--json')).json().items;
    expect(items.find((e: { file: string }) => e.file === 'frame.bin')).toMatchObject({ relation: 'frame', parent_sha256: sha256(clip) });
    expect(items.find((e: { file: string }) => e.file === 'photo.jpg').metadata_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await verify(d)).code).toBe(0);
  });
});

describe('sample integrity', () => {
  const { weights: w, neutral, affiliations } = custodyWeights(packageKnowledge);
  const view = {
    case: { claims: [{ claimant: 'SANA', perpetrator: 'terrorists (armed opposition)' }, { claimant: 'Syrian government', perpetrator: 'none (fabrication by White Helmets)' }] },
    hypotheses: [{ actor: 'government' }, { actor: 'none' }],
  } as never;
  const parties = casePartiesOf(view, neutral, affiliations);
  const S = (x: object) => Sample.parse({ id: 's', kind: 'soil', collected_at: '2020-01-02T10:00:00Z', collected_by: 'OPCW', collected_where: 'Town', results: [{ lab: 'L', detected: [], text: 'x' }], ...x });

  it('accused follows claims and hypotheses: perpetrators, hypothesis actors, who a denial accuses of staging', () => {
    expect(parties.accused.sort()).toEqual(['White Helmets', 'government', 'terrorists (armed opposition)']);
    expect(parties.stake).toEqual(['SANA']); // the Syrian government is accused (a hypothesis actor), not merely a stakeholder
  });

  it('a hand-over BY a government body (SSRC -> OPCW) is flagged, as well as the collection', () => {
    const r = assessSample(S({ collected_by: undefined, collector_party: 'government', chain: [{ at: '2020-01-02T12:00:00Z', from: 'Syrian Scientific Studies and Research Centre (SSRC), Jamraya', to: 'OPCW Fact-Finding Mission', party: 'opcw', sealed: true }] }), [{ party: 'OPCW', place: 'Town', from: '2020-01-01', citations: ['https://example.org/town'] }], '2020-01-02T09:00:00Z', parties, w);
    expect(r.reasons.map((x) => x.code)).toEqual(['collected-by-accused', 'handover-accused']);
    expect(r.reasons[1].text).toContain('handed over by Syrian Scientific Studies and Research Centre (SSRC), Jamraya (acting for government), a party accused in this case');
  });

  it('site penalty grows with the days held, not the share: 0.1 day costs less than 4.6 days', () => {
    const short = assessSample(S({ collected_at: '2020-01-01T12:24:00Z' }), [{ party: 'government', place: 'Town', from: '2020-01-01T10:00:00Z', to: '2020-01-01T12:24:00Z', citations: ['https://example.org/town'] }], '2020-01-01T10:00:00Z', parties, w);
    const long = assessSample(S({ collected_at: '2020-01-11T10:00:00Z' }), [{ party: 'government', place: 'Town', from: '2020-01-01T10:00:00Z', to: '2020-01-05T22:00:00Z' }, { party: 'OPCW', place: 'Town', from: '2020-01-05T22:00:00Z' }].map((x) => ({ ...x, citations: ['https://example.org/town'] })) /* sourced: an unsourced interval counts half */, '2020-01-01T10:00:00Z', parties, w);
    const f = (r: typeof short) => r.reasons.find((x) => x.code === 'site-accused')!.factor;
    expect(f(short)).toBeCloseTo(1 - w.site_accused_max_penalty * (0.1 / w.site_hold_full_days), 6);
    expect(f(long)).toBeCloseTo(1 - w.site_accused_max_penalty * Math.min(1, 4.5 / w.site_hold_full_days), 6);
    expect(f(short)).toBeGreaterThan(f(long));
  });
});
