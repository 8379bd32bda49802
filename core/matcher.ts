// Longest-match of known strings over normalised text, accepted only on token boundaries so a
// term never matches inside a longer word (四风 is not found in 防范四风险: jieba cuts 四/风险).

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

export function createMatcher<T>(patterns: Iterable<Pattern<T>>): Matcher<T> {
  // Buckets by first code unit, longest keys first. Glossaries hold hundreds of keys, not
  // millions, so a bucket scan with startsWith beats a node-per-character trie in JS.
  const buckets = new Map<number, Pattern<T>[]>();
  const seen = new Set<string>();
  for (const p of patterns) {
    if (p.key.length === 0 || seen.has(p.key)) continue;
    seen.add(p.key);
    const c = p.key.charCodeAt(0);
    let bucket = buckets.get(c);
    if (!bucket) buckets.set(c, (bucket = []));
    bucket.push(p);
  }
  const firstUnit = new Uint8Array(0x10000);
  for (const [c, bucket] of buckets) {
    bucket.sort((a, b) => b.key.length - a.key.length);
    firstUnit[c] = 1;
  }

  return {
    findAll(text, isBoundary) {
      const out: Match<T>[] = [];
      const n = text.length;
      for (let i = 0; i < n; i++) {
        if (firstUnit[text.charCodeAt(i)] === 0) continue;
        const atBoundary = isBoundary[i] === 1;
        for (const p of buckets.get(text.charCodeAt(i))!) {
          const end = i + p.key.length;
          const onBoundaries = p.anywhere === true || (atBoundary && isBoundary[end] === 1);
          if (end <= n && onBoundaries && text.startsWith(p.key, i)) {
            out.push({ value: p.value, start: i, end });
            i = end - 1;
            break;
          }
        }
      }
      return out;
    },
  };
}
