/**
 * Session 22 (claims2): announced stagings and culprits outside the Syrian set; each rule beside near misses it must not
 * read. Sentences written for this test (none copied from a split).
 * 1. Arabic calques of "false flag operation" ("علم كاذب", "عملية زائفة / كاذبة / مخادعة", "عملية تمويه") name a staged
 *    event, as "الراية الكاذبة" does; a literal flag or an operation of another kind does not.
 * 2. The Arabic perfect of making ready ("أعدت", "جهّزت", "جهّزوا") with a staging or attack as its object announces it
 *    (prepared), its subject the one preparing; made-ready reports, hospitals or plans of another thing announce nothing.
 * 3. English "to conduct" is an infinitive of carrying out as "to carry out" is: the subject that positions or trains
 *    doers "to conduct a false-flag operation" is blamed; tests, interviews or inquiries conducted about an attack plan none.
 * 4. Historical states and services (knowledge/claim-parties.yaml; README dev-v24 call 1): Nazi Germany and the Gestapo,
 *    North Vietnam, Mossad (Russian), Ba'athist Iraq (Arabic) are `other`; the USSR, its army, the NKVD and the KGB are
 *    `russia`. A poison "developed in the Soviet Union" or "Soviet-era" blames no one, and a bare "nazis" keeps the side
 *    its adjective names.
 * 5. Russian: the light verb of carrying out right before a provocation ("провести (там) провокацию", "для проведения
 *    провокаций") makes it an event, and a purpose of carrying one out ("чтобы устроить провокацию", "для проведения
 *    провокаций") announces it (prepared); a search, an inquiry or an exhibition about a provocation does neither.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('Arabic calques of a false flag operation', () => {
  it('reads a false flag, a false, deceptive or camouflage operation as a staging', () => {
    expect(read('حذرت كييف من أن موسكو تحضر لعملية علم كاذب في دونباس')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
    expect(read('تتهم أنقرة الأكراد بالتحضير لعملية تمويه على الحدود')).toMatchObject({ blamed: 'other', staged: true, prepared: true });
    expect(read('روسيا تحضر لعمليات العلم الكاذب في أوكرانيا')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
    expect(read('روسيا تحضر لعملية زائفة')).toMatchObject({ staged: true, prepared: true });
  });
  it('reads no staging from a literal flag or an operation of another kind', () => {
    expect(read('رفعت الجماهير العلم الكاذب في الملعب')).toMatchObject({ staged: null, prepared: false });
    expect(read('العلم الأمريكي رفع فوق السفارة')).toMatchObject({ staged: null, prepared: false });
    expect(read('العملية الجراحية كانت زائفة الوعود')).toMatchObject({ staged: null, prepared: false });
  });
});

describe('Arabic perfect of making ready', () => {
  it('announces a staging made ready, its subject preparing it', () => {
    expect(read('مسؤولون: إيران أعدت عملية زائفة في الخليج لاتهام واشنطن')).toMatchObject({ blamed: 'other', staged: true, prepared: true });
    expect(read('قال مسؤولون إن موسكو جهزت بالفعل عناصر للقيام بعملية مخادعة قرب الحدود')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
  });
  it('announces nothing when a report, a hospital or a plan of another thing is made ready', () => {
    expect(read('أعدت الوزارة تقريرا عن الهجوم الكيميائي')).toMatchObject({ prepared: false });
    expect(read('جهزت الحكومة مستشفيات لاستقبال المصابين')).toMatchObject({ prepared: false, staged: false });
    expect(read('أعدت اللجنة خطة لإعادة الإعمار')).toMatchObject({ prepared: false, staged: null });
  });
});

describe('English purpose "to conduct" a staging', () => {
  it('blames the party that readies doers to conduct a false flag', () => {
    expect(read('Washington says Moscow has quietly placed a team of agents to conduct a false-flag operation near the border.')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
    expect(read('Iran has trained militias to conduct a false flag attack on shipping in the Gulf.')).toMatchObject({ blamed: 'other', staged: true, prepared: true });
  });
  it('plans nothing when tests, interviews or an inquiry are conducted about an attack', () => {
    expect(read('OPCW inspectors arrived in Douma to conduct tests at the site of the chemical attack.')).toMatchObject({ prepared: false });
    expect(read('Police were sent to conduct interviews with survivors of the sarin attack.')).toMatchObject({ prepared: false });
    expect(read('The army plans to conduct an investigation into the gas attack.')).toMatchObject({ prepared: false });
  });
});

describe('historical states and their services', () => {
  it('blames a historical state or service named as the doer', () => {
    expect(read('Gestapo officers dressed prisoners in Polish uniforms and staged an attack on the radio station.')).toMatchObject({ blamed: 'other', staged: true });
    expect(read('Нацистская Германия инсценировала нападение на радиостанцию.')).toMatchObject({ blamed: 'other', staged: true });
    expect(read('In 1940 the NKVD shot the Polish officers and blamed the Germans.')).toMatchObject({ blamed: 'russia' });
    expect(read('Советские войска обстреляли финскую деревню.')).toMatchObject({ blamed: 'russia' });
    expect(read('Northern patrol boats were hit, and an American destroyer was attacked by North Vietnamese torpedo boats.')).toMatchObject({ blamed: 'other' });
    expect(read('Агенты Моссада пытались отравить политика в Аммане.')).toMatchObject({ blamed: 'other' });
    expect(read('استهدفت طائرات النظام البعثي العراقي بلدة حدودية بأسلحة كيميائية.')).toMatchObject({ blamed: 'other' });
  });
  it('blames no one for a poison of Soviet origin or a former KGB officer denying', () => {
    expect(read('The Novichok agent was developed in the Soviet Union in the 1970s and 1980s.')).toMatchObject({ blamed: null });
    expect(read('A Soviet-era nerve agent was used in the attack on the defector.')).toMatchObject({ blamed: null });
    expect(read('Putin, a former KGB officer, denied any role in the poisoning.')).toMatchObject({ blamed: null });
  });
  it('keeps the side a bare "nazis" is given by its adjective', () => {
    expect(read('Russian media call the Ukrainian army nazis who shelled Donetsk with chemical shells.')).toMatchObject({ blamed: 'ukraine' });
  });
});

describe('Russian purpose of carrying out a provocation', () => {
  it('announces a provocation the doers are sent to carry out', () => {
    expect(read('Кремль отправил наемников, чтобы устроить очередную провокацию на границе.')).toMatchObject({ staged: true, prepared: true });
    expect(read('Разведка: противник перебросил группы для проведения провокаций у атомной станции.')).toMatchObject({ staged: true, prepared: true });
    expect(read('Москва направила в соседнюю страну группу агентов, чтобы провести там провокации.')).toMatchObject({ staged: true, prepared: true });
  });
  it('announces nothing for a search, an inquiry or an exhibition about a provocation', () => {
    expect(read('Спецслужбы провели обыски у подозреваемых в провокации.')).toMatchObject({ staged: null, prepared: false });
    expect(read('Для проведения расследования провокации создана комиссия.')).toMatchObject({ staged: null, prepared: false });
    expect(read('Провокация на выставке в Москве возмутила посетителей.')).toMatchObject({ staged: null, prepared: false });
  });
});

describe('the striker of a response to the incident', () => {
  it('does not blame the party whose strikes answered the attack', () => {
    expect(read('The nerve gas attack on the town drew a swift response in the form of American cruise missile strikes on an airfield.')).toMatchObject({ blamed: null });
    expect(read('The chlorine attack prompted French and British air strikes; the Syrian government was blamed for the attack.')).toMatchObject({ blamed: 'government' });
  });
  it('still blames a party that carried out the strikes of the incident', () => {
    expect(read('Russian air strikes hit the town with chlorine.')).toMatchObject({ blamed: 'russia' });
    expect(read('The attack on the convoy was carried out by US missile strikes, activists said.')).toMatchObject({ blamed: 'west' });
  });
});

describe('Russian genitive of responsibility', () => {
  it('blames the party whose responsibility for the deed is stated', () => {
    expect(read('Министр заявил об ответственности Киева за обстрел больницы.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Захарова заявила об ответственности Лондона за провокацию в Солсбери.')).toMatchObject({ blamed: 'west' });
  });
  it('blames no one for a responsibility of office', () => {
    expect(read('Ответственность России как постоянного члена Совбеза велика.')).toMatchObject({ blamed: null });
  });
});

describe('Arabic alternatives', () => {
  it('blames the first named of two sides joined by "أو"', () => {
    expect(read('قالت مصادر محلية إن غارات نفذتها طائرات سورية أو روسية على الحي تسببت في حالات اختناق')).toMatchObject({ blamed: 'government' });
  });
  it('blames neither when the alternatives are an open question', () => {
    expect(read('لم يتضح ما إذا كانت طائرات سورية أو روسية قد قصفت البلدة بالغاز')).toMatchObject({ blamed: null });
  });
});

describe('the dead in scare quotes', () => {
  it('calls the deaths staged when the dead are put in scare quotes', () => {
    expect(read('Киев так и не показал списки «погибших в Ирпене», заявил дипломат.')).toMatchObject({ staged: true });
    expect(read('The so-called “dead” of the attack were seen walking the next day.')).toMatchObject({ staged: true });
  });
  it('reads no staging from a longer quotation or from the dead unquoted', () => {
    expect(read('Его слова «погибших в Буче нужно назвать поименно» прозвучали в ООН.')).toMatchObject({ staged: false });
    expect(read('Число погибших в Буче выросло до 400, сообщили власти.')).not.toMatchObject({ staged: true });
  });
});
