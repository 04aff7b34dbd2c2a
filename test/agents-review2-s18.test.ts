/**
 * Session 18 (room fixrev2): the review's over-reaches R9-R11, R13, R15-R17 (/work/notes/review-s18.md), each with the
 * reviewer's sentence (the reading it should have) and the rule's own intended sentence (kept). Every sentence here was written
 * for the review or for this test; none is taken from an evaluation file (docs/agent-differential.md §7.00040-fixrev2).
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('R9: обожглись на + a let-down is the idiom, not burns', () => {
  it('the idiom reads no burns', () => {
    expect(feats('Жители уже обожглись на обещаниях властей и не верят официальной версии.')).not.toHaveProperty('burns');
    expect(feats('Многие обожглись на этих заверениях.')).not.toHaveProperty('burns');
  });
  it('a person burnt stays burns, also на + a place of heat', () => {
    expect(feats('Обожглись те, кто тушил.')).toEqual({ burns: true });
    expect(feats('Двое рабочих обожглись на пожаре в цехе.')).toMatchObject({ burns: true });
  });
});

describe('R10: "areas where <people> were sweating" is the people\'s sweating', () => {
  it('a person subject or a past auxiliary in the relative clause keeps sweating', () => {
    expect(feats('In the areas where residents were sweating and vomiting, medics found pinpoint pupils and twitching.')).toMatchObject({ sweating: true });
  });
  it('the body places that sweat stay no sign', () => {
    expect(feats('The skin burned in the places where you sweat.')).not.toHaveProperty('sweating');
    expect(feats('Blisters formed in the folds that sweat most.')).not.toHaveProperty('sweating');
  });
});

describe('R11: a food never eaten or cooked is no ingestion', () => {
  it('a negator in the gap or before the verb', () => {
    expect(feats('Шашлык никто не успел попробовать: от склада пошёл едкий дым, у людей резало глаза и першило в горле.')).not.toHaveProperty('ingestion');
    expect(feats('Рыбу мы так и не съели.').ingestion).not.toBe(true);
    expect(feats('Мы не ели рыбу в тот день.')).not.toHaveProperty('ingestion');
  });
  it('a food cooked or eaten stays the meal', () => {
    expect(feats('Мясо купили на рынке и приготовили во фритюре.')).toMatchObject({ ingestion: true });
    expect(feats('Вечером съели рыбу.')).toMatchObject({ ingestion: true });
  });
});

describe('R13: a lay time phrase needs a sign after it, not a body part or a homograph', () => {
  it('a response time is no onset', () => {
    expect(feats('بعد عشر دقائق وصل الإسعاف إلى نفس المكان')).not.toHaveProperty('onset_fast');
    expect(feats('Within a minute the fire crew arrived and checked the eyes of the children, who were fine.')).not.toHaveProperty('onset_fast');
  });
  it('a sign after the time phrase stays a fast onset', () => {
    expect(feats('بعد كم دقيقة صرنا نكح.')).toMatchObject({ onset_fast: true, cough: true });
    expect(feats('بعد خمس دقايق ما عاد يقدر يتنفس.')).toMatchObject({ onset_fast: true });
    expect(feats('In a couple of minutes everyone was coughing.')).toMatchObject({ onset_fast: true, cough: true });
    expect(feats('Within a minute my eyes were burning.')).toMatchObject({ onset_fast: true });
  });
});

describe('R15: a flash-bang is a blast told, so ringing ears are its trauma', () => {
  it('ringing ears after a flash-bang or a detonation', () => {
    expect(feats('Police threw a flash-bang; my ears were ringing and my eyes burned.')).toMatchObject({ trauma_injuries: true, burning_eyes: true });
    expect(feats('After the detonation my ears were ringing.')).toMatchObject({ trauma_injuries: true });
  });
  it('ringing ears with no blast told stay no trauma; a stun grenade stays one', () => {
    expect(feats('My ears were ringing and my eyes burned.')).not.toHaveProperty('trauma_injuries');
    expect(feats('Police threw a stun grenade; my ears were ringing.')).toMatchObject({ trauma_injuries: true });
  });
});

describe('R16: observation_day with the possessive or the length in days', () => {
  it('reads the possessive and the spelled-out days', () => {
    expect(feats("The twelve workers were kept for 24 hours' observation at the district hospital.")).toMatchObject({ observation_day: true });
    expect(feats('The twelve workers were kept under observation for two days at the district hospital.')).toMatchObject({ observation_day: true });
    expect(feats('The others were kept 24 hours for observation.')).toMatchObject({ observation_day: true });
  });
  it('no length or a post is no observation_day', () => {
    expect(feats('The twelve workers were kept under observation at the district hospital.')).not.toHaveProperty('observation_day');
    expect(feats("Soldiers manned the 24 hours' observation post.")).not.toHaveProperty('observation_day');
  });
});

describe('R17: "never in my life smelled anything like it" is a strange smell', () => {
  it('an adverbial of life or before between never and the verb', () => {
    expect(feats('I had never in my life smelled anything like it.')).toEqual({ odour_unusual: true });
    expect(feats('I had never before smelled anything like it.')).toEqual({ odour_unusual: true });
    expect(feats('I had never smelled anything like it.')).toEqual({ odour_unusual: true });
  });
});

describe('R18: the sewage works\' chlorine level is a judgment, not a cited P(setting | release)', () => {
  it('carries !why, no @source for the reverse direction', async () => {
    const fs = await import('node:fs');
    const text = fs.readFileSync(new URL('../knowledge/agents.yaml', import.meta.url), 'utf8');
    const block = text.slice(text.indexOf('  setting_wastewater_plant:'), text.indexOf('  setting_wastewater_plant:') + 3000);
    expect(block).toMatch(/\n\s+chlorine\/release: "common!a judgment/);
    expect(block).toMatch(/\n\s+chlorine: "common!a judgment/);
    expect(block).not.toMatch(/chlorine(?:\/release)?: "common@/);
  });
});
