/**
 * Session 12 (room revag): the adversarial review of the session's reader changes (docs/agent-differential.md §7.00028;
 * findings in the review notes). Every sentence was written for the review; none is taken from an evaluation file. Each
 * test asserts the polarity (or absence) the reader now gives where the session's rules over-matched.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);
/** feature id -> true (present) / false (stated absent); a feature not read is missing */
const feats = (text: string) => Object.fromEntries([...extractFeatures(text, { terms: kb.terms }).features].map(([k, v]) => [k, v.present]));

describe('Arabic ما after an adverb or before an affirming verb is no negation', () => {
  it('reads سرعان ما / غالبا ما / ما لبث / ما كاد as telling the signs', () => {
    expect(feats('سرعان ما ظهرت على الأطفال أعراض الاختناق والسعال.')).toEqual({ cough: true, dyspnoea: true });
    expect(feats('ما لبث الناس أن بدأوا يسعلون ويختنقون.')).toEqual({ cough: true, dyspnoea: true });
    expect(feats('ما كاد البرميل يسقط حتى بدأ الجميع يسعلون.')).toMatchObject({ cough: true });
  });
  it('still reads ما before a verb as the negation', () => {
    expect(feats('ما سعل أحد ولا تقيأ أحد.')).toEqual({ cough: false, vomiting: false });
  });
});

describe('questions and conditions: the scope stops where the asking starts', () => {
  it('reads the Arabic إذا of surprise as narrative, not a condition', () => {
    expect(feats('فجأة وإذا بالأطفال يختنقون ويسعلون، وكانت هناك رائحة كلور.')).toEqual({ cough: true, dyspnoea: true, odour_bleach: true });
    expect(feats('خرجنا فإذا بسحابة صفراء تغطي الحي والناس تسعل.')).toMatchObject({ cloud_yellow_green: true, cough: true });
    // a condition opened by a verb in ب stays a condition
    expect(feats('إذا بدأ السعال، اخرجوا إلى الهواء.')).toEqual({});
  });
  it('asks only after a dash or a mid-clause yes/no particle', () => {
    expect(feats('After the blast everyone was coughing and vomiting - was it chlorine?')).toEqual({ cough: true, vomiting: true });
    expect(feats('الناس كانت تسعل وتختنق فهل هذا كلور؟')).toEqual({ cough: true, dyspnoea: true });
    expect(feats('Все кашляли и задыхались — неужели это был хлор?')).toEqual({ cough: true, dyspnoea: true });
    expect(feats('Was there a smell of bleach?')).toEqual({});
  });
  it('bounds an indirect question (know if / بعرف إذا) at its comma', () => {
    expect(feats('ما بعرف إذا كان كلور، الناس كلها عم تسعل وتختنق.')).toEqual({ cough: true, dyspnoea: true });
    expect(feats('If you smell bleach, leave the building.')).toEqual({});
  });
});

describe('postposed absence and "and"-lists of a denial do not swallow a new clause', () => {
  it('reads RU нет only where it ends its clause, and отсутств- only as the verb', () => {
    expect(feats('У детей кашель и нет температуры.')).toEqual({ cough: true });
    expect(feats('Кашель при отсутствии температуры, зрачки узкие.')).toEqual({ cough: true, miosis: true });
    expect(feats('Кашля и рвоты нет.')).toEqual({ cough: false, vomiting: false });
    expect(feats('Судороги отсутствуют.')).toEqual({ convulsions: false });
  });
  it('keeps a denial by one party from denying what another reports', () => {
    expect(feats('نفت وزارة الدفاع استخدام الكلور، والأطباء عالجوا حالات اختناق وسعال.')).toEqual({ cough: true, dyspnoea: true });
    expect(feats('Минобороны отрицает применение хлора, а врачи описывают кашель и удушье у детей.')).toEqual({ cough: true, dyspnoea: true });
    expect(feats('المريض ينفي الغثيان، والصداع، والسعال.')).toEqual({ nausea: false, headache: false, cough: false });
  });
  it('ends "absence of" / "free of" lists at a new predicate', () => {
    // (session 26, agdev) 'a nerve agent' is the class named by its class word (class_named_nerve, a claim weighed below signs)
    expect(feats('In the absence of a clear smell, miosis, vomiting and seizures pointed to a nerve agent.')).toEqual({ miosis: true, vomiting: true, convulsions: true, class_named_nerve: true });
    expect(feats('The area was declared free of contamination, and vomiting and headache were reported later.')).toEqual({ vomiting: true, headache: true });
    expect(feats('Negative for miosis, fasciculations and hypersalivation.')).toEqual({ miosis: false, fasciculations: false, hypersalivation: false });
  });
});

