// One input file → the text the engine annotates, or the one-line reason it cannot be read.

import { createReadStream } from 'node:fs';
import { decodeBytes, sniffHtmlCharset } from './decode';
import { extractReadableText, looksLikeHtml } from './html-text';
import { DEFAULT_MAX_INPUT_BYTES, readCapped, type CappedRead } from './read-capped';

export type InputResult =
  | { ok: true; text: string; encoding: string; html: boolean }
  | { ok: false; message: string };

/** Reads a path's bytes (`-` is standard input); a CappedRead reports an over-long input. */
export type BytesReader = (path: string) => Promise<Uint8Array | CappedRead>;

export interface ReadLimits {
  /** Refuse inputs larger than this many bytes (default DEFAULT_MAX_INPUT_BYTES). */
  maxBytes?: number;
}

export async function readInput(path: string, how: BytesReader | ReadLimits = {}): Promise<InputResult> {
  const readBytes = typeof how === 'function' ? how : streamReader(how.maxBytes ?? DEFAULT_MAX_INPUT_BYTES);
  let read: Uint8Array | CappedRead;
  try {
    read = await readBytes(path);
  } catch (error) {
    return { ok: false, message: fileSystemReason(error) };
  }
  if (read instanceof Uint8Array) return decodeInput(path, read);
  return read.ok ? decodeInput(path, read.bytes) : { ok: false, message: read.message };
}

/**
 * Streams the input with a cap instead of reading it whole: a path can name an endless
 * source (/dev/zero, a FIFO) as surely as standard input can.
 */
export function streamReader(maxBytes: number): BytesReader {
  return (path) => readCapped(path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 }), maxBytes);
}

export function decodeInput(path: string, bytes: Uint8Array): InputResult {
  const decoded = decodeBytes(bytes, { declaredCharset: sniffHtmlCharset(bytes) });
  if (!decoded.ok) return { ok: false, message: decoded.reason };
  if (!looksLikeHtml(path, decoded.text)) return { ok: true, text: decoded.text, encoding: decoded.encoding, html: false };
  try {
    return { ok: true, text: extractReadableText(decoded.text), encoding: decoded.encoding, html: true };
  } catch (error) {
    // The parser's limits (a stack overflow in pathological markup) cost this file, not the run.
    return { ok: false, message: `cannot extract the text of this HTML (${firstLine(error)})` };
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'no such file (a parent is not a directory)';
    default:
      return `cannot read (${code ?? firstLine(error)})`;
  }
}
