/**
 * The CLI's manners: progress with count, rate and time left (redrawn on a terminal, plain periodic lines when
 * piped, none with --quiet), repeated faults said once with a count, one --json list shape with the API's page,
 * "did you mean" for a mistyped case id, and import --dry-run writing nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';
import { FIXTURE } from './store-contract.js';
import { duration, progressBar, progressLine } from '../src/cli/progress.js';
import { collapse } from '../src/cli/context.js';
import { suggest } from '../src/core/did-you-mean.js';

describe('progress', () => {
  it('says count, share, rate and time left', () => {
    expect(progressLine('importing', 120_000, 300_000, 2)).toBe('importing 120,000 / 300,000 (40%) · 60,000/s · 3 s left');
    expect(progressLine('importing', 500, 0, 0.5)).toBe('importing 500');
    expect(progressLine('importing', 300_000, 300_000, 125)).toBe('importing 300,000 / 300,000 (100%) · 2,400/s · done in 2 min 5 s');
    expect(duration(3725)).toBe('1 h 2 min');
  });

  it('redraws one line on a terminal, prints a plain line every 5 s when piped, nothing when off', () => {
    let t = 0;
    const tty: string[] = [];
    const b = progressBar('importing', true, { tty: true, write: (s) => tty.push(s), now: () => t });
    for (t = 0; t <= 1000; t += 50) b.update(t * 10, 10_000);
    b.end();
    expect(tty.length).toBeGreaterThan(5);
    expect(tty.every((s) => s.startsWith('\r'))).toBe(true);
    expect(tty.at(-1)).toBe('\r\x1b[K');
    const piped: string[] = [];
    t = 0;
    const p = progressBar('importing', true, { tty: false, write: (s) => piped.push(s), now: () => t });
    for (t = 0; t <= 12_000; t += 100) p.update(t, 12_000);
    p.end();
    // at 5 s and 10 s, then the closing line; each a whole line without control characters
    expect(piped).toHaveLength(3);
    expect(piped[0]).toBe('importing 5,000 / 12,000 (41%) · 1,000/s · 7 s left\n');
    expect(piped.every((s) => s.endsWith('\n') && !s.includes('\r'))).toBe(true);
    const off: string[] = [];
    const q = progressBar('importing', false, { tty: true, write: (s) => off.push(s) });
    q.update(1, 2);
    q.end();
    expect(off).toEqual([]);
  });
});

describe('messages', () => {
  it('collapses the same fault on many lines into one with a count', () => {
    const ws = Array.from({ length: 20 }, (_, i) => `reports.csv line ${i + 2}: published_at is empty; skipped`);
    expect(collapse([...ws, 'reports.csv: 3 columns unused'])).toEqual(['reports.csv line 2: published_at is empty; skipped (and 19 more like it)', 'reports.csv: 3 columns unused']);
  });

  it('suggests the closest ids', () => {
    const ids = ['aleppo-2018-11-24', 'douma-2018-04-07', 'khan-shaykhun-2017-04-04'];
    expect(suggest('aleppo-2018-11-42', ids)).toEqual(['aleppo-2018-11-24']);
    expect(suggest('douma', ids)).toEqual(['douma-2018-04-07']);
    expect(suggest('zzz-unrelated-case', ids)).toEqual([]);
  });
});

describe('assay CLI', () => {
  it('says "did you mean", lists in the page shape, and imports nothing on --dry-run', async () => {
    const db = path.join(tempDir(), 'ws.db');
    const dry = await runCli(['--db', db, 'import', FIXTURE, '--dry-run', '--json']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.json()).toMatchObject({ case_id: 'mini-case', created: true, dry_run: true, reports: { read: 2, added: 2 } });
    expect((await runCli(['--db', db, 'cases', 'list', '--json'])).json()).toEqual({ items: [], total: 0, limit: 0, offset: 0, next_offset: null });
    const human = await runCli(['--db', db, 'import', FIXTURE, '--dry-run']);
    expect(human.stdout).toMatch(/^dry run, nothing written: case mini-case would be created/);
    expect((await runCli(['--db', db, '--quiet', 'import', FIXTURE])).code).toBe(0);
    const list = (await runCli(['--db', db, 'cases', 'list', '--json'])).json();
    expect(list).toMatchObject({ total: 1, offset: 0, next_offset: null });
    expect(list.items[0].id).toBe('mini-case');
    const miss = await runCli(['--db', db, 'cases', 'show', 'mini-cas']);
    expect(miss.code).toBe(2);
    expect(miss.stderr).toContain('no case "mini-cas" (did you mean "mini-case"?)');
    fs.rmSync(path.dirname(db), { recursive: true, force: true });
  });
});
