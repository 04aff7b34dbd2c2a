/**
 * Session 22 (room aginc): how official statements, fire, police and health bulletins and case series state onsets, exposures
 * and causes (docs/agent-differential.md §7.00044-aginc). Every sentence is the engineer's own, written for the rule; none is
 * from an evaluation item. Each rule has near misses that share its words and must not fire.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('a Russian or Arabic delayed-onset phrase times a sign or an illness in its sentence, not the chronicle of the event', () => {
  it.each([
    'Через три часа к складу приехала вторая машина, и охранник задержал водителя.',
    'Спустя несколько часов после первого пожара здание снова подожгли.',
    'Через два часа сообщили, что пострадавший скончался в больнице.',
    'Через час пожар был полностью ликвидирован, движение по улице восстановлено.',
    'وبعد ساعات انتشلت فرق الإنقاذ جثة العامل من الخزان.',
    'وفي اليوم التالي أعلنت الشرطة توقيف المشتبه به.',
    'نقل إلى المستشفى وتوفي في اليوم التالي متأثراً بإصاباته.',
  ])('near miss (no onset): %s', (text) => {
    expect(feats(text).onset_delayed).toBeFalsy();
  });
  it.each([
    'Через несколько часов у рабочих покраснела кожа и появились пузыри.',
    'Спустя пару часов ему стало плохо, он жаловался на резь в глазах.',
    'Через четыре часа у пострадавших проявились признаки отравления.',
    'Врач объяснил, что такие ожоги проявляются через несколько часов.',
    'وبعد ساعات ظهرت فقاعات على جلد المصابين.',
    'في اليوم التالي شعر الجنود بضيق في التنفس وحرقة في العيون.',
    'قال الأطباء إن الماء يتجمع عالرية بعد ساعات.',
  ])('kept: %s', (text) => {
    expect(feats(text).onset_delayed).toBe(true);
  });
});

describe('a measurement that found no substance, in the grammar of an official bulletin, is no_agent_detected', () => {
  it.each([
    'The fire brigade detected no hazardous gases inside the warehouse.',
    'Air sampling revealed no contaminants around the clinic.',
    'No chemical agents were found on the fragments.',
    'Swabs from the victims came back negative for nerve agents.',
    'Meters showed no elevated levels of any gas in the classrooms.',
    'Специалисты МЧС не выявили в помещении токсичных газов.',
    'Ядовитых веществ в пробах воды не найдено.',
    'لم تعثر فرق الإطفاء على أي غازات سامة داخل المبنى.',
    'أكدت الفحوص خلو الموقع من أي مواد خطرة.',
  ])('read: %s', (text) => {
    expect(feats(text).no_agent_detected).toBe(true);
  });
  it('a chemical the measurement found none of is not alleged', () => {
    expect(feats('أظهرت التحاليل خلو العينات من أي مواد كيميائية.').toxic_gas_alleged).toBeUndefined();
  });
  it.each([
    'Surgeons found no chemical burns on the wounded, only shrapnel cuts.',
    'Rescuers found no survivors under the rubble.',
    'The dogs detected no signs of life in the collapsed block.',
    'She tested negative for COVID-19 and influenza.',
    'Не обнаружено признаков взлома, жильцы жаловались на резь в глазах.',
    'Пострадавших не выявлено, но в воздухе обнаружены токсичные вещества.',
    'لم يعثر على أي ناجين تحت الأنقاض.',
    'The samples contained toxic gases, the lab found.',
  ])('near miss: %s', (text) => {
    expect(feats(text).no_agent_detected).toBeFalsy();
  });
});

describe('a wound or burn still smoking or smouldering, as a medic reports it, is the burning fill of white phosphorus', () => {
  it.each([
    'Two of the boys had burns on the arms which were still smoking in the ambulance.',
    'The surgeon said the wounds kept smouldering under the dressings.',
    'Nurses saw smoking burns on the shoulders of the wounded.',
    'Ожоги у раненых всё ещё дымились, когда их привезли в больницу.',
    'كانت جروح الأطفال تدخن عند وصولهم إلى المشفى.',
  ])('read: %s', (text) => {
    expect(feats(text).burning_particles).toBe(true);
  });
  it.each([
    'The ruins were still smoking when the burns unit took in the wounded.',
    'He was smoking a cigarette when he got the burns.',
    'Her wounds were burning and itching the next day.',
    'The wounded men were smoking outside the hospital.',
    'Дом ещё дымился, раненых увезли с ожогами.',
    'كان المصابون يدخنون أمام المستشفى وجروحهم مضمدة.',
  ])('near miss: %s', (text) => {
    expect(feats(text).burning_particles).toBeFalsy();
  });
});

describe("a blast a bulletin puts down to household or fuel gas is a blast, and the fuel gas's leak no industrial release", () => {
  it.each([
    'Firefighters said the explosion was caused by a leaking household gas line; two neighbours were cut by glass.',
    'The cause of the blast was a propane bottle in the basement.',
    'A mains gas explosion brought down the front of the terrace.',
    'Причиной взрыва в пятиэтажке стала утечка бытового газа.',
    'Взрыв в подъезде произошёл из-за утечки газа, жильцов эвакуировали.',
    'قال الدفاع المدني إن الانفجار ناجم عن تسرب غاز الطهي في الشقة.',
  ])('blast, no leak: %s', (text) => {
    const f = feats(text);
    expect(f.powerful_blast).toBe(true);
    expect(f.delivery_industrial_leak).toBeFalsy();
    expect(f.delivery_cylinder).toBeFalsy();
  });
  it('the fuel gas leaking with no blast is no industrial release', () => {
    expect(feats('В квартире произошла утечка бытового газа, соседей вывели на улицу.').delivery_industrial_leak).toBeFalsy();
  });
  it.each([
    'The blast was caused by a chlorine cylinder dropped from a helicopter; people were choking.',
    'The blast at the plant was caused by a gas leak in the ammonia unit and workers were coughing.',
    'Утечка газа на химическом заводе: рабочие жаловались на резь в глазах.',
    'تسرب غاز من مصنع الأسمدة وأصيب العمال بضيق في التنفس.',
  ])('near miss (a chemical cylinder or a plant): %s', (text) => {
    const f = feats(text);
    expect(f.delivery_cylinder || f.delivery_industrial_leak).toBe(true);
  });
});

describe("tyres in a store, a dump or a fire of their own are an ordinary fire's fuel, not the protesters' barricade", () => {
  it.each([
    'Black smoke rose from the burning tyre dump behind the estate; neighbours were coughing.',
    'A blaze at a tyre recycling yard sent smoke over the motorway.',
    'Пожар на складе покрышек: жители жаловались на кашель.',
  ])('no police canister: %s', (text) => {
    expect(feats(text).delivery_police_canister).toBeFalsy();
  });
  it.each([
    'Protesters set tyres on fire and the police fired canisters at them.',
    'Youths were burning tyres at the junction when soldiers fired gas.',
    'Демонстранты жгли покрышки, полиция применила газ.',
    'أحرق المتظاهرون الإطارات وأطلقت الشرطة قنابل الغاز.',
  ])('near miss (the protest kept): %s', (text) => {
    expect(feats(text).delivery_police_canister).toBe(true);
  });
});
