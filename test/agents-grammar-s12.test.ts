/**
 * Session 12 (room fixag): two readings of grammar. A smell told as present later in the sentence ("no smell of gas, only
 * petrol") says there was a smell; half or a quarter of an hour is no delayed onset. Every sentence is the engineer's own;
 * none is taken from an evaluation item.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};

describe('"no smell of X, only Y" is a smell of Y, not no smell', () => {
  it('drops odour_none before a smell told as present in the same sentence', () => {
    expect(feats('There was no smell of gas, only a smell of petrol and burning.')).not.toHaveProperty('odour_none');
    expect(feats('ما كان في ريحة غاز، بس ريحة بنزين وحريق.')).not.toHaveProperty('odour_none');
    expect(feats('لم تكن هناك رائحة غاز، فقط رائحة بنزين.')).toMatchObject({ odour_solvent: true });
    expect(feats('لم تكن هناك رائحة غاز، فقط رائحة بنزين.')).not.toHaveProperty('odour_none');
  });
  it('keeps a plain "no smell", and one told before a smell in another sentence', () => {
    expect(feats('There was no smell at all and people were coughing.')).toMatchObject({ odour_none: true });
    expect(feats('ما كان في ريحة أبداً، والناس عم تسعل.')).toMatchObject({ odour_none: true });
    expect(feats('At first there was no smell. Later the room smelled of bleach.')).toMatchObject({ odour_none: true, odour_bleach: true });
  });
});

describe('half or a quarter of an hour is no delayed onset', () => {
  it('does not read بعد نص ساعة / بعد ربع ساعة as hours later', () => {
    expect(feats('بعد نص ساعة بدأ يسعل ويتقيأ.')).not.toHaveProperty('onset_delayed');
    expect(feats('عيوني دمعت وحرقتني، وبعد ربع ساعة بالهوا راحت.')).not.toHaveProperty('onset_delayed');
  });
  it('still reads hours as a delayed onset', () => {
    expect(feats('بعد ساعات بدأ يسعل ويتقيأ.')).toMatchObject({ onset_delayed: true });
    expect(feats('بعد كم ساعة طلعت فقاعات على جلده.')).toMatchObject({ onset_delayed: true });
  });
});

describe('crying with laughter, fear or screaming is weeping, not tearing', () => {
  it('drops lacrimation for crying told with an emotion in its clause', () => {
    expect(feats('Schoolgirls had attacks of laughing and crying lasting hours.')).not.toHaveProperty('lacrimation');
    expect(feats('Дети плакали от страха, у одной девочки обморок.')).not.toHaveProperty('lacrimation');
    expect(feats('البنات صاروا يبكوا من الخوف ويصرخوا.')).not.toHaveProperty('lacrimation');
  });
  it('keeps crying from a gas', () => {
    expect(feats('After the tear gas everyone was crying and coughing.')).toMatchObject({ lacrimation: true });
    expect(feats('После газа все плакали и кашляли.')).toMatchObject({ lacrimation: true });
    expect(feats('الكل كان يبكي ويسعل من الغاز.')).toMatchObject({ lacrimation: true });
  });
});

describe('false friends of a spray or a prank', () => {
  it('reads "discharged a pepper spray" as firing it, not as a discharge from hospital', () => {
    expect(feats('A student discharged a pepper spray in the cafeteria; pupils coughed.')).not.toHaveProperty('full_recovery');
    expect(feats('Six were treated for coughing and discharged the same day.')).toMatchObject({ full_recovery: true });
  });
  it('does not read a stink bomb as a munition', () => {
    expect(feats('Someone set off a stink bomb in the theatre and people had burning eyes.')).not.toHaveProperty('delivery_shell_rocket');
    expect(feats('A bomb fell on the market and people had burning eyes.')).toMatchObject({ delivery_shell_rocket: true });
  });
});
