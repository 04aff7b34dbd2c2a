/**
 * Session 12 (room fixag): in Arabic, bare trembling (يرتجف، رجفة، يرتعشوا) is fear or cold as often as a muscle tremor and
 * is no fasciculation, as Russian bare дрожь was left out in session 10; the trembling of muscles, hands or the body
 * stays. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};

describe('Arabic trembling and the muscle tremor', () => {
  it('does not read bare trembling from fear as fasciculations', () => {
    expect(feats('البنات صاروا يرتجفوا من الخوف ويبكوا.')).not.toHaveProperty('fasciculations');
    expect(feats('كانت عنده رجفة من البرد.')).not.toHaveProperty('fasciculations');
  });
  it('still reads the muscles or the body trembling', () => {
    expect(feats('عضلاته ترتعش وعيونه مثل رأس الدبوس.')).toMatchObject({ fasciculations: true });
    expect(feats('جسمه يرتجف وريالته نازلة.')).toMatchObject({ fasciculations: true });
    expect(feats('ظهرت اختلاجات عضلية وتضيق في الحدقتين.')).toMatchObject({ fasciculations: true });
  });
  it('no longer reads a frightened bus of girls as a nerve agent', () => {
    const t = 'في الباص وحدة قالت في ريحة غريبة وطاحت، والبنات صاروا يرتعشوا، والدفاع المدني ما لقوا شي.';
    expect(feats(t)).not.toHaveProperty('fasciculations');
    expect(runDifferential(kb, [{ text: t, role: 'witness' }]).top.class).not.toBe('nerve');
  });
});
