// Scheme-unit: a numeral with a unit-like word that, in this genre, names a scheme rather than
// measuring anything:
//   1+X, 1+N, 1+N+X — a core document plus supporting ones (“1+X”容错纠错机制);
//   N分钟/N小时 …圈 — a service radius (15分钟生活圈, 一小时经济圈);
//   N级联动/联创/联建, N级书记抓 — tiers of government acting together (省市县三级联动).
// Everyday amounts (北风三四级, 二十分钟, 1+1=2) have no letter, no 圈 and no 联 after them.
import type { Context, NumberedTerm } from './context';
import { EVIDENCE } from './confidence';

const PLUS_SCHEME = /(?<![0-9A-Za-z+])1\+[NXnx](?:\+[NXnx])?(?![0-9A-Za-z+=])/g;
const RADIUS = /(?<![0-9一二三四五六七八九十])(?:[0-9]{1,2}|[一二两三四五六七八九十半]{1,3})(?:分钟|小时)[\u4e00-\u9fff]{0,3}圈/g;
const TIERS = /(?<![0-9一二三四五六七八九十])[两三四五六七]级(?:联[动创建治]|书记抓)/g;

export function findSchemes({ text }: Context): NumberedTerm[] {
  const out: NumberedTerm[] = [];
  for (const re of [PLUS_SCHEME, RADIUS, TIERS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const term = m[0].endsWith('书记抓') ? m[0].slice(0, -1) : m[0];
      const start = m.index;
      const end = start + term.length;
      const quoted = text[start - 1] === '“' && text[end] === '”';
      out.push({ term, start, end, rule: 'scheme-unit', confidence: quoted ? EVIDENCE.quoted : EVIDENCE.scheme });
    }
  }
  return out;
}
