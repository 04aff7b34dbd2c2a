/**
 * Checkpoints as C2SP signed notes (key id and signature checked against the worked example of the Go
 * note package, golang.org/x/mod/sumdb/note documentation: key "PeterNeumann+c74f20a3+ARpc…"), the RFC 3161
 * request encoding and receipt inspection, the streaming log auditor on its own, and the sample-integrity
 * rules one by one with the weights file.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { ed25519KeyId, formatCheckpointBody, parseNote, signatureLine, verifyNote } from '../src/core/custody/checkpoint.js';
import { ed25519Verify, nodeSha256 as sha } from '../src/adapters/custody/node-crypto.js';
import { generateKeyPairSync, sign, createPublicKey } from 'node:crypto';
import { rawPublicKey } from '../src/adapters/custody/node-crypto.js';
import { OTS_MAGIC, inspectReceipt, timeStampRequest } from '../src/core/custody/anchor.js';
import { LogAuditor } from '../src/core/custody/log-audit.js';
import { encodeEntry, makeEntry } from '../src/core/custody/log-entry.js';
import { CompactRange } from '../src/core/custody/merkle-tree.js';
import { leafHash, toHex } from '../src/core/custody/merkle-hash.js';
import { assessSample } from '../src/core/custody/sample-integrity.js';
import { custodyWeights } from '../src/app/custody.js';
import { Sample } from '../src/core/case/schemas.js';

describe('signed-note checkpoints', () => {
  it('computes the key id and verifies the signature of the Go note package example', () => {
    const vkey = Buffer.from('ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'base64');
    const pub = vkey.subarray(1);
    expect(Buffer.from(ed25519KeyId(sha, 'PeterNeumann', pub)).toString('hex')).toBe('c74f20a3');
    const body = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    const blob = Buffer.from('x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=', 'base64');
    const note = { ok: true as const, body, checkpoint: { origin: 'x', size: 0, root: new Uint8Array(32), extensions: [] }, signatures: [{ name: 'PeterNeumann', keyId: blob.subarray(0, 4), signature: blob.subarray(4) }] };
    expect(verifyNote(sha, note, [{ name: 'PeterNeumann', publicKey: pub }], ed25519Verify)).toEqual({ valid: ['PeterNeumann'], problems: [] });
    const tampered = { ...note, body: body.replace('answer', 'Answer') };
    expect(verifyNote(sha, tampered, [{ name: 'PeterNeumann', publicKey: pub }], ed25519Verify).problems).toEqual(['signature by "PeterNeumann" does not verify']);
    expect(verifyNote(sha, note, [], ed25519Verify).problems[0]).toContain('not registered');
  });

  it('formats, signs, parses and verifies an assay checkpoint', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pub = rawPublicKey(createPublicKey(privateKey));
    const root = sha(Buffer.from('x'));
    const body = formatCheckpointBody({ origin: 'assay/0a1b2c3d', size: 42, root, extensions: ['time 2026-11-25T09:00:00.000Z'] });
    expect(body).toBe(`assay/0a1b2c3d\n42\n${Buffer.from(root).toString('base64')}\ntime 2026-11-25T09:00:00.000Z\n`);
    const text = body + '\n' + signatureLine(sha, 'assay-ws-0a1b2c3d', pub, sign(null, Buffer.from(body), privateKey));
    const n = parseNote(text);
    expect(n.ok && n.checkpoint.size).toBe(42);
    if (!n.ok) return;
    expect(verifyNote(sha, n, [{ name: 'assay-ws-0a1b2c3d', publicKey: pub }], ed25519Verify).valid).toEqual(['assay-ws-0a1b2c3d']);
    expect(parseNote(text.replace('\n42\n', '\n4x\n'))).toMatchObject({ ok: false });
    expect(parseNote(body)).toMatchObject({ ok: false });
  });
});

describe('anchoring material', () => {
  it('builds a DER RFC 3161 TimeStampReq and recognises receipts naming the digest', () => {
    const d = sha(Buffer.from('checkpoint'));
    const req = timeStampRequest(d, Uint8Array.of(0x81, 2, 3, 4, 5, 6, 7, 8));
    // SEQUENCE { INTEGER 1, SEQUENCE { AlgId sha256, OCTET STRING d }, INTEGER nonce (with leading 0), BOOLEAN TRUE }
    expect(Buffer.from(req.subarray(0, 7)).toString('hex')).toBe('304402010130' + '31');
    expect(Buffer.from(req).includes(Buffer.concat([Buffer.from('0420', 'hex'), d]))).toBe(true);
    expect(Buffer.from(req.subarray(-3)).toString('hex')).toBe('0101ff');
    const ots = Buffer.concat([Buffer.from(OTS_MAGIC), Buffer.from([1, 8]), d]);
    expect(inspectReceipt(ots, d)).toEqual({ kind: 'ots', names: true });
    expect(inspectReceipt(Buffer.concat([Buffer.from('3022', 'hex'), Buffer.from('0420', 'hex'), d]), d)).toEqual({ kind: 'rfc3161', names: true });
    expect(inspectReceipt(Buffer.from('hello'), d)).toMatchObject({ kind: null });
  });
});

describe('log auditor', () => {
  const build = (n: number) => {
    const cr = new CompactRange(sha);
    return Array.from({ length: n }, (_, i) => {
      const { text, bytes } = encodeEntry(makeEntry({ type: 'import', actor: 'a', at: '2026-01-01T00:00:00Z' }, i, toHex(cr.root())));
      const lh = leafHash(sha, bytes);
      cr.append(lh);
      return { index: i, entry: text, leaf_hash: toHex(lh) };
    });
  };
  it('a clean log has no problems and the right root; a removed middle entry is named once', () => {
    const rows = build(9);
    const a = new LogAuditor(sha, new Set([4]));
    rows.forEach((r) => a.feed(r));
    a.finish();
    expect(a.problems).toEqual([]);
    const b = new LogAuditor(sha, new Set());
    rows.filter((r) => r.index !== 4).forEach((r) => b.feed(r));
    b.finish();
    expect(b.problems.map((p) => p.message)).toEqual(expect.arrayContaining(['entry 4 is missing (indices jump from 3 to 5)']));
  });
});

describe('sample integrity (knowledge/custody-weights.yaml)', () => {
  const { weights: w, neutral } = custodyWeights(packageKnowledge);
  const parties = { accused: ['government'], stake: ['opposition'], neutral };
  const base = { id: 's1', kind: 'soil', collected_at: '2020-01-01T12:00:00Z', collected_by: 'OPCW', collected_where: 'Town', results: [{ lab: 'L', detected: [], text: 'x' }] };
  const S = (x: object) => Sample.parse({ ...base, ...x });
  const at = '2020-01-01T10:00:00Z';
  // sourced intervals: an unsourced one counts half (docs/assessment.md "Record credibility", test/record-credibility.test.ts)
  const site = [{ party: 'council', place: 'Town', from: '2019-01-01', citations: ['https://example.org/town'] }];

  it('every weight is a judgment with a reason; neutral custodians are sourced', () => {
    expect(w.delay_per_day).toBeGreaterThan(0);
    expect(neutral).toContain('OPCW');
  });
  it('a prompt, sealed chain through impartial hands keeps reliability 1', () => {
    const r = assessSample(S({ chain: [{ at: '2020-01-02T08:00:00Z', from: 'OPCW', to: 'OPCW designated laboratory', sealed: true }] }), site, at, parties, w);
    expect(r).toEqual({ sample_id: 's1', reliability: 1, reasons: [] });
  });
  it('each lapse lowers it by its weight and says why', () => {
    const r = assessSample(
      S({
        collected_at: '2020-01-11T10:00:00Z',
        chain: [
          { at: '2020-01-20T10:00:00Z', from: 'OPCW', to: 'opposition council', sealed: false },
          { at: '2020-01-21T10:00:00Z', from: 'someone else', to: 'lab' },
        ],
      }),
      [{ party: 'government', place: 'Town', from: '2020-01-01T10:00:00Z', to: '2020-01-06T10:00:00Z', citations: ['https://example.org/town'] }],
      at,
      parties,
      w,
    );
    const codes = r.reasons.map((x) => x.code);
    expect(codes).toEqual(['delay', 'gap', 'unsealed', 'break', 'seal-unknown', 'site-accused', 'site-unknown']);
    expect(r.reasons.find((x) => x.code === 'delay')!.factor).toBeCloseTo(1 - w.delay_per_day * 9, 6);
    expect(r.reasons.find((x) => x.code === 'site-accused')!.text).toContain(`site held by government (accused) for 5.0 days, 50% of the 10 days before collection (-${Math.round(w.site_accused_max_penalty * 100)}%)`);
    const product = r.reasons.reduce((p, x) => p * x.factor, 1);
    expect(r.reliability).toBe(Math.max(w.floor, Math.round(product * 1000) / 1000));
  });
  it('a hand-over by the accused (not the collector) and custody ending with a party with a stake count once each', () => {
    const r = assessSample(
      S({
        chain: [
          { at: '2020-01-01T13:00:00Z', from: 'OPCW', to: 'Syrian government', sealed: true },
          { at: '2020-01-01T14:00:00Z', from: 'Syrian government', to: 'opposition', sealed: true },
        ],
      }),
      site,
      at,
      parties,
      w,
    );
    expect(r.reasons.map((x) => x.text)).toEqual([
      `handed over by Syrian government, a party accused in this case (2020-01-01T14:00:00Z) (-${Math.round((1 - w.handover_accused) * 100)}%)`,
      `ends with opposition, a party with a stake in the outcome (2020-01-01T14:00:00Z) (-${Math.round((1 - w.handover_stake) * 100)}%)`,
    ]);
  });
  it('results with no chain at all, and no collection time', () => {
    const r = assessSample(S({ collected_at: undefined, collected_by: undefined, chain: [] }), site, at, parties, w);
    expect(r.reasons.map((x) => x.code)).toEqual(['no-collection-time', 'no-collector', 'no-chain']);
  });
});
