// Length-preserving normalisation: every UTF-16 code unit maps to exactly one code unit, so an
// index into the normalised text is the same index into the original. That lets matching run on
// unified text (half-width punctuation, one quote style, simplified characters) while offsets
// stay valid for the page or file the caller holds.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

export const OPEN_QUOTE = '\u201c'; // “
export const CLOSE_QUOTE = '\u201d'; // ”

const OPEN = 0x201c;
const CLOSE = 0x201d;
const STRAIGHT_QUOTE = 0x22; // "
const FULLWIDTH_STRAIGHT_QUOTE = 0xff02; // ＂
/** Marks code units whose output depends on context (straight quotes: open or close?). */
const CONTEXTUAL = 0xffff;

let table: Uint16Array | undefined;

/** OpenCC dictionary string "src dst [dst…]|…" → [src, first dst] pairs. */
function pairs(dict: string): [string, string][] {
  return dict.split('|').map((entry) => {
    const [src = '', dst = ''] = entry.split(' ');
    return [src, dst];
  });
}

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let i = 0; i < t.length; i++) t[i] = i;

  // Traditional → simplified, one BMP character to one BMP character only (so the length holds).
  // Regional variants (裡, 爲…) are first folded into OpenCC's standard form, then simplified.
  const ts = new Map<string, string>();
  for (const [src, dst] of pairs(TSCharacters)) ts.set(src, dst);
  const variantToStandard = [...pairs(TWVariantsRev), ...pairs(HKVariantsRev)];
  const set = (src: string, dst: string): void => {
    if (src.length === 1 && dst.length === 1) t[src.charCodeAt(0)] = dst.charCodeAt(0);
  };
  for (const [src, dst] of ts) set(src, dst);
  for (const [variant, standard] of variantToStandard) {
    if (!ts.has(variant)) set(variant, ts.get(standard) ?? standard);
  }

  // Full-width ASCII (！…～) → ASCII; ideographic space → space.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;

  // One quote pair. 「」『』 and single curly quotes are used as main quotes on traditional and
  // some mainland pages; what matters downstream is only "a quote opens / closes here".
  for (const c of [0x300c, 0x300e, 0x2018, 0x301d]) t[c] = OPEN; // 「 『 ‘ 〝
  for (const c of [0x300d, 0x300f, 0x2019, 0x301e, 0x301f]) t[c] = CLOSE; // 」 』 ’ 〞 〟
  t[STRAIGHT_QUOTE] = CONTEXTUAL;
  t[FULLWIDTH_STRAIGHT_QUOTE] = CONTEXTUAL;
  return t;
}

const CHUNK = 8192;

/**
 * Normalise text for matching. `normalize(text).length === text.length`, and each output code
 * unit corresponds to the input unit at the same index. Surrogate halves pass through unchanged.
 */
export function normalize(text: string): string {
  const t = (table ??= buildTable());
  const n = text.length;
  // Straight quotes alternate open/close, restarting at each line (paragraph) so that one
  // unbalanced quote cannot flip the rest of a page.
  let quoteOpen = false;
  let out: Uint16Array | undefined;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let m = t[c]!;
    if (m === CONTEXTUAL) {
      m = quoteOpen ? CLOSE : OPEN;
      quoteOpen = !quoteOpen;
    } else if (c === 0x0a) {
      quoteOpen = false;
    }
    if (m !== c) {
      if (!out) {
        out = new Uint16Array(n);
        for (let j = 0; j < i; j++) out[j] = text.charCodeAt(j);
      }
      out[i] = m;
    } else if (out) {
      out[i] = c;
    }
  }
  if (!out) return text;
  let result = '';
  for (let i = 0; i < n; i += CHUNK) {
    result += String.fromCharCode.apply(null, out.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return result;
}
