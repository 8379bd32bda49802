// A label whose keyword recurs in each of its items, just after it:
// 带头践行“两个维护”。…坚决维护习近平总书记的核心地位、坚决维护党中央权威和集中统一领导。
// 4个“一起”\n…坚持党建工作和业务工作一起谋划、一起部署、一起落实、一起检查。
import type { Span } from '../types';
import { indexWithin } from './chars';
import { splitTopLevel, trimSpan } from './clause';
import type { Found } from './definition';
import type { PlacedLabel } from './labels-in-text';

const WINDOW = 300;
/** Coarse separators first (items that hold a 、 list), then fine ones. */
const SEPARATORS = [',;。!?', '、,;。!?'];

/** Where the items may stand: the rest of the label's paragraph, or the next one for a heading. */
function window(text: string, pl: PlacedLabel): Span {
  let start = pl.outerEnd;
  let end = lineEnd(text, start);
  if (text.slice(start, end).trim() === '' && end < text.length) {
    start = end + 1;
    end = lineEnd(text, start);
  }
  return { start, end };
}

function lineEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + WINDOW);
  const nl = indexWithin(text, '\n', from, limit);
  return nl < 0 ? limit : nl;
}

/** The first run of consecutive pieces that all contain the keyword. */
function firstRun(text: string, pieces: Span[], keyword: string): Span[] {
  const run: Span[] = [];
  for (const p of pieces) {
    const has = text.slice(p.start, p.end).includes(keyword);
    if (has) run.push(p);
    else if (run.length > 0) break;
  }
  return run;
}

/**
 * The first piece runs back to a comma and may carry a lead-in (以正确的认识和行动坚决维护…):
 * give it no more text before the keyword than the other items have.
 */
function trimFirst(text: string, run: Span[], keyword: string): Span[] {
  const before = run.map((s) => text.indexOf(keyword, s.start) - s.start);
  const allowed = Math.max(...before.slice(1));
  const first = run[0]!;
  if (before[0]! <= allowed) return run;
  return [{ start: first.start + before[0]! - allowed, end: first.end }, ...run.slice(1)];
}

export function findKeywordRepeat(text: string, labels: PlacedLabel[]): Found[] {
  const out: Found[] = [];
  for (const pl of labels) {
    const quoted = text[pl.label.end - 1] === '\u201d';
    const keyword = pl.label.noun;
    // One-character keywords recur by chance unless the text set them off in quotes.
    if (keyword.length < (quoted ? 1 : 2)) continue;
    const w = window(text, pl);
    if (!text.slice(w.start, w.end).includes(keyword)) continue;
    for (const seps of SEPARATORS) {
      const pieces = splitTopLevel(text, w.start, w.end, seps).map((s) => trimSpan(text, s.start, s.end));
      const run = firstRun(text, pieces, keyword);
      if (run.length < 2) continue;
      if (run.length !== pl.label.count) break;
      const items = trimFirst(text, run, keyword);
      out.push({ label: pl.label, items, members: items, pattern: 'keyword-repeat' });
      break;
    }
  }
  return out;
}
