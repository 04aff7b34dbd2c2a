/**
 * Session 17 (room agpara): reader defects of lay accounts left by session 16 (docs/agent-differential.md §7.00039-agpara), each
 * stated generally. Every sentence here was written for this test; none is taken from an evaluation file. Each group has
 * variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats, kb } from './helpers/agent-probe.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { stemsOf } from '../src/core/agents/term-matcher.js';

describe('English irregular pasts and participles meet the base verb (account side only)', () => {
  it('"eaten", "drank", "thrown", "swollen" also get the base verb\'s stem', () => {
    expect(stemsOf('eaten', 'en')).toEqual(['eaten', 'eat']);
    expect(stemsOf('drank', 'en')).toContain('drink');
    expect(stemsOf('thrown', 'en')).toContain('throw');
    expect(stemsOf('swollen', 'en')).toContain('swell');
  });
  it('words that are also other words keep their own stem only', () => {
    expect(stemsOf('rose', 'en')).toEqual(['rose']);
    expect(stemsOf('drunk', 'en')).toEqual(['drunk']);
    expect(stemsOf('felt', 'en')).toEqual(['felt']);
  });
  it('an account told with "eaten" reads the ingestion a term tells with "ate"', () => {
    expect(feats('The children had eaten berries from the bush.')).toMatchObject({ ingestion: true });
    expect(feats('Everyone who had eaten the stew was vomiting by night.')).toMatchObject({ ingestion: true, vomiting: true });
  });
});

describe('a reduplicated term ("burned and burned") holds only with its words side by side', () => {
  it('a fire and a felt burning in one sentence are no burning particles', () => {
    expect(feats('The building was burning and my eyes burned.')).not.toHaveProperty('burning_particles');
    expect(feats('Дом горел, и горело горло.')).not.toHaveProperty('burning_particles');
  });
  it('the reduplication itself still reads', () => {
    expect(feats('The stuff on the ground burned and burned for hours.')).toMatchObject({ burning_particles: true });
    expect(feats('Оно горит и горит, водой не потушить.')).toMatchObject({ burning_particles: true });
  });
});

describe('a contrast ends a denial: "not X but Y" tells Y (EN/RU/AR)', () => {
  it('the odour after the contrast is there, the one before it is denied', () => {
    expect(feats('We did not smell chlorine but garlic.')).toEqual({ odour_bleach: false, odour_garlic: true });
    expect(feats('Не было запаха хлора, а пахло чесноком.')).toEqual({ odour_bleach: false, odour_garlic: true });
    expect(feats('ما شمينا ريحة كلور بل ريحة ثوم')).toEqual({ odour_bleach: false, odour_garlic: true });
  });
  it('"nothing but", "nobody but" stay exceptives; a plain denial stays a denial', () => {
    expect(feats('Nobody but the guards coughed.')).toEqual({ cough: true });
    expect(feats('We did not smell garlic.')).toEqual({ odour_garlic: false });
  });
  it('the agents a text names leave out the one set aside by the contrast', () => {
    expect(extractFeatures('It was not chlorine but tear gas.', { terms: kb.terms }).named).toEqual(['cs']);
    expect(extractFeatures('Это был не хлор, а слезоточивый газ.', { terms: kb.terms }).named).toEqual(['cs']);
    expect(extractFeatures('لم يكن كلور بل غاز مسيل للدموع', { terms: kb.terms }).named).toEqual(['cs']);
    expect(extractFeatures('It was chlorine, not tear gas.', { terms: kb.terms }).named).toEqual(['chlorine']);
    expect(extractFeatures('Chlorine and tear gas were both used.', { terms: kb.terms }).named).toEqual(['chlorine', 'cs']);
  });
  it('a denied Arabic tear gas is no denied tearing', () => {
    expect(feats('ما كان غاز مسيل للدموع')).toEqual({ delivery_police_canister: false });
    expect(feats('ما كان في دموع')).toEqual({ lacrimation: false });
  });
});

describe('"and" with a new definite subject and its own verb ends a denial', () => {
  it('the new clause is asserted', () => {
    expect(feats('Tests excluded convulsions and the patients recovered fully.')).toEqual({ convulsions: false, full_recovery: true });
    expect(feats('There was no cough and the eyes watered.')).toEqual({ cough: false, lacrimation: true });
  });
  it('a coordinated object stays under the denial', () => {
    expect(feats('Tests excluded convulsions and hypersalivation.')).toEqual({ convulsions: false, hypersalivation: false });
    expect(feats('There was no cough and no tearing.')).toEqual({ cough: false, lacrimation: false });
    expect(feats('There was no cough and vomiting.')).toEqual({ cough: false, vomiting: false });
  });
});

describe('"we felt nothing" is a delayed onset only when told as an interval', () => {
  it('bare "felt nothing" denies; with "at first" / "until" it is the interval', () => {
    expect(feats('لم نشعر بشيء، ثم بدأنا نسعل')).toEqual({ cough: true });
    expect(feats("We didn't feel anything, and nobody coughed.")).toEqual({ cough: false });
    expect(feats("We didn't feel anything at first; by night the skin blistered.")).toMatchObject({ onset_delayed: true, delayed_blisters: true });
    expect(feats('في البداية لم نشعر بشيء، وبعد ساعات ظهرت الفقاعات')).toMatchObject({ onset_delayed: true });
  });
});

describe('"swallow" said of a cloud or fire, or of a place, engulfs: no ingestion', () => {
  it('a cloud or flames that swallowed a street or a house', () => {
    expect(feats('A huge grey cloud swallowed the street.')).not.toHaveProperty('ingestion');
    expect(feats('The flames swallowed the house.')).not.toHaveProperty('ingestion');
  });
  it('a person who swallowed something ingested it', () => {
    expect(feats('The boy swallowed some of the liquid.')).toEqual({ ingestion: true });
  });
});

describe('talk that went round is a rumour: what it tells is not read', () => {
  it('EN put it about, word went round; RU поговаривали', () => {
    expect(feats('Someone put it about that a crop plane had gone over and sprayed us.')).toEqual({});
    expect(feats('Word went round that the police had sprayed the crowd.')).toEqual({});
    expect(feats('Поговаривали, что самолёт что-то распылил.')).toEqual({});
  });
  it('the same told as seen is read', () => {
    expect(feats('The crop plane went over and sprayed us, and we vomited.')).toMatchObject({ pesticide_application: true, vomiting: true });
  });
});

describe('lay words for signs and releases (EN/RU)', () => {
  it('the bare skin of the arms, hands or neck that stings is the skin\'s burning; an itch or a burn is not', () => {
    expect(feats('My arms were stinging.')).toEqual({ skin_burning: true });
    expect(feats('Our necks were on fire.')).toMatchObject({ skin_burning: true });
    expect(feats('The skin on my arms itched.')).not.toHaveProperty('skin_burning');
    expect(feats('His hands were burned.')).not.toHaveProperty('skin_burning');
  });
  it('catarrh running is a running nose', () => {
    expect(feats('Everyone was sneezing, catarrh running.')).toMatchObject({ rhinorrhoea: true });
  });
  it('the eyes told first and taken up by a pronoun', () => {
    expect(feats('My eyes, hmm, they were burning.')).toEqual({ burning_eyes: true });
    expect(feats('The eyes, man, they stung.')).toEqual({ burning_eyes: true });
    expect(feats('My eyes, they were fine.')).toEqual({});
  });
  it('a fire water did not put out, a jelly of fire; not a water cannon that made it worse', () => {
    expect(feats("It stuck to the roof and water didn't put it out.")).toMatchObject({ delivery_incendiary: true });
    expect(feats('A jelly of fire splashed over the yard.')).toMatchObject({ delivery_incendiary: true });
    expect(feats('The water cannon made it worse.')).not.toHaveProperty('delivery_incendiary');
  });
  it('a drum or container of a fluid that split or tipped over is a release; not a barrel, a cylinder or a washing machine', () => {
    expect(feats('A drum of cleaning fluid split in the back room.')).toEqual({ delivery_industrial_leak: true });
    expect(feats('The container of solvent tipped over.')).toEqual({ delivery_industrial_leak: true });
    expect(feats('Бочка с кислотой лопнула.')).toMatchObject({ delivery_industrial_leak: true });
    expect(feats('The drum of the washing machine split.')).toEqual({});
    expect(feats('A barrel burst on the roof.')).not.toHaveProperty('delivery_industrial_leak');
  });
});

describe('a landmark is no release: "we live next to the waterworks"', () => {
  it('where the speaker lives, told apart from the signs, is no setting', () => {
    expect(feats('We live next to the waterworks. In the night we coughed and our eyes burned.')).toEqual({ cough: true, burning_eyes: true });
  });
  it('the people near it struck in the same sentence mark it as the source', () => {
    expect(feats('Forty people living near the waterworks were brought to hospitals complaining of nausea.')).toMatchObject({ delivery_pool_pump: true });
    expect(feats('The waterworks leaked chlorine.')).toMatchObject({ delivery_pool_pump: true });
  });
});

describe('what people shouted is their cry: a scene split across a shout is not joined', () => {
  it('the actor or setting before the shout, the gas inside its content', () => {
    expect(feats('Полицейские стояли у входа, люди кричали, что газ пустили.')).toEqual({});
    expect(feats('People at the rally were shouting that gas had been released.')).toEqual({});
  });
  it('the actor inside the content, or no shout, keeps the scene', () => {
    expect(feats('People shouted that the police had fired gas.')).toEqual({ delivery_police_canister: true });
    expect(feats('Полиция пустила газ, люди кричали.')).toEqual({ delivery_police_canister: true });
  });
});

describe('a 40 mm grenade reads alike in English, Russian and Arabic', () => {
  it('a launcher grenade\'s calibre makes قنبلة / قنابل no shell or bomb, as "a 40 mm grenade" reads none', () => {
    expect(feats('A 40 mm grenade fell near us.')).toEqual({});
    expect(feats('سقطت قنبلة عيار 40 ملم قربنا')).toEqual({});
    expect(feats('أطلقوا علينا قنابل عيار 40 ملم')).toEqual({ delivery_police_canister: true });
  });
  it('a bomb of another calibre, or none told, is still a bomb', () => {
    expect(feats('سقطت قنبلة عيار 500 رطل')).toEqual({ delivery_shell_rocket: true });
    expect(feats('سقطت قنابل على الحي')).toEqual({ delivery_shell_rocket: true });
  });
});

describe('spoken Arabic: free relatives, crumbs that glow, garlic, water that does not put it out', () => {
  it('وين ما / شو ما / مين ما (wherever, whatever, whoever) is no denial', () => {
    expect(feats('وين ما الفقاعات فقعت عم يقشر الجلد')).toMatchObject({ delayed_blisters: true });
    expect(feats('ما طلعت فقاعات')).toMatchObject({ delayed_blisters: false });
  });
  it('فتافيت that glow in a burn are burning particles; ريحة توم is garlic', () => {
    expect(feats('بحرق عالفخد، وفيه فتافيت صفرا بتضوي')).toMatchObject({ burning_particles: true });
    expect(feats('كان في ريحة توم قوية')).toMatchObject({ odour_garlic: true });
  });
  it('water that does not put it out', () => {
    expect(feats('يلزق بكل شي والمي ما يطفيه')).toMatchObject({ delivery_incendiary: true });
  });
});

describe('Russian postposed никакого / никакой ending its clause denies', () => {
  it('"Кашля никакого", "Запаха никакого, одна пыль"', () => {
    expect(feats('Кашля никакого.')).toEqual({ cough: false });
    expect(feats('Рвоты никакой, только кашель.')).toEqual({ vomiting: false, cough: true });
    expect(feats('Запаха никакого, одна пыль.')).toMatchObject({ odour_none: true });
  });
  it('the adjective "никакой" (worn out) before a verb denies nothing', () => {
    expect(feats('Он никакой был, всё кашлял.')).toEqual({ cough: true });
  });
});
