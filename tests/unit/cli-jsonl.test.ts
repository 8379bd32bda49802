// --jsonl corpus mode: records in, one line out per record, in order, streaming; a bad record
// gives an error line and the rest go on; GNU parallel sharding gives the same bytes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getNodeEngine } from '../../core/node/engine';
import { readLines } from '../../cli/line-reader';
import { runJsonl } from '../../cli/jsonl';
import { readInput } from '../../cli/read-input';
import { runCli } from '../../cli/run';

/** Temporary directories this file made, removed at the end. */
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SEED = 'glossary/articles/qinglian-jiguan-2019.txt';
const seedText = readFileSync(SEED, 'utf8');
const encode = (s: string) => new TextEncoder().encode(s);
async function* chunksOf(...parts: string[]) {
  for (const p of parts) yield encode(p);
}

async function jsonl(input: AsyncIterable<Uint8Array>, maxRecordBytes = 1 << 20) {
  const lines: string[] = [];
  const failed = await runJsonl({ stdin: input, write: (l) => void lines.push(l), engine: getNodeEngine, maxRecordBytes, chunkChars: 1_000_000 });
  return { failed, lines: lines.map((l) => JSON.parse(l) as Record<string, unknown>), raw: lines };
}

describe('--jsonl records', () => {
  it('gives each text or HTML record the --json result under its id, in input order', async () => {
    const records = [
      { id: 'seed', text: seedText },
      { id: 7, html: `<html><body><article><p>${seedText.split('\n').slice(0, 3).join('</p><p>')}</p></article></body></html>` },
      { id: 'empty', text: '' },
    ];
    const { failed, lines } = await jsonl(chunksOf(records.map((r) => JSON.stringify(r)).join('\n')));
    expect(failed).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['seed', 7, 'empty']);

    let fileJson = '';
    await runCli(['--json', SEED], { stdout: (t) => void (fileJson += t), stderr: () => {}, color: false, read: readInput, engine: getNodeEngine });
    const { file: _file, ...report } = JSON.parse(fileJson);
    expect(lines[0]).toEqual({ id: 'seed', ...report });
    expect(Object.keys(lines[0]!)).toEqual(['id', 'chars', 'terms', 'defined']);
    expect((lines[1]!.terms as { term: string }[]).length).toBeGreaterThan(0);
    expect(lines[2]).toMatchObject({ id: 'empty', chars: 0, terms: [], defined: [] });
  });

  it('answers a bad record with one error line carrying its id (or line number) and goes on', async () => {
    const input = [
      '{"id": "a", "text": "坚持“四个意识”。"}',
      '{"id": "b", "text": 5}',
      'not json at all',
      '',
      '{"id": "c", "text": "x", "html": "<p>y</p>"}',
      '{"text": "没有编号"}',
      `{"id": "long", "text": "${'四'.repeat(2_000)}"}`,
      '{"id": "z", "text": "两个维护"}',
    ].join('\r\n');
    // Cut mid-character and mid-line: records are found in the bytes, not in the chunks.
    const bytes = encode(input);
    async function* uneven() {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const { failed, lines, raw } = await jsonl(uneven(), 1_000);
    expect(failed).toBe(5);
    expect(raw.every((l) => l.endsWith('\n') && l.indexOf('\n') === l.length - 1)).toBe(true);
    expect(lines.map((l) => [l.id, l.line, typeof l.error === 'string' ? (l.error as string).split(':')[0] : 'ok'])).toEqual([
      ['a', undefined, 'ok'],
      ['b', undefined, '"text" is not a string'],
      [null, 3, 'not JSON'],
      ['c', undefined, 'needs exactly one of "text" and "html"'],
      [null, 6, 'no "id" (a string or a number)'],
      [null, 7, 'record longer than 1000 bytes (raise the limit with --max-input SIZE)'],
      ['z', undefined, 'ok'],
    ]);
  });

  it('streams: a record’s result is written before the next record is read', async () => {
    const events: string[] = [];
    async function* slow() {
      events.push('read 1');
      yield encode('{"id":1,"text":"四个意识"}\n');
      events.push('read 2');
      yield encode('{"id":2,"text":"两个维护"}\n');
    }
    await runJsonl({ stdin: slow(), write: (l) => void events.push(`wrote ${JSON.parse(l).id}`), engine: getNodeEngine, maxRecordBytes: 1 << 20, chunkChars: 1_000_000 });
    expect(events).toEqual(['read 1', 'wrote 1', 'read 2', 'wrote 2']);
  });

  it('holds one line at a time: an endless line is skipped to its end without being kept', async () => {
    const pulled = { bytes: 0 };
    async function* hugeLineThenRecord() {
      const block = encode('x'.repeat(65_536));
      for (let i = 0; i < 200; i++) {
        pulled.bytes += block.length;
        yield block;
      }
      yield encode('\n{"id":"after","text":"ok"}\n');
    }
    const seen = [];
    for await (const line of readLines(hugeLineThenRecord(), 100_000, 'too long')) seen.push(line);
    expect(pulled.bytes).toBe(200 * 65_536);
    expect(seen).toEqual([
      { lineNo: 1, error: 'too long' },
      { lineNo: 2, text: '{"id":"after","text":"ok"}' },
    ]);
  });
});

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') ?? false;
if (!hasParallel) console.warn('cli-jsonl: GNU parallel is not installed (Debian package `parallel`): the sharding test is skipped');

describe('--jsonl sharded by GNU parallel', () => {
  it.skipIf(!hasParallel)('gives byte-identical output over 2 workers as one process does', () => {
    // A small corpus: every paragraph of the fixture articles is a record (html for every
    // fifth), so the shards cut through records of every shape.
    const paragraphs = readdirSync('tests/fixtures/articles')
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(`tests/fixtures/articles/${f}`, 'utf8').split('\n').filter((p) => p.trim() !== ''))
      .slice(0, 60);
    const corpus = paragraphs
      .map((p, i) => JSON.stringify(i % 5 === 4 ? { id: `p${i}`, html: `<p>${p}</p>` } : { id: `p${i}`, text: p }))
      .concat(['{"id":"bad","text":null}'])
      .join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'tifa-jsonl-'));
    made.push(dir);
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, `${corpus}\n`);
    const block = Math.ceil(corpus.length / 3);
    const sh = (script: string) => spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 170_000, maxBuffer: 64 << 20 });

    const single = sh(`node bin/tifa-annotate.mjs --jsonl < ${file}`);
    const sharded = sh(`parallel --will-cite --pipe --keep-order -j2 --block ${block} node bin/tifa-annotate.mjs --jsonl < ${file}`);
    expect(single.status).toBe(1); // the one bad record
    expect(single.stdout.split('\n')).toHaveLength(paragraphs.length + 2);
    expect(sharded.stdout).toBe(single.stdout);
    // It really was sharded: parallel ran more than one job.
    const jobs = sh(`parallel --will-cite --pipe --keep-order -j2 --block ${block} wc -l < ${file}`);
    expect(jobs.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
