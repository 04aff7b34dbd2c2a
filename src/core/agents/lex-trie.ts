/**
 * The combined lexicon trie's memory layout (feature-extraction.ts dispatchedMatches; speed only, session 13). The trie
 * is built from (prefix, entry) pairs as before; its nodes are then numbered breadth first (the root's children in
 * character order, then theirs) and each node's children are stored together, sorted by character, in two flat arrays.
 * A walk reads one node's children where the hash table it replaces (one open-addressing table of (parent, character)
 * -> child, 1 MB) cost a cache miss per step: most walks die within two or three characters of the root, and the nodes
 * near the root, numbered first, now sit in a few cache lines. The nodes a walk visits, and the entries listed at each,
 * in their order, are the same.
 */

export interface LexTrie {
  /** the child of the root by the first (folded) character: node id, 0 for none */
  root: Int32Array;
  /** the children of node v are childChar/childNode[childFrom[v] .. childFrom[v + 1]), sorted by character */
  childFrom: Int32Array;
  childChar: Uint16Array;
  childNode: Int32Array;
  /** entries whose prefix ends at the node: atList[atFrom[node] .. atFrom[node + 1]), in the order inserted */
  atFrom: Int32Array;
  atList: Int32Array;
  /** entries tried at every word start (a prefix set holding the empty string) */
  always: number[];
  /** Arabic proclitic-and-article strings by their first character: the walk also starts after each one present */
  heads: Map<number, string[]>;
}

/**
 * Builds the trie from each entry's prefix set (`prefixSets[ei]`, inserted in entry order and, within an entry, in the
 * set's order; an entry listed once per node) and the head strings.
 */
export function buildLexTrie(prefixSets: Iterable<string>[], headStrings: Iterable<string>): LexTrie {
  // the trie with nodes numbered in insertion order (0 the root), children by character
  const kids: Map<number, number>[] = [new Map()];
  const at: number[][] = [[]];
  const always: number[] = [];
  prefixSets.forEach((set, ei) => {
    for (const x of set) {
      let node = 0;
      for (let i = 0; i < x.length; i++) {
        const c = x.charCodeAt(i);
        let child = kids[node].get(c);
        if (child === undefined) {
          child = kids.length;
          kids.push(new Map());
          at.push([]);
          kids[node].set(c, child);
        }
        node = child;
      }
      const l = node === 0 ? always : at[node];
      if (!l.includes(ei)) l.push(ei);
    }
  });
  // breadth-first numbering from 1 (0 stays "no node")
  const order: number[] = [];
  const newId = new Int32Array(kids.length);
  const byChar = (m: Map<number, number>) => [...m].sort((a, b) => a[0] - b[0]);
  for (const [, child] of byChar(kids[0])) order.push(child);
  for (let k = 0; k < order.length; k++) for (const [, child] of byChar(kids[order[k]])) order.push(child);
  order.forEach((old, k) => (newId[old] = k + 1));
  const nodes = order.length + 1;
  const root = new Int32Array(0x10000);
  for (const [c, child] of kids[0]) root[c] = newId[child];
  const childFrom = new Int32Array(nodes + 1);
  const atFrom = new Int32Array(nodes + 1);
  let edges = 0;
  let listed = 0;
  for (let v = 1; v < nodes; v++) {
    childFrom[v] = edges;
    atFrom[v] = listed;
    edges += kids[order[v - 1]].size;
    listed += at[order[v - 1]].length;
  }
  childFrom[0] = 0;
  childFrom[nodes] = edges;
  atFrom[nodes] = listed;
  const childChar = new Uint16Array(edges);
  const childNode = new Int32Array(edges);
  const atList = new Int32Array(listed);
  for (let v = 1; v < nodes; v++) {
    let e = childFrom[v];
    for (const [c, child] of byChar(kids[order[v - 1]])) {
      childChar[e] = c;
      childNode[e++] = newId[child];
    }
    let a = atFrom[v];
    for (const ei of at[order[v - 1]]) atList[a++] = ei;
  }
  const heads = new Map<number, string[]>();
  for (const h of headStrings) heads.set(h.charCodeAt(0), [...(heads.get(h.charCodeAt(0)) ?? []), h]);
  return { root, childFrom, childChar, childNode, atFrom, atList, always, heads };
}
