// The CLI against input that tries to exhaust it, crash it or take over the terminal
// (issue 11, items 8–13). Each case failed before the fix: memory grew without bound, a stack
// trace ended the run, jieba died on a huge text, escapes reached the terminal, GBK bytes that
// were also valid UTF-8 became mojibake, a newline in a name forged an error line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getNodeEngine } from '../../core/node/engine';
import { annotateInChunks, chunkEnds } from '../../cli/chunked-annotate';
import { decodeBytes } from '../../cli/decode';
import { displayName, printable } from '../../cli/printable';
import { readCapped } from '../../cli/read-capped';
import { decodeInput, readInput } from '../../cli/read-input';
import type { CliIo } from '../../cli/run';
import type { JsonReport } from '../../cli/json-output';
import { runInProcess } from './cli-in-process';

const SEED = 'glossary/articles/qinglian-jiguan-2019.txt';
const { FORCE_COLOR: _ignored, ...parentEnv } = process.env;
const env = { ...parentEnv, NO_COLOR: '1' };
const tmp = mkdtempSync(join(tmpdir(), 'tifa-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = runInProcess;

/** The built CLI (npm run build:cli) as a process, through a shell for the pipes. */
function shell(script: string, extraEnv: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-c', script], { env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** An endless source that counts what was taken from it. */
function endless(chunk: Uint8Array) {
  const pulled = { bytes: 0 };
  async function* source() {
    for (;;) {
      pulled.bytes += chunk.length;
      yield chunk;
    }
  }
  return { source: source(), pulled };
}

describe('8. endless input', () => {
  it('stops reading an endless text stream at the cap, with a one-line reason', async () => {
    const { source, pulled } = endless(new TextEncoder().encode('四个意识\n'.repeat(4096)));
    const result = await readCapped(source, 1024 * 1024);
    expect(result).toEqual({ ok: false, message: 'input larger than 1M (raise the limit with --max-input SIZE)' });
    expect(pulled.bytes).toBeLessThan(1024 * 1024 + 65_536);
  });

  it('stops endless zeros at the first block: they are binary, not text', async () => {
    const { source, pulled } = endless(new Uint8Array(16_384));
    expect(await readCapped(source, 256 * 1024 * 1024)).toEqual({ ok: false, message: 'not a text file (binary content)' });
    expect(pulled.bytes).toBeLessThanOrEqual(65_536);
  });

  it('as a process: `yes … | tifa-annotate -` and /dev/zero end with an error line and exit 1, in bounded memory', () => {
    const piped = shell(`yes 四个意识 | node bin/tifa-annotate.mjs --max-input 4M --json - ${SEED}`);
    expect(piped.signal).toBeNull();
    expect(piped.code).toBe(1);
    expect(piped.stderr).toBe('tifa: -: input larger than 4M (raise the limit with --max-input SIZE)\n');
    expect(JSON.parse(piped.stdout).file).toBe(SEED);
    const zero = shell('node bin/tifa-annotate.mjs /dev/zero');
    expect([zero.code, zero.stderr]).toEqual([1, 'tifa: /dev/zero: not a text file (binary content)\n']);
  }, 150_000);
});

describe('9. deeply nested HTML', () => {
  const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>坚持“四个意识”。</p>${'</div>'.repeat(depth)}</body></html>`;

  it('annotates a page nested 5,000 (and 100,000) deep, and the files after it', async () => {
    const files = [5_000, 100_000].map((depth) => {
      const file = join(tmp, `nested-${depth}.html`);
      writeFileSync(file, nested(depth));
      return file;
    });
    const { code, stdout, stderr } = await run(['--json', ...files, SEED]);
    expect([code, stderr]).toEqual([0, '']);
    const reports = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as JsonReport);
    expect(reports.map((r) => r.file)).toEqual([...files, SEED]);
    for (const r of reports.slice(0, 2)) expect(r.terms.map((t) => t.term)).toContain('四个意识');
  });

  it('turns whatever reading one file throws into one error line, and goes on', async () => {
    const read: CliIo['read'] = async (path, limits) => {
      if (path === 'explodes.html') throw new RangeError('Maximum call stack size exceeded\n    at walk (x.js:1:1)');
      return readInput(path, limits);
    };
    const { code, stdout, stderr } = await run(['--json', 'explodes.html', SEED], { read });
    expect(code).toBe(1);
    expect(stderr).toBe('tifa: explodes.html: cannot read (Maximum call stack size exceeded)\n');
    expect(JSON.parse(stdout).file).toBe(SEED);
  });
});

describe('10. texts of any size, in pieces', () => {
  const corpus = readdirSync('tests/fixtures/articles')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`tests/fixtures/articles/${f}`, 'utf8'))
    .map((t) => (t.endsWith('\n') ? t : `${t}\n`))
    .join('');

  it('cuts at line ends within the size, covering the text exactly', () => {
    const ends = chunkEnds(corpus, 5_000);
    expect(ends.at(-1)).toBe(corpus.length);
    let start = 0;
    for (const end of ends) {
      expect(end - start).toBeLessThanOrEqual(5_000);
      expect(end - start).toBeGreaterThan(0);
      if (end < corpus.length) expect(corpus[end - 1]).toBe('\n');
      start = end;
    }
    // One long line: cut after a sentence end; no sentence end either: at the size, never
    // between the halves of a surrogate pair.
    const line = '这是一句话。'.repeat(400);
    for (const end of chunkEnds(line, 1_000).slice(0, -1)) expect(line[end - 1]).toBe('。');
    const astral = '𠀀'.repeat(1_000);
    for (const end of chunkEnds(astral, 301)) expect(end % 2).toBe(0);
  });

  it('finds every glossary occurrence a single pass finds, at the same offsets of the whole text', () => {
    const engine = getNodeEngine();
    const whole = engine.annotate(corpus);
    const pieces = annotateInChunks(engine, corpus, 5_000);
    expect(chunkEnds(corpus, 5_000).length).toBeGreaterThan(5);
    const glossaryTerms = (a: typeof whole) => new Map(a.terms.filter((t) => t.source === 'glossary').map((t) => [t.term, t.occurrences]));
    expect(glossaryTerms(pieces)).toEqual(glossaryTerms(whole));
    expect(pieces.chars).toBe(corpus.length);
    for (const d of pieces.defined) {
      expect(corpus.slice(d.label.start, d.label.end)).toBe(d.term);
      d.members.forEach((m, i) => expect(corpus.slice(d.memberSpans[i]!.start, d.memberSpans[i]!.end)).toBe(m));
    }
    // Terms stay in order of first occurrence over the whole text.
    const firsts = pieces.terms.map((t) => t.occurrences[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it('as a process: a 1.3M-character file in 100k-character pieces counts each glossary term as often as the copies of the corpus it holds', () => {
    const file = join(tmp, 'large.txt');
    const copies = Math.ceil(1_300_000 / corpus.length);
    writeFileSync(file, corpus.repeat(copies));
    const single = join(tmp, 'single.txt');
    writeFileSync(single, corpus);
    const r = shell(`node bin/tifa-annotate.mjs --json ${file} ${single}`, { TIFA_CHUNK_CHARS: '100000' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const [large, one] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as JsonReport);
    expect(large!.chars).toBe(corpus.length * copies);
    const counts = (report: JsonReport) => new Map(report.terms.filter((t) => t.source === 'glossary').map((t) => [t.term, t.count]));
    expect(counts(large!)).toEqual(new Map([...counts(one!)].map(([term, n]) => [term, n * copies])));
    const text = readFileSync(file, 'utf8');
    for (const t of large!.terms) for (const o of t.occurrences) expect(t.surfaces).toContain(text.slice(o.start, o.end));
  }, 150_000);
});

describe('11. terminal escapes in input and names', () => {
  it('prints no control character from the text, an HTML entity or the file name', async () => {
    const page = decodeInput('evil.html', new TextEncoder().encode('<html><body><p>&#27;[2J&#27;]0;pwned&#7;坚持“四个意识”，&#155;31m两个维护。</p></body></html>'));
    expect(page.ok && page.text).toContain('\u001b[2J');
    const text = '\u001b[2J坚持“四个意识”。三个方面：一是\u001b[31m加强学习，二是改进作风，三是严明纪律。\n';
    const read: CliIo['read'] = async (path) => (path === 'page.html' ? page : { ok: true, text, encoding: 'utf-8', html: false });
    const { stdout } = await run(['evil\u001b[2J.txt', 'page.html'], { read });
    expect(stdout).toContain('四个意识');
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('"evil\\u001b[2J.txt"');
    expect(stdout).toContain('\\u001b[2J');
  });

  it('keeps --json parseable and identical in value while escaping C1 and bidi controls', async () => {
    const text = '坚持“四个意识”\u009b2J\u202e。';
    const { stdout } = await run(['--json', 'x.txt'], { read: async () => ({ ok: true, text, encoding: 'utf-8', html: false }) });
    expect(stdout).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(JSON.parse(stdout).chars).toBe(text.length);
    expect(printable('a\u009bb\u202ec\td')).toBe('a\\u009bb\\u202ec\\u0009d');
  });
});

describe('12. GBK bytes that are also valid UTF-8', () => {
  /** GBK encoding by inverting the platform's decoder: Node has no GBK encoder. */
  const gbkEncoder = (() => {
    const table = new Map<string, number[]>();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
    return (text: string) => new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
  })();

  it('reads 为什么一些专业 saved as GBK as Chinese, not as the UTF-8 mojibake ΪʲôһЩרҵ', () => {
    const bytes = gbkEncoder('为什么一些专业');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe('ΪʲôһЩרҵ');
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: '为什么一些专业', encoding: 'gb18030' });
  });

  it('leaves real UTF-8 alone: Chinese, accented Latin, Cyrillic, Greek, Hebrew, Japanese', () => {
    for (const text of ['为什么一些专业', 'café résumé naïve', 'Привет, мир', 'Ελληνικά κείμενα', 'שלום עולם', 'こんにちは世界', readFileSync(SEED, 'utf8')]) {
      expect(decodeBytes(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    }
  });
});

describe('13. file names in messages', () => {
  it('JSON-quotes a name holding a newline or an escape, so every message is one line', async () => {
    const forged = 'a.txt: no such file\ntifa: b.txt';
    const { code, stderr } = await run([forged, 'plain-missing.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe('tifa: "a.txt: no such file\\ntifa: b.txt": no such file\ntifa: plain-missing.txt: no such file\n');
    expect(displayName('x\u001b[2J"y')).toBe('"x\\u001b[2J\\"y"');
  });

  it('as a process, on a real file whose name holds a newline', () => {
    const file = join(tmp, 'two\nlines.png');
    writeFileSync(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = shell(`node bin/tifa-annotate.mjs "$TIFA_FILE"`, { TIFA_FILE: file });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`tifa: ${JSON.stringify(file)}: not a text file (binary content)\n`);
  }, 150_000);
});
