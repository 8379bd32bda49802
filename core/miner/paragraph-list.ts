// A paragraph ending in a label and a colon, and one item per following paragraph:
// 要重点抓好以下三项工作：\n强化理论武装。…\n夯实基层基础。…\n严明纪律规矩。…
import type { Span } from '../types';
import { trimSpan } from './clause';
import type { Found } from './definition';
import { labelEndingAt } from './label';

const LINK_WORDS = ['如下', '分别是', '包括', '即'];

export function findParagraphList(text: string): Found[] {
  const out: Found[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    let last = lineEnd;
    while (last > lineStart && ' \t\r\u3000'.includes(text[last - 1]!)) last--;
    if (nl >= 0 && text[last - 1] === ':') {
      let p = last - 1;
      const w = LINK_WORDS.find((x) => text.startsWith(x, p - x.length));
      if (w) p -= w.length;
      const label = labelEndingAt(text, p);
      if (label) {
        const items = followingLines(text, lineEnd + 1, label.count);
        if (items) out.push({ label, items, pattern: 'paragraph-list' });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The next `count` non-empty lines, or undefined if the text ends first. */
function followingLines(text: string, from: number, count: number): Span[] | undefined {
  const items: Span[] = [];
  let at = from;
  while (items.length < count && at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const s = trimSpan(text, at, end);
    if (s.end > s.start) items.push(s);
    at = end + 1;
  }
  return items.length === count ? items : undefined;
}
