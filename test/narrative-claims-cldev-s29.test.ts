/**
 * Session 29 (room cldev): group links of a deed, named separatist groups, and the clause around a deed, each rule with the
 * readings it must make and the near misses it must not. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon);

describe('a group link names the group a deed is connected to; a target linked to a group does not', () => {
  it('"links to", "tied to" after an incident, and "terror group / module / cell" as the class word', () => {
    expect(read('A car bomb killed six people in Peshawar, with officials suggesting links to a local terror cell.')).toMatchObject({ claims: { blamed: 'opposition', staged: false }, voice: 'reports' });
    expect(read('The bombing of the market was tied to the Islamic State, investigators found.').claims).toMatchObject({ blamed: 'opposition' });
    expect(read('A terror module carried out the blast near the railway station.').claims).toMatchObject({ blamed: 'opposition', staged: false });
  });
  it('near misses: the target of a deed linked to a group, and the noun of fear', () => {
    expect(read('A drone strike hit a warehouse linked to Hezbollah in the Bekaa valley.').claims.blamed).toBeNull();
    expect(read('Airstrikes on sites with ties to the Houthis were reported overnight.').claims.blamed).toBeNull();
    expect(read('The reign of terror ended in 1794.').claims.blamed).toBeNull();
  });
});

describe('named armed groups as sourced data (knowledge/claim-parties.yaml)', () => {
  it('the Balochistan Liberation Army is opposition in English, Russian and Arabic, not a state army', () => {
    expect(read('The Balochistan Liberation Army attacked a bus in Quetta, killing nine passengers.').claims).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('The BLA attacked a convoy near Turbat, killing four soldiers.').claims).toMatchObject({ blamed: 'opposition' });
    expect(read('Армия освобождения Белуджистана атаковала военную колонну в Турбате.').claims).toMatchObject({ blamed: 'opposition' });
    expect(read('هاجم جيش تحرير بلوشستان حافلة في كويتا وقتل تسعة ركاب.').claims).toMatchObject({ blamed: 'opposition' });
  });
});

describe('the subject of a deed verb in the clause around it', () => {
  it('Russian: a nominative relative pronoun is the subject, so the noun phrase after the verb is its object', () => {
    expect(read('Полиция сообщила, что журналист, который в прошлом году угнал российский военный катер, был застрелен в Марбелье.').claims.blamed).toBeNull();
    expect(read('Волонтер, которая вчера вывезла украинских детей, была ранена при обстреле.').claims.blamed).toBeNull();
    // near misses: «которые» is accusative as well, and a post-verbal subject without a relative stays the subject
    expect(read('Дома, которые обстреляли российские войска, остались без света.').claims.blamed).toBe('russia');
    expect(read('Удар по вокзалу нанесли украинские военные.').claims.blamed).toBe('ukraine');
  });
  it('English: "it" after a reporting or factive verb, an adjunct of time and "that" is the speaker', () => {
    expect(read('Israel confirmed early Tuesday, 24 June, that it had struck a missile site near Tabriz.').claims).toMatchObject({ blamed: 'other', staged: false });
    expect(read('Russia said on Monday that it had struck a fuel depot in Odesa.').claims).toMatchObject({ blamed: 'russia' });
    // near miss: "that" after a noun is no complement of a speaker's verb
    expect(read('The report that it struck a fuel depot was denied by Russia.').claims.blamed).toBeNull();
  });
  it('Arabic: hijacking and hitting as finite deeds with the subject after them', () => {
    expect(read('أعلنت السلطات تحرير الركاب من الحافلة التي اختطفها مسلحون قرب كويتا.').claims).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('أصابت صواريخ روسية محطة القطارات في خاركيف صباح الاثنين.').claims).toMatchObject({ blamed: 'russia', staged: false });
    // near miss: a weapon with no party hits a building of a party (the building's owner is no doer)
    expect(read('أصاب صاروخ مبنى تابعا للجيش السوري.').claims.blamed).toBeNull();
  });
});

describe('a named lone attacker identified by a source (claim-doer.ts)', () => {
  it('"identified by <source> as <age> X", and the active "police identified the gunman as X"', () => {
    expect(read('A stabbing at a Leeds bus station left three injured. The attacker, identified by police sources as 31-year-old Daniel Marsh, was arrested at the scene.').claims).toMatchObject({ blamed: 'other', staged: false });
    expect(read('Two worshippers were shot dead at a mosque in Lyon. Prosecutors identified the gunman as Paul Girard.').claims).toMatchObject({ blamed: 'other' });
    // near miss: a victim identified by name is no doer
    expect(read('Two worshippers were shot dead at a mosque in Lyon. Prosecutors identified the victim as Paul Girard.').claims.blamed).toBeNull();
  });
});
