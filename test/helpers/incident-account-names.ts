/**
 * Agent, class and product names that an incident account of the session-11 splits (dev-v12, test-v12) must not contain,
 * in EN, RU and AR: the NAMES list of test/agents-paraphrases-v2.test.ts widened with words such as monoxide, pesticide,
 * insecticide, lewisite and their Russian and Arabic equivalents. Sign words (blisters, pupils) are allowed in incident
 * accounts, as in test-v11. Written once here, used by test/agents-eval-dev-v12.test.ts and test/agents-eval-v12-guard.test.ts.
 */
export const ACCOUNT_NAMES =
  /chlor|bleach|sarin|phosgen|mustard|tear.?gas|pepper|phosph|ammonia|sulph|sulfur|nerve|incendi|toxic|industrial|riot|chok|napalm|thermite|novichok|\bvx\b|\bcs\b|\bcn\b|\boc\b|mace|psychogen|hysteri|food poison|irritant|vesicant|fluor|isocyan|monoxide|pesticid|insecticid|organophosph|carbamate|lewisite|хлор|зарин|фосген|горчи|иприт|люизит|слезоточ|перц|фосфор|аммиак|нашатыр|сероводород|сернист|нерв|нарыв|зажигат|токсич|промышлен|удушающ|напалм|термит|новичок|черёмух|черемух|истери|пищев|фтор|изоциан|раздражающ|угарн|пестицид|инсектицид|كلور|سارين|فوسجين|خردل|مسيل|فلفل|فسفور|فوسفور|أمونيا|امونيا|نشادر|كبريت|أعصاب|اعصاب|عصبي|خانق|حارق|صناعي|نابالم|هستيري|تسمم|فلور|مهيج|منفط|مبيد|أول أكسيد/i;
