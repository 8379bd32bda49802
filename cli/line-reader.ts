// Splits a byte stream into lines without ever holding more than one line (up to a cap): the
// input of --jsonl may be a whole corpus, or endless. A line over the cap is skipped to its end
// and reported, so one broken record costs that record only.

export type Line = { lineNo: number; text: string } | { lineNo: number; error: string };

export async function* readLines(source: AsyncIterable<Uint8Array>, maxLineBytes: number, tooLong: string): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let parts: Uint8Array[] = [];
  let size = 0;
  let skipping = false;
  let lineNo = 0;

  const finish = (): Line => {
    lineNo++;
    const line = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (skipping) {
      skipping = false;
      return { lineNo, error: tooLong };
    }
    try {
      return { lineNo, text: decoder.decode(line).replace(/\r$/, '') };
    } catch {
      return { lineNo, error: 'not UTF-8 (JSON Lines are UTF-8)' };
    }
  };

  for await (const chunk of source) {
    let from = 0;
    while (from <= chunk.length) {
      const newline = chunk.indexOf(0x0a, from);
      const end = newline === -1 ? chunk.length : newline;
      if (!skipping && end > from) {
        if (size + (end - from) > maxLineBytes) {
          skipping = true;
          parts = [];
          size = 0;
        } else {
          // A copy (slice, not subarray): the stream may reuse its buffer once we return.
          parts.push(chunk.slice(from, end));
          size += end - from;
        }
      }
      if (newline === -1) break;
      yield finish();
      from = newline + 1;
    }
  }
  if (size > 0 || skipping) yield finish();
}
