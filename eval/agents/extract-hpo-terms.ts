/**
 * Regenerates knowledge/hpo-terms.yaml: Human Phenotype Ontology labels and layperson synonyms for the signs the
 * agent knowledge base uses, with their HPO ids, mapped to feature ids (docs/agent-differential.md §3).
 *
 * Input: a checkout (or bare mirror) of github.com/obophenotype/human-phenotype-ontology; the labels come from
 * src/translations/hp-example-not-translated.babelon.tsv (rdfs:label of every term) and the lay synonyms from
 * reports/layperson-synonyms.tsv. The current hp.obo, which holds the clinical synonyms, is over the 4 MiB limit of
 * the mirror used here in every commit; the synonyms are taken from an OLDER full release of hp.obo (data-version
 * releases/2015-01-27, 4.2 MB) kept byte for byte as a copy in github.com/JonDemelo/PhenotypeToJson (hp.obo, git blob
 * 15b611dbb82d85ae49b05c401216f34b5896dd28), given as the optional second and third arguments. Only EXACT synonyms
 * are taken, plus the RELATED ones in RELATED_OK (judgment); HPO ids are stable, so the 2015 synonyms of an id are
 * still synonyms of the current term (ids absent in 2015 get none).
 *
 * Usage: node --import tsx eval/agents/extract-hpo-terms.ts <git dir of the HPO mirror> [<git dir holding hp.obo> <path> <owner/name>]
 * e.g. ... /work/.mirror/obophenotype+human-phenotype-ontology/repo /work/.mirror/JonDemelo+PhenotypeToJson/repo hp.obo JonDemelo/PhenotypeToJson
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { packageRoot } from '../../src/app/paths.js';

/** HPO term -> knowledge-base feature. The mapping is a judgment (which HPO phenotype a feature means). */
const MAP: Record<string, string> = {
  'HP:0000616': 'miosis', // Miosis
  'HP:0009926': 'lacrimation', // Epiphora
  'HP:0200026': 'burning_eyes', // Ocular pain
  'HP:0000509': 'burning_eyes', // Conjunctivitis
  'HP:0030953': 'burning_eyes', // Conjunctival hyperemia
  'HP:0000643': 'blepharospasm', // Blepharospasm
  'HP:0000622': 'blurred_vision', // Blurred vision
  'HP:0000572': 'blurred_vision', // Visual loss
  'HP:0007663': 'blurred_vision', // Reduced visual acuity
  'HP:0012735': 'cough', // Cough
  'HP:0002094': 'dyspnoea', // Dyspnea
  'HP:0002098': 'dyspnoea', // Respiratory distress
  'HP:0002093': 'dyspnoea', // Respiratory insufficiency
  'HP:0030828': 'dyspnoea', // Wheezing
  'HP:0002789': 'dyspnoea', // Tachypnea
  'HP:0031352': 'chest_tightness', // Chest tightness
  'HP:0100749': 'chest_tightness', // Chest pain
  'HP:0030842': 'throat_burning', // Choking episodes
  'HP:0031417': 'rhinorrhoea', // Rhinorrhea
  'HP:0100598': 'delayed_pulmonary_oedema', // Pulmonary edema
  'HP:0002307': 'hypersalivation', // Drooling
  'HP:0003781': 'hypersalivation', // Excessive salivation
  'HP:0000975': 'sweating', // Hyperhidrosis
  'HP:0002380': 'fasciculations', // Fasciculations
  'HP:0001337': 'fasciculations', // Tremor
  'HP:0001336': 'fasciculations', // Myoclonus
  'HP:0001250': 'convulsions', // Seizure
  'HP:0007185': 'loss_of_consciousness', // Loss of consciousness
  'HP:0001279': 'loss_of_consciousness', // Syncope
  'HP:0001259': 'loss_of_consciousness', // Coma
  'HP:0002013': 'vomiting', // Vomiting
  'HP:0002018': 'nausea', // Nausea
  'HP:0002315': 'headache', // Headache
  'HP:0002321': 'dizziness', // Vertigo
  'HP:0008066': 'delayed_blisters', // Abnormal blistering of the skin
  'HP:0200037': 'delayed_blisters', // Skin vesicle
  'HP:0010307': 'dyspnoea', // Stridor
  // session 7: the features added in session 6 take the HPO terms the KB cites for them (skin_rash_itching: Erythema,
  // Pruritus, Skin rash; knowledge/agents.yaml), and a few signs already read by the regex lexicon get their HPO terms
  'HP:0010783': 'skin_rash_itching', // Erythema
  'HP:0000989': 'skin_rash_itching', // Pruritus
  'HP:0000988': 'skin_rash_itching', // Skin rash
  'HP:0002014': 'diarrhoea_cramps', // Diarrhea
  'HP:0002027': 'diarrhoea_cramps', // Abdominal pain
  'HP:0011848': 'diarrhoea_cramps', // Abdominal colic
  'HP:0032155': 'diarrhoea_cramps', // Abdominal cramps
  'HP:0002104': 'dyspnoea', // Apnea
  'HP:0005943': 'dyspnoea', // Respiratory arrest
  'HP:0025095': 'rhinorrhoea', // Sneeze
  'HP:0031245': 'cough', // Productive cough
  'HP:0002017': 'vomiting', // Nausea and vomiting
  'HP:0012375': 'burning_eyes', // Chemosis (conjunctival swelling, beside Conjunctivitis and Conjunctival hyperemia)
  'HP:0002411': 'fasciculations', // Myokymia
  // session 13 (agvoc): the clinical and official register of case reports, poison-centre and hospital statements (judgment:
  // each HPO phenotype below is the ontology's name for a sign the feature already means). Respiratory failure, Upper airway
  // obstruction, Laryngeal obstruction and Laryngospasm are the airway's failure the feature dyspnoea reads in lay words
  // (Stridor and Apnea are mapped already); Acute respiratory distress syndrome is non-cardiogenic pulmonary oedema
  // (ATSDR Medical Management Guidelines for Chlorine: "non-cardiogenic pulmonary edema ... ARDS"); Reduced consciousness
  // (2015 synonyms "Disturbances of consciousness", "Lowered consciousness") is the "reduced / altered level of
  // consciousness" of hospital notes; Bilateral tonic-clonic seizure and Status epilepticus are seizures;
  // Keratoconjunctivitis is the irritant's eye injury beside Conjunctivitis.
  'HP:0002878': 'dyspnoea', // Respiratory failure
  'HP:0002781': 'dyspnoea', // Upper airway obstruction
  'HP:0005945': 'dyspnoea', // Laryngeal obstruction
  'HP:0025425': 'dyspnoea', // Laryngospasm
  'HP:0033677': 'delayed_pulmonary_oedema', // Acute respiratory distress syndrome
  'HP:0004372': 'loss_of_consciousness', // Reduced consciousness
  'HP:0002069': 'convulsions', // Bilateral tonic-clonic seizure
  'HP:0002133': 'convulsions', // Status epilepticus
  'HP:0001096': 'burning_eyes', // Keratoconjunctivitis
  // session 15 (agblis): the vesicant's eye and voice in clinical reports (judgment). Photophobia, Keratitis, Corneal erosion and
  // Palpebral edema are eye injuries read as burning_eyes beside Keratoconjunctivitis and Chemosis (burning_eyes is common for
  // sulfur mustard since session 6, and cdc-mustard lists light sensitivity; the riot-control agents' photophobia is in
  // medscape-rca); Hoarse voice has its own feature, hoarseness (cdc-mustard and gill-martin-2015 list it; throat_burning, the
  // irritant's immediate burning, would have carried it to the industrial irritants).
  'HP:0000613': 'burning_eyes', // Photophobia
  'HP:0000491': 'burning_eyes', // Keratitis
  'HP:0200020': 'burning_eyes', // Corneal erosion
  'HP:0100540': 'burning_eyes', // Palpebral edema
  'HP:0001609': 'hoarseness', // Hoarse voice
  // session 22 (agvocab): the features that had no HPO term (coverage-report.ts) take the ontology's name for their sign,
  // and a few signs their plainer sibling terms (judgment: each names the sign the feature means). Ptosis and Bilateral
  // ptosis, Mydriasis, Xerostomia ('Dry mouth'), Dysphagia and Dysarthria are botulism's and the anticholinergic agents'
  // signs (nlm-wiser-botulinum); Diplopia is double vision (blurred_vision reads it since session 18); Burning eye
  // sensation is the irritant's eye; Pharyngalgia ('Sore throat', 'Throat pain') is the irritant's throat; Loss of voice
  // is hoarseness at its worst (cdc-mustard). Dysphonia is left: its lay synonym ('Inability to produce voice sounds')
  // is read already and the term file holds 'dysphonia'.
  'HP:0000508': 'ptosis', // Ptosis
  'HP:0001488': 'ptosis', // Bilateral ptosis
  'HP:0011499': 'mydriasis', // Mydriasis
  'HP:0000217': 'dry_mouth', // Xerostomia
  'HP:0002015': 'dysphagia_dysarthria', // Dysphagia
  'HP:0001260': 'dysphagia_dysarthria', // Dysarthria
  'HP:0000651': 'blurred_vision', // Diplopia
  'HP:6000420': 'burning_eyes', // Burning eye sensation
  'HP:0033050': 'throat_burning', // Pharyngalgia
  // (s22 fix2, second review R3) not HP:0001686 'Loss of voice': said of a political voice as often ('a loss of voice in the
  // negotiations'); the lost voice is read from agent-terms.yaml's 'lost his/her/their voice'
  // Considered and not mapped (judgment): Hemoptysis is an early sign of sulfur mustard as much as of irritants, while the
  // feature it would join (frothy_sputum) means the oedema's froth; Scaling skin ('peeling skin') is told of fire burns
  // as often as of a vesicant's burst blisters; Bradycardia has no feature (a cholinergic sign seldom in reports).
  // Drowsiness and Lethargy are not loss of consciousness; Tearfulness is a mood, not lacrimation.
};
/** RELATED synonyms that do name the feature's sign (judgment); other RELATED synonyms are not taken. */
const RELATED_OK = new Set(['Shortness of breath', 'Dizziness', 'Respiratory function loss']);
/** Clinical synonyms that name a different sign, or a chronic disease rather than a sign (judgment). */
const EXCLUDE_SYN = new Set(['Dribbling', 'Epilepsy', 'CONJUNCTIVITIS, RECURRENT', 'SKIN BLISTERS', 'Reduced salivation']);
/** Layperson synonyms that name a different sign than the feature (judgment). */
const EXCLUDE = new Set(['Eyelid twitching', 'Dribbling', 'Pink eye', 'Cough', 'Itching', 'Reduced salivation']); // 'Itching' alone is said of eyes and throats as often as of skin;
// (session 22, agvocab) 'Reduced salivation' (Xerostomia) holds 'salivation', which hypersalivation reads: the pair would read both

