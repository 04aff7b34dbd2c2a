/**
 * Session 30 (room clprep): the declared future of a party's strike in English (claim-prepared-threat.ts `EN_FUTURE`,
 * aligned with session 29's Russian and Arabic declared futures), the Arabic «ستقوم بـ» + a strike and «تعتزم» + a verbal
 * noun, a figurative target on the prepared paths (claim-prepared-figurative.ts), and analysts' forecasts of a strike in
 * Russian and Arabic. By the declared-future row of eval/claims/README.md's label conventions. Sentences written for this
 * test (none copied from a split), EN/RU/AR, positives and near misses (figurative, conditional, negated, past, forecast,
 * question).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { figurativeObject } from '../src/core/narrative/claim-prepared-figurative.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared === true;
const read = (t: string) => { const r = readClaims(t, lexicon); return { ...r.claims, voice: r.voice }; };

describe('the English declared future of a strike, said by a party', () => {
  it('a trailing attribution, a verb of saying before, a headline colon, the first person', () => {
    expect(prepared('Hezbollah will launch rockets at Haifa, Nasrallah said.')).toBe(true);
    expect(prepared('The US will strike Syrian airbases, the Pentagon said on Monday.')).toBe(true);
    expect(prepared('Iran said it will strike American bases in Iraq.')).toBe(true);
    expect(prepared('The Israeli army said it would strike Hezbollah targets in the Bekaa valley.')).toBe(true);
    expect(prepared('Houthi leader: we will target Israeli ships in the Red Sea.')).toBe(true);
    expect(prepared('Russia announced it will strike the decision-making centres in Kyiv.')).toBe(true);
  });
  it('the declarer is blamed and the voice reports', () => {
    const r = read('Iran said it will strike American bases in Iraq.');
    expect(r.blamed).toBe('other');
    expect(r.voice).toBe('reports');
  });
  it('not forecast by analysts, asked, conditioned, negated, past, with tariffs, a labour strike, or a side named alone', () => {
    expect(prepared("Analysts say Russia will strike Ukraine's power grid again this winter.")).toBe(false);
    expect(prepared('Will Russia strike the decision-making centres in Kyiv?')).toBe(false);
    expect(prepared('It is unclear whether Israel will strike Iranian nuclear sites, officials said.')).toBe(false);
    expect(prepared('The US will strike Syria if Assad uses chemical weapons again, Trump said.')).toBe(false);
    expect(prepared('Iran said it will not attack American bases.')).toBe(false);
    expect(prepared('Israel had planned to strike Iranian nuclear sites in 2012, documents show.')).toBe(false);
    expect(prepared('The US will strike China with new tariffs, Trump said.')).toBe(false);
    expect(prepared('Workers will strike over pay next week, the union said.')).toBe(false);
    expect(prepared('The new tax will hit the poor hardest, the minister said.')).toBe(false);
    expect(prepared('The minister said the government will strike a deal with the unions.')).toBe(false);
    expect(prepared('The US will strike Syria, Trump said on Wednesday.')).toBe(false);
  });
  it('the subject must be a party, a state or an armed force', () => {
    expect(prepared('The storm will hit the city on Friday, the mayor said.')).toBe(false);
    expect(prepared('Police will target drug gangs in the city centre, the mayor said.')).toBe(false);
    expect(prepared('The new rules will target shipping companies and their vessels, the EU said.')).toBe(false);
    expect(prepared('The army said its jets will strike militia bases near the border.')).toBe(true);
  });
  it('no speaker: the writer\'s own forecast is not read', () => {
    expect(prepared('Israel will strike Iranian nuclear sites.')).toBe(false);
  });
});

describe('a figurative target on the prepared paths', () => {
  it('an abstraction after the strike, in three languages', () => {
    expect(prepared('Premier vowed to strike at corruption in the ministry.')).toBe(false);
    expect(prepared('The president vowed to strike a blow against poverty.')).toBe(false);
    expect(prepared('Министр пообещал нанести удар по коррупции.')).toBe(false);
    expect(prepared('Президент пообещал нанести сокрушительный удар по бедности.')).toBe(false);
    expect(prepared('توعد الوزير بضرب الفساد في المؤسسات.')).toBe(false);
  });
  it('a target of force stays a threat', () => {
    expect(prepared('Iran vowed to strike at US bases in the region.')).toBe(true);
    expect(prepared('Хезболла пообещала нанести удар по Хайфе.')).toBe(true);
    expect(prepared('توعد الحرس الثوري بضرب القواعد الامريكية في المنطقة.')).toBe(true);
  });
  it('the target is read in the strike\'s own sentence only', () => {
    const s = 'congress debates the plan for strikes\npresident obama\'s request for authorization';
    expect(figurativeObject(s, s.indexOf('strikes') + 7, 'en')).toBe(false);
    expect(figurativeObject('will strike us assets in the gulf', 'will strike'.length, 'en')).toBe(false);
  });
});

describe('Arabic plans and futures with a strike, Russian and Arabic forecasts', () => {
  it('«ستقوم بـ» + a strike, «تعتزم» + a verbal noun', () => {
    expect(prepared('قال المتحدث باسم الحوثيين إن قواتهم ستقوم بضرب السفن الإسرائيلية في البحر الأحمر.')).toBe(true);
    expect(prepared('تعتزم إسرائيل ضرب المنشآت النووية الإيرانية، بحسب مسؤولين.')).toBe(true);
    expect(prepared('قال الوزير إن الحكومة ستقوم بضرب الفقر والبطالة.')).toBe(false);
    expect(prepared('قال المتحدث إن إيران لن تستهدف القواعد الأمريكية.')).toBe(false);
  });
  it('a strike forecast by analysts or experts is no declaration; a weapon\'s use forecast still is', () => {
    expect(prepared('Эксперты считают, что Россия нанесет удар по энергосистеме зимой.')).toBe(false);
    expect(prepared('يرى محللون أن إسرائيل ستضرب المنشآت النووية الإيرانية.')).toBe(false);
    expect(prepared('Эксперты считают, что боевики применят химическое оружие в Идлибе.')).toBe(true);
  });
});

describe('more forms of a strike ahead, and their near misses', () => {
  it('AR «توجيه ضربة», EN "about to", RU «продолжат атаковать»', () => {
    expect(prepared('قال مسؤول إسرائيلي إن الجيش سيوجه ضربة قوية لمواقع حزب الله في الجنوب.')).toBe(true);
    expect(prepared('تستعد القوات الأمريكية لتوجيه ضربات لمواقع الميليشيات في العراق.')).toBe(true);
    expect(prepared('Hezbollah is about to fire rockets at Israeli towns, the army warned.')).toBe(true);
    expect(prepared('Хуситы заявили, что продолжат атаковать суда в Красном море.')).toBe(true);
  });
  it('a figurative «ضربة», a negated continuation, analysts\' expectation', () => {
    expect(prepared('قال الوزير إن الحكومة ستوجه ضربة للبطالة.')).toBe(false);
    expect(prepared('Хуситы заявили, что не будут атаковать суда в Красном море.')).toBe(false);
    expect(prepared('Military analysts expect Russia to launch missile strikes on Ukrainian cities.')).toBe(false);
    expect(prepared('Experts expect the militants to use chemical weapons in Idlib.')).toBe(true);
  });
});
