/**
 * Session 10 (room agt-para): lay accounts in Russian, Arabic and English (docs/agent-differential.md §3, session 10).
 * Every sentence here is invented for the test (none is an evaluation item): Russian tenses of the -еть verbs, the
 * irregular present forms, absence in "ни ..., ни ..." lists, a recovery after a time phrase, false friends.
 */
import { capabilities } from '../src/app/workspace.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { stemsOf, ruVerbRoot } from '../src/core/agents/term-matcher.js';

const kb = loadAgentKb(capabilities.knowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};

describe('Russian tenses of the -еть verbs', () => {
  it('past and present forms share a marked verb root', () => {
    expect(stemsOf('болит', 'ru')).toContain(ruVerbRoot('болела', 'болел'));
    expect(stemsOf('горят', 'ru')).toContain(stemsOf('горели', 'ru').at(-1));
    expect(stemsOf('краснеет', 'ru')).toContain(ruVerbRoot('краснела', 'краснел'));
  });
  it('nouns and adverbs with the same letters get no verb root', () => {
    for (const w of ['более', 'боли', 'потом', 'горы', 'видно', 'тела', 'дела']) expect(stemsOf(w, 'ru').some((s) => s.endsWith('·'))).toBe(false);
  });
  it('an account told in the present is read as in the past', () => {
    expect(feats('Голова болит второй день.')).toMatchObject({ headache: true });
    expect(feats('У всех глаза горят.')).toMatchObject({ burning_eyes: true });
    // "потом" (then) is not sweating
    expect(feats('Потом мы пошли домой.').sweating).toBeUndefined();
  });
  it('irregular present forms of жечь, резать, щипать, рвать, течь', () => {
    expect(feats('Горло жжёт, глаза режет.')).toMatchObject({ throat_burning: true, burning_eyes: true });
    expect(feats('Его рвёт без остановки.')).toMatchObject({ vomiting: true });
    expect(feats('Изо рта течёт у всех.')).toMatchObject({ hypersalivation: true });
  });
  it('a burst pipe is not vomiting (про- changes рвать)', () => {
    expect(feats('Прорвало трубу на складе.').vomiting).toBeUndefined();
    expect(feats('Его вырвало.')).toMatchObject({ vomiting: true });
  });
});

describe('absence in a list of ни', () => {
  it('"ни запаха, ни облака" states both absences', () => {
    expect(feats('Не было ни запаха, ни облака.')).toMatchObject({ odour_none: true, cloud_none: true });
    expect(feats('Ни дыма, ни запаха, ничего.')).toMatchObject({ odour_none: true, cloud_none: true });
  });
});

describe('a recovery after a time phrase is no delayed onset', () => {
  it('reads "через час все в норме" as the end of the signs', () => {
    expect(feats('Кашляли, но через час все уже были в норме.').onset_delayed).toBeUndefined();
    expect(feats('Кашляли, через час всем полегчало.').onset_delayed).toBeUndefined();
    expect(feats('Кашель начался только через сутки.')).toMatchObject({ onset_delayed: true });
  });
});

describe('negation and exceptions inside a phrase (EN/RU/AR)', () => {
  it('a negation in a term gap states the sign absent', () => {
    expect(feats("No, their pupils weren't small.").miosis).toBe(false);
  });
  it('"no smell except X" is a smell of X', () => {
    expect(feats('No smell except burning rubber.')).toMatchObject({ odour_burning: true });
    expect(feats('No smell except burning rubber.').odour_none).toBeUndefined();
  });
  it('"لا ريحة ولا دخان" is no smell and no smoke, not a denied smell of smoke', () => {
    expect(feats('لا ريحة ولا دخان.')).toMatchObject({ odour_none: true, cloud_none: true });
  });
  // session 23 (agfix): feeling faint is presyncope (HPO HP:0031972), read as dizziness, not a loss of consciousness
  // (session 10 read it as fainting); docs/agent-differential.md §7.00046-agfix
  it('a faint smell is no fainting; feeling faint is presyncope (dizziness), not fainting', () => {
    expect(feats('There was a faint whiff of bleach.').loss_of_consciousness).toBeUndefined();
    expect(feats('She felt faint and sat down.')).toMatchObject({ dizziness: true });
    expect(feats('She felt faint and sat down.').loss_of_consciousness).toBeUndefined();
  });
});

describe('spoken Arabic signs and odours', () => {
  it('reads Levantine, Egyptian and Iraqi forms', () => {
    expect(feats('طلعت غيمة صفرا والناس كانت بتكح.')).toMatchObject({ cloud_yellow_green: true, cough: true });
    expect(feats('ريحتها زي مية البسين والعيون مولعة.')).toMatchObject({ odour_bleach: true, burning_eyes: true });
    expect(feats('راسي عم يوجعني وغمي عليه.')).toMatchObject({ headache: true, loss_of_consciousness: true });
    expect(feats('تاني يوم طلعت فقاقيع على جلده.')).toMatchObject({ onset_delayed: true, delayed_blisters: true });
  });
  it('a stay overnight is no delayed onset', () => {
    expect(feats('Treated for breathing problems; five stayed overnight.').onset_delayed).toBeUndefined();
  });
});

describe('Russian participles, hours in words, diminutive clouds', () => {
  it('reads participles and iteratives', () => {
    expect(feats('Покрасневшие глаза у всех.')).toMatchObject({ burning_eyes: true });
    expect(feats('Слезящиеся глаза, покашливали всю ночь.')).toMatchObject({ lacrimation: true, cough: true });
  });
  it('hours counted in words, approximately, and the evening of the day are a delayed onset', () => {
    expect(feats('Часа через три начался кашель.')).toMatchObject({ onset_delayed: true, cough: true });
    expect(feats('Через пару часов появились волдыри.')).toMatchObject({ onset_delayed: true, delayed_blisters: true });
    expect(feats('Ближе к вечеру всех стало рвать.')).toMatchObject({ onset_delayed: true, vomiting: true });
    expect(feats('Через полчаса начался кашель.').onset_delayed).toBeUndefined();
  });
  it('a diminutive cloud is a cloud; a dead animal is дохлый', () => {
    expect(feats('Жёлтое облачко поползло к нам.')).toMatchObject({ cloud_yellow_green: true });
    expect(feats('Куры передохли.')).toMatchObject({ dead_animals: true });
  });
});
