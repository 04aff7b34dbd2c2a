/**
 * Session 28 (room fixrev): eval/claims/extract-deed-words.ts (room clinc) on bad input ends with exit 2 and one line
 * naming the file (and the line or field), never a stack trace, and writes nothing (docs/narrative.md "Session 28 (fixrev)").
 * The WordNet directories here are made up for the test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = path.join(__dirname, '..', 'eval', 'claims', 'extract-deed-words.ts');
const lexicon = path.join(__dirname, '..', 'src', 'core', 'narrative', 'claim-deed-lexicon.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });
const fakeWordNet = (dataVerb: string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixrev-wn-'));
  fs.mkdirSync(path.join(dir, 'dict'));
  fs.mkdirSync(path.join(dir, 'data'));
  for (const f of ['noun', 'verb', 'adj', 'adv']) {
    fs.writeFileSync(path.join(dir, 'dict', `data.${f}`), f === 'verb' ? dataVerb : '');
    fs.writeFileSync(path.join(dir, 'dict', `index.${f}`), '');
  }
  for (const f of ['noun', 'verb', 'adj']) fs.writeFileSync(path.join(dir, 'data', `${f}.exc`), '');
  return dir;
};

describe('fixrev s28: extract-deed-words on bad input', () => {
  const before = fs.readFileSync(lexicon, 'utf8');
  it('a bad data row: exit 2, the file and line named, no stack trace', () => {
    const dir = fakeWordNet('00001740 29 v 01 breathe 0 005 $ 00001740 v 0000\nxyz\n');
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path.join(dir, 'dict', 'data.verb')}:1:`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('a missing synset: exit 2 naming it and the index file', () => {
    const r = run(fakeWordNet(''));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no synset \S+\.[nv]\.\d+ in \S+index\.(?:verb|noun)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('a bad OMW path: exit 2 naming it, before anything is written', () => {
    const r = run(fakeWordNet(''), '/nonexistent/omw-data.git');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/nonexistent/omw-data.git');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(lexicon, 'utf8')).toBe(before);
  }, 30_000);
}, 60_000);

describe('fixrev s28: «казнили» (executed) is an incident as «расстреляли» is (claim-slots.ts)', () => {
  it('the doer\'s verb and the incident word by one pattern', async () => {
    const { claimLexicon, readClaims } = await import('../src/core/narrative/claim-slots.js');
    const { readKnowledge } = await import('../src/adapters/knowledge/knowledge-files.js');
    const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
    const read = (t: string) => readClaims(t, lexicon).claims;
    expect(read('Боевики казнили пленных.')).toMatchObject({ staged: false, blamed: 'opposition' });
    expect(read('Солдаты казнили заложников на окраине города.')).toMatchObject({ staged: false });
    expect(read('Боевики расстреляли пленных.')).toMatchObject({ staged: false, blamed: 'opposition' });
  });
});
