/**
 * Session 30 (room clnew): a party's declared start of its strikes or operations (claim-prepared-start.ts), a vow of a
 * response with a weak adjective of force and a quoted or coordinated pair (claim-prepared-vow.ts), and analysts' forecasts
 * of a strike with a time ahead (claim-intent.ts), by eval/claims/README.md's label conventions (the declared-start and
 * weak-response rows). Sentences written for this test (none copied from a split), EN/RU/AR, positives and near misses
 * (conditional, forecast, question, labour strike, political response, past).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared === true;
const read = (t: string) => { const r = readClaims(t, lexicon); return { ...r.claims, voice: r.voice }; };

describe('a declared start of strikes or operations, said by a party, with a nearness', () => {
  it('EN, RU, AR: read, the declarer blamed, the voice reports', () => {
    for (const t of [
      'Trump said the strikes on Venezuela will start soon.',
      'Trump said the US will start land strikes very soon.',
      'Трамп заявил, что удары по Венесуэле начнутся в ближайшее время.',
      'Удары по Венесуэле начнутся в ближайшее время, заявил Трамп.',
      'وقال ترامب إن الضربات الجوية على فنزويلا ستبدأ خلال الأيام المقبلة.',
    ]) {
      const r = read(t);
      expect(r.prepared, t).toBe(true);
      expect(r.blamed, t).toBe('west');
      expect(r.voice, t).toBe('reports');
    }
  });
  it('near misses: a condition, a forecast, a question, a labour strike, no speaker, the past perfect', () => {
    for (const t of [
      'Analysts say US strikes in Venezuela will start soon.',
      'Analysts say US strikes on Venezuela will begin in the coming days.',
      'Trump said strikes on Venezuela will start if Maduro does not step down.',
      'Will US strikes in Venezuela begin soon?',
      'The union said strikes will begin next week over pay.',
      'Residents fear the air strikes will start soon.',
      'Trump had said the strikes would start soon, but they never came.',
      'Эксперты считают, что удары по Венесуэле начнутся в ближайшее время.',
      'Трамп заявил, что удары по Венесуэле начнутся, если Мадуро не уйдет.',
      'Профсоюз заявил, что забастовки начнутся в ближайшее время.',
      'يرى محللون أن العمليات البرية في فنزويلا ستبدأ قريبا.',
      'وقال ترامب إن العمليات البرية في فنزويلا ستبدأ إذا لم يتنح مادورو.',
      'هل ستبدأ العمليات البرية في فنزويلا قريبا؟',
      'وقالت النقابة إن الإضرابات ستبدأ قريبا.',
    ]) expect(prepared(t), t).toBe(false);
  });
  it('a staging forecast with a time ahead stays read (the forecaster refusal is for a strike)', () => {
    expect(prepared('Эксперты предупреждают, что Россия готовит химическую провокацию в ближайшие дни.')).toBe(true);
  });
});

describe('a vow of a response with a weak adjective of force', () => {
  it('read with a word of force in its sentence, and a quoted coordinated pair', () => {
    const r = read('Iran vowed a strong response after the attack on its consulate.');
    expect(r.prepared).toBe(true);
    expect(r.blamed).toBe('other');
    expect(prepared('Pakistan vowed a “firm and forceful” response after the raid on its border posts.')).toBe(true);
    expect(prepared('Egypt vows decisive response after militants attack troops in Sinai.')).toBe(true);
  });
  it('near misses: a political response, tariffs, a condition', () => {
    for (const t of [
      'The minister vowed a strong response to the court ruling.',
      'The EU vowed a firm response to US tariffs.',
      'Pakistan vowed a firm response if India attacks.',
      'The party pledged a decisive response to the housing crisis.',
    ]) expect(prepared(t), t).toBe(false);
  });
});

describe('an Arabic announcement of its own deed past the head\'s adjective of arm, and the Afghan Taliban', () => {
  it('the armed forces, the air force announce their own strike: the announcer blamed', () => {
    expect(read('أعلنت القوات المسلحة الإيرانية، في بيان رسمي، تنفيذ هجوم صاروخي على قاعدة أمريكية.').blamed).toBe('other');
    expect(read('أعلنت القوات البحرية الإيرانية تنفيذ هجوم على سفينة في الخليج.').blamed).toBe('other');
  });
  it('near miss: the deed with its own agent in idafa is not the announcer\'s', () => {
    expect(read('أعلنت القوات المسلحة الإيرانية استهداف الإرهابيين لقاعدة في سيستان.').blamed).not.toBe('west');
  });
  it('the Taliban are other (README dev-v32 call 9), in the three languages', () => {
    expect(read('طالبان تعلن شن هجمات واسعة على مواقع باكستانية.').blamed).toBe('other');
    expect(read('Taliban fighters attacked a Pakistani border post, the army said.').blamed).toBe('other');
    expect(read('Талибы нанесли удар по пакистанским позициям.').blamed).toBe('other');
  });
});
