/**
 * Session 32 (room clblame): a strike told without its doer whose target is one war side's forces ("удар был нанесён по
 * технике и живой силе ВСУ", «нанесены удары по позициям российских войск», "a strike on Ukrainian positions"): in the
 * Russian-Ukrainian war the one who strikes a side's troops, positions or equipment is the other side (the Russian MoD's
 * passive names its own strike this way). Pure patterns over the lower-cased text (`s` of claim-slots.ts); claim-slots.ts
 * reads it only when no party is blamed otherwise.
 */

/** a strike noun or its passive, then «по» / "on" and a military object of a side, with that side named inside it */
const RU_STRUCK_FORCES = /(?<![\p{L}])(?:удар\p{L}*|авиаудар\p{L}*|ракетн\p{L}*\s+удар\p{L}*|обстрел\p{L}*|нанес[её]н\p{L}*|наносил\p{L}*|наносятся|наносились)\s+(?:[\p{L}\-]+\s+){0,4}?по\s+[«"„“]?(?:[\p{L}\-]+\s+){0,1}(?:техник|живой\s+сил|позици|пункт\p{L}*\s+(?:временной\s+)?дислокаци|мест\p{L}*\s+(?:временной\s+)?дислокаци|скоплени|военн\p{L}*\s+объект|объект\p{L}*\s+военн|подразделени|склад|командн\p{L}*\s+пункт|аэродром|батаре|колонн|опорн\p{L}*\s+пункт)\p{L}*(?:\s+(?:и|,)\s+(?:[\p{L}\-]+\s+){0,2}?)?[^.!?\n;]{0,40}?(?<![\p{L}])(всу|зсу|украинск\p{L}*\s+(?:войск|военн|арми|сил|подразделени|формировани|боевик|националист)\p{L}*|вооруж[её]нн\p{L}*\s+сил\p{L}*\s+украин\p{L}*|российск\p{L}*\s+(?:войск|военн|арми|сил|подразделени)\p{L}*|вс\s+рф|армии\s+россии|вооруж[её]нн\p{L}*\s+сил\p{L}*\s+(?:россии|рф))(?![\p{L}])/u;

/** the side that struck: the enemy of the side whose forces were the target, or null */
export function ruStruckForcesEnemy(s: string): { at: number; end: number; word: string; party: 'russia' | 'ukraine' } | null {
  const m = RU_STRUCK_FORCES.exec(s);
  if (!m) return null;
  const at = m.index + m[0].length - m[1].length;
  const party = /^(?:всу|зсу|украинск|вооруж[её]нн\p{L}*\s+сил\p{L}*\s+украин)/u.test(m[1]) ? 'russia' : 'ukraine';
  return { at, end: at + m[1].length, word: m[1], party };
}
