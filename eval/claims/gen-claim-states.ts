/**
 * Session 28 (clparty): the states of the world as the claim reader's state terms, generated into the block between
 * the `# ---- generated states` markers of knowledge/claim-parties.yaml (every state's name and its nationality
 * adjective / demonym in English, Russian and Arabic, each entry mapped to the guide's party).
 *
 *   mkdir -p /tmp/states && cd /tmp/states && npm pack i18n-iso-countries@7.14.0 i18n-nationality@1.4.0 &&
 *     for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
 *   npx tsx eval/claims/gen-claim-states.ts /tmp/states          (rewrites the block; --check: exit 1 if it would change)
 *
 * Sources (both MIT licensed, read from the unpacked npm packages, never bundled):
 * - names: i18n-iso-countries 7.14.0 (https://www.npmjs.com/package/i18n-iso-countries), langs/en.json, ru.json, ar.json
 *   (ISO 3166-1 alpha-2 codes; the names of the Unicode CLDR and the ISO list);
 * - English adjectives: i18n-nationality 1.4.0 (https://www.npmjs.com/package/i18n-nationality), langs/en.json, with the
 *   few forms it lacks (EN_EXTRA) from Wikipedia's "List of adjectival and demonymic forms for countries and nations"
 *   (https://en.wikipedia.org/wiki/List_of_adjectival_and_demonymic_forms_for_countries_and_nations);
 * - Russian adjectives: RU_ADJ below, the relative adjective of each state as given by Городецкая И. Л., Левашов Е. А.,
 *   «Русские названия жителей: словарь-справочник» (М., 2003), written in the nominative (the loader compiles every
 *   Cyrillic word of a party or state to its Snowball stem, so the case forms match: claim-slots.ts `stemmedParty`);
 * - Arabic adjectives: the nisba (relative adjective) formed from the Arabic name by the regular rule (Ryding 2005,
 *   "A Reference Grammar of Modern Standard Arabic", ch. 5.4: the suffix ـي, a final ـا / ـية of the name dropped), with
 *   the irregular ones in AR_NISBA; each in the masculine and feminine, with and without the article, and the sound
 *   plurals with the article. The clitics are the loader's: و ف ب ل ك are read off any word by the matcher and the form
 *   after «لـ» («للإسرائيلي») is compiled from the form with the article (claim-slots.ts `arabicForms`).
 *
 * Which states: the sovereign states of ISO 3166-1 (the UN's 193 members, its two observer states, Kosovo and Taiwan);
 * dependent territories (NON_SOVEREIGN) are left out. Party (the README guide): `west` for the US, the UK, France and
 * the other members of NATO and the EU (NATO's and the EU's member lists,
 * https://www.nato.int/cps/en/natohq/topics_52044.htm, https://european-union.europa.eu/principles-countries-history/eu-countries_en)
 * and Australia and New Zealand (the Five Eyes), except Turkey, which the guide names `other`; `russia` for Russia,
 * `ukraine` for Ukraine, `government` for Syria, `other` for every other state.
 *
 * Every entry is read as a state (`kind: state`): the reader's grammar decides whether it acts (a state's name, written
 * "@name" as the capitals are, only as the subject right before a deed or as the accused; its adjective with a force or a
 * police it owns) or is a place, a victim or a speaker
 * (claim-slots.ts `stateActors`, `resolvePolice`). A spelling the built-in lexicon or a party entry of the file already
 * has is skipped by the loader, so the hand-made readings keep their place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const YAML = path.join(dir, '..', '..', 'knowledge', 'claim-parties.yaml');
const BEGIN = '  # ---- generated states (eval/claims/gen-claim-states.ts; do not edit by hand) ----';
const END = '  # ---- end of generated states ----';

// ISO 3166-1 codes of dependent territories and areas that are no state (UN member states list,
// https://www.un.org/en/about-us/member-states); Hong Kong and Macau are China's
const NON_SOVEREIGN = new Set('AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT'.split(' '));
const NATO = 'AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE GB US'.split(' ');
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const WEST = new Set([...NATO, ...EU, 'AU', 'NZ']);
const partyOf = (code: string): string => (code === 'RU' ? 'russia' : code === 'UA' ? 'ukraine' : code === 'SY' ? 'government' : WEST.has(code) ? 'west' : 'other');

// English adjectives the nationality list lacks or gives in another form (the Wikipedia list above)
const EN_EXTRA: Record<string, string[]> = {
  AE: ['emirati'], AR: ['argentine', 'argentinian'], AZ: ['azeri'], BA: ['bosnian'], CD: ['congolese'], CG: ['congolese'],
  CI: ['ivorian'], CZ: ['czech'], GB: ['british'], KP: ['north korean'], KR: ['south korean'], MM: ['burmese', 'myanmar'],
  PS: ['palestinian'], SS: ['south sudanese'], TW: ['taiwanese'], VA: ['vatican'], XK: ['kosovar', 'kosovan'], MK: ['north macedonian', 'macedonian'],
  UZ: ['uzbek'], TJ: ['tajik'], KZ: ['kazakh'], KG: ['kyrgyz', 'kirghiz'], TM: ['turkmen'], AF: ['afghan'],
  NL: ['dutch'], PH: ['filipino', 'philippine'], BH: ['bahraini'], QA: ['qatari'], SA: ['saudi'], YE: ['yemeni'], LB: ['lebanese'],
};
// names in common use that the ISO list gives otherwise (English)
const EN_NAMES_EXTRA: Record<string, string[]> = { MM: ['burma'], CZ: ['czechia'], TR: ['turkey'], CI: ['ivory coast'], SZ: ['swaziland'], MK: ['macedonia'], CV: ['cape verde'] };
// Russian relative adjectives (Городецкая, Левашов 2003), nominative masculine; the names' own case forms come from
// the stemmer. Left out where the adjective is the name's stem already (the name covers it) or the state is rarely named
const RU_ADJ: Record<string, string[]> = {
  AF: ['афганский'], AL: ['албанский'], DZ: ['алжирский'], AO: ['ангольский'], AR: ['аргентинский'], AM: ['армянский'], AU: ['австралийский'],
  AT: ['австрийский'], AZ: ['азербайджанский'], BH: ['бахрейнский'], BD: ['бангладешский'], BY: ['белорусский'], BE: ['бельгийский'],
  BO: ['боливийский'], BA: ['боснийский'], BR: ['бразильский'], BG: ['болгарский'], BF: ['буркинийский'], BI: ['бурундийский'], KH: ['камбоджийский'],
  CM: ['камерунский'], CA: ['канадский'], CF: ['центральноафриканский'], TD: ['чадский'], CL: ['чилийский'], CN: ['китайский'], CO: ['колумбийский'],
  CD: ['конголезский'], CG: ['конголезский'], HR: ['хорватский'], CU: ['кубинский'], CY: ['кипрский'], CZ: ['чешский'], DK: ['датский'],
  EC: ['эквадорский'], EG: ['египетский'], SV: ['сальвадорский'], ER: ['эритрейский'], EE: ['эстонский'], ET: ['эфиопский'], FI: ['финский'],
  FR: ['французский'], GE: ['грузинский'], DE: ['германский', 'немецкий'], GH: ['ганский'], GR: ['греческий'], GT: ['гватемальский'],
  HT: ['гаитянский'], HN: ['гондурасский'], HU: ['венгерский'], IN: ['индийский'], ID: ['индонезийский'], IR: ['иранский'], IQ: ['иракский'],
  IE: ['ирландский'], IL: ['израильский'], IT: ['итальянский'], JP: ['японский'], JO: ['иорданский'], KZ: ['казахстанский', 'казахский'],
  KE: ['кенийский'], KP: ['северокорейский'], KR: ['южнокорейский'], KW: ['кувейтский'], KG: ['киргизский', 'кыргызский'], LV: ['латвийский'],
  LB: ['ливанский'], LY: ['ливийский'], LT: ['литовский'], ML: ['малийский'], MX: ['мексиканский'], MD: ['молдавский', 'молдовский'],
  MN: ['монгольский'], MA: ['марокканский'], MZ: ['мозамбикский'], MM: ['мьянманский', 'бирманский'], NP: ['непальский'], NL: ['нидерландский', 'голландский'],
  NI: ['никарагуанский'], NE: ['нигерский'], NG: ['нигерийский'], NO: ['норвежский'], OM: ['оманский'], PK: ['пакистанский'], PS: ['палестинский'],
  PE: ['перуанский'], PH: ['филиппинский'], PL: ['польский'], PT: ['португальский'], QA: ['катарский'], RO: ['румынский'], RW: ['руандийский'],
  SA: ['саудовский'], SN: ['сенегальский'], RS: ['сербский'], SO: ['сомалийский'], ZA: ['южноафриканский'], SS: ['южносуданский'], ES: ['испанский'],
  LK: ['шри-ланкийский'], SD: ['суданский'], SE: ['шведский'], CH: ['швейцарский'], TJ: ['таджикский', 'таджикистанский'], TZ: ['танзанийский'],
  TH: ['таиландский', 'тайский'], TN: ['тунисский'], TR: ['турецкий'], TM: ['туркменский'], UG: ['угандийский'], AE: ['эмиратский'],
  UZ: ['узбекский', 'узбекистанский'], VE: ['венесуэльский'], VN: ['вьетнамский'], YE: ['йеменский'], ZM: ['замбийский'], ZW: ['зимбабвийский'],
  SK: ['словацкий'], SI: ['словенский'], ME: ['черногорский'], MK: ['македонский', 'северомакедонский'], XK: ['косовский'], TW: ['тайваньский'],
  LU: ['люксембургский'], IS: ['исландский'], NZ: ['новозеландский'], GB: ['британский'], US: ['американский'], RU: ['российский'], UA: ['украинский'], SY: ['сирийский'],
};
// Russian names in common use beside the ISO one
const RU_NAMES_EXTRA: Record<string, string[]> = { KP: ['северная корея', 'кндр'], KR: ['южная корея'], AE: ['объединенные арабские эмираты'], CZ: ['чехия'], MD: ['молдавия', 'молдова'], BY: ['беларусь', 'белоруссия'], MM: ['мьянма', 'бирма'], CD: ['конго'], CG: ['конго'], PS: ['палестина'], US: ['соединенные штаты'], GB: ['великобритания', 'британия'] };
// a stem that is a common Russian word of its own is written as a longer stem ("груз", cargo): the name then matches as
// written, and the adjective above
const RU_STEM_OVERRIDE: Record<string, string> = { 'грузия': 'грузи*' };
// Russian names that are common words («того», «перу»: the pronoun and "to the pen"; «бутан» butane, «чили» the pepper
// of pepper spray): left to the adjective
const RU_NAME_SKIP = new Set(['того', 'перу', 'чад', 'бутан', 'чили']);
// irregular Arabic nisbas (folded spellings), where the rule would give another word
const AR_NISBA: Record<string, string[]> = {
  US: ['امريكي', 'اميركي'], GB: ['بريطاني'], AF: ['افغاني'], AT: ['نمساوي'], AE: ['اماراتي'], KP: ['كوري شمالي'], KR: ['كوري جنوبي'],
  ZA: ['جنوب افريقي'], SS: ['جنوب سوداني'], NL: ['هولندي'], MM: ['ميانماري', 'بورمي'], CD: ['كونغولي'], CG: ['كونغولي'], CZ: ['تشيكي'],
  BA: ['بوسني'], CI: ['ايفواري'], DE: ['الماني'], SA: ['سعودي'], PS: ['فلسطيني'], GE: ['جورجي'], BY: ['بيلاروسي'], NZ: ['نيوزيلندي'],
  // (a nisba that is a common word of its own is left out: «المالي» financial, «مجرى» a course)
  ML: [], HU: [], UZ: ['اوزبكي', 'اوزبكستاني'], TJ: ['طاجيكي', 'طاجيكستاني'], KZ: ['كازاخي', 'كازاخستاني'], KG: ['قيرغيزي', 'قرغيزي'], TM: ['تركماني'],
  CF: [], DO: ['دومينيكاني'], VA: [], MK: ['مقدوني'], TW: ['تايواني'], LK: ['سريلانكي'], CV: [], GQ: [], GW: [], PG: [], TL: [], KN: [], VC: [], LC: [], AG: [], TT: [], ST: [], SB: [], MH: [], FM: [],
};
// Arabic names in common use beside the ISO one (folded)
const AR_NAMES_EXTRA: Record<string, string[]> = { US: ['امريكا', 'اميركا'], GB: ['بريطانيا'], MM: ['ميانمار'], KP: ['كوريا الديمقراطيه'], AE: ['الامارات'], SA: ['المملكه العربيه السعوديه'], NL: ['هولندا'], CZ: ['التشيك'] };

const fold = (s: string) =>
  s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
/** the regular nisba of a folded Arabic name (one word or the last word of a phrase keeps its head: "جنوب" left to AR_NISBA) */
function nisba(name: string): string | null {
  const words = name.split(' ');
  if (words.length > 1) return null; // compound names: their nisba is listed (AR_NISBA) or not read
  let w = words[0].replace(/^ال/, '');
  if (w.length < 3) return null;
  // "-iyya" / "-iya" / "-ya" names drop their ending ("السعودية" -> "سعودي", "روسيا" -> "روسي"), a final alef or teh
  // marbuta is dropped ("فرنسا" -> "فرنسي"); a name that ends in ya already is its nisba ("جيبوتي")
  if (w.endsWith('يه') || w.endsWith('يا')) return w.slice(0, -1);
  if (w.endsWith('ا') || w.endsWith('ه')) w = w.slice(0, -1);
  else if (w.endsWith('ي')) return w;
  return w + 'ي';
}
// the heads of a state's forces after its adjective (English, and Russian as stems: «руандийские войска», «руандийских военных»):
// the commonest, as each adds a lexicon row per state (the lexicon compiles once per process)
const EN_FORCE = ['army', 'military', 'armed forces', 'forces', 'troops', 'soldiers', 'air force', 'navy', 'police', 'security forces', 'jets', 'warplanes', 'drones', 'artillery', 'government', 'authorities'];
const RU_FORCE = ['арми*', 'войск*', 'военн*', 'вооруженн* сил*', 'сил*', 'ввс', 'авиаци*', 'полици*', 'силовик*', 'спецслужб*', 'власт*', 'правительств*'];
// the heads of a state's forces that take its nisba after them (Ryding 2005 ch. 11: the adjective follows and agrees):
// masculine heads the masculine nisba, feminine and non-human plural heads the feminine (folded spellings)
const AR_FORCE_MASC = ['الجيش', 'جيش', 'الطيران', 'سلاح الجو', 'الامن'];
const AR_FORCE_FEM = ['القوات', 'قوات', 'الطايرات', 'طايرات', 'المدفعيه', 'الشرطه', 'قوات الامن', 'القوات المسلحه', 'البحريه', 'المقاتلات', 'مقاتلات', 'السلطات'];
// (not the nouns of deeds, «غارات», «صواريخ», «مسيرات»: the reader reads their nisba as the deed's doer, claim-arabic-roles.ts
// deedNisba, and a compound would take the deed noun from it)
/**
 * The nisba with the heads of forces: a state's bare adjective is read by the reader's own Arabic rules where it knows
 * the state, and as a state term it would also be the adjective of any noun ("الوزارات العراقية", "مصادر عراقية": the
 * development look parts lost an item to it), so it joins the lexicon only after a head that names a force or a deed
 */
