/**
 * Session 32 (room clblame): a strike told without its doer whose target is one war side's forces ("удар был нанесён по
 * технике и живой силе ВСУ", «нанесены удары по позициям российских войск», "a strike on Ukrainian positions"): in the
 * Russian-Ukrainian war the one who strikes a side's troops, positions or equipment is the other side (the Russian MoD's
 * passive names its own strike this way; the verb must be there: the strike noun alone names no doer). Pure patterns
 * over the lower-cased text (`s` of claim-slots.ts); claim-slots.ts reads it only when no party is blamed otherwise.
 */

/** the verb of striking without its subject (the passive «нанесён», the impersonal plural «нанесли»), then «по» and a
 * military object of a side, with that side named inside it; a bare strike noun («Удар по позициям российских войск убил
 * пятерых») names no doer (session 24's target-phrase rule) */
const RU_STRUCK_FORCES = /(?<![\p{L}])(?:нанес[её]н\p{L}*|наносил\p{L}*|наносятся|наносились|нанесли|наносят)\s+(?:[\p{L}\-]+\s+){0,4}?по\s+[«"„“]?(?:[\p{L}\-]+\s+){0,1}(?:техник|живой\s+сил|позици|пункт\p{L}*\s+(?:временной\s+)?дислокаци|мест\p{L}*\s+(?:временной\s+)?дислокаци|скоплени|военн\p{L}*\s+объект|объект\p{L}*\s+военн|подразделени|склад|командн\p{L}*\s+пункт|аэродром|батаре|колонн|опорн\p{L}*\s+пункт)\p{L}*(?:\s+(?:и|,)\s+(?:[\p{L}\-]+\s+){0,2}?)?[^.!?\n;]{0,40}?(?<![\p{L}])(всу|зсу|украинск\p{L}*\s+(?:войск|военн|арми|сил|подразделени|формировани|боевик|националист)\p{L}*|вооруж[её]нн\p{L}*\s+сил\p{L}*\s+украин\p{L}*|российск\p{L}*\s+(?:войск|военн|арми|сил|подразделени)\p{L}*|вс\s+рф|армии\s+россии|вооруж[её]нн\p{L}*\s+сил\p{L}*\s+(?:россии|рф))(?![\p{L}])/u;

/** the side that struck: the enemy of the side whose forces were the target, or null */
export function ruStruckForcesEnemy(s: string): { at: number; end: number; word: string; party: 'russia' | 'ukraine' } | null {
  const m = RU_STRUCK_FORCES.exec(s);
  if (!m) return null;
  const at = m.index + m[0].length - m[1].length;
  const party = /^(?:всу|зсу|украинск|вооруж[её]нн\p{L}*\s+сил\p{L}*\s+украин)/u.test(m[1]) ? 'russia' : 'ukraine';
  return { at, end: at + m[1].length, word: m[1], party };
}

/**
 * Session 32 (room clblame): a weapon as the subject of a verb of hitting or destroying («Российская ракета попала в
 * торговый центр», «Украинские ракеты поразили штаб флота», «Ракета разрушила собор», «дрон повредил дом»): the verb is a
 * deed whatever its ordinary senses («поразил зрителей» amazed, «попал в пробку» got stuck), because its subject is a
 * munition or a carrier; the reader's subject grammar then finds the weapon's side (its adjective, «российская ракета»).
 * Returns [at, end, word] of each such verb in `s` (the weapon noun at most one word before it, or with the verb first and
 * the weapon right after: «В дом попала российская ракета»).
 */
const RU_WEAPON = String.raw`(?:ракет\p{L}*|снаряд\p{L}*|дрон\p{L}*|беспилотник\p{L}*|бпла|авиабомб\p{L}*|бомб[аы]|мин[аы]|боеприпас\p{L}*|шахед\p{L}*|искандер\p{L}*|калибр\p{L}*|кинжал\p{L}*)`;
const RU_HIT_VERB = String.raw`(?:поразил[аио]?|попал[аио]?\s+(?:в|по)|угодил[аио]?\s+в|разрушил[аио]?|повредил[аио]?)`;
const RU_WEAPON_HIT_G = new RegExp(String.raw`(?<![\p{L}])${RU_WEAPON}\s+(?:[\p{L}\-]+\s+)?(${RU_HIT_VERB})(?![\p{L}])|(?<![\p{L}])(${RU_HIT_VERB})\s+(?:[\p{L}\-]+\s+)?${RU_WEAPON}(?![\p{L}])`, 'gu');
export function ruWeaponHitDeeds(s: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  if (!/поразил|попал|угодил|разрушил|повредил/u.test(s)) return out;
  RU_WEAPON_HIT_G.lastIndex = 0;
  for (let m = RU_WEAPON_HIT_G.exec(s); m; m = RU_WEAPON_HIT_G.exec(s)) {
    const v = (m[1] ?? m[2]).split(/\s+/u)[0];
    const at = m[1] ? m.index + m[0].length - m[1].length : m.index;
    // (a negated verb: «ракета не попала в дом»)
    if (/(?<![\p{L}])не\s+$/u.test(s.slice(Math.max(0, at - 4), at))) continue;
    out.push([at, at + v.length, v]);
  }
  return out;
}

/**
 * The passive of the same verbs with the weapon in the instrumental («Собор разрушен ракетой украинской ПВО», «Дом был
 * повреждён российским дроном»; Wade 2011 §368, the instrumental of the agent or instrument after a passive participle):
 * the participle tells an incident, and the weapon's side is read as the instrumental's (its adjective or genitive), as
 * after «атакован». Returns [at, end, word] of each participle; the caller adds it as an incident only, never as a deed cue
 * (the passive's subject before it is the target: «Штаб ВСУ разрушен российской ракетой»).
 */
const RU_WEAPON_INSTR = String.raw`(?:ракет(?:ой|ами)|снаряд(?:ом|ами)|дрон(?:ом|ами)|беспилотник(?:ом|ами)|авиабомб(?:ой|ами)|бомб(?:ой|ами)|мин(?:ой|ами)|боеприпас(?:ом|ами)|шахед(?:ом|ами))`;
const RU_WEAPON_PASSIVE_G = new RegExp(String.raw`(?<![\p{L}])((?:разрушен|повреждён|поврежден|поражён|поражен|уничтожен)(?:а|о|ы|ный|ная|ное|ные|ного|ной|ных)?)\s+(?:[\p{L}\-]+\s+){0,2}?(?:[\p{L}\-]+(?:ой|ым|ими|ыми|ей|им)\s+)?${RU_WEAPON_INSTR}(?![\p{L}])`, 'gu');
export function ruWeaponPassiveIncidents(s: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  if (!/разрушен|поврежд|поражен|поражён|уничтожен/u.test(s)) return out;
  RU_WEAPON_PASSIVE_G.lastIndex = 0;
  for (let m = RU_WEAPON_PASSIVE_G.exec(s); m; m = RU_WEAPON_PASSIVE_G.exec(s)) {
    if (/(?<![\p{L}])не\s+(?:был[аоы]?\s+)?$/u.test(s.slice(Math.max(0, m.index - 10), m.index))) continue;
    out.push([m.index, m.index + m[1].length, m[1]]);
  }
  return out;
}

/**
 * Session 32 (room clmix): a weapon as the subject of a verb of impact that is no deed verb by itself — English "slammed /
 * crashed / smashed / ploughed into" ("A Russian missile slammed into an apartment block"; "The car slammed into a tree"
 * is an accident, "Critics slammed the decision" a censure), Arabic «سقط / سقطت» with «على» or «في» («سقط صاروخ روسي على
 * مبنى سكني»; «سقطت الأمطار على المدينة» is rain): the verb is a deed because its subject is a munition or a carrier, and the
 * reader's subject grammar finds the weapon's side (its adjective, «صاروخ روسي»), as ruWeaponHitDeeds does for Russian.
 * Returns [at, end, word] of each such verb in `s` (lower-cased; Arabic folded).
 */
const EN_WEAPON = String.raw`(?:missiles?|rockets?|drones?|shells?|bombs?|projectiles?|mortars?|(?:kamikaze|attack|suicide)\s+drones?|shaheds?|warheads?|munitions?)`;
const EN_IMPACT_G = new RegExp(String.raw`(?<![\p{L}])${EN_WEAPON}\s+(?:(?:also|then|reportedly|apparently|later|had|has|have)\s+)?((?:slammed|crashed|smashed|ploughed|plowed|tore|careened|slams|crashes|smashes|ploughs|plows|tears)\s+(?:into|through))(?![\p{L}])`, 'gu');
const AR_WEAPON = String.raw`(?:صاروخ|صواريخ|قذيفه|قذايف|قنبله|قنابل|(?:طايره\s+)?مسيره|مسيرات|برميل\s+متفجر|براميل\s+متفجره|صاروخا)`;
const AR_FELL_G = new RegExp(String.raw`(?<![\p{L}])([وف]?(?:سقط|سقطت|تسقط|يسقط))\s+(?:ال)?${AR_WEAPON}(?:\s+[\p{L}]+){0,2}?\s+(?:علي|في|وسط|قرب)(?![\p{L}])|(?<![\p{L}])(?:ال)?${AR_WEAPON}(?:\s+[\p{L}]+){0,1}?\s+([وف]?(?:سقط|سقطت))\s+(?:علي|في|وسط|قرب)(?![\p{L}])`, 'gu');
export function weaponImpactDeeds(s: string, lang: 'en' | 'ru' | 'ar'): [number, number, string][] {
  const out: [number, number, string][] = [];
  if (lang === 'en') {
    if (!/slam|crash|smash|plough|plow|tore|tears|careen/u.test(s)) return out;
    EN_IMPACT_G.lastIndex = 0;
    for (let m = EN_IMPACT_G.exec(s); m; m = EN_IMPACT_G.exec(s)) {
      const at = m.index + m[0].length - m[1].length;
      out.push([at, at + m[1].length, m[1]]);
    }
  } else if (lang === 'ar') {
    if (!/سقط/u.test(s)) return out;
    AR_FELL_G.lastIndex = 0;
    for (let m = AR_FELL_G.exec(s); m; m = AR_FELL_G.exec(s)) {
      const v = m[1] ?? m[2];
      const at = m[1] ? m.index : m.index + m[0].lastIndexOf(v);
      // (a negation before the verb: «لم يسقط صاروخ»)
      if (/(?<![\p{L}])(?:لم|لا|ما)\s+$/u.test(s.slice(Math.max(0, at - 5), at))) continue;
      out.push([at, at + v.length, v]);
    }
  }
  return out;
}
