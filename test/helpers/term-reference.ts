/**
 * The term matcher's rules read plainly, as the reference its fast path is compared with (test/agents-speed-s20, written
 * there in session 20; moved here in session 25 so that test/agents-speed-s25 compares against the same reference).
 */
import { AR_WAW_PARTS, arabicLightStem, stemsOf, type TermHit, type TermIndex, type TermLang } from '../../src/core/agents/term-matcher.js';

/** The term matcher's rules, read plainly (term-matcher.ts matchTerms, tokInfo): tokens are runs of letters and digits,
 * each in the list of its first character's script; a token starts the terms keyed on its stems (byFirst, stems in
 * order) and the prefix terms whose prefix opens one of its prefix forms; each later word is looked for among the next
 * gap + 1 tokens of the same list, not across a clause break, skipping the flags the term skips and stopping after a
 * token with the flags it stops at; one hit per (end, feature, polarity) per first token. */
type Cand = { feature: string; absent: boolean; restStem: string[]; restPrefix: boolean[]; gap: number; skipFlags: number; stopFlags: number; source: string; phrase: string; written: string | null };
/** (session 29) a one-word Arabic term written with a leading "=" is read as written: the token is the word, or the word after و/ف and
 * one of ب ك ل, or ل + the word without its ا of ال (لل...) after و/ف */
function readAsWritten(token: string, written: string): boolean {
  for (const conj of ['', 'و', 'ف']) for (const prep of ['', 'ب', 'ك', 'ل']) if (token === conj + prep + written) return true;
  return written.startsWith('ال') && ['', 'و', 'ف'].some((conj) => token === conj + 'ل' + written.slice(1));
}
export function referenceTerms(index: TermIndex, lower: string, scripts: Record<TermLang, boolean>): TermHit[] {
  const lists: Record<TermLang, { start: number; end: number; w: string; brk: boolean }[]> = { en: [], ru: [], ar: [] };
  for (const m of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
    const c = m[0].charCodeAt(0);
    const lang: TermLang | null = c < 0x250 ? 'en' : c >= 0x400 && c <= 0x4ff ? 'ru' : c >= 0x600 && c <= 0x6ff ? 'ar' : null;
    if (lang === null || !scripts[lang]) continue;
    const l = lists[lang];
    const prev = l.length ? l[l.length - 1].end : -1;
    l.push({ start: m.index!, end: m.index! + m[0].length, w: m[0], brk: prev >= 0 && /[.,;:!?\n()\u060c\u061b\u061f]/u.test(lower.slice(prev, m.index!)) });
  }
  const hits: TermHit[] = [];
  for (const lang of ['en', 'ru', 'ar'] as TermLang[]) {
    const toks = lists[lang].map((t) => {
      const stems = stemsOf(t.w, lang);
      const prefixForms = lang === 'ru' && !stems.includes(t.w) ? [...stems, t.w.replaceAll('ё', 'е')] : stems;
      const waw = lang === 'ar' && t.w.length >= 4 && /^[وف]/u.test(t.w);
      // 8: agru's و-word that is a body part (session 20), which opens a new clause inside a term's gap
      const flags = (waw ? 1 : 0) | (['and', 'or', 'nor', 'и', 'или', 'ни', 'او', 'ولا'].includes(t.w) ? 2 : 0) | (waw && t.w.startsWith('و') && AR_WAW_PARTS.has(arabicLightStem(t.w)) ? 8 : 0);
      return { ...t, stems, prefixForms, flags };
    });
    for (let i = 0; i < toks.length; i++) {
      const cands: Cand[] = [];
      for (const st of toks[i].stems) for (const c of (index.byFirst[lang].get(st) ?? []) as unknown as Cand[]) cands.push(c);
      for (const f of toks[i].prefixForms) for (const p of (index.prefixFirst[lang].get(f.slice(0, 2)) ?? []) as unknown as { prefix: string; term: Cand }[]) if (f.startsWith(p.prefix) && !cands.includes(p.term)) cands.push(p.term);
      const fromHere = hits.length;
      for (const t of cands) {
        let j = i;
        let ok = true;
        for (let r = 0; r < t.restStem.length && ok; r++) {
          let found = -1;
          for (let k = j + 1; k <= Math.min(toks.length - 1, j + 1 + t.gap); k++) {
            if (toks[k].brk) break;
            if (toks[k].flags & t.skipFlags) continue;
            // (session 23, agfix) an English or Russian coordinator alone between two term words: two conjuncts, no match there
            const conjAlone = k === j + 2 && (toks[j + 1].flags & 2) !== 0 && lang !== 'ar';
            if (!conjAlone && (t.restPrefix[r] ? toks[k].prefixForms.some((f) => f.startsWith(t.restStem[r])) : toks[k].stems.includes(t.restStem[r]))) {
              found = k;
              break;
            }
            if (toks[k].flags & t.stopFlags) break;
            if (toks[k].flags & 8 && k > j + 1 && (toks[k - 1].flags & 1) === 0) break;
          }
          if (found < 0) ok = false;
          else j = found;
        }
        if (!ok) continue;
        const e = toks[j].end;
        if (hits.slice(fromHere).some((h) => h.end === e && h.feature === t.feature && h.absent === t.absent)) continue;
        if (t.written !== null && !readAsWritten(lower.slice(toks[i].start, e), t.written)) continue;
        hits.push({ feature: t.feature, absent: t.absent, start: toks[i].start, end: e, source: t.source, phrase: t.phrase });
      }
    }
  }
  return hits;
}