function arabicForms(adj: string): string[] {
  const words = adj.split(' ');
  const agree = (suffix: string, article: boolean) => words.map((x) => (article ? 'ال' : '') + x + suffix).join(' ');
  return [
    ...AR_FORCE_MASC.map((h) => `${h} ${agree('', h.startsWith('ال') || h.includes(' ال'))}`),
    ...AR_FORCE_FEM.map((h) => `${h} ${agree('ه', h.startsWith('ال') || h.includes(' ال'))}`),
  ];
}

/**
 * A Russian name as stems of its case forms, written out (the loader's Snowball stemmer would cut short names to common
 * words: «судан» to «суда», «самоа» to «само»): a hard-stem masculine noun takes its endings after the whole word
 * («Судан», «Судана»); a noun in -а/-я/-ия, -ь/-й or the plural -ы drops that ending («Руанда» -> «руанд*», «Эфиопия» ->
 * «эфиопи*», «Израиль» -> «израил*», «Филиппины» -> «филиппин*»); a name in another vowel is indeclinable («Конго»,
 * «Сомали», «Самоа»); an adjective of a compound name drops its ending («Саудовская Аравия» -> «саудовск* арави*»). A stem
 * under four letters is left as written (the nominative alone). Wade, "A Comprehensive Russian Grammar" (the declensions).
 */
