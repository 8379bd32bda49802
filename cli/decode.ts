// Turns the bytes of a file into text. Chinese pages in the wild are UTF-8, UTF-16 (Windows
// "Unicode" saves, always with a BOM) or GBK/GB2312; GB18030 is a superset of both GB encodings,
// so one fallback decoder covers them. Node's TextDecoder knows gb18030 and big5 because Node
// ships with full ICU.

import { readsAsChinese, utf8LooksLikeMisreadGbk } from './chinese-plausibility';

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

/** Share of control characters above which a file is treated as binary, not text. */
const MAX_CONTROL_RATIO = 0.01;

export function decodeBytes(bytes: Uint8Array, opts: { declaredCharset?: string } = {}): DecodeResult {
  const bom = detectBom(bytes);
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.length), bom.encoding);
    if (text === null) return { ok: false, reason: `cannot decode as ${bom.encoding} (invalid bytes after its byte-order mark)` };
    return checkText(text, bom.encoding);
  }
  // Without a BOM, UTF-16 text is full of NULs; so is every binary format worth worrying about.
  if (bytes.includes(0)) return { ok: false, reason: 'not a text file (binary content)' };

  // Strict UTF-8 goes first even when a page declares another charset: real GBK or Big5 text
  // is rarely valid UTF-8 (short texts can be: see chinese-plausibility), while pages that re-encoded to UTF-8 and kept a stale
  // `<meta charset=gbk>` are common. The declaration decides between the legacy encodings.
  // A declared UTF-16 without a BOM is ignored, as browsers do (the bytes would hold NULs).
  const declared = opts.declaredCharset ? canonicalEncoding(opts.declaredCharset) : null;
  const legacy = declared && !declared.startsWith('utf-16') ? [declared] : [];
  const candidates = ['utf-8', ...legacy, 'gb18030'];

  for (const encoding of new Set(candidates)) {
    const text = tryDecode(bytes, encoding);
    if (text === null) continue;
    if (encoding === 'utf-8' && utf8LooksLikeMisreadGbk(text)) {
      // GB18030 reads GBK and GB2312 alike; a Big5 page is never plausible GB2312 text anyway.
      const gbk = tryDecode(bytes, 'gb18030');
      if (gbk !== null && readsAsChinese(gbk)) return checkText(gbk, 'gb18030');
    }
    return checkText(text, encoding);
  }
  return { ok: false, reason: 'cannot decode (not valid UTF-8, UTF-16 with BOM, or GB18030/GBK)' };
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The TextDecoder name for a charset label (gb2312, GBK, x-gbk …), or null if unknown. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checkText(text: string, encoding: string): DecodeResult {
  if (controlRatio(text) > MAX_CONTROL_RATIO) return { ok: false, reason: 'not a text file (binary content)' };
  return { ok: true, text, encoding };
}

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, LF, FF and CR are ordinary in text files; every other C0 control and DEL is not.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls / text.length;
}

/**
 * The charset an HTML document declares in its first bytes (`<meta charset=gbk>` or the
 * http-equiv form), read the way browsers prescan: as ASCII, within the first 4 KB.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return match?.[1];
}
