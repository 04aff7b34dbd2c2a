/**
 * Guard of the frozen lay-paraphrase test split v2 (eval/agents/paraphrases-test-v2.yaml), written in session 8 by a
 * hand that does not tune the engine and never ran it on these accounts. This test does NOT score the engine: it checks
 * only the file itself. Its sha256 is recorded (any edit, a phrase added or a label changed, fails here); the counts per
 * language and class are its recorded counts; every id is unique (also across the other paraphrase splits); every
 * agent is a knowledge-base agent of the labelled class; no text repeats a text of paraphrases-dev.yaml or
 * paraphrases-test.yaml; and no text names an agent or its class (the words listed below, in EN, RU and AR).
 * Only the coordinator scores it; no test prints its misses. The last test below is its floor (scored before session 8's
 * tuning on c38d3a3: 84/120 = 70.0%, EN 31 RU 28 AR 25 of 40, Brier 0.423; after, on 43ad61a: 85/120 = 70.8%, EN 29
 * RU 28 AR 28, Brier 0.371): a guard against regressions that prints pass or fail only, never a target.
 */
import { describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

/** Names and roots of agents and classes that an account must not contain (EN, RU, AR). */
const NAMES =
  /chlor|bleach|sarin|phosgen|mustard|tear.?gas|pepper|phosph|ammonia|sulph|sulfur|nerve|blister|incendi|toxic|industrial|riot|chok|napalm|thermite|novichok|\bvx\b|\bcs\b|\bcn\b|\boc\b|mace|psychogen|hysteri|food poison|irritant|vesicant|fluor|isocyan|хлор|зарин|фосген|горчи|иприт|люизит|слезоточ|перц|фосфор|аммиак|нашатыр|сероводород|сернист|нерв|нарыв|зажигат|токсич|промышлен|удушающ|напалм|термит|новичок|черёмух|черемух|истери|пищев|фтор|изоциан|раздражающ|كلور|سارين|فوسجين|خردل|مسيل|فلفل|فسفور|فوسفور|أمونيا|امونيا|نشادر|كبريت|أعصاب|اعصاب|عصبي|خانق|حارق|صناعي|نابالم|هستيري|تسمم|فلور|مهيج|منفط|بثور/i;

describeFrozenParaphraseSplit({
  split: 'test-v2',
  sha256: '30093e36a8a4853333620d3994f2075f0ff45133462ed3b80addae4e8465bff6',
  perLang: 40,
  perClass: { choking: 6, nerve: 6, blister: 6, 'riot-control': 6, 'toxic-industrial': 6, incendiary: 5, none: 5 },
  langs: ['en', 'ru', 'ar'],
  others: ['dev', 'test'],
  idForm: (lang) => new RegExp(`^${lang}-v2-`),
  names: NAMES,
  namesWhat: 'agent or class',
  floor: { title: 'stays at or above its scoring after session 10 (class top-1 >= 0.75, each language >= 0.75, Brier < 0.33; session 10: 91/120, EN 30 RU 30 AR 31, Brier 0.324)', classTop1: 0.75, perLang: 0.75, brierBelow: 0.33 },
});