function ruNameStems(name: string): string {
  return name
    .split(' ')
    .map((w) => {
      if (!/^[\u0400-\u04FF\-]+$/u.test(w) || w.length < 4) return w;
      let stem: string | null;
      if (/(?:ая|ое|ый|ий|ые|ой)$/u.test(w) && w.length > 5) stem = w.slice(0, -2);
      else if (/[бвгджзклмнпрстфхцчшщ]$/u.test(w)) stem = w;
      else if (/[бвгджзклмнпрстфхцчшщ]ы$/u.test(w)) stem = w.slice(0, -1);
      else if (/ия$/u.test(w)) stem = w.slice(0, -1);
      else if (/[бвгджзклмнпрстфхцчшщ][ая]$/u.test(w) || /[ьй]$/u.test(w)) stem = w.slice(0, -1);
      else stem = null; // indeclinable
      return stem && stem.length >= 4 ? stem + '*' : w;
    })
    .join(' ');
}

type Lang = Record<string, string | string[]>;
const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
function main(): void {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const src = args.find((a) => !a.startsWith('--'));
  if (!src) {
    console.error('usage: npx tsx eval/claims/gen-claim-states.ts DIR [--check]  (DIR holds the unpacked i18n-iso-countries-7.14.0 and i18n-nationality-1.4.0)');
    process.exit(2);
  }
  const read = (p: string) => JSON.parse(fs.readFileSync(path.join(src, p), 'utf8'));
  const iso = (l: string): Lang => read(`i18n-iso-countries-7.14.0/package/langs/${l}.json`).countries;
  const [en, ru, ar] = [iso('en'), iso('ru'), iso('ar')];
  const nat: Record<string, string> = read('i18n-nationality-1.4.0/package/langs/en.json').nationalities;
  const seen = new Set<string>();
  const uniq = (xs: string[]) => xs.filter((x) => x.length >= 2 && !seen.has(x) && seen.add(x));
  const lines: string[] = [];
  for (const code of Object.keys(en).sort()) {
    if (NON_SOVEREIGN.has(code)) continue;
    const side = (partyOf(code) !== 'other' && partyOf(code) !== 'west') || ['US', 'GB', 'FR'].includes(code);
    const enNames = [...list(en[code]), ...(EN_NAMES_EXTRA[code] ?? [])].filter((n) => !/[,()]/.test(n) && n.replace(/\./g, '').length >= 4).map((n) => n.toLowerCase().replace(/[’]/g, "'"));
    const natForms = list(nat[code]).flatMap((n) => n.replace(/\([^)]*\)/g, '').split(/\s+-\s+/)).map((n) => n.trim().toLowerCase()).filter((n) => n && !n.includes(',') && !enNames.includes(n));
    const enAdj = side ? [] : [...natForms, ...(EN_EXTRA[code] ?? [])];
    // plural demonyms of the adjectives in -an, -i ("Rwandans", "Yemenis")
    const enDem = enAdj.filter((a) => /(?:an|i)$/.test(a) && !a.includes(' ')).map((a) => a + 's');
    const ruNames = [...list(ru[code]).map((n) => n.replace(/\s*\(.*\)\s*/g, '')), ...(RU_NAMES_EXTRA[code] ?? [])]
      .map((n) => n.toLowerCase().replaceAll('ё', 'е').replace(/[’]/g, "'"))
      .filter((n) => !RU_NAME_SKIP.has(n))
      .map((n) => RU_STEM_OVERRIDE[n] ?? ruNameStems(n));
    // (the named sides' adjectives are the built-in lexicon's and the party entries', written with care for their senses:
    // «сирийская оппозиция», "Syrian refugees", «القوات السورية» after 2024; the generated block gives their names only)
    const ruAdj = side ? [] : (RU_ADJ[code] ?? []);
    const arNames = [...list(ar[code]).map(fold), ...(AR_NAMES_EXTRA[code] ?? [])];
    const arAdj = side ? [] : (AR_NISBA[code] ?? arNames.map(nisba).filter((x): x is string => !!x).slice(0, 1));
    // (the adjectives with the heads of forces only, as the Arabic nisba: a bare adjective is also the adjective of
    // scientists, media and victims, «швейцарские учёные рассекретили вещество, отравившее ...» read the Swiss as the
    // poisoner on development; the names stay bare: the grammar reads them as places after a preposition)
    void enDem;
    // (a state's English name is written "@name", as the lexicon's capitals and its "@syria": an actor only right before its
    // deed or as the accused; elsewhere it is the place, "fighting across Rwanda", "in the north of Afghanistan")
    const at = (n: string) => '@' + n;
    const enAll = uniq([...enNames.map(at), ...enAdj.flatMap((a) => EN_FORCE.map((h) => `${a} ${h}`))].map((x) => x.trim()));
    // (Russian names are left out: the loader reads a Cyrillic name by its stem, every case, and an oblique case is no
    // subject: «на севере Афганистана взяло на себя ответственность ИГ» made Afghanistan the doer; the built-in lexicon
    // names the states of the material in the cases their roles take, '@сирия', '@сирию'. The adjectives with forces stay)
    void ruNames;
    const ruAll = uniq(([] as string[]).concat(ruAdj.flatMap((a) => RU_FORCE.map((h) => `${a.replace(/(?:ий|ый|ой)$/u, '')}* ${h}`))));
    // (Arabic names bare: the Arabic reader's roles decide, claim-arabic-roles.ts; as "@" capitals they would be read only
    // in the roles of claim-arabic-parties.ts's capital list, and the verb-subject order «قصفت رواندا مواقع» was lost)
    const arAll = uniq([...arNames, ...arAdj.flatMap(arabicForms)]);
    if (!enAll.length) continue;
    const q = (xs: string[]) => '[' + xs.map((x) => (/[:#,\[\]{}'"&*!|>%@`]|^\s|\s$/.test(x.replace(/\*$/, '')) ? JSON.stringify(x) : x)).join(', ') + ']';
    const name = list(en[code]).find((n) => !/[,()]/.test(n)) ?? enAll[0];
    lines.push(
      `  - {name: ${JSON.stringify(name)}, party: ${partyOf(code)}, kind: state, role: "sovereign state, ISO 3166-1 ${code}", source: "https://www.npmjs.com/package/i18n-iso-countries", en: ${q(enAll)}` +
        (ruAll.length ? `, ru: ${q(ruAll)}` : '') +
        (arAll.length ? `, ar: ${q(arAll)}` : '') +
        '}',
    );
  }
  const yaml = fs.readFileSync(YAML, 'utf8');
  const block = [BEGIN, ...lines, END].join('\n');
  const a = yaml.indexOf(BEGIN);
  const b = yaml.indexOf(END);
  const next = a >= 0 && b > a ? yaml.slice(0, a) + block + yaml.slice(b + END.length) : yaml.replace(/\n*$/, '\n\n') + block + '\n';
  if (check) {
    if (next !== yaml) {
      console.error('gen-claim-states: knowledge/claim-parties.yaml is not what the script generates');
      process.exit(1);
    }
    console.log(`gen-claim-states: up to date (${lines.length} states)`);
    return;
  }
  fs.writeFileSync(YAML, next);
  console.log(`gen-claim-states: ${lines.length} states written to knowledge/claim-parties.yaml`);
}
main();
