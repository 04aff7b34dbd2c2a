import { describe, expect, it } from 'vitest';
import { inferDateOrder, parseDate } from './dates.js';

const ok = (s: string, order?: 'DMY' | 'MDY') => {
  const r = parseDate(s, order);
  if ('error' in r) throw new Error(r.error);
  return r;
};

describe('parseDate', () => {
  it('reads ISO dates and date-times, normalising zones to UTC', () => {
    expect(ok('2017-04-05').iso).toBe('2017-04-05');
    expect(ok('2018-11-24T22:02:00+03:00').iso).toBe('2018-11-24T19:02:00Z');
    expect(ok('2015-09-27 11:46')).toEqual({ iso: '2015-09-27T11:46:00Z', format: 'ISO 8601 date-time', zoneAssumed: true });
  });
  it('reads slash dates only with an order, and says which', () => {
    expect('error' in parseDate('04/05/17')).toBe(true);
    expect(ok('04/05/17', 'MDY')).toMatchObject({ iso: '2017-04-05', format: 'MM/DD/YY' });
    expect(ok('04/05/17', 'DMY')).toMatchObject({ iso: '2017-05-04', format: 'DD/MM/YY' });
    expect(ok('08/21/13 12:00 AM', 'MDY').iso).toBe('2013-08-21T00:00:00Z');
    expect('error' in parseDate('13/13/17', 'MDY')).toBe(true);
  });
  it('reads Twitter, RFC 2822, dotted and named-month dates', () => {
    expect(ok('Sat May 12 13:04:50 +0000 2007')).toMatchObject({ iso: '2007-05-12T13:04:50Z', zoneAssumed: false });
    expect(ok('Wed, 05 Apr 2017 10:00:00 +0300').iso).toBe('2017-04-05T07:00:00Z');
    expect(ok('03.10.2017').iso).toBe('2017-10-03');
    expect(ok('April 5, 2017').iso).toBe('2017-04-05');
  });
  it('rejects impossible dates and garbage', () => {
    expect('error' in parseDate('2017-02-30')).toBe(true);
    expect('error' in parseDate('yesterday')).toBe(true);
  });
});

describe('inferDateOrder', () => {
  it('settles the order from the column, or says it cannot', () => {
    expect(inferDateOrder(['04/05/17', '4/16/17'])).toBe('MDY');
    expect(inferDateOrder(['04/05/17', '16/4/17'])).toBe('DMY');
    expect(inferDateOrder(['04/05/17', '01/02/17'])).toBe('ambiguous');
    expect(inferDateOrder(['16/04/17', '04/16/17'])).toEqual({ conflict: '04/16/17' });
  });
});
