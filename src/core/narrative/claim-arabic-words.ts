/**
 * Word classes of the Arabic claim grammar (claim-arabic-roles.ts, claim-arabic.ts): folded spellings (alef, teh
 * marbuta and yeh variants folded, diacritics dropped), each a verb or noun in its common Modern Standard Arabic news
 * forms. Which role each class marks, and why, is said where the rules use it.
 */

// Word lists (folded spellings; each is the verb or noun in its common MSA news forms: perfect and imperfect,
// masculine and feminine, singular and plural)
// accusation verbs and participles
export const ACCUSE_VERB = /^(?:[وف])?(?:اتهم|اتهمت|اتهموا|اتهما|اتهمتا|يتهم|تتهم|يتهمون|يتهمان|تتهمان|نتهم)$/;
export const ACCUSE_PART = /^(?:[وف])?(?:متهما|متهمه|متهمين|متهمتين|متهمون|متهم)$/;
export const ACCUSE_NOUN = /^(?:[وف])?(?:ب|ل)?(?:ال|لل)?(?:اتهام|اتهامات|اتهامها|اتهامه|اتهامهم)$/;
export const ACCUSED_NOUN = /^(?:ال)(?:متهم|متهمه|متهمون|متهمين)$/;
// the charge: "بـ" + a verbal noun of a derived form (ارتكاب، استخدام، تنفيذ، التحضير) or of a deed, or "بأن / بأنها"
export const CHARGE = /^(?:[وف])?ب(?:ال)?(?:ا\p{L}{3,}|ت\p{L}{3,}|شن\p{L}*|قصف\p{L}*|فبرك\p{L}*|ضرب\p{L}*|رش\p{L}*|قتل\p{L}*|ان|انه|انها|انهم|انهما|المسوولي\p{L}*|المسيولي\p{L}*|مسوولي\p{L}*|مسيولي\p{L}*|الوقوف|الضلوع|ضلوع\p{L}*|الهجوم|هجوم\p{L}*)$/u;
export const HOLD_VERB = /^(?:[وف])?(?:حمل|حملت|حملوا|حملا|يحمل|تحمل|يحملون|نحمل|محملا|محمله|محملين|محملتين|تحميل|وتحميل)$/;
export const BEAR_VERB = /^(?:[وف])?(?:تتحمل|يتحمل|يتحملون|تحمل|تحملت)$/;
export const RESPONSIBILITY = /^(?:[وفب]?(?:ال)?)(?:مسوولي|مسيولي)\p{L}*$/u;
export const RESPONSIBLE = /^(?:[وف]?(?:ال)?)(?:مسوول|مسيول)(?:ه|ان|ون|ين|تان|تين|ا)?$/u;
// (and the verbal noun "وقوف X وراء", "standing of X behind": session 11)
export const BEHIND = /^(?:[وف])?(?:يقف|تقف|يقفون|وقف|وقفت|وقفوا|يقفان|تقفان|وقوف|بوقوف)$/;
export const CLAIMED_RESPONSIBILITY = /^(?:[وف])?(?:تبني|تبنت|تبنوا|يتبني|تتبني)$/;
// verbal nouns of deeds whose idafa is their agent
export const DEED_NOUN = /^(?:اعداد|تحضير|تخطيط|استخدام|استعمال|قصف|استهداف|القاء|اطلاق|شن|ارتكاب|تنفيذ|ضلوع|تورط|اعتداء|اعتداءات|هجوم|هجمات|غارات|رش|لجوء|تسميم|مهاجمه|ضرب|فبركه|تصوير|نقل|تخزين)$/;
// a hedge of possibility before a verbal noun: "إمكانية ضلوع روسيا" is investigated, not said
export const POSSIBILITY = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:امكانيه|احتمال|احتماليه|فرضيه|شبهه|شبهات)$/;
// a deed verb with the object pronoun of the noun it qualifies: "شنته", "نفذتها", "ارتكبها"
// (and the imperfect of using, firing, dropping, spraying: "غازات غريبة يستخدمها الاحتلال", "القنابل التي يلقيها
// الطيران"; not "العملية العسكرية التي ينفذها الجيش", an ongoing operation of war)
export const RESUMPTIVE = /^(?:[وف])?(?:(?:شن|نفذ|ارتكب|اطلق|الق|القا|استخدم|دبر|فبرك|نظم|اعد|لفق|صور)(?:ت)?(?:ه|ها|هم|وه|وها)|[يت](?:طلق|لقي|ستخدم|ستعمل|رش)(?:ون|ان)?(?:ه|ها|هم))$/;
export const DID_IT = /^(?:[وف])?(?:قام|قامت|قاموا|يقوم|تقوم|يقومون)$/;
export const WITH_IT = /^(?:به|بها|بهم|بهما)$/;
// (s21 claims3: and "دأب على", to keep on doing: Hans Wehr)
export const LIGHT_VERB = /^(?:[وف])?(?:انتهي|انتهت|انتهوا|بدا|بدات|بداوا|شرع|شرعت|شرعوا|اقدام|باقدام|قيام|بقيام|محاوله|محاولات|حاول|حاولت|حاولوا|يحاول|تحاول|يحاولون|قام|قامت|قاموا|يقوم|تقوم|يقومون|اقدم|اقدمت|اقدموا|يقدم|تقدم|عمد|عمدت|عمدوا|لجا|لجات|لجاوا|يلجا|تلجا|واصل|واصلت|واصلوا|يواصل|تواصل|جدد|جددت|يعاود|تعاود|عاود|عاودت|عاد|عادت|عادوا|يعود|تعود|يعودون|تعمد|تعمدت|تعمدوا|يتعمد|تتعمد|يتعمدون|داب|دابت|دابوا|يداب|تداب|يدابون)$/;
export const PASSIVE_AGENT = /^(?:[وف])?(?:قبل|يد|ايدي|بواسطه|بيد|يدي)$/;
// speech, denial and warning verbs (their subject says, it does not do): the SPEECH list of claim-slots, as verbs
export const SPEECH_VERB = /^(?:[وف])?(?:قال|قالت|قالوا|يقول|تقول|اكد|اكدت|اكدوا|يوكد|توكد|اعلن|اعلنت|اعلنوا|يعلن|تعلن|يعلنون|يعلنان|تعلنان|يقولون|ذكر|ذكرت|ذكروا|افاد|افادت|كشف|كشفت|زعم|زعمت|زعموا|يزعم|تزعم|اضاف|اضافت|اوضح|اوضحت|حذر|حذرت|يحذر|تحذر|اعتبر|اعتبرت|صرح|صرحت|نقل|نقلت|طالب|طالبت|دعا|دعت|ادان|ادانت|نفي|نفت|ينفي|تنفي|نفوا|اشار|اشارت|لفت|لفتت|شدد|شددت|رفض|رفضت|يرفض|ترفض|اعرب|اعربت|تساءل|تسايل|ندد|نددت|يندد|تندد|استنكر|استنكرت|وصف|وصفت|تذرع|تذرعت|يتذرع|تتذرع|ادعي|ادعت|ادعوا|اعتبره|اعتبرها|اعتبرته|اعتبرتها|اعتبروه|اعتبروها|وصفه|وصفها|وصفته|وصفتها|وصفوه|وصفوها)$/;
// (the verbs of considering and describing with the deed as their object pronoun, "بما اعتبرته إيران عملاً تخريبياً",
// "وصفته موسكو بالمسرحية": their subject calls it so, it does not do it; session 11)
export const COMPLEMENTIZER = /^(?:ان|انه|انها|انهم|انهما|بان|بانه|بانها|بانهم|وان|لان|حول|بشان)$/;
// "حذر من", "كشف عن", "تذرع بـ": the preposition closes the speaker too
export const SPEECH_PREP = /^(?:من|عن|بحجه|بذريعه)$/;
// a denial or a word for an untrue claim before a deed noun: "نفي استخدام الجيش", "المزاعم عن استخدام القوات"
export const DENIAL_WORD = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:نفي|نفيه|نفت|ينفي|تنفي|رفض|رفضت|يرفض|ترفض|مزاعم|ادعاءات|ادعاء|اكاذيب|افتراءات|تكذيب|انكر|انكرت|ينكر|تنكر|انكروا|ينكرون|انكار)$/;
// staging words: a deed told inside a staged story ("مسرحية الاستخدام المزعوم ... من قبل الجيش") is the false charge,
// and the party it names is its target
export const STAGING_WORD = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:مسرحيه|مسرحيات|فبركه|تمثيليه|تمثيليات|مفبرك|مفبركه|سيناريو|استفزاز)$/;
// a head noun in the construct state before a party: plural "ي / و" endings, forces and groups
export const CONSTRUCT_HEAD = /(?:ي|و)$|^(?:[بلك]?)(?:عناصر|ميليشيات|مليشيات|قوات|فصايل|جماعه|تنظيم|حركه|ممثلي|مقاتلي|مسلحي|ارهابيي)$/;
// (s26 cldev: and the places of a city in the construct before its name, "مترو موسكو", "سوق دمشق", "ميناء بيروت", "شوارع
// كييف": the capital is the place's possessor, Ryding 2005 ch. 8, not an actor)
export const CITY_BEFORE = /^(?:[وف]?(?:ب|ل)?)(?:في|الي|علي|من|ريف|مدينه|العاصمه|عاصمه|قرب|شرق|غرب|جنوب|شمال|ضواحي|محافظه|جنوبي|شمالي|شرقي|غربي|وسط|حول|مطار|جامعه|سفاره|سفير|مندوب|حي|احياء|محيط|اطراف|مترو|قطار|ميناء|محطه|محطات|سوق|اسواق|شوارع|شارع|ساحه|ساحات|بلديه|ضاحيه)$/;
// prepositions before a party: it is no subject ("متواطئون مع الإرهابيين")
export const PREPOSITION = /^(?:مع|من|في|الي|علي|عن|ضد|بين|لدي|عند|حول|نحو|منذ|جانب|بجانب)$/;
// verbs of moving or storing chemicals: with an agent named near them, an announced attack (v9 judgement call)
export const TRANSPORT = /^(?:[وف])?(?:نقل|نقلت|نقلوا|ينقل|تنقل|ينقلون|خزن|خزنت|خزنوا|يخزن|تخزن|يخزنون|ادخل|ادخلت|ادخلوا|يدخل|يدخلون|جلب|جلبت|جلبوا|يجلب|يجلبون|هرب|هربت|هربوا|يهرب|يهربون|سلم|سلمت|سلموا|زود|زودت|زودوا)$/;
// participation: "بمشاركة مخابرات أجنبية" names a participant of the deed (v10 judgement call 5)
export const PARTICIPATION = /^(?:[وف])?(?:بمشاركه|بتنسيق|باشراف|بتوجيه|بتخطيط|بتدبير)$/;
export const NEGATION = /^(?:[وف])?(?:لم|لا|لن|ليس|ليست|غير|ما)$/;
export const AGAINST = /^(?:[وف])?(?:ضد)$/;
// nouns of places and positions: a party after one is where a deed lands ("مواقع الجيش", "مناطق سيطرة النظام")
export const PLACE_NOUN = /^(?:[وفبل]?(?:ال)?)(?:مواقع|موقع|مناطق|منطقه|مقرات|مقر|نقاط|نقطه|تجمعات|ثكنات|معاقل|معقل|مراكز|سيطره|مستشفيات|احياء|حواجز)$/;
// purpose: "لاتهام", "بهدف اتهام", "لتحميل", "لتوريط", "لإدانة", "لتشويه صورة": the party after is the target
export const PURPOSE_VERB = /^(?:[وف])?ل(?:اتهام|تحميل|توريط|ادانه|تشويه|شيطنه|تجريم|تبرير)$/;
export const PURPOSE_LEAD = /^(?:بهدف|بغيه|لغرض|سعيا|محاوله|لمحاوله|اجل|ذريعه|بذريعه|حجه|بحجه)$/;
export const PURPOSE_NOUN = /^(?:اتهام|تحميل|توريط|ادانه|تشويه|شيطنه|تجريم|اتهامه)$/;
// a military strike on a state is war, not an incident (README guide)
export const STRIKE = /^(?:[وف]?(?:ل|ب)?(?:ال)?)(?:ضرب|ضربه|ضربات|عدوان|العدوان|غزو|مهاجمه|توجيه)$/;
export const STATE = /^(?:سوريا|سوريه|دمشق|روسيا|ايران|العراق|اوكرانيا|لبنان|فنزويلا|كوريا)$/;
// attributing a deed to someone: "نسبت المنظمة الهجوم إلى سلاح الجو", the passive "نُسب الهجوم إلى قوات الأسد"
// (written as the active once folded), "عزا / يعزو الهجوم إلى"; the party after "إلى / لـ" is the one the deed is laid on
// (with the deed as an object pronoun too: "ضربة جوية ... نسبتها طهران إلى إسرائيل", session 11)
export const ATTRIBUTE_VERB = /^(?:[وف])?(?:نسب|نسبت|نسبوا|ينسب|تنسب|ينسبون|عزا|عزت|عزوا|يعزو|تعزو|يعزون)(?:ه|ها|هم)?$/;
