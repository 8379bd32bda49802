// Reads an input stream whole, but never more than a cap: standard input may be endless
// (`yes … | tifa-annotate -`) and so may a "file" (/dev/zero, a FIFO). Whatever the source,
// memory stays below the cap plus one read, and endless binary input stops at its first block.

export type CappedRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Default cap on one input, in bytes: a 100 MB text still fits; an endless stream stops here. */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Bytes looked at before deciding that input without a byte-order mark and with NULs is binary. */
const BINARY_SNIFF_BYTES = 65_536;

export async function readCapped(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<CappedRead> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let sniffed = false;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) return { ok: false, message: tooLarge(maxBytes) };
    chunks.push(chunk);
    if (!sniffed && total >= Math.min(BINARY_SNIFF_BYTES, maxBytes)) {
      sniffed = true;
      // The decoder would refuse this input anyway (decode.ts): UTF-16 is only read with a BOM.
      if (looksBinary(concat(chunks, total))) return { ok: false, message: 'not a text file (binary content)' };
    }
  }
  return { ok: true, bytes: concat(chunks, total) };
}

function looksBinary(head: Uint8Array): boolean {
  const bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !bom && head.includes(0);
}

/** The chunks as one array; kept as the only chunk, so the sniff and the final read copy once. */
function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = Buffer.concat(chunks, total);
  chunks.length = 0;
  chunks.push(out);
  return out;
}

export function tooLarge(maxBytes: number): string {
  return `input larger than ${formatSize(maxBytes)} (raise the limit with --max-input SIZE)`;
}

export function formatSize(bytes: number): string {
  for (const [unit, size] of [['G', 1024 ** 3], ['M', 1024 ** 2], ['K', 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  }
  return `${bytes} bytes`;
}

/** 256M, 1G, 500K or a plain byte count; null when it is none of these. */
export function parseSize(text: string): number | null {
  const match = /^(\d+)([KMG]?)$/i.exec(text.trim());
  if (!match) return null;
  const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[match[2]!.toUpperCase() as '' | 'K' | 'M' | 'G'];
  const bytes = Number(match[1]) * unit;
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}
