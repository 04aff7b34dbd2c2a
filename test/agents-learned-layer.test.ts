/**
 * The learned-layer experiment's model (eval/agents/learned-layer-model.ts, session 8): its word inputs and its fit,
 * on invented sentences and invented cases only.
 */
import { describe, expect, it } from 'vitest';
import { applyLayer, fitLayer, langOf, layerInputs, type LayerCase, type LayerOptions } from '../eval/agents/learned-layer-model.js';

describe('layer inputs: stemmed word unigrams and bigrams', () => {
  it('stems English words, pairs neighbours within a sentence, drops digits', () => {
    const x = layerInputs(['The pupils were tiny. 12 people coughed']);
    // function words ('the', 'were': stopwords-iso) are read neither alone nor in a bigram (session 9)
    expect([...x.keys()]).toEqual(['u:en:pupil', 'u:en:tini', 'u:en:peopl', 'b:en:peopl_en:cough', 'u:en:cough']);
    // the first surface form of each input, for a reader
    expect(x.get('b:en:peopl_en:cough')).toBe('people coughed');
    // no bigram across the full stop
    expect(x.has('b:en:tini_en:peopl')).toBe(false);
  });

  it('reads Russian by the Snowball stem and Arabic by the light stem, each marked with its language', () => {
    expect([...layerInputs(['Глаза слезились']).keys()]).toEqual(['u:ru:глаз', 'b:ru:глаз_ru:слез', 'u:ru:слез']);
    const ar = [...layerInputs(['سعال شديد']).keys()];
    expect(ar).toEqual(['u:ar:سعال', 'b:ar:سعال_ar:شديد', 'u:ar:شديد']);
  });

  it('never reads a named agent (the engine records names but never uses them as evidence)', () => {
    const x = [...layerInputs(['A sarin attack; хлор и газ; غاز الكلور', 'tear gas was fired']).keys()];
    expect(x.some((k) => /sarin|хлор|كلور|tear/.test(k))).toBe(false);
    // the name is cut out like a sentence end: no bigram spans it
    expect(x).not.toContain('b:en:a_en:attack');
    expect(x).toContain('u:en:attack');
  });

  it('tells the language of a text by its script', () => {
    expect([langOf('people coughed'), langOf('люди кашляли'), langOf('سعال شديد')]).toEqual(['en', 'ru', 'ar']);
  });
});

const uniform = Float64Array.from([1 / 3, 1 / 3, 1 / 3], Math.log);
const invented = (id: string, label: number, inputs: string[], engineLogP = uniform): LayerCase => ({ id, file: 'invented', label, accept: [label], lang: 'en', engineLogP, engineTop: 0, inputs });
const BASE: LayerOptions = { lambda: 0.001, fitAlpha: false, alphaFixed: 1, minDf: 1, prefixes: ['u:'], iterations: 300, fitBias: false };

describe('the layer fit: multinomial logistic regression with the engine as offset', () => {
  const train = [
    ...Array.from({ length: 6 }, (_, i) => invented(`a${i}`, 0, ['u:pool', 'u:cough'])),
    ...Array.from({ length: 6 }, (_, i) => invented(`b${i}`, 1, ['u:protest', 'u:cough'])),
    ...Array.from({ length: 6 }, (_, i) => invented(`c${i}`, 2, ['u:plant', 'u:cough'])),
  ];

  it('learns which class a word points to, and leaves a word shared by every class near zero', () => {
    const layer = fitLayer(train, 3, BASE);
    const { p, contributions } = applyLayer(layer, invented('x', 1, ['u:protest']));
    expect(p[1]).toBeGreaterThan(0.8);
    expect(contributions.map((c) => c.input)).toEqual(['u:protest']);
    const cough = layer.w.slice(layer.index.get('u:cough')! * 3, layer.index.get('u:cough')! * 3 + 3);
    expect(Math.max(...cough) - Math.min(...cough)).toBeLessThan(0.05);
  });

  it('without known words and without a class bias it returns the engine posterior unchanged', () => {
    const layer = fitLayer(train, 3, BASE);
    const engine = Float64Array.from([0.7, 0.2, 0.1], Math.log);
    const { p } = applyLayer(layer, invented('y', 0, ['u:unknown'], engine));
    expect(Array.from(p).map((x) => +x.toFixed(6))).toEqual([0.7, 0.2, 0.1]);
  });

  it('a strong penalty keeps the engine: words barely move it', () => {
    const layer = fitLayer(train, 3, { ...BASE, lambda: 10 });
    const { p } = applyLayer(layer, invented('z', 1, ['u:protest']));
    for (const x of p) expect(Math.abs(x - 1 / 3)).toBeLessThan(0.02);
  });

  it('pruning centres each word on its mean (the softmax is unchanged) and drops words below the bar', () => {
    const layer = fitLayer(train, 3, { ...BASE, prune: 0.05 });
    expect(layer.vocab).toEqual(['u:plant', 'u:pool', 'u:protest']);
    for (let j = 0; j < layer.vocab.length; j++) expect(Math.abs(layer.w[j * 3] + layer.w[j * 3 + 1] + layer.w[j * 3 + 2])).toBeLessThan(0.002);
  });

  it('drops words met in more than maxDfShare of the cases (function words) and in fewer than minFiles files', () => {
    expect(fitLayer(train, 3, { ...BASE, maxDfShare: 0.5 }).vocab).toEqual(['u:plant', 'u:pool', 'u:protest']);
    expect(fitLayer(train, 3, { ...BASE, minFiles: 2 }).vocab).toEqual([]);
  });
});
