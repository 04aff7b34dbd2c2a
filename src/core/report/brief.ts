/**
 * The brief: what a decision-maker reads first (docs/assessment.md "The report an analyst sends"). A bottom
 * line in two or three plain sentences (ICD 203 word with its range, then confidence with its main reason, in
 * its own sentence), key judgments as short paragraphs naming evidence by its title with numbered references
 * [n], what would change the judgment in words, and the numbered Sources every [n] resolves to. Internal ids
 * never appear in these texts; they stay in the report's appendix for auditors.
 *
 * Pure: the same assessment and records give the same brief. Texts are plain (unescaped) strings: each
 * renderer escapes them for its format and turns "[n]" into a reference.
 */
import type { Case, Consequence, EvidenceFile, MatrixItem, MunitionObservation, Sample, Source, Testimony } from '../case/schemas.js';
import type { Assessment } from '../hypotheses/case-assessment.js';
import type { KeyJudgment } from '../hypotheses/key-judgments.js';
import { estimativeSentenceStart } from '../hypotheses/key-judgments.js';
import { consequenceTimeline, type ConsequenceRow } from './consequence-timeline.js';

/** The case records a brief resolves citations through (all optional: a bare assessment still gets a brief). */
export interface BriefRecords {
  sources?: Source[];
  testimonies?: Testimony[];
  munitions?: MunitionObservation[];
  samples?: Sample[];
  evidence?: EvidenceFile[];
  matrix?: MatrixItem[];
  consequences?: Consequence[];
}

export interface BriefSource {
  n: number;
  title: string;
  /** the source (sources.yaml) that published it, when the bundle says so */
  publisher?: string;
  date?: string;
  /** an http(s) URL, or a document symbol when no URL is known for it */
  url: string;
  archive_url?: string;
  /** matrix items (ids) that cite it: for the auditors' appendix */
  cited_by: string[];
}

export interface BriefJudgment {
  /** the key judgment it renders (kj-N) */
  id: string;
  text: string;
  refs: number[];
}

export interface BriefConsequence extends ConsequenceRow {
  /** the numbers of its sources in the brief's Sources */
  refs: number[];
}

export interface BriefWeight {
  /** "Without X [n], ... would be at P% instead of Q%." */
  text: string;
  refs: number[];
  items: string[];
  shift: number;
}

