/** The OpenAPI document describes every answer (docs/http-api.md "Routes"). */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.js';
import { sqliteWorkspace } from './helpers/workspaces.js';

describe('OpenAPI document', () => {
  it('gives every route a response schema, types request list items, and says why non-lists are not paged', async () => {
    const t = await sqliteWorkspace();
    try {
      const doc = (await (await createApp(t.ws, { webDir: null, anonymousRead: true }).request('/api/openapi.json')).json()) as any;
      const missing: string[] = [];
      for (const [p, ops] of Object.entries<any>(doc.paths))
        for (const [m, op] of Object.entries<any>(ops)) {
          const ok = Object.entries<any>(op.responses).find(([code]) => code.startsWith('2'))?.[1];
          const content = ok?.content ?? {};
          const schemas = Object.values<any>(content).map((c) => c.schema);
          if (!schemas.length || schemas.some((s) => !s || Object.keys(s).length === 0)) missing.push(`${m} ${p}`);
        }
      expect(missing).toEqual([]);
      // POST /api/cases: the bundle's lists are typed with the case model, never {}
      const bundle = doc.paths['/api/cases'].post.requestBody.content['application/json'].schema;
      for (const k of ['sources', 'testimonies', 'munitions', 'samples', 'site_control', 'hypotheses', 'matrix', 'reports']) {
        expect(bundle.properties[k].type, k).toBe('array');
        expect(Object.keys(bundle.properties[k].items).length, k).toBeGreaterThan(0);
      }
      expect(bundle.properties.case.required).toEqual(expect.arrayContaining(['id', 'title', 'when', 'place']));
      expect(doc.paths['/api/cases/{id}/reports'].post.requestBody.content['application/json'].schema.properties.reports.items.required).toEqual(expect.arrayContaining(['published_at', 'outlet']));
      // named response shapes
      const json = (p: string, m = 'get', code = '200') => doc.paths[p][m].responses[code].content['application/json'].schema;
      expect(json('/api/health').required).toEqual(expect.arrayContaining(['ok', 'version', 'store']));
      expect(json('/api/me').properties.user).toBeTruthy();
      expect(json('/api/cases/{id}').properties.case.required).toContain('id');
      expect(json('/api/cases/{id}/assessment').properties.key_judgments.type).toBe('array');
      expect(json('/api/cases/{id}/agents').properties.agents.type).toBe('array');
      expect(json('/api/cases/{id}/narrative').properties.narratives.type).toBe('array');
      expect(json('/api/cases/{id}/matrix/{item}/{hypothesis}', 'put').properties.change).toBeTruthy();
      expect(json('/api/cases', 'post', '201').properties.case_id).toBeTruthy();
      // lists are paged; the two big single documents say why they are not
      for (const p of ['/api/cases/{id}/matrix', '/api/cases/{id}/narrative']) expect(doc.paths[p].get['x-not-a-list'], p).toMatch(/.{20,}/);
      expect(doc.components.schemas.Error.properties.error.properties.code.enum).toContain('rate_limited');
    } finally {
      await t.dispose();
    }
  });
});
