/**
 * Synthetic report stream with planted coordinated groups, for recall/precision tests and benchmarks.
 *
 *   npx tsx bench/gen-stream.ts --items 1000000 --out /tmp/stream.jsonl --truth /tmp/truth.json [--seed 7] [--qut /tmp/qut.csv]
 *
 * Organic background: many accounts posting at random times over 3 days before to 14 days after the event,
 * in English (60%), Russian (20%) and Arabic (20%): Zipf-distributed filler words, and in 40% of items a claim
 * sentence about the event (place, agent, munition, casualty figure, time) with its own random figures; 5% of
 * organic items re-post an earlier item verbatim after an exponential delay (mean 6 h), as sharing does.
 * Planted groups (equal numbers of each variant), 5-12 accounts each, 4-8 campaigns each: at a campaign
 * time every member (90% turnout) posts within 10 minutes a variant of one base message:
 *   one-word    the base with one word replaced;
 *   reorder     the base's sentences in a shuffled order;
 * Half the base messages and 30% of organic claim items carry a who-did-it sentence, so narratives form.
 *   translated  the base in the member's language (EN/RU/AR, Arabic figures in Arabic-Indic digits half
 *               the time): the claim sentence rendered by that language's template, filler word for word.
 * The truth file lists each group's variant and members.
 */
import fs from 'node:fs';
import { mulberry32 } from '../src/core/narrative/narrative-coordination.js';

export type Variant = 'one-word' | 'reorder' | 'translated';
export const VARIANTS: Variant[] = ['one-word', 'reorder', 'translated'];
export interface GenOptions {
  items: number;
  seed?: number;
  groupsPerVariant?: number;
  eventTime?: string;
}
export interface GenItem {
  id: string;
  published_at: string;
  outlet: string;
  account: string;
  language: string;
  title: string;
  text: string;
  url: string;
}
export interface Truth {
  event_time: string;
  items: number;
  groups: { id: string; variant: Variant; members: string[]; campaigns: number }[];
}

type Lang = 'en' | 'ru' | 'ar';
const PLACES = { en: ['Aleppo', 'Idlib', 'Douma', 'Hama', 'Homs'], ru: ['Алеппо', 'Идлиб', 'Думе', 'Хаме', 'Хомсе'], ar: ['حلب', 'إدلب', 'دوما', 'حماة', 'حمص'] };
const AGENTS = { en: ['chlorine', 'sarin'], ru: ['хлором', 'зарином'], ar: ['الكلور', 'السارين'] };
const CLAIM: Record<Lang, (p: number, a: number, n: number, hh: string, mm: string) => string> = {
  en: (p, a, n, hh, mm) => `${n} civilians were hurt when rockets filled with ${AGENTS.en[a]} hit ${PLACES.en[p]} at ${hh}:${mm}.`,
  ru: (p, a, n, hh, mm) => `${n} мирных жителей пострадали, когда ракеты с ${AGENTS.ru[a]} упали на ${PLACES.ru[p]} в ${hh}:${mm}.`,
  ar: (p, a, n, hh, mm) => `أصيب ${n} مدنيا عندما سقطت صواريخ محملة بغاز ${AGENTS.ar[a]} على ${PLACES.ar[p]} عند الساعة ${hh}:${mm}.`,
};
// who-did-it sentences (opposition fired / government blamed / White Helmets staged it), so narratives form
const STANCE: Record<Lang, string[]> = {
  en: ['Officials said terrorists fired the rockets.', 'Activists blamed government forces for the attack.', 'The White Helmets staged the attack.'],
  ru: ['Террористы выпустили ракеты, заявили власти.', 'Активисты обвинили в нападении правительственные войска.', 'Белые каски инсценировали нападение.'],
  ar: ['قال مسؤولون إن الإرهابيين أطلقوا الصواريخ.', 'اتهم ناشطون قوات النظام بالهجوم.', 'الخوذ البيضاء فبركت الهجوم.'],
};
const EN_SYL = ['ka', 'ro', 'mi', 'te', 'lan', 'sor', 'vi', 'del', 'pa', 'nu', 'ger', 'tas', 'bel', 'ron', 'ste', 'mar', 'qui', 'lo', 'fen', 'dra'];
const RU_SYL = ['ка', 'ро', 'ми', 'те', 'лан', 'сор', 'ви', 'дел', 'па', 'ну', 'гер', 'тас', 'бел', 'рон', 'сте', 'мар', 'кви', 'ло', 'фен', 'дра'];
const AR_SYL = ['كا', 'رو', 'مي', 'تي', 'لان', 'سور', 'في', 'دل', 'با', 'نو', 'جر', 'تاس', 'بل', 'رون', 'ست', 'مار', 'كو', 'لو', 'فن', 'درا'];
const toArabicDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d)));