const gitDir = process.argv[2];
if (!gitDir) {
  console.error('usage: extract-hpo-terms.ts <HPO git dir>');
  process.exit(2);
}
const show = (f: string) => execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${f}`], { maxBuffer: 64 << 20 }).toString('utf8');
const commit = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD']).toString().trim();
const date = execFileSync('git', ['--git-dir', gitDir, 'log', '-1', '--format=%cs']).toString().trim();
const labels = new Map<string, string>();
for (const line of show('src/translations/hp-example-not-translated.babelon.tsv').split('\n')) {
  const c = line.split('\t');
  if (c[3] === 'rdfs:label' && c[2]?.startsWith('HP:')) labels.set(c[2], c[1]);
}
const lay = new Map<string, string[]>();
for (const line of show('reports/layperson-synonyms.tsv').split('\n').slice(1)) {
  const m = /HP_(\d+)>\t"([^"]*)"\t"([^"]*)"/.exec(line);
  if (!m) continue;
  const id = `HP:${m[1]}`;
  if (!lay.has(id)) lay.set(id, []);
  if (!EXCLUDE.has(m[3]) && !lay.get(id)!.includes(m[3])) lay.get(id)!.push(m[3]);
}
/** Synonyms from a full hp.obo release (optional): id -> EXACT (and allowed RELATED) synonyms. */
const obo = new Map<string, string[]>();
let oboSource: { repository: string; blob: string; path: string; data_version: string } | null = null;
if (process.argv[3] && process.argv[4] && process.argv[5]) {
  const text = execFileSync('git', ['--git-dir', process.argv[3], 'show', `HEAD:${process.argv[4]}`], { maxBuffer: 64 << 20 }).toString('utf8');
  const blob = execFileSync('git', ['--git-dir', process.argv[3], 'rev-parse', `HEAD:${process.argv[4]}`]).toString().trim();
  oboSource = { repository: process.argv[5], blob, path: process.argv[4], data_version: /^data-version: (.*)$/m.exec(text)?.[1] ?? '?' };
  for (const block of text.split('\n[Term]\n').slice(1)) {
    const id = /^id: (HP:\d{7})$/m.exec(block)?.[1];
    if (!id) continue;
    const syns = [...block.matchAll(/^synonym: "([^"]*)" (EXACT|RELATED)/gm)].filter((m) => m[2] === 'EXACT' || RELATED_OK.has(m[1])).map((m) => m[1]).filter((x) => !EXCLUDE_SYN.has(x));
    obo.set(id, syns);
  }
}
const terms = Object.entries(MAP).map(([hpo, feature]) => {
  const label = labels.get(hpo);
  if (!label) throw new Error(`${hpo} not found in the HPO labels`);
  const layp = lay.get(hpo) ?? [];
  const synonyms = (obo.get(hpo) ?? []).filter((x, i, a) => a.indexOf(x) === i && x.toLowerCase() !== label.toLowerCase() && !layp.some((l) => l.toLowerCase() === x.toLowerCase()));
  return { hpo, label, feature, layperson_synonyms: layp, synonyms };
});
const out = {
  version: 1,
  source: {
    repository: 'obophenotype/human-phenotype-ontology',
    commit,
    date,
    files: ['src/translations/hp-example-not-translated.babelon.tsv (labels)', 'reports/layperson-synonyms.tsv (layperson synonyms)'],
    ...(oboSource ? { synonyms_from: { ...oboSource, note: 'EXACT synonyms (and RELATED ones judged to name the sign) of the same HPO ids from this full hp.obo release; the current hp.obo is too large for the mirror' } } : {}),
    licence: 'HPO licence (free use with attribution: Kohler S et al., Nucleic Acids Res 2021;49:D1207-17)',
    generated_by: 'eval/agents/extract-hpo-terms.ts',
    mapping: 'the HPO-id -> feature mapping is a judgment, listed in the generator',
  },
  terms,
};
fs.writeFileSync(path.join(packageRoot, 'knowledge', 'hpo-terms.yaml'), '# GENERATED by eval/agents/extract-hpo-terms.ts from the Human Phenotype Ontology; do not edit by hand.\n' + stringify(out, { lineWidth: 116 }));
console.log(`${terms.length} HPO terms, ${terms.reduce((s, t) => s + t.layperson_synonyms.length, 0)} layperson synonyms, ${terms.reduce((s, t) => s + t.synonyms.length, 0)} clinical synonyms`);
