// Every counted label in the text, read forward from each count word. Linear: one bounded read
// per count character.
import { CLOSE_Q, OPEN_Q, isCountCode } from './chars';
import { readLabel, type Label } from './label';

export interface PlacedLabel {
  label: Label;
  /** Span including the quotes when the label stands in quotes (“四个一”). */
  outerStart: number;
  outerEnd: number;
}

export function labelsInText(text: string): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isCountCode(code)) continue;
    // 一 alone (the commonest count character) is never a label: labels count two or more.
    if (code === 0x4e00 && !isCountCode(text.charCodeAt(i + 1))) continue;
    const label = readLabel(text, i);
    if (!label) continue;
    const quoted = text[i - 1] === OPEN_Q && text[label.end] === CLOSE_Q;
    out.push({ label, outerStart: quoted ? i - 1 : i, outerEnd: quoted ? label.end + 1 : label.end });
    i = label.end - 1;
  }
  return out;
}
