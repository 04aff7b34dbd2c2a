/** Report search: Unicode case folding on SQLite as on PostgreSQL, and LIKE wildcards taken literally. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { importBundle } from '../src/app/cases.js';
import { createApp } from '../src/http/app.js';
import { sqliteWorkspace } from './helpers/workspaces.js';
import { examplesDir } from '../src/app/paths.js';

describe('GET /api/cases/:id/reports?q=', () => {
  it('folds Cyrillic case and treats % and _ literally', async () => {
    const t = await sqliteWorkspace();
    try {
      await importBundle(t.ws, path.join(examplesDir, 'aleppo-2018-11-24'));
      const app = createApp(t.ws, { anonymousRead: true });
      const total = async (q: string) => ((await (await app.request(`/api/cases/aleppo-2018-11-24/reports?q=${encodeURIComponent(q)}`)).json()) as { total: number }).total;
      const lower = await total('хлор');
      expect(lower).toBeGreaterThan(0);
      expect(await total('ХЛОР')).toBe(lower);
      // as wildcards these would match "chlorine"; taken literally they match nothing
      expect(await total('chlorine')).toBeGreaterThan(0);
      expect(await total('chl%rine')).toBe(0);
      expect(await total('chl_rine')).toBe(0);
    } finally {
      await t.dispose();
    }
  });
});
