/**
 * The outlet registry: canonical outlets with aliases and domains, country and affiliation (each with its
 * source), and the resolver that maps what a file calls an outlet ("Sputnik CZE", "fr.sputniknews.africa",
 * "Vremya pokazhet @Pervyi kanal (9:10)") onto one canonical outlet family. Unknown outlets are kept, under
 * an id made from their normalised name, and flagged; nothing is dropped.
 */
import type { ErrorData } from '../errors.js';

export type AffiliationType = 'state-affiliated' | 'independent' | 'opposition' | 'international-body' | 'unknown';

export interface OutletEntry {
  id: string;
  name: string;
  aliases: string[];
  domains: string[];
  country?: string;
  affiliation: { type: AffiliationType; state?: string; note?: string };
  /** URL or document symbol backing the affiliation */
  source: string;
}

export interface ResolvedOutlet {
  id: string;
  name: string;
  affiliation: AffiliationType;
  state?: string;
  known: boolean;
  /** how it matched: alias, domain, prefix, url, or none */
  via: 'alias' | 'domain' | 'prefix' | 'url' | 'none';
}

/** Lower case, straight quotes gone, bracketed time codes gone, spaces squeezed. */
export function normaliseOutletName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'«»`´]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const hostOf = (s: string): string | null => {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9\-]+(?:\.[a-z0-9\-]+)+)(?:[\/:?#]|$)/i.exec(s.trim());
  return m ? m[1].toLowerCase() : null;
};

export class OutletResolver {
  private readonly byAlias = new Map<string, OutletEntry>();
  private readonly byDomain = new Map<string, OutletEntry>();
  /** aliases longest first, for word-prefix matching */
  private readonly prefixes: [string, OutletEntry][];
  private readonly memo = new Map<string, ResolvedOutlet>();
  readonly entries: readonly OutletEntry[];

  constructor(entries: OutletEntry[]) {
    this.entries = entries;
    for (const e of entries) {
      for (const a of [e.name, e.id, ...e.aliases]) {
        const k = normaliseOutletName(a);
        if (k && !this.byAlias.has(k)) this.byAlias.set(k, e);
      }
      for (const d of e.domains) this.byDomain.set(d.toLowerCase().replace(/^www\./, ''), e);
    }
    this.prefixes = [...this.byAlias.entries()].filter(([k]) => k.length >= 3).sort((a, b) => b[0].length - a[0].length);
  }

  private domain(host: string): OutletEntry | undefined {
    // fr.sputniknews.africa -> sputniknews.africa -> africa
    for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
      const e = this.byDomain.get(h);
      if (e) return e;
    }
    return undefined;
  }

  private match(raw: string): { e: OutletEntry; via: ResolvedOutlet['via'] } | undefined {
    const n = normaliseOutletName(raw);
    if (!n) return undefined;
    const exact = this.byAlias.get(n);
    if (exact) return { e: exact, via: 'alias' };
    const host = hostOf(n);
    if (host && !n.includes(' ')) {
      const d = this.domain(host);
      if (d) return { e: d, via: 'domain' };
    }
    // "program @ channel": the channel publishes; then other separators
    const parts = n.split(/\s*@\s*/).reverse().flatMap((p) => p.split(/\s*[,;|]\s*|\s+-\s+|\s+\/\s+/));
    for (const p of parts) {
      const e = this.byAlias.get(p.trim());
      if (e) return { e, via: 'alias' };
      const h = hostOf(p);
      if (h && !p.trim().includes(' ')) {
        const d = this.domain(h);
        if (d) return { e: d, via: 'domain' };
      }
    }
    for (const p of parts)
      for (const [k, e] of this.prefixes)
        if (p.startsWith(k + ' ') || p.startsWith(k + '.') || p.endsWith(' ' + k)) return { e, via: 'prefix' };
    return undefined;
  }

  /** Resolves an outlet name (and, as a fallback, the item's URL host). Memoised per distinct input. */
  resolve(outlet: string, url?: string): ResolvedOutlet {
    const key = url ? outlet + '\u0000' + (hostOf(url) ?? '') : outlet;
    const hit = this.memo.get(key);
    if (hit) return hit;
    let m = this.match(outlet);
    if (!m && url) {
      const h = hostOf(url);
      const d = h ? this.domain(h) : undefined;
      if (d) m = { e: d, via: 'url' };
    }
    const r: ResolvedOutlet = m
      ? { id: m.e.id, name: m.e.name, affiliation: m.e.affiliation.type, state: m.e.affiliation.state, known: true, via: m.via }
      : { id: 'unknown:' + (normaliseOutletName(outlet) || outlet), name: outlet.trim(), affiliation: 'unknown', known: false, via: 'none' };
    this.memo.set(key, r);
    return r;
  }
}

/** Checks a parsed registry document; returns its entries or a list of problems (path: message). */
export function checkRegistry(doc: unknown): { entries: OutletEntry[]; problems: ErrorData[] } {
  const problems: ErrorData[] = [];
  // each problem at its field, as a dotted path into the file (the knowledge adapter names the line)
  const problem = (path: string, message: string) => problems.push({ code: 'bad_input', path, message });
  const list = (doc as { outlets?: unknown })?.outlets;
  if (!Array.isArray(list)) return { entries: [], problems: [{ code: 'bad_input', path: 'outlets', message: 'expected a list' }] };
  const entries: OutletEntry[] = [];
  const ids = new Map<string, number>();
  const types: AffiliationType[] = ['state-affiliated', 'independent', 'opposition', 'international-body', 'unknown'];
  list.forEach((o: any, i: number) => {
    const at = `outlets.${i}`;
    if (!o || typeof o.id !== 'string' || !o.id) return problem(`${at}.id`, 'id is missing');
    const first = ids.get(o.id);
    if (first !== undefined) problem(`${at}.id`, `duplicate id "${o.id}" (also outlets.${first})`);
    else ids.set(o.id, i);
    if (typeof o.name !== 'string') problem(`${at}.name`, `name of "${o.id}" is missing`);
    const type = o.affiliation?.type;
    if (!types.includes(type)) problem(`${at}.affiliation.type`, `affiliation.type of "${o.id}" must be one of ${types.join(', ')}`);
    if (type === 'state-affiliated' && !o.affiliation?.state) problem(`${at}.affiliation`, `"${o.id}" is state-affiliated: it names its state (affiliation.state)`);
    if (typeof o.source !== 'string' || !o.source) problem(`${at}.source`, `source of "${o.id}" is missing (every affiliation carries its source)`);
    entries.push({
      id: o.id,
      name: o.name ?? o.id,
      aliases: Array.isArray(o.aliases) ? o.aliases.map(String) : [],
      domains: Array.isArray(o.domains) ? o.domains.map(String) : [],
      country: o.country,
      affiliation: { type: type ?? 'unknown', state: o.affiliation?.state, note: o.affiliation?.note },
      source: o.source ?? '',
    });
  });
  return { entries, problems };
}