describe('heat, bathhouse and spray: the circumstance, not a fever, a fire, a nose or a bloodbath', () => {
  it('reads no weather heat in a fever, a fire or a stuffy nose', () => {
    expect(feats('His temperature rose to 39 degrees and his pupils were pinpoint.')).toEqual({ miosis: true });
    expect(feats('The child had a fever of nearly 104 degrees, then vomiting and seizures.')).toEqual({ vomiting: true, convulsions: true });
    expect(feats('The intense heat from the fire drove us back, and everyone was coughing.')).not.toHaveProperty('heat_or_crowding');
    expect(feats('Extreme heat and thick smoke filled the basement.')).not.toHaveProperty('heat_or_crowding');
    expect(feats('He had a stuffy nose, streaming eyes and pinpoint pupils.')).toEqual({ lacrimation: true, miosis: true });
    expect(feats('Мне стало душно, я задыхался, пахло хлоркой.')).toEqual({ dyspnoea: true, odour_bleach: true });
    expect(feats('بعد الغارة كانت درجات الحرارة في الملجأ مرتفعة من الحريق.')).not.toHaveProperty('heat_or_crowding');
  });
  it('still reads the heat and the stuffy hall as the circumstance', () => {
    expect(feats('Dozens of pupils fainted in the summer heat; temperatures reached 41 degrees.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('The hall was stuffy and girls began fainting.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('На линейке было очень душно, дети теряли сознание.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('Several students collapsed in the intense heat during the parade.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('It was almost 100 degrees and the cadets kept fainting.')).toMatchObject({ heat_or_crowding: true });
  });
  it('reads no heat circumstance beside a munition in the same sentence', () => {
    // (session 25, agnew) Ghouta names the Syrian war's setting (syrian_war); the heat is still not read
    expect(feats('It was a hot day in Ghouta when rockets fell; many people fainted.')).toEqual({ delivery_shell_rocket: true, loss_of_consciousness: true, syrian_war: true });
    expect(feats('It was a hot day. Many pupils fainted at the assembly.')).toMatchObject({ heat_or_crowding: true });
  });
  it('reads a bathhouse, not a bloodbath, and a hand spray, not a pesticide spray', () => {
    expect(feats('Это была настоящая кровавая баня: люди задыхались, у всех узкие зрачки.')).toEqual({ dyspnoea: true, miosis: true });
    expect(feats('Баня топилась по-чёрному, голова болела.')).toMatchObject({ combustion_appliance: true });
    expect(feats('A pesticide spray was used on the fields; children vomited.')).not.toHaveProperty('delivery_spray_face');
    expect(feats('After a spray was used inside the building, people coughed.')).toMatchObject({ delivery_spray_face: true });
  });
});

describe('burns of things, the verb "matches", half a day', () => {
  it('reads no burn injury in a burnt car, house or heart', () => {
    expect(feats('انحرقت السيارة وانحرق البيت بعد الغارة، والناس كانت تسعل.')).not.toHaveProperty('burns');
    expect(feats('البيت انحرق كله.')).not.toHaveProperty('burns');
    expect(feats('اتحرق قلبي على الأطفال اللي كانوا يختنقون.')).toEqual({ dyspnoea: true });
    expect(feats('The house was badly burnt after the strike; the children were coughing.')).toEqual({ cough: true });
  });
  it('still reads burnt people and body parts', () => {
    expect(feats('انحرقت إيديه ووجهه.')).toEqual({ burns: true });
    expect(feats('Two children were badly burnt and the house was destroyed.')).toMatchObject({ burns: true });
  });
  it('reads "the smell matches" as the verb, "smelled like burnt matches" as the odour', () => {
    expect(feats('The smell matches what witnesses described: a yellow cloud.')).toEqual({ cloud_yellow_green: true });
    expect(feats('It smelled like burnt matches.')).toEqual({ odour_rotten_eggs: true });
  });
  it('keeps half a day a delayed onset', () => {
    expect(feats('بعد نص يوم طلعت فقاعات على الجلد.')).toEqual({ delayed_blisters: true, onset_delayed: true });
  });
});

describe('a lack, a comparison, "only", and a war recalled', () => {
  it('does not deny what follows a verb of becoming after ما عنده', () => {
    expect(feats('اللي ما عنده كمامة صار يسعل.')).toEqual({ cough: true });
    expect(feats('ما عنده سعال بس عيونه تدمع.')).toEqual({ cough: false, lacrimation: true });
  });
  it('keeps "no smell" before a smell named only for comparison', () => {
    expect(feats('There was no smell at first, unlike the chlorine smell in Douma.')).toMatchObject({ odour_none: true });
  });
  it('reads the smell after ", only" as smelled', () => {
    expect(feats('There was no smell of gas, only petrol and burning.')).toMatchObject({ odour_burning: true });
  });
  it('reads no Iran-Iraq war circumstance in a yardstick or a memory', () => {
    expect(feats('Several people fainted and vomited. It was the worst attack since the Iran-Iraq war.')).toEqual({ loss_of_consciousness: true, vomiting: true });
    expect(feats('Несколько человек потеряли сознание, как в ирано-иракскую войну говорили старики.')).toEqual({ loss_of_consciousness: true });
    expect(feats('هذا أسوأ هجوم منذ الحرب العراقية الإيرانية.')).toEqual({});
    expect(feats('Ветераны ирано-иракской войны жаловались на кашель.')).toEqual({ cough: true, iran_iraq_war: true });
  });
});

describe('household gas blast: not the police gas canister', () => {
  it('reads no household blast in a tear-gas canister that burst or went off', () => {
    expect(feats('Tear gas canisters burst among the protesters and eyes were streaming.')).not.toHaveProperty('powerful_blast');
    expect(feats('A gas canister went off near the mosque; people were coughing.')).not.toHaveProperty('powerful_blast');
    expect(feats('Газовый баллон взорвался у протестующих — слезоточивый газ, глаза жгло.')).not.toHaveProperty('powerful_blast');
  });
  it('still reads the kitchen cylinder', () => {
    expect(feats('A gas cylinder exploded in the flat next door.')).toMatchObject({ powerful_blast: true });
    expect(feats('انفجرت جرة غاز بالبيت اللي جنبنا.')).toMatchObject({ powerful_blast: true });
  });
});
