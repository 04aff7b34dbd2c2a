/**
 * Every CSV in ../shared/data imports (or is rejected precisely): invalid UTF-8, CRLF, multi-line cells,
 * ';' delimiters and five date formats, as real users' files come.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle, importReports } from '../src/app/cases.js';
import { readReports, type ReadSummary } from '../src/adapters/readers/report-reader.js';
import { sqliteWorkspace, tempDir, type TestWorkspace } from './helpers/workspaces.js';
import { FIXTURE } from './store-contract.js';
import { sharedDataDir } from '../src/app/paths.js';

const have = fs.existsSync(sharedDataDir);
const data = (p: string) => path.join(sharedDataDir, p);

async function readAll(file: string, opts = {}) {
  const summary = {} as ReadSummary;
  const reports = [];
  for await (const b of readReports(file, opts, summary)) reports.push(...b);
  return { summary, reports };
}

describe.skipIf(!have)('real data files in ../shared/data', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await sqliteWorkspace();
    await importBundle(t.ws, FIXTURE);
  });
  afterAll(async () => t?.dispose());

  const expectations: [string, { records: number; format: string; delimiter: string; invalidUtf8?: number; outlet: string }][] = [
    ['euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv', { records: 3071, format: 'MM/DD/YY', delimiter: ',', outlet: 'outlet' }],
    ['euvsdisinfo-2015-2017-fulltext/full_dataset_semicolon.csv', { records: 3071, format: 'DD.MM.YYYY', delimiter: ';', outlet: 'outlet' }],
    ['fakes-syria-news/fakes.csv', { records: 804, format: 'MM/DD/YY', delimiter: ',', invalidUtf8: 123, outlet: 'source' }],
    ['ghouta-2013-videos/chemweap.csv', { records: 138, format: 'MM/DD/YY hh:mm AM/PM', delimiter: ',', outlet: 'sources' }],
    ['state-troll-tweets/fake_test.csv', { records: 1000, format: 'ISO 8601 date-time', delimiter: ',', outlet: 'user_screen_name' }],
    ['state-troll-tweets/real_test.csv', { records: 1000, format: 'ISO 8601 date-time', delimiter: ',', outlet: 'user_screen_name' }],
    ['state-troll-tweets/russian_unseen.csv', { records: 2000, format: 'ISO 8601 date-time', delimiter: ',', outlet: 'user_screen_name' }],
    ['state-troll-tweets/iranian_unseen.csv', { records: 2000, format: 'ISO 8601 date-time', delimiter: ',', outlet: 'user_screen_name' }],
    ['state-troll-tweets/vz_unseen.csv', { records: 2000, format: 'ISO 8601 date-time', delimiter: ',', outlet: 'user_screen_name' }],
  ];

  for (const [file, exp] of expectations) {
    it(`reads ${file}`, async () => {
      const { summary, reports } = await readAll(data(file));
      expect(summary.records).toBe(exp.records);
      expect(reports).toHaveLength(exp.records);
      expect(summary.delimiter).toBe(exp.delimiter);
      expect(summary.dateFormats).toEqual({ [exp.format]: exp.records });
      expect(summary.columns.outlet).toBe(exp.outlet);
      expect(summary.invalidUtf8).toBe(exp.invalidUtf8 ?? 0);
      for (const r of reports) expect(r.published_at).toMatch(/^\d{4}-\d{2}-\d{2}/);
    });
  }

  it('every CSV under ../shared/data is covered above', () => {
    const all: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else if (e.name.endsWith('.csv')) all.push(path.relative(sharedDataDir, path.join(d, e.name)));
      }
    };
    walk(sharedDataDir);
    const covered = new Set([...expectations.map((e) => e[0]), 'state-troll-tweets/real_test2.csv', 'state-troll-tweets/real_test3.csv', 'state-troll-tweets/real_test4.csv']);
    expect(all.filter((f) => !covered.has(f))).toEqual([]);
  });

  it('keeps multi-line quoted cells whole and reads the EUvsDisinfo Khan Shaykhun items by their dates', async () => {
    const { reports } = await readAll(data('euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv'));
    const ks = reports.filter((r) => /chemical/i.test(r.title + ' ' + r.text) && r.published_at.startsWith('2017-04'));
    expect(ks.length).toBeGreaterThan(5);
    expect(ks.every((r) => r.published_at >= '2017-04-04')).toBe(true);
    expect(reports.some((r) => r.text.includes('\n'))).toBe(true);
  });

  it('imports every file into one case in one transaction each, counting duplicates', async () => {
    let added = 0;
    for (const [file] of expectations) {
      const r = await importReports(t.ws, data(file), 'mini-case');
      expect(r.reports.added).toBeLessThanOrEqual(r.reports.read);
      added += r.reports.added;
    }
    expect(await t.ws.store.countReports('mini-case')).toBe(added + 2);
    // the same file again adds nothing
    const again = await importReports(t.ws, data('fakes-syria-news/fakes.csv'), 'mini-case');
    expect(again.reports.added).toBe(0);
    expect(again.warnings.join('\n')).toMatch(/123 invalid UTF-8/);
  });

  it('keeps rows that differ only in an unmapped column: the 138 Ghouta videos stay 138', async () => {
    const t2 = await sqliteWorkspace();
    try {
      await importBundle(t2.ws, FIXTURE);
      const r = await importReports(t2.ws, data('ghouta-2013-videos/chemweap.csv'), 'mini-case');
      expect(r.reports).toMatchObject({ read: 138, added: 138 });
      // exact duplicate rows are one report: EUvsDisinfo repeats 299 rows verbatim
      const e = await importReports(t2.ws, data('euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv'), 'mini-case');
      expect(e.reports.read - e.reports.added).toBe(299);
    } finally {
      await t2.dispose();
    }
  });

  it('takes a record id column with --map id=COLUMN', async () => {
    const { reports } = await readAll(data('ghouta-2013-videos/chemweap.csv'), { map: { id: 'unique_event_ID' } });
    expect(reports[0].id).toBe('CW_1001');
  });

  it('rejects a bad file with its line and field, and stores nothing from it', async () => {
    const before = await t.ws.store.countReports('mini-case');
    const dir = tempDir();
    const bad = path.join(dir, 'bad.csv');
    const src = fs.readFileSync(data('fakes-syria-news/fakes.csv'));
    // break the date of the 4th record (line numbers count the header and multi-line cells)
    const text = new TextDecoder().decode(src).replace(',4/19/17,', ',4/39/17,');
    fs.writeFileSync(bad, text);
    const err = await importReports(t.ws, bad, 'mini-case').then(() => null, (e) => e);
    expect(err?.code).toBe('bad_input');
    expect(err.path).toMatch(/bad\.csv:\d+: date$/);
    expect(err.message).toContain('"4/39/17" is not a real date when read as MM/DD/YY');
    expect(await t.ws.store.countReports('mini-case')).toBe(before);
  });

  it('refuses ambiguous slash dates instead of guessing, and takes --date-order', async () => {
    const f = path.join(tempDir(), 'amb.csv');
    fs.writeFileSync(f, 'date,outlet,text\n04/05/17,A,x\n01/02/17,B,y\n');
    await expect(readAll(f)).rejects.toThrow(/could be day\/month or month\/day.*--date-order/);
    const { reports, summary } = await readAll(f, { dateOrder: 'DMY' });
    expect(reports.map((r) => r.published_at)).toEqual(['2017-05-04', '2017-02-01']);
    expect(summary.dateOrderSource).toBe('given');
  });

  it('names the column it cannot find and suggests --map', async () => {
    const f = path.join(tempDir(), 'cols.csv');
    fs.writeFileSync(f, 'when,who,what\n2017-04-05,A,x\n');
    await expect(readAll(f)).rejects.toThrow(/no column for published_at and outlet.*--map published_at=COLUMN/);
    const { reports } = await readAll(f, { map: { published_at: 'when', outlet: 'who', text: 'what' } });
    expect(reports[0]).toMatchObject({ published_at: '2017-04-05', outlet: 'A', text: 'x' });
  });
});

describe('large files are read on a worker thread', () => {
  it('imports the same reports as the in-thread reader, and a bad last line rejects the whole file', async () => {
    const t = await sqliteWorkspace();
    try {
      await importBundle(t.ws, FIXTURE);
      const dir = tempDir();
      const big = path.join(dir, 'big.jsonl');
      const lines: string[] = [];
      const pad = 'x'.repeat(400);
      for (let i = 0; i < 40_000; i++) lines.push(JSON.stringify({ published_at: `2020-01-0${1 + (i % 9)}T00:00:00Z`, outlet: 'O' + (i % 7), text: `item ${i} ${pad}` }));
      fs.writeFileSync(big, lines.join('\n') + '\n');
      expect(fs.statSync(big).size).toBeGreaterThan(16 << 20);
      const progress: number[] = [];
      const r = await importReports(t.ws, big, 'mini-case', { onProgress: (d) => progress.push(d) });
      expect(r.reports).toMatchObject({ read: 40_000, added: 40_000 });
      expect(r.reports.files[0].dateFormats).toEqual({ 'ISO 8601 date-time': 40_000 });
      expect(progress.length).toBeGreaterThan(0);
      const bad = path.join(dir, 'bad.jsonl');
      fs.writeFileSync(bad, lines.join('\n') + '\n{"published_at":"2020-02-30","outlet":"Z","text":"late"}\n');
      const before = await t.ws.store.countReports('mini-case');
      const err = await importReports(t.ws, bad, 'mini-case').then(() => null, (e) => e);
      expect(err?.code).toBe('bad_input');
      expect(err.path).toBe(`${bad}:40001: published_at`);
      expect(await t.ws.store.countReports('mini-case')).toBe(before);
    } finally {
      await t.dispose();
    }
  });
});

describe('feeds and JSONL', () => {
  it('reads RSS and Atom with the channel as outlet', async () => {
    const dir = tempDir();
    const rss = path.join(dir, 'f.rss');
    fs.writeFileSync(rss, `<?xml version="1.0"?><rss version="2.0"><channel><title>SANA English</title><language>en</language>
<item><title>Terrorists fire shells</title><link>https://sana.sy/en/?p=1</link><pubDate>Sat, 24 Nov 2018 21:00:00 +0200</pubDate><description>toxic gas</description></item>
<item><title>Second</title><link>https://sana.sy/en/?p=2</link><pubDate>Sun, 25 Nov 2018 08:00:00 GMT</pubDate></item></channel></rss>`);
    const { reports } = await readAll(rss);
    expect(reports.map((r) => [r.outlet, r.published_at, r.language])).toEqual([
      ['SANA English', '2018-11-24T19:00:00Z', 'en'],
      ['SANA English', '2018-11-25T08:00:00Z', 'en'],
    ]);
    const atom = path.join(dir, 'f.atom');
    fs.writeFileSync(atom, `<feed xmlns="http://www.w3.org/2005/Atom"><title>Bellingcat</title><entry><title>Survey</title><link href="https://www.bellingcat.com/x"/><published>2018-11-28T10:00:00Z</published><summary>open-source survey</summary></entry></feed>`);
    const a = await readAll(atom);
    expect(a.reports[0]).toMatchObject({ outlet: 'Bellingcat', url: 'https://www.bellingcat.com/x', text: 'open-source survey' });
  });

  it('maps each JSONL record by its own keys, so a field missing from the first line is not lost', async () => {
    const f = path.join(tempDir(), 'k.jsonl');
    fs.writeFileSync(f, '{"published_at":"2018-11-24","outlet":"A","text":"x"}\n{"published_at":"2018-11-25","outlet":"B","text":"y","url":"https://b.example/1","language":"ar"}\n');
    const { reports } = await readAll(f);
    expect(reports[1]).toMatchObject({ url: 'https://b.example/1', language: 'ar' });
    expect(reports[0].url).toBeUndefined();
  });

  it('refuses an object or list where text belongs', async () => {
    const f = path.join(tempDir(), 'o.jsonl');
    fs.writeFileSync(f, '{"published_at":"2018-11-24","outlet":"A","title":12,"text":{"a":1}}\n');
    await expect(readAll(f)).rejects.toThrow(/o\.jsonl:1: text: must be text, not an object/);
  });

  it('names the line of a broken JSONL record and collects several problems', async () => {
    const f = path.join(tempDir(), 'r.jsonl');
    fs.writeFileSync(f, '{"published_at":"2018-11-24","outlet":"A","text":"x"}\n{"published_at":"2018-11-24","outlet":"A",\n{"published_at":"soon","outlet":"B","text":"z"}\n');
    const err = await readAll(f).then(() => null, (e) => e);
    expect(err.path).toBe(`${f}:2`);
    expect(err.details.map((d: { path: string }) => d.path)).toEqual([`${f}:2`, `${f}:3: published_at`]);
  });
});
