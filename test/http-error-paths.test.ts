/** Reader paths of the temp bundle files become clean JSON paths of the request body (docs/http-api.md "Errors are data"). */
import { describe, expect, it } from 'vitest';
import { bodyPath } from '../src/http/routes/cases.js';
import { jsonPath } from '../src/http/http-errors.js';

const D = '/ws/tmp/import-abc';
describe('error paths', () => {
  it('maps file, line and field to a JSON path', () => {
    expect(bodyPath(`${D}/reports.jsonl:2: published_at`, D)).toBe('body.reports[1].published_at');
    expect(bodyPath(`${D}/case.json:5: when.at`, D)).toBe('body.case.when.at');
    expect(bodyPath(`${D}/testimonies.json:8: 1.who`, D)).toBe('body.testimonies[1].who');
    expect(bodyPath(`${D}/site-control.json:2: 0.from`, D)).toBe('body.site_control[0].from');
    expect(bodyPath(`${D}/hypotheses.json:13: evidence.0.ratings.h1`, D)).toBe('body.matrix[0].ratings.h1');
    expect(bodyPath(`${D}/hypotheses.json:3: hypotheses.1.label`, D)).toBe('body.hypotheses[1].label');
    expect(bodyPath('authorization', D)).toBe('authorization');
  });
  it('quotes keys that are not identifiers', () => {
    expect(jsonPath('body', ['matrix', 0, 'ratings', 'h-no-chemical'])).toBe('body.matrix[0].ratings["h-no-chemical"]');
  });
});
