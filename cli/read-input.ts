// One input file → the text the engine annotates, or the one-line reason it cannot be read.

import { readFile } from 'node:fs/promises';
import { decodeBytes, sniffHtmlCharset } from './decode';
import { extractReadableText, looksLikeHtml } from './html-text';

export type InputResult =
  | { ok: true; text: string; encoding: string; html: boolean }
  | { ok: false; message: string };

export async function readInput(path: string, readBytes: (path: string) => Promise<Uint8Array> = readFile): Promise<InputResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(path);
  } catch (error) {
    return { ok: false, message: fileSystemReason(error) };
  }
  return decodeInput(path, bytes);
}

export function decodeInput(path: string, bytes: Uint8Array): InputResult {
  const decoded = decodeBytes(bytes, { declaredCharset: sniffHtmlCharset(bytes) });
  if (!decoded.ok) return { ok: false, message: decoded.reason };
  if (!looksLikeHtml(path, decoded.text)) return { ok: true, text: decoded.text, encoding: decoded.encoding, html: false };
  return { ok: true, text: extractReadableText(decoded.text), encoding: decoded.encoding, html: true };
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
      return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
