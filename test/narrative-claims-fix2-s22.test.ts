/**
 * Session 22 (room fix2): the second review's claims findings (R24-R28), each reviewer sentence beside the rule's intended
 * reading and a near miss of the engineer's own. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('R24: a possessive before a weapon compound closed by "use" is its doer', () => {
  it('blames the possessor whatever modifiers follow', () => {
    expect(read("Investigators documented the Syrian regime's large-scale chemical weapons use in Ghouta.")).toMatchObject({ blamed: 'government' });
    expect(read("The Syrian air force's repeated large-scale sarin use was confirmed by the JIM.")).toMatchObject({ blamed: 'government' });
    expect(read("The report details Russian forces' systematic chemical weapon use in Zaporizhzhia.")).toMatchObject({ blamed: 'russia' });
    expect(read("Assad's forces' chemical weapons use in Khan Sheikhoun was confirmed by the JIM.")).toMatchObject({ blamed: 'government' });
  });
  it('still takes no party separated by a verb or a preposition for the doer', () => {
    expect(read('Ukrainian soldiers hospitalized from alleged Russian chemical weapon use, Kyiv said.')).not.toMatchObject({ blamed: 'ukraine' });
    expect(read("Ukraine's soldiers were hospitalized after chemical weapon use near Bakhmut, the report said.")).not.toMatchObject({ blamed: 'ukraine' });
  });
});

describe('R25/R26: the dead in quotes that are no scare quotes', () => {
  it('reads no staging from titles, inscriptions and verbatim words', () => {
    expect(read('На мемориале в центре города написано «погибшим в Буче», туда приходят родственники.')).toMatchObject({ staged: false });
    expect(read('A plaque reading "Killed in Douma" was unveiled by relatives of the victims of the chlorine attack.')).toMatchObject({ staged: false });
    expect(read('The word "poisoned" was written on the foreheads of the children treated in Douma, the nurse said.')).toMatchObject({ staged: false });
    expect(read('Nurses kept writing "poisoned" on the charts of the Douma patients, the doctor told the OPCW.')).toMatchObject({ staged: false });
    expect(read('A banner titled «погибшим в Ирпене» hung over the square.')).toMatchObject({ staged: false });
  });
  it('reads none from the quoted adjective before its noun', () => {
    expect(read('The survivors described the "dead" silence in Douma after the chlorine barrels fell; dozens were killed.')).toMatchObject({ staged: false });
  });
  it('still reads the scare quotes with a place or a word of staging', () => {
    expect(read('Киев так и не показал списки «погибших в Ирпене», заявил дипломат.')).toMatchObject({ staged: true });
    expect(read('The so-called “dead” of the attack were seen walking the next day.')).toMatchObject({ staged: true });
  });
});

describe('R27: the response is to the incident only when the incident is its cause', () => {
  it('blames the striker when another military action drew the strikes', () => {
    expect(read('The assault on the base triggered Syrian regime airstrikes, and chlorine was dropped on Latamneh hours later, the OPCW said.')).toMatchObject({ blamed: 'government' });
    expect(read('The ambush of the convoy prompted Russian air strikes, and chlorine was dropped on the town that night.')).toMatchObject({ blamed: 'russia' });
  });
  it('still clears the striker of a response to the chemical attack', () => {
    expect(read('The nerve gas attack on the town drew a swift response in the form of American cruise missile strikes on an airfield.')).toMatchObject({ blamed: null });
  });
});

describe('R28: Russian alternatives whose first is a bare adjective', () => {
  it('does not blame the second alternative alone', () => {
    expect(read('Эксперты ОЗХО установили, что хлор сбросили сирийские или российские вертолеты, а Дамаск отрицает.')).not.toMatchObject({ blamed: 'russia' });
    expect(read('Активисты заявили, что хлор сбросила сирийская или российская авиация.')).not.toMatchObject({ blamed: 'russia' });
    expect(read('Активисты заявили, что сирийская или российская авиация сбросила хлор.')).not.toMatchObject({ blamed: 'russia' });
  });
  it('still blames a single Russian party', () => {
    expect(read('Эксперты установили, что хлор сбросили российские вертолеты.')).toMatchObject({ blamed: 'russia' });
    expect(read('Активисты заявили, что хлор сбросила российская авиация.')).toMatchObject({ blamed: 'russia' });
  });
});
