// Short GBK text can be valid UTF-8 by accident: 为什么一些专业 in GBK is the byte string
// CE AA CA B2 …, which UTF-8 reads as ΪʲôһЩרҵ. Two marks tell that misreading from real
// UTF-8: its letters change script from one to the next (Greek, IPA, Latin, Cyrillic, Hebrew:
// no language writes like that, while café or Привет keep to one), and the GB18030 reading is
// what Chinese text is made of: everyday hanzi (GB2312's 6,763 cover >99.9 % of running
// simplified text), CJK punctuation and full-width forms.

let everydayHanzi: Uint8Array | undefined;

/** GB2312's hanzi (rows 16–87), read off the gb18030 decoder once, on first need. */
function gb2312Hanzi(): Uint8Array {
  if (everydayHanzi) return everydayHanzi;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xf7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  const set = new Uint8Array(0x10000);
  for (const ch of new TextDecoder('gb18030').decode(new Uint8Array(bytes))) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x4e00 && c <= 0x9fff) set[c] = 1;
  }
  return (everydayHanzi = set);
}

function isEverydayChinese(c: number, hanzi: Uint8Array): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, ellipsis
    (c < 0x10000 && hanzi[c] === 1)
  );
}

/** Characters of the text's start that take part in the judgement: enough, and bounded. */
const SAMPLE_CHARS = 65_536;

export interface ChineseShare {
  /** Non-ASCII characters in the sample. */
  nonAscii: number;
  /** Share of those that are everyday Chinese. */
  share: number;
}

export function chineseShare(text: string): ChineseShare {
  const hanzi = gb2312Hanzi();
  let nonAscii = 0;
  let chinese = 0;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (isEverydayChinese(c, hanzi)) chinese++;
  }
  return { nonAscii, share: nonAscii === 0 ? 1 : chinese / nonAscii };
}

/** Below this share the UTF-8 reading is not Chinese; at or above the other the GBK reading is. */
const SUSPECT_SHARE = 0.5;
const CHINESE_SHARE = 0.9;
/** Share of adjacent non-ASCII pairs that change script, above which no language is written. */
const MIXED_SCRIPT_SHARE = 0.3;

/** A coarse script of a non-ASCII character: the ranges a two-byte UTF-8 sequence can reach, then 256-blocks. */
function scriptOf(c: number): number {
  if (c < 0x250) return 1; // Latin-1 and Latin Extended (with ASCII letters, one script)
  if (c < 0x300) return 2; // IPA, spacing modifiers
  if (c < 0x370) return 3; // combining marks
  if (c < 0x400) return 4; // Greek
  if (c < 0x530) return 5; // Cyrillic
  if (c < 0x590) return 6; // Armenian
  if (c < 0x600) return 7; // Hebrew
  if (c < 0x700) return 8; // Arabic
  if (c < 0x800) return 9; // Syriac, Thaana, NKo
  return 0x100 + (c >> 8);
}

/** Share of adjacent non-ASCII character pairs (within the sample) whose scripts differ. */
function mixedScriptShare(text: string): number {
  const end = Math.min(text.length, SAMPLE_CHARS);
  let pairs = 0;
  let changes = 0;
  for (let i = 1; i < end; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    if (a < 0x80 || b < 0x80) continue;
    pairs++;
    if (scriptOf(a) !== scriptOf(b)) changes++;
  }
  return pairs === 0 ? 0 : changes / pairs;
}

/**
 * Whether a valid UTF-8 reading looks like GBK bytes misread: mostly not Chinese, and mixing
 * scripts letter by letter. For real UTF-8 Chinese the first check settles it, so decoding the
 * bytes a second time (then asked readsAsChinese) is rare.
 */
export function utf8LooksLikeMisreadGbk(utf8Text: string): boolean {
  const { nonAscii, share } = chineseShare(utf8Text);
  return nonAscii >= 2 && share < SUSPECT_SHARE && mixedScriptShare(utf8Text) >= MIXED_SCRIPT_SHARE;
}

export function readsAsChinese(text: string): boolean {
  const { nonAscii, share } = chineseShare(text);
  return nonAscii >= 2 && share >= CHINESE_SHARE;
}
