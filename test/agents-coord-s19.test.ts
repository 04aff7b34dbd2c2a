/**
 * Session 19 (coordinator): readings restored on the integration branch after the rooms' rules met.
 * - agru moved the Arabic simile 'كالحديد المنصهر' out of the term list (the stemmer stripped its ك and read plain molten iron,
 *   a foundry's, as burning elements); session 14's lay family 'molten iron came down on us from the sky' then read nothing.
 *   The fall from the sky is what a foundry never tells, so it reads burning_particles again; molten iron poured at a works does not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('molten iron that falls from the sky (burning_particles), not a foundry\'s', () => {
  it('reads the fall', () => {
    expect(feats('نزل علينا حديد منصهر من السماء.')).toHaveProperty('burning_particles', true);
    expect(feats('تساقط علينا معدن منصهر فوق البيوت.')).toHaveProperty('burning_particles', true);
    expect(feats('كان الشرر كالحديد المنصهر.')).toHaveProperty('burning_particles', true);
  });
  it('does not read molten iron at a works', () => {
    expect(feats('في المصنع يصبون الحديد المنصهر في القوالب.')).not.toHaveProperty('burning_particles');
    expect(feats('الحديد المنصهر في الفرن العالي.')).not.toHaveProperty('burning_particles');
  });
});
