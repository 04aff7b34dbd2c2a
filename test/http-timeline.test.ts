/** Timeline ordering of date-only items (day precision) and word-boundary title cuts (docs/http-api.md). */
import { describe, expect, it } from 'vitest';
import { clip, timelineEvents, timelineKey } from '../src/core/case/timeline-event.js';

const EVENT = '2018-11-24T19:00:00Z';

describe('timeline', () => {
  it('puts a date-only item of the event day after the event hour, never before the attack', () => {
    expect(timelineKey('2018-11-24', EVENT)).toBe(Date.parse('2018-11-24T19:59:59.999Z'));
    expect(timelineKey('2018-11-25', EVENT)).toBe(Date.parse('2018-11-25T00:00:00Z'));
    expect(timelineKey('2018-11-24T19:30:00Z', EVENT)).toBe(Date.parse('2018-11-24T19:30:00Z'));
  });

  it('marks day precision and sorts day items after the timed items of the event hour', () => {
    const view: any = {
      case: { id: 'c', when: { at: EVENT }, claims: [], conclusions: [] },
      testimonies: [],
      samples: [],
      siteControl: [],
      evidence: [],
    };
    const reports: any[] = [
      { id: 'r1', published_at: '2018-11-24', outlet: 'SANA', title: 'Terrorists fire toxic gas shells at Aleppo neighbourhoods', text: '' },
      { id: 'r2', published_at: '2018-11-24T19:40:00Z', outlet: 'AFP', title: 'Gas attack', text: '' },
      { id: 'r3', published_at: '2018-11-24T20:10:00Z', outlet: 'RT', title: 'Later', text: '' },
      { id: 'r4', published_at: '2018-11-24T12:00:00Z', outlet: 'X', title: 'Earlier', text: '' },
    ];
    const ev = timelineEvents(view, reports);
    expect(ev.map((e) => [e.ref, e.precision])).toEqual([
      ['r4', 'time'],
      ['r2', 'time'],
      ['r1', 'day'],
      ['r3', 'time'],
    ]);
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const t = 'Residents of the al-Khalidiya neighbourhood reported breathing difficulties after shells landed';
    const c = clip(t, 40);
    expect(c.length).toBeLessThanOrEqual(40);
    expect(c.endsWith('…')).toBe(true);
    expect(t.startsWith(c.slice(0, -1))).toBe(true);
    expect(t[c.length - 1]).toBe(' '); // the cut falls between words
    expect(clip('short', 40)).toBe('short');
  });
});
