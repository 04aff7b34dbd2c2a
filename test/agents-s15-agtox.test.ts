/**
 * Session 15 (room agtox): general causes of cross-class confusions in incident accounts (docs/agent-differential.md
 * §7.00036-agtox). Every sentence is the engineer's own; none is taken from an evaluation item. Each rule is probed with
 * variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('a burning that is felt is a sensation, not a burn or a fire', () => {
  it('reads "burning (feeling / pain) on / in" a body part as the skin burning, not a burn injury', () => {
    for (const t of ['He had a burning feeling in his face.', 'Employees felt burning on their faces.', 'She complained of burning pain on her hands after touching the liquid.', 'The workers felt a burning on their arms.']) {
      const f = feats(t);
      expect(f, t).toMatchObject({ skin_burning: true });
      expect(f, t).not.toHaveProperty('burns');
    }
  });
  it('still reads burns told as injuries', () => {
    for (const t of ['He suffered burns to his face.', 'He burned his hands on the stove.', 'Burns on faces and hands were deep.', 'The smell of burning flesh filled the street.'])
      expect(feats(t), t).toMatchObject({ burns: true });
  });
  it('does not read a felt burning in a building as a fire, and still reads a building burning', () => {
    const f = feats('Employees in different parts of the building felt burning on their faces.');
    expect(f).not.toHaveProperty('fire_smoke');
    expect(f).toMatchObject({ skin_burning: true });
    expect(feats('The building was burning all night.')).toMatchObject({ fire_smoke: true });
    expect(feats('Smoke poured out as the building kept burning.')).toMatchObject({ fire_smoke: true });
  });
});

describe('a burning sensation or feeling in the throat or eyes', () => {
  it('reads the sign with the noun after burning or stinging', () => {
    expect(feats('They complained of a burning sensation in the throat.')).toMatchObject({ throat_burning: true });
    expect(feats('There was a burning sensation in his eyes and throat.')).toMatchObject({ burning_eyes: true, throat_burning: true });
    expect(feats('A stinging feeling in the eyes lasted an hour.')).toMatchObject({ burning_eyes: true });
    expect(feats('Several had burning sensations in their noses.')).toMatchObject({ throat_burning: true });
  });
  it('reads it denied under a negation, and not from another organ', () => {
    expect(feats('No burning sensation in the throat was reported.')).toMatchObject({ throat_burning: false });
    expect(feats('A burning sensation in the stomach followed the meal.')).not.toHaveProperty('throat_burning');
    expect(feats('A burning sensation in the stomach followed the meal.')).not.toHaveProperty('burning_eyes');
  });
});

describe('the attempt to help is no helper falling ill (medics_affected)', () => {
  it('does not read rushing or going to help, or the medical staff at work, as the helpers affected', () => {
    for (const t of ['Десятилетний сын бросился ей на помощь.', 'Соседи бросились на помощь и вызвали пожарных.', 'Возгорание в палате ликвидировал медперсонал до прибытия пожарных.', 'The neighbour who went to help called the fire brigade.', 'الكادر الطبي أخمد الحريق قبل وصول الدفاع المدني.'])
      expect(feats(t), t).not.toHaveProperty('medics_affected');
  });
  it('still reads helpers who fell ill, in the sentence after or (Arabic) right before', () => {
    for (const t of ['Коллега бросился на помощь и тоже потерял сознание.', 'Медперсонал тоже почувствовал недомогание.', 'The man who went to help collapsed as well.', 'Nurses fell ill after treating them.', 'أصيب الكادر الطبي بالاختناق.', 'الجار الذي حاول إنقاذه سقط مغشيا عليه.'])
      expect(feats(t), t).toMatchObject({ medics_affected: true });
  });
});

describe('an onset is timed by a sign or an illness word, not by the scene', () => {
  it('reads no delayed onset from a time phrase beside a place, a leak or a fire only', () => {
    for (const t of ['Eleven workers had nausea. The effects were contained that night; the factory has been closed.', 'The workers complained of nausea. That night the factory leaked again.', 'У троих рабочих была тошнота. Утечку на заводе устранили к утру.'])
      expect(feats(t), t).not.toHaveProperty('onset_delayed');
  });
  it('still reads it beside a sign or an illness word (EN/RU/AR)', () => {
    for (const t of ['He started coughing that night.', 'The children fell ill that night after the spraying.', 'Symptoms began the next morning at the school.', 'Дети заболели на следующий день.', 'ظهرت الأعراض في اليوم التالي.'])
      expect(feats(t), t).toMatchObject({ onset_delayed: true });
  });
});

describe('a clipped recovery after a time phrase is no delayed onset', () => {
  it('reads "next day all right", "by evening everyone fine" as the end of the signs', () => {
    for (const t of ['Throat closed, coughing and coughing. Eyes streaming. Next day all right.', 'Eyes stinging and coughing; next day fine.', 'Coughing all day; by evening everyone fine.'])
      expect(feats(t), t).not.toHaveProperty('onset_delayed');
  });
  it('still reads a delayed onset, and a fine rash is no recovery', () => {
    expect(feats('The next day he was coughing badly.')).toMatchObject({ onset_delayed: true });
    expect(feats('Next day, fine rash on the arms.')).toMatchObject({ onset_delayed: true });
  });
});

describe('watery eyes told with the adjective as the predicate', () => {
  it('reads "eyes were watery", "Eyes watery.", "eyes got teary" as tearing', () => {
    for (const t of ['His eyes were watery.', 'Eyes watery and red.', 'His eyes got teary in the smoke.']) expect(feats(t), t).toMatchObject({ lacrimation: true });
  });
  it('reads no tearing from other watery things', () => {
    expect(feats('The soup was watery and cold.')).not.toHaveProperty('lacrimation');
    expect(feats('Her eyes were not watery.')).not.toHaveProperty('lacrimation');
  });
});

describe('smoke as the first word of a compound is no cloud that was not seen', () => {
  it('reads no cloud_none from smoke damage, detectors, alarms or inhalation', () => {
    for (const t of ['There was no smoke or fire damage inside the apartments.', 'The house had no smoke detectors.', 'There were no working smoke alarms.', 'No smoke inhalation was reported.'])
      expect(feats(t), t).not.toHaveProperty('cloud_none');
  });
  it('still reads "no smoke" as no cloud', () => {
    for (const t of ['There was no smoke and no cloud.', 'No smoke was seen.', 'No smoke, no smell.']) expect(feats(t), t).toMatchObject({ cloud_none: true });
  });
});
