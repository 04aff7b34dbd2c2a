/**
 * Session 27 (agspeed): the speed paths of this session give what the code they replace gave (docs/agent-differential.md
 * §7.00054-agspeed). matchTerms computes the operands of its gap tests (a coordinator alone in a gap, a stop word, a و body
 * part after a skipped word) at every token of a gap, so that a gap first met late does not deoptimise it; the hits are the
 * reference matcher's (test/helpers/term-reference.ts) on sentences built to take each of those tests, both ways, and on
 * seeded recombinations of their words. The whole extraction and differential are compared with the session's start tree
 * by bench/agents-identity.ts (every development account, byte-identical output).
 */
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { normaliseText } from '../src/core/agents/feature-extraction.js';
import { matchTerms, type TermHit } from '../src/core/agents/term-matcher.js';
import { packageKnowledge } from './helpers/knowledge.js';
import { referenceTerms } from './helpers/term-reference.js';

const SENTENCES = [
  // a coordinator alone in the gap (English, Russian) ends the first conjunct; a shared head keeps its modifiers
  'Dry mouth and watering eyes.',
  'Her mouth and watering eyes were the worst.',
  'eye and throat irritation',
  'watery and itchy eyes',
  'mouth watering',
  'Сухость во рту и слезящиеся глаза',
  'глаза и горло жгло',
  // a stop word in a scene term's gap
  'Police and the fire department arrived',
  'police fired tear gas at the crowd',
  // Arabic و body parts: a new clause after a skipped word, a list right after the term's word; Arabic ولا is no coordinator here
  'عيونهم تسيل وحلوقهم تحرق',
  'العيون والحلق تحرق',
  'عيوني وأنفي وحلقي تحرقني',
  'وجهه أحمر ويقول يحرق',
  'لا ريحة ولا دخان',
  'ما في سعال ولا ضيق نفس',
];
const show = (l: string, hs: TermHit[]) => hs.map((h) => `${h.feature}${h.absent ? '-' : ''}[${l.slice(h.start, h.end)}]`);

describe('matchTerms gap tests computed at every token (session 27)', () => {
  const kb = loadAgentKb(packageKnowledge);
  const sc = { en: true, ru: true, ar: true };
  it('reads the built sentences as the reference matcher does, each gap test taken', () => {
    const got = SENTENCES.map((s) => {
      const l = normaliseText(s).toLowerCase();
      const hits = matchTerms(kb.terms!, l, sc);
      expect(show(l, hits), s).toEqual(show(l, referenceTerms(kb.terms!, l, sc)));
      return show(l, hits);
    });
    // the coordinator alone in the gap: no 'mouth watering' across 'and'; the shared head keeps 'eye ... irritation'
    expect(got[0]).toEqual(['dry_mouth[dry mouth]']);
    expect(got[2]).toContain('burning_eyes[eye and throat irritation]');
    expect(got[4]).toEqual(['hypersalivation[mouth watering]']);
    // the و body part after a skipped word opens a new clause (the eyes run, the throats burn); right after, a list
    expect(got[9]).toEqual(['throat_burning[وحلوقهم تحرق]']);
    expect(got[10]).toContain('burning_eyes[العيون والحلق تحرق]');
    // the stop word: 'police and the fire department' is no firing
    expect(got[7]).toEqual([]);
  });
  it('reads seeded recombinations of their words as the reference matcher does', () => {
    const words = SENTENCES.flatMap((s) => normaliseText(s).toLowerCase().split(/\s+/u));
    const joiners = ['and', 'or', 'и', 'или', 'و', 'ولا', ',', '.'];
    let seed = 0x27;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    let hits = 0;
    for (let k = 0; k < 3000; k++) {
      const n = 2 + Math.floor(rnd() * 7);
      const l = Array.from({ length: n }, () => (rnd() < 0.25 ? joiners[Math.floor(rnd() * joiners.length)] : words[Math.floor(rnd() * words.length)])).join(' ');
      const got = matchTerms(kb.terms!, l, sc);
      expect(show(l, got), l).toEqual(show(l, referenceTerms(kb.terms!, l, sc)));
      hits += got.length;
    }
    expect(hits).toBeGreaterThan(500);
  });
});
