/**
 * Items that restate one source share its weight (docs/assessment.md "Honest weighting"). An analyst item's
 * `derived_from` names what it restates: another matrix item, a record an engine row rests on (the item then
 * joins that engine's line), or a source id. Items linked this way, directly or through others, and items
 * with the same `source_group`, form one line: they get one source_group, so the posterior raises each to 1/n
 * and "independent lines" counts sources, not items. Within a line, an item and the items restating it (derived
 * from it, directly or through others) share one source's weight: 1/m each for m of them (`share`), so a
 * restatement that duplicates its source changes nothing, whatever else the line holds.
 */
import type { MatrixItem } from './matrix.js';

export function shareSources(items: MatrixItem[], derivedFrom: Map<string, string[]>): void {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const node = (it: MatrixItem) => `item:${it.id}`;
  for (const it of items) {
    parent.set(node(it), node(it));
    if (it.source_group) union(`group:${it.source_group}`, node(it));
  }
  const itemIds = new Set(items.map((it) => it.id));
  // records an engine row rests on -> that row
  const restsOn = new Map<string, string>();
  for (const it of items) if (it.kind === 'engine') for (const r of it.evidence) if (!restsOn.has(r)) restsOn.set(r, node(it));
  let linked = false;
  // restatement roots: an item derived from another matrix item restates it (same root)
  const rootOf = new Map<string, string>();
  const root = (id: string, seen = new Set<string>()): string => {
    if (rootOf.has(id)) return rootOf.get(id)!;
    const up = (derivedFrom.get(id) ?? []).find((d) => itemIds.has(d) && !seen.has(d));
    const r = up ? root(up, seen.add(id)) : id;
    rootOf.set(id, r);
    return r;
  };
  for (const it of items) {
    for (const d of derivedFrom.get(it.id) ?? []) {
      linked = true;
      if (itemIds.has(d)) union(`item:${d}`, node(it));
      else if (restsOn.has(d)) union(restsOn.get(d)!, node(it));
      else union(`group:${d}`, node(it));
    }
  }
  if (!linked) return; // nothing derived: the source groups stay exactly as given
  const perRoot = new Map<string, number>();
  for (const it of items) perRoot.set(root(it.id), (perRoot.get(root(it.id)) ?? 0) + 1);
  for (const it of items) {
    const m = perRoot.get(root(it.id)) ?? 1;
    if (m > 1) it.share = 1 / m;
  }
  // one name per line: the first named source group among its members (matrix order), else the first item's id
  const name = new Map<string, string>();
  for (const it of items) {
    const r = find(node(it));
    if (!name.has(r) && it.source_group) name.set(r, it.source_group);
  }
  const size = new Map<string, number>();
  for (const it of items) size.set(find(node(it)), (size.get(find(node(it))) ?? 0) + 1);
  for (const it of items) {
    const r = find(node(it));
    if ((size.get(r) ?? 1) > 1) it.source_group = name.get(r) ?? items.find((x) => find(node(x)) === r)!.id;
  }
}
