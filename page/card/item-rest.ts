// What the card shows under a mined member: the member itself is shown in bold, so the grey
// line carries only what the item says beyond it (坚持实事求是。坚持实事求是，基础在于… →
// 基础在于…), never the member a second time.

/** Marks that may separate a member from the rest of its item. */
const LEADING_MARKS = /^[\s。，、；：:,;.！!？?…—–\-]+/u;
/** A list marker the miner may leave in front of a member (一是 / 第一， / （一） / ①). */
const LIST_MARKER =
  /^\s*(?:[（(]?[一二三四五六七八九十\d]+[）).、．]|[①-⑳]|第[一二三四五六七八九十]+|[一二三四五六七八九十]+[是要]|首先|其次|再次|最后)[，,：:、\s]*$/u;

/** The item after its member, or '' when the item says nothing more; clipped to `max` chars. */
export function itemRest(member: string, item: string | undefined, max: number): string {
  if (!item || !member) return item ? clip(item.trim(), max) : '';
  let rest = item;
  const at = rest.indexOf(member);
  if (at < 0 || (at > 0 && !LIST_MARKER.test(rest.slice(0, at)))) return clip(rest.trim(), max);
  rest = rest.slice(at + member.length).replace(LEADING_MARKS, '');
  // Study materials set the member as a heading and open the paragraph with it again.
  while (rest.startsWith(member)) rest = rest.slice(member.length).replace(LEADING_MARKS, '');
  return clip(rest.trim(), max);
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
