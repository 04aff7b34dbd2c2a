/**
 * Findings carry their trail (docs/assessment.md "Finding trail"): every engine finding that enters the
 * assessment of each bundled case names the records it read and quotes them as written, so a report or the
 * workbench can link the evidence behind every sentence. Checked on the real example bundles, through the
 * use cases (import, assess), against the stored records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle, loadCase } from '../src/app/cases.js';
import { assessTarget } from '../src/app/assess.js';
import { sqliteWorkspace, type TestWorkspace } from './helpers/workspaces.js';

const examples = path.resolve(__dirname, '../examples');
const bundles = fs.readdirSync(examples).filter((d) => fs.existsSync(path.join(examples, d, 'case.yaml')));

/** What each engine read as text, by record id: reports (title and text), testimonies, munition observations. */
const ENGINE_TEXT: Record<string, 'reports' | 'testimonies' | 'munitions'> = {
  narrative: 'reports',
  'agent-differential': 'testimonies',
  'munition-compatibility': 'munitions',
};

let t: TestWorkspace;
beforeAll(async () => {
  t = await sqliteWorkspace();
});
afterAll(async () => t?.dispose());

describe('every engine finding in an assessment quotes the records it read', () => {
  it('has bundled cases to check', () => expect(bundles.length).toBeGreaterThanOrEqual(3));

  for (const b of bundles)
    it(b, async () => {
      const id = (await importBundle(t.ws, path.join(examples, b))).case_id;
      const view = await loadCase(t.ws, id);
      const text = { reports: new Map<string, string>(), testimonies: new Map<string, string>(), munitions: new Map<string, string>() };
      for await (const r of t.ws.store.streamReports(id)) text.reports.set(r.id, `${r.title ?? ''}\n${r.text ?? ''}`);
      for (const x of view.testimonies) text.testimonies.set(x.id, x.text ?? '');
      for (const m of view.munitions) text.munitions.set(m.id, m.description ?? '');

      const { assessment } = await assessTarget(t.ws, id);
      const rows = assessment.evidence.filter((e) => e.origin === 'engine');
      // the three text-reading engines each put a finding into every bundled case
      expect(new Set(rows.map((e) => e.id.split(':')[0]))).toEqual(new Set(Object.keys(ENGINE_TEXT)));
      for (const row of rows) {
        const kind = ENGINE_TEXT[row.id.split(':')[0]];
        expect(row.items?.length, row.id).toBeGreaterThan(0);
        for (const item of row.items!) {
          const read = text[kind].get(item.record);
          expect(read, `${row.id}: ${item.record} is a ${kind} record of the case`).toBeDefined();
          expect(item.quote, `${row.id}: ${item.record} is quoted`).toBeTruthy();
          expect(read!.normalize('NFC'), `${row.id}: the quote is as written in ${item.record}`).toContain(item.quote!.normalize('NFC'));
        }
      }
    });
});