/** Streams items to `emit` in time order; returns the truth. */
export function generateStream(o: GenOptions, emit: (it: GenItem) => void): Truth {
  const items = streamItems(o);
  for (;;) {
    const r = items.next();
    if (r.done) return r.value;
    emit(r.value);
  }
}

/** The same stream as an iterator (for a consumer that awaits between items); returns the truth when done. */
export function* streamItems(o: GenOptions): Generator<GenItem, Truth> {
  const rnd = mulberry32(o.seed ?? 7);
  const ri = (n: number) => Math.floor(rnd() * n);
  const eventMs = Date.parse(o.eventTime ?? '2018-11-24T19:00:00Z');
  const start = eventMs - 3 * 864e5;
  const span = 17 * 864e5;
  // vocabulary: 6,000 pseudo-words with word-for-word Russian and Arabic forms
  const V = 6000;
  const vocab: Record<Lang, string[]> = { en: [], ru: [], ar: [] };
  for (let i = 0; i < V; i++) {
    const syl = [ri(20), ri(20), ri(20)].slice(0, 2 + (i % 2));
    // a suffix letter per word class keeps the 6,000 forms distinct (2-3 of 20 syllables give 8,400 stems)
    vocab.en.push(syl.map((s) => EN_SYL[s]).join('') + 'abcdefgh'[i % 8]);
    vocab.ru.push(syl.map((s) => RU_SYL[s]).join('') + 'абвгдежз'[i % 8]);
    vocab.ar.push(syl.map((s) => AR_SYL[s]).join('') + 'بتثجحخدذ'[i % 8]);
  }
  // Zipf(1) sampler over the vocabulary by inverse CDF on a precomputed table
  const cdf = new Float64Array(V);
  let acc = 0;
  for (let i = 0; i < V; i++) cdf[i] = acc += 1 / (i + 1);
  // a guide table narrows the search to a few entries around u (same answer: the first i with cdf[i] >= u)
  const G = 4096;
  const guide = new Int32Array(G + 1);
  for (let b = 0, i = 0; b <= G; b++) {
    while (i < V - 1 && cdf[i] < (b * acc) / G) i++;
    guide[b] = i;
  }
  const zipf = () => {
    const u = rnd() * acc;
    const b = Math.min(G - 1, Math.floor((u * G) / acc));
    let lo = guide[Math.max(0, b - 1)];
    let hi = b + 2 <= G ? guide[b + 2] : V - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  // a message is a list of sentences; a sentence is either filler (word ids) or a claim (slot values)
  type Sentence = { kind: 'filler'; words: number[] } | { kind: 'claim'; p: number; a: number; n: number; hh: string; mm: string } | { kind: 'stance'; s: number };
  const filler = (): Sentence => {
    const words: number[] = new Array(8 + ri(10));
    for (let i = 0; i < words.length; i++) words[i] = zipf();
    return { kind: 'filler', words };
  };
  const claim = (): Sentence => ({ kind: 'claim', p: ri(5), a: ri(2), n: 3 + ri(400), hh: pad(ri(24)), mm: pad(ri(60)) });
  const render = (msg: Sentence[], lang: Lang, arabicDigits = false): string =>
    msg
      .map((s) => {
        if (s.kind === 'filler') {
          const v = vocab[lang];
          const first = v[s.words[0]];
          let t = first[0].toUpperCase() + first.slice(1);
          for (let i = 1; i < s.words.length; i++) t += ' ' + v[s.words[i]];
          return t + '.';
        }
        if (s.kind === 'stance') return STANCE[lang][s.s];
        const t = CLAIM[lang](s.p, s.a, s.n, s.hh, s.mm);
        return lang === 'ar' && arabicDigits ? toArabicDigits(t) : t;
      })
      .join(' ');
  const langOf = (): Lang => (rnd() < 0.6 ? 'en' : rnd() < 0.5 ? 'ru' : 'ar');

  // planted groups and their posts
  const gpv = o.groupsPerVariant ?? Math.max(2, Math.round(Math.sqrt(o.items) / 30));
  const truth: Truth = { event_time: new Date(eventMs).toISOString(), items: 0, groups: [] };
  const planted: { t: number; account: string; lang: Lang; text: string }[] = [];
  let gid = 0;
  for (const variant of VARIANTS)
    for (let g = 0; g < gpv; g++) {
      const id = `g${gid++}`;
      const size = 5 + ri(8);
      const members = Array.from({ length: size }, (_, k) => `${id}-acct${k}`);
      const langs = members.map((_, k) => (['en', 'ru', 'ar'] as Lang[])[k % 3]);
      const campaigns = 4 + ri(5);
      truth.groups.push({ id, variant, members, campaigns });
      for (let c = 0; c < campaigns; c++) {
        const t0 = start + rnd() * span;
        const base: Sentence[] = [claim(), filler(), filler()];
        if (rnd() < 0.5) base.push(filler());
        if (rnd() < 0.5) base.splice(1, 0, { kind: 'stance', s: ri(3) });
        for (let k = 0; k < size; k++) {
          if (rnd() < 0.1) continue; // a member skips this campaign
          let msg = base;
          let lang: Lang = 'en';
          if (variant === 'one-word') {
            msg = base.map((s) => (s.kind === 'filler' ? { ...s, words: [...s.words] } : s));
            const fillers = msg.filter((s) => s.kind === 'filler') as { kind: 'filler'; words: number[] }[];
            const f = fillers[ri(fillers.length)];
            f.words[ri(f.words.length)] = zipf();
          } else if (variant === 'reorder') {
            msg = [...base];
            for (let i = msg.length - 1; i > 0; i--) {
              const j = ri(i + 1);
              [msg[i], msg[j]] = [msg[j], msg[i]];
            }
          } else lang = langs[k];
          planted.push({ t: t0 + rnd() * 600_000, account: members[k], lang, text: render(msg, lang, rnd() < 0.5) });
        }
      }
    }
  planted.sort((a, b) => a.t - b.t);

  // organic background, merged with the planted posts in time order
  const nOrganic = Math.max(0, o.items - planted.length);
  const nAccounts = Math.max(50, Math.round(nOrganic / 20));
  const times = new Float64Array(nOrganic);
  for (let i = 0; i < nOrganic; i++) times[i] = start + rnd() * span;
  times.sort();
  // re-posts waiting for their time: a min-heap on (time, order queued), the order a stable sort gives,
  // so 10M items cost O(log n) a copy (a sort per queued copy did not scale)
  type Copy = { t: number; q: number; text: string; lang: Lang };
  const pendingCopies: Copy[] = [];
  let queued = 0;
  const before = (a: Copy, b: Copy) => a.t < b.t || (a.t === b.t && a.q < b.q);
  const pushCopy = (c: Copy) => {
    const h = pendingCopies;
    h.push(c);
    for (let i = h.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (!before(h[i], h[up])) break;
      [h[i], h[up]] = [h[up], h[i]];
      i = up;
    }
  };
  const popCopy = (): Copy => {
    const h = pendingCopies;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  };
  let seq = 0;
  let p = 0;
  // items come in time order, several a second at 10M items: the last second's ISO text is reused
  let lastSecond = NaN;
  let lastIso = '';
  const isoSecond = (ms: number) => {
    const sec = Math.round(ms / 1000);
    if (sec !== lastSecond) {
      lastSecond = sec;
      lastIso = new Date(sec * 1000).toISOString().replace('.000Z', 'Z');
    }
    return lastIso;
  };
  const out = (t: number, account: string, lang: Lang, text: string): GenItem => {
    const n = seq++;
    const title = text.slice(0, text.indexOf('.') + 1 || 60);
    return {
      id: `s${n}`,
      published_at: isoSecond(t),
      outlet: account.startsWith('g') ? `site-${account.split('-')[0]}` : `site-${Number(account.slice(1)) % 2000}`,
      account,
      language: lang,
      title,
      text,
      url: `https://example.org/${n}`,
    };
  };
  for (let i = 0; i < nOrganic; i++) {
    const t = times[i];
    while (p < planted.length && planted[p].t <= t) {
      yield out(planted[p].t, planted[p].account, planted[p].lang, planted[p].text);
      p++;
    }
    const account = `u${ri(nAccounts)}`;
    if (pendingCopies.length && pendingCopies[0].t <= t) {
      const c = popCopy();
      yield out(t, account, c.lang, c.text);
      continue;
    }
    const lang = langOf();
    const msg: Sentence[] = [filler()];
    if (rnd() < 0.4) {
      msg.unshift(claim());
      if (rnd() < 0.3) msg.splice(1, 0, { kind: 'stance', s: ri(3) });
    }
    if (rnd() < 0.5) msg.push(filler());
    const text = render(msg, lang, rnd() < 0.5);
    if (rnd() < 0.05) {
      const delay = -Math.log(1 - rnd()) * 6 * 3_600_000;
      pushCopy({ t: t + delay, q: queued++, text, lang });
    }
    yield out(t, account, lang, text);
  }
  while (p < planted.length) {
    yield out(planted[p].t, planted[p].account, planted[p].lang, planted[p].text);
    p++;
  }
  truth.items = seq;
  return truth;
}

/** Pair-level precision and recall of detected groups against the planted ones, per variant and overall. */
export function scoreGroups(truth: Truth, detected: string[][]) {
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const predicted = new Set<string>();
  for (const g of detected) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) predicted.add(key(g[i], g[j]));
  const groupOf = new Map<string, { id: string; variant: Variant }>();
  for (const g of truth.groups) for (const m of g.members) groupOf.set(m, g);
  const out: Record<string, { precision: number; recall: number; true_pairs: number; predicted_pairs: number }> = {};
  let tpAll = 0;
  for (const v of VARIANTS) {
    const truePairs = new Set<string>();
    for (const g of truth.groups.filter((x) => x.variant === v))
      for (let i = 0; i < g.members.length; i++) for (let j = i + 1; j < g.members.length; j++) truePairs.add(key(g.members[i], g.members[j]));
    let tp = 0;
    let pv = 0;
    for (const pk of predicted) {
      const [a, b] = pk.split('\u0000');
      if (groupOf.get(a)?.variant !== v && groupOf.get(b)?.variant !== v) continue;
      pv++;
      if (truePairs.has(pk)) tp++;
    }
    tpAll += tp;
    out[v] = { precision: pv ? tp / pv : 1, recall: truePairs.size ? tp / truePairs.size : 1, true_pairs: truePairs.size, predicted_pairs: pv };
  }
  const total = truth.groups.reduce((s, g) => s + (g.members.length * (g.members.length - 1)) / 2, 0);
  out.all = { precision: predicted.size ? tpAll / predicted.size : 1, recall: total ? tpAll / total : 1, true_pairs: total, predicted_pairs: predicted.size };
  return out;
}

