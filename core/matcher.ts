// Longest-match of known strings over normalised text, accepted only on token boundaries so a
// term never matches inside a longer word (四风 is not found in 防范四风险: jieba cuts 四/风险).
//
// The keys live in one trie of flat typed arrays, built once. At each text position the walk
// follows the text down the trie as far as some key continues it, so the cost per position is
// the depth of the longest key prefix found there (a few characters), whatever the number of
// keys: a glossary of 60,000 entries scans as fast as one of 60. A scan that tried every key
// starting with the current character (the former bucket matcher) grew with the glossary.

export interface Pattern<T> {
  /** Normalised form to look for. */
  key: string;
  value: T;
  /**
   * Match without the boundary rule. For keys jieba cannot hold as one token (干在实处、走在前列、
   * 勇立潮头): they are too specific to sit inside a longer word, and jieba's HMM may glue
   * their first character to the previous one (事业中干在实处 → 中干/在).
   */
  anywhere?: boolean;
}

export interface Match<T> {
  value: T;
  start: number;
  end: number;
}

export interface Matcher<T> {
  /** Non-overlapping matches, left to right, longest first at each position. */
  findAll(normText: string, isBoundary: Uint8Array): Match<T>[];
}

/** No node / no key ends here. */
const NONE = -1;

/**
 * The keys as a trie: node 0 is the root; the children of node k are the edges
 * edgeStart[k] ≤ e < edgeStart[k + 1], sorted by edgeUnit so a lookup is a short binary search
 * (most nodes have one or two children). The root's children are a direct 64K table instead:
 * it is asked at every text position, and most positions start no key at all.
 */
interface FlatTrie {
  rootChild: Int32Array;
  edgeStart: Int32Array;
  edgeUnit: Uint16Array;
  edgeTarget: Int32Array;
  /** Index into the value arrays of the key ending at each node, or NONE. */
  keyAt: Int32Array;
}

export function createMatcher<T>(patterns: Iterable<Pattern<T>>): Matcher<T> {
  const values: T[] = [];
  const anywhere: boolean[] = [];
  const trie = buildTrie(patterns, values, anywhere);
  const anywhereFlags = Uint8Array.from(anywhere, (a) => (a ? 1 : 0));
  const { rootChild, edgeStart, edgeUnit, edgeTarget, keyAt } = trie;

  return {
    findAll(text, isBoundary) {
      const out: Match<T>[] = [];
      const n = text.length;
      for (let i = 0; i < n; i++) {
        let node = rootChild[text.charCodeAt(i)]!;
        if (node === NONE) continue;
        const atBoundary = isBoundary[i] === 1;
        let bestKey = NONE;
        let bestEnd = 0;
        // j is the end of the key prefix that `node` stands for.
        for (let j = i + 1; ; j++) {
          const k = keyAt[node]!;
          if (k !== NONE && (anywhereFlags[k] === 1 || (atBoundary && isBoundary[j] === 1))) {
            bestKey = k;
            bestEnd = j;
          }
          if (j >= n) break;
          node = childOf(edgeStart, edgeUnit, edgeTarget, node, text.charCodeAt(j));
          if (node === NONE) break;
        }
        if (bestKey !== NONE) {
          out.push({ value: values[bestKey]!, start: i, end: bestEnd });
          i = bestEnd - 1;
        }
      }
      return out;
    },
  };
}

function childOf(edgeStart: Int32Array, edgeUnit: Uint16Array, edgeTarget: Int32Array, node: number, unit: number): number {
  let lo = edgeStart[node]!;
  let hi = edgeStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const u = edgeUnit[mid]!;
    if (u === unit) return edgeTarget[mid]!;
    if (u < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return NONE;
}

/**
 * Inserts every key (the first pattern of a key wins, as a duplicate form never replaces an
 * earlier one), then lays the edges out flat. The edges are found through an open-addressing
 * hash table of typed arrays keyed by (parent, code unit): no object or Map entry per node, so
 * 120,000 keys (some 500,000 nodes) build in tens of milliseconds, not hundreds.
 */
function buildTrie<T>(patterns: Iterable<Pattern<T>>, values: T[], anywhere: boolean[]): FlatTrie {
  const list = [...patterns];
  let units = 1;
  for (const p of list) units += p.key.length;
  // At most one node per key code unit (plus the root); the table stays at most half full.
  let capacity = 1024;
  while (capacity < units * 2) capacity *= 2;
  const mask = capacity - 1;
  const slotParent = new Int32Array(capacity).fill(NONE);
  const slotUnit = new Uint16Array(capacity);
  const slotChild = new Int32Array(capacity);
  // Per node: its parent and the code unit on the edge into it, in creation order.
  const parentOf = new Int32Array(units);
  const unitOf = new Uint16Array(units);
  const keyAt = new Int32Array(units).fill(NONE);
  const rootChild = new Int32Array(0x10000).fill(NONE);
  let nodes = 1;

  for (const p of list) {
    const key = p.key;
    if (key.length === 0) continue;
    let node = rootChild[key.charCodeAt(0)]!;
    if (node === NONE) {
      node = nodes++;
      rootChild[key.charCodeAt(0)] = node;
      parentOf[node] = 0;
      unitOf[node] = key.charCodeAt(0);
    }
    for (let j = 1; j < key.length; j++) {
      const unit = key.charCodeAt(j);
      let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
      while (slotParent[slot] !== NONE && !(slotParent[slot] === node && slotUnit[slot] === unit)) slot = (slot + 1) & mask;
      if (slotParent[slot] === NONE) {
        slotParent[slot] = node;
        slotUnit[slot] = unit;
        slotChild[slot] = nodes;
        parentOf[nodes] = node;
        unitOf[nodes] = unit;
        nodes++;
      }
      node = slotChild[slot]!;
    }
    if (keyAt[node] !== NONE) continue;
    keyAt[node] = values.length;
    values.push(p.value);
    anywhere.push(p.anywhere === true);
  }

  // Edges grouped by parent (counting sort over the nodes below the root's level).
  const edgeStart = new Int32Array(nodes + 1);
  for (let k = 1; k < nodes; k++) if (parentOf[k] !== 0) edgeStart[parentOf[k]! + 1]!++;
  for (let k = 0; k < nodes; k++) edgeStart[k + 1]! += edgeStart[k]!;
  const total = edgeStart[nodes]!;
  const edgeUnit = new Uint16Array(total);
  const edgeTarget = new Int32Array(total);
  const fill = edgeStart.slice(0, nodes);
  for (let k = 1; k < nodes; k++) {
    const parent = parentOf[k]!;
    if (parent === 0) continue;
    const at = fill[parent]!++;
    edgeUnit[at] = unitOf[k]!;
    edgeTarget[at] = k;
  }
  // Sort each node's edges by code unit for the binary search (insertion sort: lists are short).
  for (let k = 1; k < nodes; k++) {
    for (let a = edgeStart[k]! + 1; a < edgeStart[k + 1]!; a++) {
      const u = edgeUnit[a]!;
      const t = edgeTarget[a]!;
      let b = a - 1;
      for (; b >= edgeStart[k]! && edgeUnit[b]! > u; b--) {
        edgeUnit[b + 1] = edgeUnit[b]!;
        edgeTarget[b + 1] = edgeTarget[b]!;
      }
      edgeUnit[b + 1] = u;
      edgeTarget[b + 1] = t;
    }
  }
  return { rootChild, edgeStart, edgeUnit, edgeTarget, keyAt: keyAt.subarray(0, nodes) };
}
