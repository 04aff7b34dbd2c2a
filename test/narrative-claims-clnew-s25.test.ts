/**
 * Session 25 (room clnew): causes of the first-contact misses of the development split dev-v27 (look part), each rule with
 * the readings it must make and the near misses it must not. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const voice = (t: string) => readClaims(t, lexicon).voice;

describe('a border service, a national guard and a US state police act for their state (README v12 call 1, dev-v27 call 1)', () => {
  it('resolves the force to the state named before it', () => {
    expect(read('Texas National Guard troops fired rubber bullets at protesters outside the courthouse.')).toMatchObject({ blamed: 'west' });
    expect(read('U.S. border agents fired pepper balls at the crowd near the San Ysidro crossing.')).toMatchObject({ blamed: 'west' });
    expect(read('Minnesota state troopers fired tear gas at the demonstrators on the bridge.')).toMatchObject({ blamed: 'west' });
    expect(read('Iraqi border police opened fire on the smugglers, killing two.')).toMatchObject({ blamed: 'other' });
  });
  it('near misses: a national guard with no state, and Ukraine\'s National Guard keeps its own entry', () => {
    expect(read('National guardsmen opened fire on the crowd, killing three.')).toMatchObject({ blamed: null });
    expect(read('The Ukrainian National Guard shelled the village, killing two.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Georgian border police detained two men near the crossing.')).not.toMatchObject({ blamed: 'west' });
  });
});

describe('a protest against a war is no war around the deed', () => {
  it('reads a deed at an anti-war protest', () => {
    expect(read('Ohio police opened fire on students during an anti-war protest, killing two.')).toMatchObject({ blamed: 'west', staged: false });
    expect(voice('Ohio police opened fire on students during an anti-war protest, killing two.')).toBe('asserts');
    expect(read('Texas police fired tear gas at war protesters outside the base.')).toMatchObject({ blamed: 'west' });
  });
  it('near misses: a war is still no incident', () => {
    expect(read('Russia prepares for war and will attack Ukraine.')).toMatchObject({ staged: null, blamed: null });
    expect(read('The war killed thousands, the anti-war activist said.')).toMatchObject({ blamed: null });
  });
});

describe('Russian: names, spellings and the morphology of a deed\'s object', () => {
  it('«рашисты» are the Russian forces, as «оккупанты»', () => {
    expect(read('Ночью рашисты обстреляли жилой квартал Харькова.')).toMatchObject({ blamed: 'russia' });
  });
  it('«Ассад» is the doubled spelling of Assad', () => {
    expect(read('Войска Ассада нанесли ракетный удар по рынку.')).toMatchObject({ blamed: 'government' });
  });
  it('a private person named beside the police is no state for them', () => {
    expect(read('Десятки мирных жителей, в том числе женщин и детей, были убиты силами безопасности.')).not.toMatchObject({ blamed: 'other' });
  });
  it('a noun head in the instrumental plural with its genitive is a passive agent', () => {
    expect(read('Протестующие в Дамаске были убиты силами безопасности Асада.')).toMatchObject({ blamed: 'government' });
    expect(read('Переговоры с силами безопасности Асада зашли в тупик.')).toMatchObject({ blamed: null });
  });
  it('killing a count of people in thousands, officers and prisoners, with a place between verb and count', () => {
    expect(read('В 1941 году сотрудники НКВД расстреляли под Львовом 4 тыс. заключённых.')).toMatchObject({ blamed: 'russia' });
    expect(read('Боевики уничтожили в селе более 20 пленных офицеров.')).toMatchObject({ blamed: 'opposition' });
    expect(read('Власти эвакуировали в Харькове 400 жителей.')).toMatchObject({ blamed: null });
  });
  it('setting off a bomb, «привести в действие», in either order', () => {
    expect(read('Бомбу в автобусе привели в действие боевики.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('Правительство привело в действие новый закон о выборах.')).toMatchObject({ blamed: null });
  });
});

describe('Nazi Germany\'s armed forces by name (historical: other)', () => {
  it('blames the Luftwaffe, the Wehrmacht and the Condor Legion as the state', () => {
    expect(read('The town was destroyed in an air raid by the Condor Legion in 1937.')).toMatchObject({ blamed: 'other' });
    expect(read('Wehrmacht troops shot hundreds of villagers in 1943.')).toMatchObject({ blamed: 'other' });
    expect(read('Солдаты вермахта расстреляли жителей деревни.')).toMatchObject({ blamed: 'other' });
  });
});

describe('a prohibition of chemical weapons is no incident (negation: the law forbids what no one is said to have done)', () => {
  it('reads no incident in a ban of their use, making or storing', () => {
    expect(read('The new treaty bans the use of chemical weapons in war.')).toMatchObject({ staged: null, blamed: null });
    expect(voice('The new treaty bans the use of chemical weapons in war.')).toBe('none');
    expect(read('The protocol came into force in 1928, prohibiting the development, production and use of chemical weapons.')).toMatchObject({ staged: null });
    expect(read('Конвенция о запрещении разработки и применения химического оружия была подписана в Париже.')).toMatchObject({ staged: null });
    expect(read('وقعت الدول على اتفاقية حظر تخزين واستخدام الأسلحة الكيميائية.')).toMatchObject({ staged: null, prepared: false });
  });
  it('near misses: banned weapons used, and a use despite the ban', () => {
    expect(read('The army used banned chemical weapons against the town.')).toMatchObject({ staged: false });
    expect(read('Российские войска применили запрещённое химическое оружие под Бахмутом.')).toMatchObject({ blamed: 'russia', staged: false });
    expect(read('استخدم النظام الأسلحة الكيميائية رغم الحظر.')).toMatchObject({ blamed: 'government', staged: false });
  });
});
