import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILES, bundleJsonSchema } from '../src/core/case/bundle-schema.js';

describe('bundle JSON Schemas', () => {
  it('docs/schema holds the current schema of every bundle file (run `assay schema --out docs/schema`)', () => {
    for (const f of Object.keys(BUNDLE_FILES)) {
      const p = path.resolve(__dirname, '../docs/schema', f.replace(/\.\w+$/, '.schema.json'));
      expect(JSON.parse(fs.readFileSync(p, 'utf8')), f).toEqual(bundleJsonSchema(f));
    }
  });
  it('states the required fields of a case', () => {
    const s = bundleJsonSchema('case.yaml') as { required: string[] };
    expect(s.required).toEqual(['id', 'title', 'when', 'place']);
  });
});