// CLI
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const arg = (name: string, def?: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : def;
  };
  const items = Number(arg('items', '100000'));
  const outFile = arg('out', '/tmp/assay-stream.jsonl')!;
  const truthFile = arg('truth', outFile.replace(/\.jsonl$/, '') + '.truth.json')!;
  const qutFile = arg('qut');
  const fd = fs.openSync(outFile, 'w');
  const qfd = qutFile ? fs.openSync(qutFile, 'w') : null;
  if (qfd !== null) fs.writeSync(qfd, 'message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n');
  let buf: string[] = [];
  let qbuf: string[] = [];
  const flush = () => {
    fs.writeSync(fd, buf.join(''));
    buf = [];
    if (qfd !== null) fs.writeSync(qfd, qbuf.join(''));
    qbuf = [];
  };
  const t0 = Date.now();
  const truth = generateStream({ items, seed: Number(arg('seed', '7')) }, (it) => {
    buf.push(JSON.stringify(it) + '\n');
    if (qfd !== null) qbuf.push(`${it.id},${it.account},${it.account},,,"${it.text.replace(/"/g, '""')}",${Date.parse(it.published_at) / 1000},\n`);
    if (buf.length >= 10000) flush();
  });
  flush();
  fs.closeSync(fd);
  if (qfd !== null) fs.closeSync(qfd);
  fs.writeFileSync(truthFile, JSON.stringify(truth, null, 1));
  console.log(`${truth.items} items, ${truth.groups.length} planted groups -> ${outFile} (${((Date.now() - t0) / 1000).toFixed(1)} s); truth ${truthFile}${qutFile ? `; QUT CSV ${qutFile}` : ''}`);
}
