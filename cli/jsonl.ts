// Corpus mode (--jsonl): JSON Lines records in, one JSON line out per record, in input order,
// each written as soon as it is done. One record in memory at a time (plus the stream
// buffers), so a scheduler can pipe a corpus of any size through it — GNU parallel --pipe
// --keep-order, Spark's rdd.pipe(), a Ray map — and gets exactly the single-process output.

import type { Engine } from '../core/engine';
import { annotateInChunks } from './chunked-annotate';
import { extractReadableText } from './html-text';
import { toJsonReport } from './json-output';
import { readLines } from './line-reader';
import { printableJson } from './printable';
import { formatSize } from './read-capped';

export type RecordId = string | number | null;

export interface JsonlOptions {
  stdin: AsyncIterable<Uint8Array>;
  /** Writes one output line; may wait for the reader to keep up (backpressure). */
  write(line: string): void | Promise<void>;
  engine(): Engine | Promise<Engine>;
  maxRecordBytes: number;
  chunkChars: number;
}

/** Runs the records; resolves to the number of records that failed. */
export async function runJsonl({ stdin, write, engine, maxRecordBytes, chunkChars }: JsonlOptions): Promise<number> {
  let failed = 0;
  const tooLong = `record longer than ${formatSize(maxRecordBytes)} (raise the limit with --max-input SIZE)`;
  for await (const line of readLines(stdin, maxRecordBytes, tooLong)) {
    if ('text' in line && line.text.trim() === '') continue; // blank lines separate nothing in JSON Lines
    const result = 'error' in line ? { id: null, error: line.error } : await annotateRecord(line.text, engine, chunkChars);
    if ('error' in result) {
      failed++;
      // The line number tells which record when its id cannot be read. Under a sharding
      // scheduler it counts within the shard, so it is given only then.
      const out = result.id === null ? { id: null, line: line.lineNo, error: result.error } : { id: result.id, error: result.error };
      await write(`${printableJson(JSON.stringify(out))}\n`);
    } else {
      await write(`${printableJson(result.json)}\n`);
    }
  }
  return failed;
}

type RecordResult = { id: RecordId; json: string } | { id: RecordId; error: string };

async function annotateRecord(line: string, engine: () => Engine | Promise<Engine>, chunkChars: number): Promise<RecordResult> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not JSON: ${(error as Error).message}` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { id: null, error: 'not a JSON object' };
  const fields = record as Record<string, unknown>;
  const id = fields.id;
  if (typeof id !== 'string' && typeof id !== 'number') return { id: null, error: 'no "id" (a string or a number)' };
  const { text, html } = fields;
  if ((text === undefined) === (html === undefined)) return { id, error: 'needs exactly one of "text" and "html"' };
  const content = text ?? html;
  if (typeof content !== 'string') return { id, error: `"${text !== undefined ? 'text' : 'html'}" is not a string` };

  let plain: string;
  try {
    plain = html !== undefined ? extractReadableText(content) : content;
  } catch (error) {
    return { id, error: `cannot extract the text of this HTML (${(error as Error).message.split('\n')[0]})` };
  }
  try {
    const { file: _file, ...report } = toJsonReport('', annotateInChunks(await engine(), plain, chunkChars));
    return { id, json: JSON.stringify({ id, ...report }) };
  } catch (error) {
    return { id, error: `internal error: ${(error as Error).message.split('\n')[0]}` };
  }
}
