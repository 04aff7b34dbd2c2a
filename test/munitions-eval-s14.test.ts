/**
 * The munitions scorer (eval/munitions/load.ts, score.ts, run.ts) on a tiny fixture of its own
 * (test/fixtures/munitions-eval: sentences written for this test, not from any split): the loader's validation, the
 * figures, and that misses print for development splits only (a file named *test* is refused with exit 2).
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTsxScript } from './helpers/tsx-script.js';
import { loadMunitionKb } from '../src/app/agents.js';
import { loadMunitionSplit, splitFiles } from '../eval/munitions/load.js';
import { formatScore, scoreMunitions } from '../eval/munitions/score.js';

const kb = loadMunitionKb(packageKnowledge);
const ids = kb.deliveries.map((d) => d.id);
const FIX = path.join(__dirname, 'fixtures', 'munitions-eval');
const root = path.join(__dirname, '..');
/** a script run as its own process, several at once (each pays tsx and the knowledge base: seconds of CPU apiece) */
const runScript = (script: string[], a: string[]) => runTsxScript([...script, '--dir', FIX, ...a], { cwd: root, env: { ...process.env, TZ: 'UTC' } });
/** `npm run eval -- munitions ...`: through eval/run.ts, which starts eval/munitions/run.ts and passes on its exit status */
const evalRun = (...a: string[]) => runScript([path.join(root, 'eval', 'run.ts'), 'munitions'], a);
/** eval/munitions/run.ts itself (what eval/run.ts starts), for the options' own checks */
const munitionsRun = (...a: string[]) => runScript([path.join(root, 'eval', 'munitions', 'run.ts')], a);

describe('munitions eval loader', () => {
  it('finds the split files, development first, and validates the items', () => {
    expect(splitFiles(FIX).map((f) => path.basename(f))).toEqual(['munitions-dev-v0.yaml', 'munitions-test-v0.yaml']);
    const s = loadMunitionSplit(path.join(FIX, 'munitions-dev-v0.yaml'), ids);
    expect(s.kind).toBe('dev');
    expect(s.items.length).toBe(5);
    expect(s.items[3].delivery).toBeNull();
    expect(s.items[4].accept).toEqual(['improvised-rocket']);
    expect(loadMunitionSplit(path.join(FIX, 'munitions-test-v0.yaml'), ids).kind).toBe('test');
  });
  it('refuses an unknown delivery, a duplicate id, a missing source, an unknown key and a name that is neither dev nor test', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mun-eval-'));
    const write = (name: string, body: string) => {
      const f = path.join(tmp, name);
      fs.writeFileSync(f, body);
      return f;
    };
    const item = (id: string, extra = '') => `  - id: ${id}\n    lang: en\n    text: "a shell"\n    delivery: artillery-shell\n    source: x\n${extra}`;
    expect(() => loadMunitionSplit(write('munitions-dev-a.yaml', `items:\n${item('a').replace('artillery-shell', 'catapult')}`), ids)).toThrow(/items\.0 \(a\): delivery: unknown delivery "catapult"/);
    expect(() => loadMunitionSplit(write('munitions-dev-b.yaml', `items:\n${item('a')}${item('a')}`), ids)).toThrow(/items\.1 \(a\): duplicate id/);
    expect(() => loadMunitionSplit(write('munitions-dev-c.yaml', 'items:\n  - id: a\n    lang: en\n    text: "x"\n    delivery: null\n'), ids)).toThrow(/items\.0\.source/);
    expect(() => loadMunitionSplit(write('munitions-dev-d.yaml', `items:\n${item('a', '    country: SY\n')}`), ids)).toThrow(/country/);
    expect(() => loadMunitionSplit(write('munitions-dev-e.yaml', `items:\n${item('a', '    accept: [nope]\n')}`), ids)).toThrow(/accept: unknown delivery "nope"/);
    expect(() => loadMunitionSplit(write('munitions-x.yaml', `items:\n${item('a')}`), ids)).toThrow(/says dev or test/);
    expect(() => loadMunitionSplit(write('munitions-dev-f.yaml', `items:\n${item('a').replace('en', 'fr')}`), ids)).toThrow(/lang/);
  });
});

describe('munitions eval scorer', () => {
  it('scores top-1 with accept ids and null deliveries, per language, per delivery, confusion and calibre', () => {
    const s = scoreMunitions(kb, loadMunitionSplit(path.join(FIX, 'munitions-dev-v0.yaml'), ids).items);
    expect([s.correct, s.n]).toEqual([4, 5]);
    expect(s.perLang).toEqual({ en: { n: 3, correct: 2 }, ru: { n: 1, correct: 1 }, ar: { n: 1, correct: 1 } });
    expect(s.perDelivery['drone-grenade']).toEqual({ n: 1, correct: 0 });
    expect(s.perDelivery['(none)']).toEqual({ n: 1, correct: 1 });
    expect(s.confusion['drone-grenade']).toEqual({ 'cylinder-airdrop': 1 });
    // a plain rocket reads as the improvised rocket first (KB order on a tie); accept makes it right
    expect(s.outcomes.find((o) => o.id === 'fx-d05')).toMatchObject({ read: 'improvised-rocket', correct: true, calibre_read: null });
    expect(s.calibre).toEqual({ n: 2, correct: 1 });
    const text = formatScore('munitions-dev-v0', s, ids).join('\n');
    expect(text).toMatch(/delivery top-1 4\/5 = 80\.0%; calibre 1\/2 = 50\.0%/);
    expect(text).toMatch(/per language: en 2\/3 \(66\.7%\), ru 1\/1 \(100\.0%\), ar 1\/1 \(100\.0%\)/);
    expect(text).toMatch(/\| drone \| 1 \| 0 \|/);
    expect(formatScore('x', s, ids, true).length).toBe(2);
  });
  it('run.ts prints every split; --misses prints development misses only and refuses a test file by name (exit 2)', async () => {
    // all at once; the run of every split and the refusal go through `npm run eval`'s entry (eval/run.ts), the rest
    // start the munitions script directly
    const [all, m, refused, brief, jsonRun, bogus] = await Promise.all([
      evalRun(),
      munitionsRun('--misses'),
      evalRun('--misses', 'munitions-test-v0'),
      munitionsRun('--brief', 'munitions-test-v0'),
      munitionsRun('--json'),
      munitionsRun('--bogus'),
    ]);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/## munitions-dev-v0: 5 descriptions\ndelivery top-1 4\/5/);
    expect(all.stdout).toMatch(/## munitions-test-v0: 2 descriptions\ndelivery top-1 1\/2/);
    expect(all.stdout).not.toMatch(/miss /);
    expect(m.status).toBe(0);
    expect(m.stdout).toMatch(/miss fx-d03 \(en\): expected drone, read cyl/);
    expect(m.stdout).toMatch(/calibre miss fx-d05 \(en\): expected 140 mm, read none/);
    expect(m.stdout).not.toMatch(/munitions-test-v0|fx-t0/);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/refuses frozen test splits \(munitions-test-v0\.yaml\)/);
    expect(brief.stdout.trim().split('\n')).toEqual(['## munitions-test-v0: 2 descriptions', 'delivery top-1 1/2 = 50.0%; calibre 0/0']);
    expect(jsonRun.status).toBe(0);
    const json = JSON.parse(jsonRun.stdout);
    expect(json.map((x: { name: string; correct: number }) => [x.name, x.correct])).toEqual([['munitions-dev-v0', 4], ['munitions-test-v0', 1]]);
    expect(JSON.stringify(json)).not.toMatch(/fx-t0|outcomes/);
    expect(bogus.status).toBe(2);
  }, 120000);
});
