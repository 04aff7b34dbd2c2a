/**
 * The narrative engine's parts on small hand-made inputs: tokenising, MinHash/LSH, claim slots (EN/RU/AR),
 * outlet registry, convergence figures, coordination (sliding window vs a bin edge), baseline, chart.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldString, tokenise, tokenHashes } from '../src/core/narrative/text-tokenise.js';
import { MinHasher, UnionFind, lshJoin, sketchSimilarity, DEFAULT_SKETCH } from '../src/core/narrative/minhash-sketch.js';
import { extractClaims, itemStance, stanceCode, stanceOf } from '../src/core/narrative/claim-slots.js';
import { OutletResolver } from '../src/core/narrative/outlet-registry.js';
import { adoptions, convergence } from '../src/core/narrative/narrative-convergence.js';
import { coordination } from '../src/core/narrative/narrative-coordination.js';
import { binOf, compareWithBaseline, type BaselineTable } from '../src/core/narrative/narrative-baseline.js';
import { convergenceChart } from '../src/core/narrative/narrative-chart.js';
import { outletResolver } from '../src/app/narrative.js';
import { NarrativeAnalyser } from '../src/core/narrative/narrative-analyser.js';

const sketchOf = (texts: string[], k = 64) => {
  const mh = new MinHasher(k);
  const sigs = new Uint32Array(texts.length * k);
  const buf = new Uint32Array(4096);
  texts.forEach((t, i) => mh.sketch(buf, tokenHashes(t, buf), sigs, i * k));
  return sigs;
};

describe('tokenise', () => {
  it('folds case, Cyrillic ё, Latin diacritics and Arabic letter variants and marks', () => {
    expect(tokenise('Khan Sheikhoun, ЁЛКА: Café')).toEqual(['khan', 'sheikhoun', 'елка', 'cafe']);
    // hamza-alef, teh marbuta and tashkeel fold away; Arabic-Indic digits become ASCII
    expect(tokenise('إدلب الكلوْر حماة ١٢٣')).toEqual(['ادلب', 'الكلور', 'حماه', '123']);
    expect(foldString('أصيب')).toBe('اصيب');
    const a = new Uint32Array(8);
    const b = new Uint32Array(8);
    expect(tokenHashes('الكلوْر', a)).toBe(1);
    tokenHashes('الكلور', b);
    expect(a[0]).toBe(b[0]);
  });
  it('uses Intl.Segmenter for scripts without spaces', () => {
    expect(tokenise('化学武器袭击').length).toBeGreaterThan(1);
  });
});

describe('MinHash and LSH', () => {
  const base = 'terrorists fired rockets with chlorine at the khalidiyah district of aleppo on saturday evening and forty six people were hurt including eight children';
  const oneWord = base.replace('saturday', 'sunday');
  const other = 'the european union announced new sanctions against several officials after the summit in brussels on tuesday morning with little debate';
  it('estimates Jaccard of word-bigram sets within sampling error', () => {
    const sigs = sketchOf([base, oneWord, other], 256);
    // true bigram Jaccard of base vs oneWord: 21 shared of 25 distinct = 0.84
    expect(sketchSimilarity(sigs, 256, 0, 1)).toBeGreaterThan(0.74);
    expect(sketchSimilarity(sigs, 256, 0, 1)).toBeLessThan(0.94);
    expect(sketchSimilarity(sigs, 256, 0, 2)).toBeLessThan(0.05);
  });
  it('joins one-word edits and reordered sentences, not unrelated text', () => {
    const reordered = 'forty six people were hurt including eight children. terrorists fired rockets with chlorine at the khalidiyah district of aleppo on saturday evening and';
    const sigs = sketchOf([base, oneWord, other, reordered]);
    const uf = new UnionFind(4);
    lshJoin(sigs, 4, DEFAULT_SKETCH, uf);
    expect(uf.find(0)).toBe(uf.find(1));
    expect(uf.find(0)).toBe(uf.find(3));
    expect(uf.find(0)).not.toBe(uf.find(2));
  });
  it('gives an empty text an empty sketch that matches nothing', () => {
    const sigs = sketchOf(['', '']);
    expect(sketchSimilarity(sigs, 64, 0, 1)).toBe(0);
  });
});

describe('claim slots', () => {
  it('English: staged by the White Helmets, agent, munition, place, casualties, with the words', () => {
    const c = extractClaims('The chemical attack in Khan Sheikhoun was staged by the White Helmets; 72 people were killed by sarin from a rocket.');
    expect(c.blamed).toEqual({ value: 'white-helmets', words: expect.arrayContaining(['white helmets']) });
    expect(c.staged?.value).toBe(true);
    expect(c.staged?.words).toContain('staged');
    expect(c.agent?.value).toBe('sarin');
    expect(c.munition?.value).toBe('rocket');
    expect(c.place?.value).toBe('khan-shaykhun');
    expect(c.casualties?.value).toBe(72);
    // the White Helmets and the militants are one side of the story
    expect(stanceOf(stanceCode(c))).toEqual({ side: 'opposition', blamed: 'opposition' });
  });
  it('Russian stems: провокация боевиков, хлор, миномётные', () => {
    // a headline "Минобороны: ..." attributes the claim to the ministry: reported, not the outlet's own
    const c = extractClaims('Минобороны: это провокация боевиков, снаряды с хлором выпущены по Алеппо, пострадали 46 человек');
    expect(c.reported?.blamed?.value).toBe('opposition');
    expect(extractClaims('Это провокация боевиков, снаряды с хлором выпущены по Алеппо').blamed?.value).toBe('opposition');
    expect(c.reported?.staged?.words).toEqual(['провокация']);
    expect(c.agent?.value).toBe('chlorine');
    expect(c.place?.value).toBe('aleppo');
  });
  it('Arabic: the commonest terms after folding', () => {
    const c = extractClaims('قصف الإرهابيون أحياء حلب بقذائف تحتوي غاز الكلور، والهجوم مفبرك من قبل الخوذ البيضاء');
    expect(c.agent?.value).toBe('chlorine');
    expect(c.place?.value).toBe('aleppo');
    expect(c.staged?.value).toBe(true);
    expect(c.blamed?.value).toBe('white-helmets');
    expect(c.blamed?.words).toContain('الخوذ البيضاء');
  });
  it('Arabic verb-first sentences blame the subject after the verb', () => {
    const c = extractClaims('أطلق الإرهابيون قذائف تحتوي غاز الكلور على حلب');
    expect(c.blamed).toEqual({ value: 'opposition', words: ['الارهابيون', 'اطلق'] });
  });
  it('negation and hedges do not blame: "was not conducted by Assad nor by Russia", "allegedly carried out by"', () => {
    expect(extractClaims('The attack wasn´t conducted by Assad nor by Russia.').blamed).toBeUndefined();
    expect(extractClaims('The Syrian army does not possess chemical weapons and have never used them.').blamed).toBeUndefined();
    expect(extractClaims('Reports of an attack allegedly carried out by the Assad air force are a falsification.').blamed).toBeUndefined();
    // reported accusations (a party accuses a party) are not the item's own attribution
    expect(extractClaims('The US and the UK have blamed Russia.').blamed).toBeUndefined();
    expect(extractClaims('The West accuses Russia of a chemical attack.').blamed).toBeUndefined();
    // ...they are kept as REPORTED blame (the outlet reports the accusation, it does not make it)
    expect(extractClaims('Activists blamed government forces for the attack.').reported?.blamed?.value).toBe('government');
    expect(extractClaims('Activists blamed government forces for the attack.').blamed).toBeUndefined();
  });
  it('reported speech sets no blame of its own: the EUvsDisinfo Solovyov row of 9 Apr 2017; "by <gerund>" is a means', () => {
    const c = extractClaims(
      'The US and the UK have blamed Russia for using chemical weapons in the Syrian province of Idlib // Simultaneously, the US started a mission to destroy the North Korean leader Kim Jong-un by moving a strike group of the US Navy towards the Korean Peninsula.',
    );
    expect(c.blamed).toBeUndefined();
    expect(c.reported?.blamed?.value).toBe('russia');
    expect(itemStance(c)).toEqual({ code: stanceCode({ blamed: { value: 'russia', words: [] } }), reported: true, staged: false });
    expect(extractClaims('The attack was carried out by the White Helmets.').blamed?.value).toBe('white-helmets');
  });
  it('attribution phrases and hedges make blame reported (EN, RU, AR); the outlet\'s own voice stays asserted', () => {
    const reported = [
      'At least 50 civilians were being treated following a suspected poison gas attack by Syrian rebel groups.',
      "Russia's defense ministry said its warplanes bombed militants who had fired chlorine gas at Aleppo.",
      'According to the SANA news agency, terrorists shelled the al-Khalidiye neighborhood with chlorine.',
      'Syria, Russia accuse rebels for Aleppo gas attack',
      'По словам Конашенкова, боевики обстреляли Алеппо снарядами с хлором.',
      'Минобороны заявило, что террористы обстреляли Алеппо.',
      'وقال مصدر إن الإرهابيين أطلقوا قذائف تحتوي غاز الكلور على حلب',
      'وحسب سانا استهدف الإرهابيون حلب بقذائف الكلور',
    ];
    for (const t of reported) {
      const c = extractClaims(t);
      expect({ t, blamed: c.blamed?.value, reported: c.reported?.blamed?.value }).toEqual({ t, blamed: undefined, reported: 'opposition' });
    }
    expect(extractClaims('Terrorists fired shells with chlorine at Aleppo.').blamed?.value).toBe('opposition');
    expect(extractClaims('Боевики обстреляли западные кварталы Алеппо снарядами с хлором.').blamed?.value).toBe('opposition');
    // a hedge on the attack before a copula does not reach the asserted "provocation of terrorists"
    const h = extractClaims('The alleged chemical attack is just a provocation of terrorists and extremists.');
    expect(h.blamed?.value).toBe('opposition');
    expect(h.staged?.value).toBe(true);
  });
  it("Arabic: SANA's commonest phrasing (استهداف الإرهابيين ... بقذائف ... غاز الكلور) and Russian instrumental agents", () => {
    const c = extractClaims('إصابة 107 مدنيين باستهداف الإرهابيين أحياء حلب بقذائف تحتوي غاز الكلور');
    expect(c.blamed?.value).toBe('opposition');
    expect(c.agent?.value).toBe('chlorine');
    expect(c.munition?.value).toBe('shell');
    expect(c.casualties?.value).toBe(107);
    expect(extractClaims('اعتداء المجموعات الإرهابية بالصواريخ على حي الخالدية').blamed?.value).toBe('opposition');
    expect(extractClaims('اعتداء المجموعات الإرهابية بالصواريخ على حي الخالدية').munition?.value).toBe('rocket');
    expect(extractClaims('В результате обстрела жилых кварталов Алеппо террористами пострадали 46 человек').blamed?.value).toBe('opposition');
    expect(extractClaims('ВКС России нанесли удар по позициям боевиков').blamed?.value).not.toBe('opposition');
  });
  it('the warehouse story: a party owning a chemical stockpile is blamed, staged = false', () => {
    const c = extractClaims("Syrian airforce bombed the sarin resources of the terrorists - that's why people died in Khan Sheikhoun.");
    expect(c.blamed?.value).toBe('opposition');
    expect(c.stockpile).toEqual({ value: 'opposition', words: ['terrorists', 'resources'] });
    expect(c.staged).toBeUndefined();
    expect(extractClaims('Сирийская авиация нанесла удар по складу химического оружия боевиков').stockpile?.value).toBe('opposition');
    // a depot with no chemical named is not the story
    expect(extractClaims('The army destroyed an ammunition depot of the rebels').stockpile).toBeUndefined();
  });
  it('"us" the pronoun is not the US', () => {
    expect(extractClaims('Tell us who staged it').blamed).toBeUndefined();
  });
});

describe('outlet registry', () => {
  const r = outletResolver(packageKnowledge);
  it('maps aliases, domains, sub-domains, programme @ channel and URL hosts onto one family', () => {
    expect(r.resolve('Sputnik Arabic').id).toBe('sputnik');
    expect(r.resolve('sputniknews.com').id).toBe('sputnik');
    expect(r.resolve('fr.sputniknews.africa')).toMatchObject({ id: 'sputnik', via: 'domain', affiliation: 'state-affiliated', state: 'RU' });
    expect(r.resolve('Sputnik CZE').id).toBe('sputnik');
    expect(r.resolve('‘Vremya pokazhet’ @Pervyi kanal’ (51:16)').id).toBe('channel-one');
    expect(r.resolve('"Vremya pokazhet" (9:10)').id).toBe('channel-one');
    expect(r.resolve('Russian Ministry of Defense @ TASS').id).toBe('tass');
    expect(r.resolve('some blog', 'https://www.rt.com/news/1').id).toBe('rt');
    expect(r.resolve('sana').affiliation).toBe('state-affiliated');
    expect(r.resolve('etilaf').affiliation).toBe('opposition');
  });
  it('knows the White Helmets, Al-Masdar News, the State Department and Arabic/Cyrillic names of big outlets', () => {
    expect(r.resolve('Syria Civil Defence').id).toBe('white-helmets');
    expect(r.resolve('الخوذ البيضاء').id).toBe('white-helmets');
    expect(r.resolve('Al-Masdar News').id).toBe('al-masdar-news');
    expect(r.resolve('U.S. Department of State')).toMatchObject({ id: 'us-state-department', affiliation: 'state-affiliated' });
    expect(r.resolve('سبوتنيك').id).toBe('sputnik');
    expect(r.resolve('روسيا اليوم').id).toBe('rt');
    expect(r.resolve('رويترز').id).toBe('reuters');
    expect(r.resolve('Рейтер').id).toBe('reuters');
    expect(r.resolve('فرانس برس').id).toBe('afp');
  });
  it('keeps an unknown outlet, flagged', () => {
    expect(r.resolve('Nobody Herald')).toEqual({ id: 'unknown:nobody herald', name: 'Nobody Herald', affiliation: 'unknown', known: false, via: 'none' });
  });
  it('every entry carries a source, and state-affiliated ones name the state', () => {
    for (const e of r.entries) {
      expect(e.source.length).toBeGreaterThan(5);
      if (e.affiliation.type === 'state-affiliated') expect(e.affiliation.state).toMatch(/^[A-Z]{2}$/);
    }
    expect(new OutletResolver([]).resolve('x').known).toBe(false);
  });
});

describe('convergence', () => {
  it('counts each outlet once, at its first item; hours to 2/5/10, t50, t90, lead, state share', () => {
    const ev = Date.parse('2018-11-24T19:00:00Z');
    const h = (x: number) => ev + x * 3_600_000;
    const items = [
      { outlet: 'a', t: h(-2), stateAffiliated: true, known: true },
      { outlet: 'a', t: h(5), stateAffiliated: true, known: true },
      { outlet: 'b', t: h(1), stateAffiliated: true, known: true },
      { outlet: 'c', t: h(3), stateAffiliated: false, known: true },
      { outlet: 'd', t: h(4), stateAffiliated: false, known: false },
      { outlet: 'e', t: h(10), stateAffiliated: false, known: true },
    ];
    const c = convergence(adoptions(items), ev);
    expect(c).toEqual({
      first_seen: '2018-11-24T17:00:00.000Z',
      lead_hours: -2,
      hours_to_outlets: { '2': 1, '5': 10, '10': null },
      t50_hours: 3, // ceil(0.5 x 5) = 3rd outlet
      t90_hours: 10, // ceil(0.9 x 5) = 5th outlet
      state_affiliated_share: 0.4,
      resolution: 'exact',
      lead_days: 0,
      intervals: null,
      unknown_outlets: 1,
    });
  });
  it('gives each figure an interval when an item has only a date, and the date at its resolution', () => {
    const ev = Date.parse('2017-04-04T03:45:00Z');
    const day = (d: string) => Date.parse(d);
    const items = [
      { outlet: 'a', t: day('2017-04-05T12:00:00Z'), lo: day('2017-04-05'), hi: day('2017-04-06'), stateAffiliated: false, known: true },
      { outlet: 'b', t: day('2017-04-06T12:00:00Z'), lo: day('2017-04-06'), hi: day('2017-04-07'), stateAffiliated: true, known: true },
      { outlet: 'c', t: day('2017-04-04T10:00:00Z'), stateAffiliated: false, known: true },
    ];
    const c = convergence(adoptions(items), ev);
    expect(c).toMatchObject({ first_seen: '2017-04-04T10:00:00.000Z', lead_hours: 6.25, resolution: 'day', lead_days: 0 });
    expect(c.hours_to_outlets['2']).toBe(32.25);
    // the 2nd outlet: between 5 Apr 00:00 (20.25 h) and 6 Apr 00:00 (44.25 h)
    expect(c.intervals).toMatchObject({ lead_hours: [6.25, 6.25], hours_to_outlets: { '2': [20.25, 44.25], '5': null } });
    expect(convergence(adoptions(items.slice(0, 2)), ev).first_seen).toBe('2017-04-05');
  });
});

describe('coordination', () => {
  it('a sliding window keeps a pair that straddles a fixed bin edge; weights count distinct clusters', () => {
    // actors 0 and 1 co-publish in clusters 0, 1 and 2, 40 s apart, across the 60 s bin edges at 60 and 120 s
    const t = Float64Array.from([50_000, 90_000, 110_000, 150_000, 170_000, 210_000, 5_000_000]);
    const actor = Int32Array.from([0, 1, 0, 1, 0, 1, 2]);
    const cluster = Int32Array.from([0, 0, 1, 1, 2, 2, -1]);
    const r = coordination({ t, actor, cluster, n: 7, nActors: 3 }, { windowMs: 60_000, minWeight: 2, permutations: 19, seed: 1, maxFollowers: 100 });
    expect(r.edges).toEqual([{ a: 0, b: 1, weight: 3, symmetry: 1 }]);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0].members).toEqual([0, 1]);
    // a 30 s window misses them all
    expect(coordination({ t, actor, cluster, n: 7, nActors: 3 }, { windowMs: 30_000, minWeight: 1, permutations: 0, seed: 1, maxFollowers: 100 }).edges).toEqual([]);
  });
});

describe('baseline comparison', () => {
  const table = (days: (number | null)[], status: 'real' | 'unresolved' = 'real'): BaselineTable => ({
    metric: 'm',
    outlets_k: 2,
    window_days: 14,
    bins: [0, 1, 3, 7, 14],
    min_events: 5,
    min_items: 8,
    prescripted_prior: { p: [0.6, 0.2, 0.1, 0.05, 0.03, 0.02], judgment: true, why: 'test' },
    dirichlet_alpha: 0.5,
    derivation: 'test',
    events: days.map((d, i) => ({
      id: `e${i}`, name: '', event_time: `2015-0${(i % 9) + 1}-01T00:00:00Z`, time_source: '', status, status_source: '', sources: [], items: 20, outlets: 5,
      focal_narrative: null, focal_outlets: [], resolution: 'day' as const, days_to_k: d, hours_to_k: null, hours_to_k_interval: null, coverage_ok: true,
    })),
  });
  it('says plainly when the baseline is too thin, and gives no ratio', () => {
    const c = compareWithBaseline(0, table([2, 10, 11]));
    expect(c).toMatchObject({ events: 3, percentile: 0, likelihood_ratio: null, interval: null, too_thin: true });
    expect(c.statement).toContain('fewer than the 5 a ratio needs');
  });
  it('gives a ratio with an interval: > 1 for a story out on the day when past ones took days, < 1 for a slow one', () => {
    const t = table([2, 5, 9, 11, null, 3]);
    const fast = compareWithBaseline(0, t);
    expect(fast.percentile).toBe(0);
    // P(day 0 | organic) = 0.5 / (6 + 3) = 0.056; 0.6 / 0.056 = 10.8
    expect(fast.likelihood_ratio).toBe(10.8);
    expect(fast.interval![0]).toBeGreaterThan(2);
    expect(fast.interval![1]).toBeGreaterThan(fast.likelihood_ratio!);
    expect(compareWithBaseline(0, t).interval).toEqual(fast.interval); // seeded: reproducible
    const slow = compareWithBaseline(10, t);
    expect(slow.likelihood_ratio!).toBeLessThan(0.2);
    expect(slow.percentile).toBe(67); // 4 of 6 past events reached 2 outlets earlier than day 10
  });
  it('leaves out the event under study, unresolved or disputed events and thin coverage, and says why', () => {
    const t = table([2, 10, 11]);
    t.events[0].event_time = '2017-04-04T03:45:00Z';
    t.events.push({ ...t.events[1], id: 'x', status: 'unresolved' }, { ...t.events[1], id: 'y', coverage_ok: false, items: 3 });
    const c = compareWithBaseline(1, t, '2017-04-04T10:00:00.000Z');
    expect(c.events).toBe(2);
    expect(c.excluded).toEqual(['e0 (the event under study itself)', 'x (unresolved: no OPCW/UN finding, so not an organic reference)', 'y (3 item(s) in the window, fewer than 8: too little coverage to tell a slow story from missing data)']);
    expect(c.statement).toContain('left out: e0 (the event under study itself)');
  });
  it('bins days: 0, 1, 2-3, 4-7, 8-14, never', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 14, 15, null].map((d) => binOf(d, [0, 1, 3, 7, 14]))).toEqual([0, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
});

describe('chart', () => {
  it('renders one step line per narrative, deterministically', () => {
    const s = [{ label: 'opposition staged it', hours: [-1, 2, 2, 30] }, { label: 'government did it', hours: [5] }];
    const a = convergenceChart(s);
    expect(a).toBe(convergenceChart(s));
    expect(a.startsWith('<svg')).toBe(true);
    expect(a.match(/<path /g)).toHaveLength(2);
    expect(a).toContain('opposition staged it (4)');
    expect(a).toContain('>event<');
  });
  it('matches the golden file (review diffs of test/narrative-chart.golden.svg; ASSAY_UPDATE_GOLDEN=1 rewrites it)', () => {
    const golden = path.join(path.dirname(fileURLToPath(import.meta.url)), 'narrative-chart.golden.svg');
    const svg = convergenceChart(
      [
        { label: 'opposition / "terrorists" / White Helmets staged or fabricated it', hours: [44.25, 44.25, 68.25, 140.25] },
        { label: 'the US / the West staged or fabricated it', hours: [44.25, 140.25] },
      ],
      { title: 'Khan Shaykhun 2017 (EUvsDisinfo): cumulative distinct outlets' },
    );
    if (process.env.ASSAY_UPDATE_GOLDEN) fs.writeFileSync(golden, svg);
    expect(fs.existsSync(golden), 'golden file missing; run with ASSAY_UPDATE_GOLDEN=1 and review it').toBe(true);
    expect(svg).toBe(fs.readFileSync(golden, 'utf8'));
  });
});

describe('day-only dates', () => {
  it('a date without a time is never moved to the event time: it keeps its day window; one that tells the incident starts at the event, one that announces it may lead', () => {
    const a = new NarrativeAnalyser(outletResolver(packageKnowledge), { eventTime: '2018-11-24T18:50:00Z' });
    const txt = 'Terrorists shelled Aleppo with chlorine, a provocation by the terrorists';
    a.add({ id: '1', published_at: '2018-11-24', outlet: 'Sputnik', title: '', text: txt });
    a.add({ id: '2', published_at: '2018-11-23T10:00:00Z', outlet: 'RT', title: '', text: txt });
    a.add({ id: '3', published_at: '2018-11-25', outlet: 'SANA', title: '', text: txt });
    const n = a.finish().narratives[0];
    expect(n.outlets).toEqual(['RT', 'Sputnik', 'SANA']);
    expect(n.lead_hours).toBe(-32.83); // a real time-stamped lead stays negative
    // Sputnik's 24 Nov item tells the shelling: its window is [18:50, 24:00), placed at its middle
    expect(n.hours_to_outlets['2']).toBe(2.58);
    expect(n.intervals?.hours_to_outlets['2']).toEqual([0, 5.17]);
    expect(n.t90_hours).toBe(17.17); // 25 Nov, midday
    expect(n.intervals?.t90_hours).toEqual([5.17, 29.17]);
    // an item announcing a provocation on the event's day keeps the whole day: it may have led
    const b = new NarrativeAnalyser(outletResolver(packageKnowledge), { eventTime: '2018-11-24T18:50:00Z' });
    b.add({ id: '1', published_at: '2018-11-24', outlet: 'Sputnik', title: '', text: 'Terrorists are preparing a chemical provocation in Aleppo' });
    const m = b.finish().narratives[0];
    expect(m.intervals?.lead_hours).toEqual([-18.83, 5.17]);
    expect(m.first_seen).toBe('2018-11-24');
  });
});
