/**
 * Session 14 (room mun): reading munition descriptions. Probe sentences written for this test (not from any split):
 * Russian and Arabic inflection and derivation (stem prefixes, Arabic clitics, the dual, broken plurals named in the
 * lexicon), number + unit calibres, negation and irrealis of a munition word, and descriptions naming several munitions.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadMunitionKb } from '../src/app/agents.js';
import { assessMunitions, readDelivery } from '../src/core/munitions/munition-compatibility.js';
import { calibreMentions, normaliseMunitionText } from '../src/core/munitions/munition-reading.js';

const kb = loadMunitionKb(packageKnowledge);
const read = (t: string) => readDelivery(kb, t).delivery;
const ROCKETS = ['improvised-rocket', 'chemical-rocket-or-bomb'];

describe('inflection and derivation', () => {
  it('Russian derived adjectives and case forms (stem prefixes)', () => {
    expect(read('начался миномётный обстрел района')).toBe('mortar-120-he');
    expect(read('под минометным огнём')).toBe('mortar-120-he');
    expect(ROCKETS).toContain(read('ракетный удар с применением хлора'));
    expect(ROCKETS).toContain(read('реактивный снаряд с зарином попал в дом'));
    expect(read('артиллерийский обстрел')).toBe('artillery-shell');
    expect(read('обстрел из гаубиц')).toBe('artillery-shell');
    expect(read('вертолёт сбросил бочковые бомбы с хлором')).toBe('cylinder-airdrop');
    expect(read('авиаудар с применением зарина')).toBe('chemical-rocket-or-bomb');
    expect(read('полицейские применили перцовый баллончик')).toBe('spray');
    expect(read('с квадрокоптера сбросили гранату')).toBe('drone-grenade');
  });
  it('Arabic clitics, article, dual and the broken plurals named in the lexicon', () => {
    expect(read('سقطت بقذائف الهاون')).toBe('mortar-120-he');
    expect(read('وبالصواريخ')).not.toBeNull();
    expect(read('عثر على أسطوانتين صفراوين')).toBe('cylinder-airdrop');
    expect(read('ألقت مروحية براميل محملة بغاز الكلور')).toBe('cylinder-airdrop');
    expect(read('قذائف مدفعية')).toBe('artillery-shell');
    expect(read('أطلقت الشرطة قنابل مسيلة للدموع')).toBe('canister');
    expect(read('قنابل الغاز المسيل للدموع')).toBe('canister');
    expect(read('قنبلة صوتية')).toBe('grenade');
    expect(read('غارة جوية بغاز السارين على البلدة')).toBe('chemical-rocket-or-bomb');
    expect(read('انفجرت عبوة ناسفة')).toBe('conventional-he');
    // a march (مسيرة) is no drone: the police's gas at a march is a canister
    expect(read('أطلقت الشرطة قنابل الغاز على المسيرة')).toBe('canister');
  });
  it('English: a tear-gas shell is a canister, a barrel bomb a cylinder drop, an IED conventional', () => {
    expect(read('police fired tear gas shells at the protesters')).toBe('canister');
    expect(read('the helicopter dropped barrel bombs filled with chlorine on the district')).toBe('cylinder-airdrop');
    expect(read('an improvised explosive device went off')).toBe('conventional-he');
    expect(read('warplanes carried out an airstrike with sarin')).toBe('chemical-rocket-or-bomb');
  });
});

describe('calibre', () => {
  it('reads a number with a unit or after a calibre word, in any digits', () => {
    const mm = (t: string) => calibreMentions(normaliseMunitionText(t)).map((c) => c.mm);
    expect(mm('120-мм мины')).toEqual([120]);
    expect(mm('a 120-millimetre mortar bomb')).toEqual([120]);
    expect(mm('120 mm')).toEqual([120]);
    expect(mm('снаряд калибра 152')).toEqual([152]);
    expect(mm('152‑миллиметровый снаряд')).toEqual([152]);
    expect(mm('قذيفة هاون عيار ١٢٠ ملم')).toEqual([120]);
    expect(mm('قذيفة مدفعية عيار 152 مليمترا')).toEqual([152]);
    expect(mm('صاروخ بعيار 107')).toEqual([107]);
    expect(mm('at 12:30, 2 mm of rain')).toEqual([]);
  });
  it('of several calibres, takes the one told beside the delivery read', () => {
    expect(readDelivery(kb, 'an 82mm round landed first, then a yellow gas cylinder of 400 mm diameter fell').calibre).toBe(400);
    expect(readDelivery(kb, 'two 120mm mortar bombs and one 82mm bomb').calibre).toBe(120);
  });
});

describe('negation and irrealis of a munition', () => {
  it('a denied munition is not read', () => {
    expect(read('No cylinder was found at the site')).toBeNull();
    expect(ROCKETS).toContain(read('No cylinder was found; the crater was made by a rocket carrying sarin'));
    expect(read('Neither a cylinder nor a rocket was found')).toBeNull();
    expect(read('no cylinders, rockets or shells were found')).toBeNull();
    expect(read('It was not a mortar but a rocket')).toBe('conventional-he');
    expect(read('Не было найдено ни баллонов, ни ракет')).toBeNull();
    expect(read('Это была не мина, а ракета')).toBe('conventional-he');
    expect(read('Баллон на месте не обнаружен')).toBeNull();
    expect(read('لم يعثر على أي أسطوانة في الموقع')).toBeNull();
    expect(read('لا توجد أي آثار لصاروخ أو أسطوانة')).toBeNull();
    expect(read('لم تكن قذيفة هاون بل صاروخ')).toBe('conventional-he');
  });
  it('a negation of something else leaves the munition read', () => {
    expect(read('No one was hurt when the mortar hit the wall')).toBe('mortar-120-he');
    expect(read('There were no injuries from the mortar round')).toBe('mortar-120-he');
    expect(read('The cylinder did not explode')).toBe('cylinder-airdrop');
    expect(read('The shell landed not far from the school')).toBe('artillery-shell');
    expect(read('Люди не пострадали от мины')).toBe('mortar-120-he');
    expect(read('لم يصب أحد عندما سقطت قذيفة الهاون')).toBe('mortar-120-he');
    expect(read('لا تزال قذيفة الهاون في المكان')).toBe('mortar-120-he');
  });
  it('a question or a condition asserts no munition; a corrected belief keeps it', () => {
    expect(read('Was it a cylinder? Nobody knows')).toBeNull();
    expect(read('If a cylinder is found, do not touch it')).toBeNull();
    expect(read('We thought it was ordinary shelling, but then people started choking')).toBe('artillery-shell');
  });
  it('an undescribed munition stays undescribed in the assessment', () => {
    const r = assessMunitions(kb, { munitions: [{ description: 'No cylinder or rocket was found at the site' }] });
    expect(r.described).toBe(false);
    expect(r.munitions[0].deliveries).toEqual([]);
  });
});

describe('several munitions in one description', () => {
  it('the one told most, a drone before what it dropped, a denied one not at all', () => {
    expect(read('Mortars hit the area earlier; later a helicopter dropped a chlorine cylinder on the building')).toBe('cylinder-airdrop');
    expect(read('Вертолёт сбросил баллон с хлором, миномётного обстрела не было')).toBe('cylinder-airdrop');
    expect(read('a drone dropped a CS grenade')).toBe('drone-grenade');
    expect(read('ألقت طائرة مسيرة قنبلة غاز')).toBe('drone-grenade');
    // the grenade stays read beside the drone (second)
    const w = readDelivery(kb, 'a drone dropped a CS grenade').weights;
    const order = w.map((x, i) => ({ id: kb.deliveries[i].id, x })).sort((a, b) => b.x - a.x).map((e) => e.id);
    expect(order.slice(0, 2)).toEqual(['drone-grenade', 'grenade']);
  });
});

describe('a bomb, rocket or barrel with and without a fill word', () => {
  const order = (t: string) => readDelivery(kb, t).weights.map((x, i) => ({ id: kb.deliveries[i].id, x })).filter((e) => e.x > 0.001).sort((a, b) => b.x - a.x).map((e) => e.id);
  it('without a fill it is first an HE one, the chemical delivery second', () => {
    expect(order('a rocket hit the roof')).toEqual(['conventional-he', 'improvised-rocket', 'chemical-rocket-or-bomb']);
    expect(read('the helicopter dropped barrel bombs')).toBe('conventional-he');
    expect(read('ألقت مروحية براميل متفجرة')).toBe('conventional-he');
    expect(read('бомбардировщик сбросил ФАБ-500')).toBe('conventional-he');
    expect(read('two 2000-pound bombs')).toBe('conventional-he');
    // a denied fill is no fill
    expect(read('no chemical was found in the bomb')).toBe('conventional-he');
  });
  it('with a fill it is the chemical delivery; a named kind wins over the generic words', () => {
    expect(ROCKETS).toContain(read('a rocket filled with chlorine hit the roof'));
    expect(read('صاروخ محمل بغاز السارين')).not.toBe('conventional-he');
    expect(read('Elephant rockets are improvised weapons made from rocket motors and large bombs')).toBe('improvised-rocket');
    // a shell told in an air strike is the air-delivered munition
    expect(read('авиаудары снарядами с хлором')).toBe('chemical-rocket-or-bomb');
  });
  it('reads a calibre told before the gun', () => {
    expect(readDelivery(kb, 'a live 105 howitzer round landed in the yard').calibre).toBe(105);
    expect(readDelivery(kb, '12 mortars fell').calibre).toBeNull();
  });
});

describe('review fixes: a fill word that names a place or fuel, and `over` across carriers', () => {
  it('"gas" naming a station, pipeline or plant is the target, not the fill', () => {
    expect(read('A warplane bombed the gas station on the main road, killing four.')).toBe('conventional-he');
    expect(read('A rocket hit the gas pipeline near the village.')).toBe('conventional-he');
    expect(read('Ракета попала в газопровод у села.')).toBe('conventional-he');
    expect(read('غارة جوية على محطة غاز في المدينة')).toBe('conventional-he');
    expect(read('سقط صاروخ على انبوب الغاز قرب القرية')).toBe('conventional-he');
    // a gas the munition carries stays a fill
    expect(read('a rocket filled with chlorine gas hit the roof')).not.toBe('conventional-he');
    expect(read('غارة جوية بغاز السارين على البلدة')).toBe('chemical-rocket-or-bomb');
  });
  it('a shell and an unfilled air strike told apart are not a chemical bomb', () => {
    expect(read('Artillery shells hit the town all morning, and later an air strike destroyed the bakery.')).not.toBe('chemical-rocket-or-bomb');
    expect(read('سقطت قذيفة مدفعية قرب الجامع ثم غارة جوية على السوق.')).not.toBe('chemical-rocket-or-bomb');
  });
  it('a drone that only watches does not take over a bomb or rocket told by another carrier', () => {
    expect(read('Russian drones circled before the warplane dropped a chemical bomb on the town.')).toBe('chemical-rocket-or-bomb');
    expect(['chemical-rocket-or-bomb', 'conventional-he']).toContain(read('A drone filmed the aftermath after an air strike dropped a bomb on the hospital.'));
    expect(['conventional-he', 'improvised-rocket', 'chemical-rocket-or-bomb']).toContain(read('Беспилотник снимал, как ракета попала в здание.'));
    // the drone that drops it still takes it over
    expect(read('с квадрокоптера сбросили гранату')).toBe('drone-grenade');
    expect(read('a drone dropped a CS grenade')).toBe('drone-grenade');
    // an apposition between commas is no clause break
    expect(read('the drone, flying low, dropped a grenade on the trench')).toBe('drone-grenade');
  });
});