export interface Brief {
  bottom_line: string;
  judgments: BriefJudgment[];
  what_would_change: string[];
  /** the lines of evidence that move the leader's probability most, with how far (leave the line out) */
  weights: BriefWeight[];
  sources: BriefSource[];
  consequences: BriefConsequence[];
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Citation key: the same page cited as http/https, with or without www or a trailing slash, is one source. */
export function citationKey(s: string): string {
  const t = s.trim();
  if (!isUrl(t)) return t.toLowerCase().replace(/\s+/g, ' ');
  return t
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .replace(/^[^/]+/, (h) => h.toLowerCase());
}

/** A title for a URL nobody described: its host and last path segment, so it stays recognisable. */
function urlTitle(u: string): string {
  const bare = u.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  const [host, ...rest] = bare.split('/');
  const last = rest.filter((x) => x && x !== 'amp').pop();
  return last ? `${host}: ${decodeSafe(last).replace(/[-_]+/g, ' ').replace(/\.s?html?$/i, '')}` : host;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const RATING_VERB: Record<string, string> = {
  CC: 'strongly support',
  C: 'support',
  N: 'say nothing about',
  I: 'count against',
  II: 'strongly count against',
  NA: 'not bear on',
};

const pct = (p: number) => (p < 0.001 ? 'under 0.1%' : p > 0.999 ? 'over 99.9%' : `${(p * 100).toFixed(p < 0.1 || p > 0.9 ? 1 : 0)}%`);

/** A plain-words strength for a likelihood ratio's size (judgment: factors of 2 and 1.3 as "strong"/"moderate"). */
function strength(ratio: number): string {
  const r = ratio >= 1 ? ratio : 1 / ratio;
  return r >= 2 ? 'strongly' : r >= 1.3 ? 'moderately' : 'slightly';
}

/** The main reasons for the confidence level, in plain words (weak factors first; the strongest when none is weak). */
const FACTOR_WORDS: Record<string, { weak: string; strong: string }> = {
  quantity: { weak: 'there are few independent lines of evidence', strong: 'there are many independent lines of evidence' },
  quality: { weak: 'much of the evidence is of doubtful reliability', strong: 'the evidence that decides it is reliable' },
  independence: { weak: 'much of the evidence restates a few sources', strong: 'the lines of evidence come from independent sources' },
  custody: { weak: "the physical samples' chain of custody is weak", strong: 'the samples were kept under a sound chain of custody' },
  deception: { weak: 'the public story may have been staged', strong: 'nothing points to a staged story' },
  robustness: { weak: 'one item or one rating change would overturn the judgment', strong: 'no small change in the evidence overturns the judgment' },
  'site-access': { weak: 'a party the evidence implicates held the site in the week after the incident', strong: 'no implicated party held the site afterwards' },
  consistency: { weak: 'the lines of evidence disagree', strong: 'the lines of evidence agree' },
};

function confidenceReason(a: Assessment): string {
  const fs = a.confidence_factors;
  const words = (f: { factor: string }, g: 'weak' | 'strong') => FACTOR_WORDS[f.factor]?.[g] ?? f.factor;
  const weak = fs.filter((f) => f.grade === 'weak').map((f) => words(f, 'weak'));
  const strong = fs.filter((f) => f.grade === 'strong').map((f) => words(f, 'strong'));
  const join = (xs: string[]) => (xs.length <= 1 ? xs.join('') : xs.length === 2 ? `${xs[0]}, and ${xs[1]}` : `${xs.slice(0, -1).join('; ')}; and ${xs[xs.length - 1]}`);
  if (a.confidence === 'high') return `${join(strong.slice(0, 3))}.`;
  if (weak.length) return `${join(weak.slice(0, 3))}${strong.length && a.confidence !== 'low' ? `, although ${strong[0]}` : ''}.`;
  return strong.length ? `${join(strong.slice(0, 2))}, but not enough of the other marks of high confidence.` : 'no factor is strong.';
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A label used inside a sentence: trailing full stop dropped, in quotation marks. */
const q = (s: string) => `"${s.trim().replace(/[.;:]+$/, '')}"`;

export function buildBrief(a: Assessment, c: Case, rec: BriefRecords = {}): Brief {
  // documents by citation key (URL or symbol), with their publisher
  const docs = new Map<string, { title: string; publisher: string; date?: string; url: string; archive_url?: string }>();
  for (const s of rec.sources ?? [])
    for (const d of s.documents ?? []) {
      const v = { title: d.title, publisher: s.name, date: d.published_at, url: d.url, archive_url: d.archive_url };
      docs.set(citationKey(d.url), v);
      if (d.symbol) docs.set(citationKey(d.symbol), v);
    }
  // citations of each record an engine row may rest on
  const recordCites = new Map<string, string[]>();
  const put = (id: string, cs: (string | undefined)[]) => recordCites.set(id, [...(recordCites.get(id) ?? []), ...cs.filter((x): x is string => !!x)]);
  for (const t of rec.testimonies ?? []) put(t.id, t.citations);
  for (const m of rec.munitions ?? []) put(m.id, m.citations);
  for (const s of rec.samples ?? []) put(s.id, [...s.citations, ...s.results.flatMap((r) => r.citations)]);
  for (const e of rec.evidence ?? []) put(e.sha256, [e.source_url, ...e.citations]);
  for (const m of rec.matrix ?? []) put(m.id, m.citations);

  // each matrix item's citations, strongest record first for an engine row with a weighted trail
  const itemCites = new Map<string, string[]>();
  for (const e of a.evidence) {
    let cs: string[];
    if (e.origin === 'analyst') cs = [...e.evidence];
    else {
      const trail = [...(e.items ?? [])].sort((x, y) => (y.weight ?? 0) - (x.weight ?? 0));
      const ids = [...trail.map((t) => t.record), ...e.evidence];
      cs = [...trail.map((t) => t.url).filter((u): u is string => !!u), ...ids.flatMap((id) => recordCites.get(id) ?? [])];
    }
    const seen = new Set<string>();
    itemCites.set(
      e.id,
      cs.filter((x) => {
        const k = citationKey(x);
        return seen.has(k) ? false : (seen.add(k), true);
      }),
    );
  }

  // numbered sources, in the order first cited
  const numbered = new Map<string, BriefSource>();
  const number = (cite: string, by?: string): number => {
    // a document cited by its symbol and by its URL is one source, numbered once
    const d = docs.get(citationKey(cite));
    const k = d ? citationKey(d.url) : citationKey(cite);
    let s = numbered.get(k);
    if (!s) {
      s = d
        ? { n: numbered.size + 1, title: d.title, publisher: d.publisher, ...(d.date ? { date: d.date } : {}), url: d.url, ...(d.archive_url ? { archive_url: d.archive_url } : {}), cited_by: [] }
        : { n: numbered.size + 1, title: isUrl(cite) ? urlTitle(cite) : cite, url: cite, cited_by: [] };
      numbered.set(k, s);
    }
    if (by && !s.cited_by.includes(by)) s.cited_by.push(by);
    return s.n;
  };
  const MAX_REFS = 5; // per mention: enough to trace, short enough to read; the full list is in the appendix
  const refsOf = (itemId: string): number[] => [...new Set((itemCites.get(itemId) ?? []).slice(0, MAX_REFS).map((x) => number(x, itemId)))];
  const refText = (ns: number[]) => ns.map((n) => `[${n}]`).join('');
  const evidenceById = new Map(a.evidence.map((e) => [e.id, e]));
  const named = (id: string, label: string, used: number[]) => {
    const ns = refsOf(id);
    used.push(...ns);
    return `${q(label)}${ns.length ? ' ' + refText(ns) : ''}`;
  };
  // the hypothesis an item fits best (engine likelihood ratios, else the analyst's ratings), so an item cited
  // for one account that fits another better says so: its words agree with its direction
  const RATING_L: Record<string, number> = { CC: 0.95, C: 0.8, N: 0.5, I: 0.2, II: 0.05, NA: 0.5 };
  const fitsBest = (id: string): { h: string; margin: number } | null => {
    const e = evidenceById.get(id);
    if (!e) return null;
    const score = (h: string) => e.engine_ratios?.[h] ?? RATING_L[e.ratings[h] ?? 'NA'];
    const hs = Object.keys(e.ratings);
    if (!hs.length) return null;
    const best = hs.reduce((b, h) => (score(h) > score(b) ? h : b), hs[0]);
    return { h: best, margin: score(best) };
  };
  const citedFor = (id: string, label: string, forH: string, used: number[]) => {
    const base = named(id, label, used);
    const f = fitsBest(id);
    const e = evidenceById.get(id);
    if (!f || !e || f.h === forH) return base;
    const s = (h: string) => e.engine_ratios?.[h] ?? RATING_L[e.ratings[h] ?? 'NA'];
    // only when it clearly fits the other better (by 10% or more: judgment)
    return s(f.h) >= 1.1 * s(forH) ? `${base}, although it fits ${q(hyp.get(f.h)?.label ?? f.h)} best` : base;
  };

  const hyp = new Map(a.hypotheses.map((h) => [h.id, h]));
  const lead = hyp.get(a.leading)!;
  const kjs = new Map(a.key_judgments.map((k) => [k.kind === 'leading' || k.kind === 'alternative' ? `${k.kind}:${k.hypothesis}` : k.kind, k]));
  const leadKj = kjs.get(`leading:${lead.id}`);

  // bottom line: what probably happened, why, and how sure (confidence apart from likelihood, ICD 203)
  const blRefs: number[] = [];
  const bl: string[] = [];
  const start = estimativeSentenceStart(lead.term, lead.words).replace(/^It is/, 'We assess it is').replace(/^There is/, 'We assess there is');
  bl.push(
    a.tie
      ? `The evidence does not separate ${a.tied.map((id) => q(hyp.get(id)!.label)).join(' and ')}; each holds ${pct(lead.posterior)}.`
      : lead.term === 'unrated'
        ? `No estimate yet: ${q(lead.label)} scores highest, but ${lead.words.replace(/^not estimated: /, '')}.`
        : `${start} this is what happened: ${q(lead.label)}.`,
  );
  const forL = (leadKj?.for ?? []).slice(0, 2);
  if (forL.length && leadKj?.compared_with)
    bl.push(`The evidence that most favours it over ${q(hyp.get(leadKj.compared_with)!.label)} is ${forL.map((x) => citedFor(x.id, x.label, lead.id, blRefs)).join(' and ')}.`);
  // a caution (low confidence under a high probability) joins the confidence sentence, never the likelihood's
  bl.push(`${cap(a.confidence)} confidence: ${a.confidence_caution ? `${confidenceReason(a).replace(/\.$/, '')}; ${a.confidence_caution}` : confidenceReason(a)}`);

  const judgments: BriefJudgment[] = [];
  const paragraph = (k: KeyJudgment | undefined, text: (used: number[]) => string) => {
    if (!k) return;
    const used: number[] = [];
    const t = text(used);
    judgments.push({ id: k.id, text: t, refs: [...new Set(used)].sort((x, y) => x - y) });
  };
  const direction = (k: KeyJudgment, used: number[]) => {
    const other = k.compared_with ? q(hyp.get(k.compared_with)!.label) : 'the alternatives';
    const parts: string[] = [];
    // the leader's paragraph names its three strongest items each way; an alternative's, its strongest one
    // each way, so each paragraph stays short (the appendix lists them all)
    const nFor = k.kind === 'leading' ? 3 : 1;
    const nAgainst = k.kind === 'leading' ? 2 : 1;
    if (k.for?.length) parts.push(`What favours it over ${other}: ${k.for.slice(0, nFor).map((x) => `${citedFor(x.id, x.label, k.hypothesis!, used)} (${strength(x.ratio)})`).join('; ')}.`);
    if (k.against?.length) parts.push(`What favours ${other} instead: ${k.against.slice(0, nAgainst).map((x) => `${citedFor(x.id, x.label, k.compared_with ?? '', used)} (${strength(x.ratio)})`).join('; ')}.`);
    if (!parts.length) parts.push(`No item of evidence separates it from ${other}.`);
    return parts.join(' ');
  };
  for (const k of a.key_judgments) {
    if (k.kind !== 'leading' && k.kind !== 'alternative') continue;
    const h = hyp.get(k.hypothesis!)!;
    paragraph(k, (used) =>
      h.term === 'unrated'
        ? `No estimate is given for ${q(h.label)}: ${h.words.replace(/^not estimated: /, '')}, so it stays incomplete until rated. ${direction(k, used)}`
        : `${estimativeSentenceStart(h.term, h.words)} ${q(h.label)} is what happened. ${direction(k, used)}`,
    );
  }
  const methods = kjs.get('methods');
  paragraph(methods, (used) => {
    const heuer = a.heuer_leading.map((id) => q(hyp.get(id)!.label)).join(' and ');
    // the items weighing against the leader (the same ones the computed judgment lists)
    const against = (methods?.evidence ?? []).slice(0, 2).map((id) => evidenceById.get(id)).filter((e): e is NonNullable<typeof e> => !!e);
    const still = against.length ? ` What still counts against ${q(lead.label)}: ${against.map((e) => named(e.id, e.label, used)).join('; ')}.` : '';
    return (
      (a.methods_agree
        ? `Counting only the evidence that contradicts each account (Heuer's method) gives the same answer: ${heuer} has the least against it.`
        : `Counting only the evidence that contradicts each account (Heuer's method) favours ${heuer} instead, because that count ignores how reliable and how strong each item is.`) + still
    );
  });

  // what would change the judgment, in words
  const wwc: string[] = [];
  const s = a.sensitivity;
  for (const id of s.pivotal) {
    const e = evidenceById.get(id);
    if (!e) continue;
    const used: number[] = [];
    const other = e.leader_without ? hyp.get(e.leader_without)?.label : undefined;
    wwc.push(`If ${named(e.id, e.label, used)} proved false or unreliable, ${other ? `${q(other)} would lead instead` : 'the leading account would change'}.`);
  }
  const fc = s.fewest_changes;
  if (fc.steps !== null && fc.new_leader) {
    const used: number[] = [];
    const changes = fc.changes.map((ch) => {
      const e = evidenceById.get(ch.item);
      const h = hyp.get(ch.hypothesis);
      return `${e ? named(e.id, e.label, used) : 'an item'} turned out to ${RATING_VERB[ch.to] ?? ch.to} ${h ? q(h.label) : 'an account'} rather than ${RATING_VERB[ch.from] ?? ch.from} it`;
    });
    wwc.push(`If ${changes.join(', and ')}, ${q(hyp.get(fc.new_leader)!.label)} would lead instead.`);
  } else wwc.push(`No small set of re-readings of the evidence (${fc.max_steps} steps or fewer) would change which account leads.`);
  wwc.push(
    `A reader who, before weighing this evidence, gave ${q(lead.label)} less than a ${pct(s.priors.leader_min_prior)} chance would not end up favouring it; any higher starting view does.`,
  );

  // the weight of each line of evidence: the leader's probability without it (docs/assessment.md "Honest weighting")
  const sourceName = new Map((rec.sources ?? []).map((s) => [s.id, s.name]));
  // the six strongest lines, and every engine finding's line whatever its weight (an engine line that moves
  // nothing says so, with its reliability: the reader sees that the line was weighed)
  const engineRow = new Map(a.evidence.filter((e) => e.origin === 'engine').map((e) => [e.id, e]));
  const strong = (a.lines ?? []).filter((l) => Math.abs(l.shift) >= 0.005).slice(0, 6);
  const engineLines = (a.lines ?? []).filter((l) => !strong.includes(l) && l.items.length === 1 && engineRow.has(l.items[0]));
  const weights: BriefWeight[] = [
    ...strong.map((l) => {
      const used: number[] = [];
      const first = evidenceById.get(l.items[0]);
      const what =
        l.items.length === 1 && first
          ? named(first.id, first.label, used)
          : sourceName.has(l.group)
            ? `the ${l.items.length} items from ${sourceName.get(l.group)} ${refText([...new Set(l.items.flatMap((id) => refsOf(id)))].slice(0, 5))}`
            : `${first ? named(first.id, first.label, used) : 'one item'} and ${l.items.length - 1} other item${l.items.length === 2 ? '' : 's'} from the same source`;
      if (sourceName.has(l.group)) used.push(...l.items.flatMap((id) => refsOf(id)));
      return {
        text: `Without ${what}, ${q(lead.label)} would be at ${pct(l.leader_posterior_without)} instead of ${pct(lead.posterior)}.`,
        refs: [...new Set(used)].sort((x, y) => x - y),
        items: l.items,
        shift: l.shift,
      };
    }),
    ...engineLines.map((l) => {
      const e = engineRow.get(l.items[0])!;
      const by = Math.abs(l.shift) * 100;
      const moved = by < 0.05 ? 'does not move the result' : `moves ${q(lead.label)} by ${by.toFixed(1)} percentage point${by === 1 ? '' : 's'} (${pct(l.leader_posterior_without)} without it)`;
      return {
        text: `The engine finding ${q(e.label)} ${moved}: its reliability is ${e.reliability ?? 1}.`,
        refs: [],
        items: l.items,
        shift: l.shift,
      };
    }),
  ];

  // every other source the assessment rests on, so the list is complete
  for (const e of a.evidence) for (const x of itemCites.get(e.id) ?? []) number(x, e.id);

  // consequences: what followed the incident, in time order, with their sources numbered too
  const consequences: BriefConsequence[] = consequenceTimeline(c, rec.consequences ?? []).map((x) => ({
    ...x,
    refs: x.sources.map((y) => {
      const n = number(y.url, `consequence:${x.id}`);
      const src = [...numbered.values()].find((z) => z.n === n)!;
      if (src.title === urlTitle(y.url)) src.title = y.title; // the consequence names the page it cites
      return n;
    }),
  }));

  return {
    bottom_line: bl.join(' '),
    judgments,
    what_would_change: wwc,
    weights,
    sources: [...numbered.values()].sort((x, y) => x.n - y.n),
    consequences,
  };
}
