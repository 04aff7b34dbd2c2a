/** Shared fixtures of the custody tests: a small bundle with evidence files and a sample, and a JPEG with EXIF. */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createHash } from 'node:crypto';

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A minimal JPEG whose APP1 segment holds EXIF IFD0 Make and DateTime (what a camera writes). */
export function jpegWithExif(make: string, when: string): Buffer {
  const ascii = (s: string) => Buffer.concat([Buffer.from(s, 'latin1'), Buffer.from([0])]);
  const m = ascii(make);
  const d = ascii(when);
  const n = 2;
  let off = 8 + 2 + n * 12 + 4;
  const tiff = Buffer.alloc(off + m.length + d.length);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(n, 8);
  const entry = (i: number, tag: number, buf: Buffer, at: number) => {
    const p = 10 + i * 12;
    tiff.writeUInt16LE(tag, p);
    tiff.writeUInt16LE(2, p + 2);
    tiff.writeUInt32LE(buf.length, p + 4);
    tiff.writeUInt32LE(at, p + 8);
    buf.copy(tiff, at);
  };
  entry(0, 0x010f, m, off);
  off += m.length;
  entry(1, 0x0132, d, off);
  tiff.writeUInt32LE(0, 10 + n * 12);
  const app1 = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const seg = Buffer.alloc(4);
  seg.writeUInt16BE(0xffe1, 0);
  seg.writeUInt16BE(app1.length + 2, 2);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), seg, app1, Buffer.from([0xff, 0xd9])]);
}

/** A synthetic case bundle: a claim naming the accused, a sample handed over by it, site control, 2 evidence files. */
export function writeBundle(dir: string): { photo: Buffer; note: Buffer } {
  fs.mkdirSync(path.join(dir, 'evidence'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'case.yaml'),
    `id: custody-case
title: Custody test case (synthetic)
when: { at: "2020-03-01T10:00:00Z" }
place: { name: Testville }
claims:
  - { claimant: Ministry X, claimed_at: "2020-03-01T12:00:00Z", agent: chlorine, perpetrator: rebels, citations: [fixture] }
  - { claimant: NGO Y, claimed_at: "2020-03-01T13:00:00Z", agent: chlorine, perpetrator: army, citations: [fixture] }
`,
  );
  fs.writeFileSync(
    path.join(dir, 'samples.yaml'),
    `- id: s-soil
  kind: soil
  collected_at: "2020-03-06T10:00:00Z"
  collected_by: army
  collected_where: Testville
  chain:
    - { at: "2020-03-07T10:00:00Z", from: army, to: OPCW, sealed: true }
  results:
    - { lab: Lab 1, detected: [chlorinated organics], text: "chlorinated organics found" }
- id: s-clean
  kind: blood
  collected_at: "2020-03-01T13:00:00Z"
  collected_by: OPCW
  collected_where: Testville
  chain:
    - { at: "2020-03-02T08:00:00Z", from: OPCW, to: OPCW designated laboratory, sealed: true }
  results:
    - { lab: Lab 2, detected: [], text: "nothing found" }
`,
  );
  // sourced intervals: an unsourced one counts half (docs/assessment.md "Record credibility")
  fs.writeFileSync(path.join(dir, 'site-control.yaml'), `- { party: army, place: Testville, from: "2020-03-01T14:00:00Z", citations: ["https://example.org/testville"] }\n- { party: local council, place: Testville, from: "2020-02-01", to: "2020-03-01T14:00:00Z", citations: ["https://example.org/testville"] }\n`);
  const photo = jpegWithExif('TestCam', '2020:03:01 10:05:00');
  const note = Buffer.from('field note: smell of bleach near the crater\n');
  fs.writeFileSync(path.join(dir, 'evidence', 'photo.jpg'), photo);
  fs.writeFileSync(path.join(dir, 'evidence', 'note.txt'), note);
  fs.writeFileSync(path.join(dir, 'evidence.yaml'), `- { file: photo.jpg, collector: A. Witness, captured_at: "2020-03-01T10:05:00Z", capture_tool: phone camera }\n`);
  return { photo, note };
}

/** The CLI in a child process (for kill -9): node + tsx running src/cli/main.ts. */
export function cliArgs(args: string[]): string[] {
  const root = path.resolve(import.meta.dirname, '..');
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
  const main = path.join(root, 'src', 'cli', 'main.ts');
  return ['--import', tsx, '-e', `import(${JSON.stringify(main)}).then(m=>m.main(['node','assay',...process.argv.slice(1)])).then(c=>{process.exitCode=c})`, '--', ...args];
}

/**
 * Fresh copies of a verified workspace (its database and .assay folder) to tamper with; `cleanup` removes
 * the base and every copy.
 */
export function workspaceCopier(base: string, prefix: string): { copy(): string; cleanup(): void } {
  const copies: string[] = [];
  return {
    copy() {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      copies.push(d);
      for (const f of fs.readdirSync(base)) if (f.startsWith('w.db') || f === '.assay') fs.cpSync(path.join(base, f), path.join(d, f), { recursive: true });
      return d;
    },
    cleanup() {
      for (const d of [base, ...copies]) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}
