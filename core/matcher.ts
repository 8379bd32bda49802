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
 * earlier one), then lays the edges out flat. Building with one Map of all edges keyed by
 * parent and code unit avoids an object per node: 114k keys make some 400k nodes.
 */
function buildTrie<T>(patterns: Iterable<Pattern<T>>, values: T[], anywhere: boolean[]): FlatTrie {
  const edges = new Map<number, number>();
  const keyOfNode: number[] = [NONE];
  for (const p of patterns) {
    const key = p.key;
    if (key.length === 0) continue;
    let node = 0;
    for (let j = 0; j < key.length; j++) {
      const edge = node * 0x10000 + key.charCodeAt(j);
      let next = edges.get(edge);
      if (next === undefined) {
        next = keyOfNode.length;
        keyOfNode.push(NONE);
        edges.set(edge, next);
      }
      node = next;
    }
    if (keyOfNode[node] !== NONE) continue;
    keyOfNode[node] = values.length;
    values.push(p.value);
    anywhere.push(p.anywhere === true);
  }

  const nodes = keyOfNode.length;
  const rootChild = new Int32Array(0x10000).fill(NONE);
  const childCount = new Int32Array(nodes + 1);
  for (const [edge, target] of edges) {
    const parent = Math.floor(edge / 0x10000);
    if (parent === 0) rootChild[edge % 0x10000] = target;
    else childCount[parent]!++;
  }
  const edgeStart = new Int32Array(nodes + 1);
  for (let k = 0; k < nodes; k++) edgeStart[k + 1] = edgeStart[k]! + childCount[k]!;
  const total = edgeStart[nodes]!;
  const edgeUnit = new Uint16Array(total);
  const edgeTarget = new Int32Array(total);
  const fill = edgeStart.slice(0, nodes);
  for (const [edge, target] of edges) {
    const parent = Math.floor(edge / 0x10000);
    if (parent === 0) continue;
    const at = fill[parent]!++;
    edgeUnit[at] = edge % 0x10000;
    edgeTarget[at] = target;
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
  return { rootChild, edgeStart, edgeUnit, edgeTarget, keyAt: Int32Array.from(keyOfNode) };
}
