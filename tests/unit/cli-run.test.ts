// The annotate command run in process (one jieba for the whole file) on real articles.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReadableText } from '../../cli/html-text';
import type { JsonReport } from '../../cli/json-output';
import { runInProcess } from './cli-in-process';

const SEED = 'glossary/articles/qinglian-jiguan-2019.txt';
const seedText = readFileSync(SEED, 'utf8');

const run = runInProcess;

const jsonLines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as JsonReport);

/** Every offset slices the text back to one of the term's surfaces, and counts agree. */
function expectOffsetsSliceBack(report: JsonReport, text: string): void {
  expect(report.chars).toBe(text.length);
  for (const t of report.terms) {
    expect(t.count).toBe(t.occurrences.length);
    const sliced = t.occurrences.map((o) => text.slice(o.start, o.end));
    expect(new Set(sliced)).toEqual(new Set(t.surfaces));
  }
  for (const d of report.defined) {
    const evidence = text.slice(d.evidence.start, d.evidence.end);
    for (const m of d.members) expect(evidence).toContain(m);
  }
}

describe('annotate --json', () => {
  it('prints one object per file with exactly the documented keys, in order', async () => {
    const { code, stdout, stderr } = await run(['--json', SEED]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!) as JsonReport;
    expect(Object.keys(report)).toEqual(['file', 'chars', 'terms', 'defined']);
    expect(report.file).toBe(SEED);
    expect(report.terms.length).toBeGreaterThan(20);
    for (const t of report.terms) {
      expect(Object.keys(t)).toEqual(['term', 'surfaces', 'count', 'occurrences', 'source', 'summary', 'explanation']);
      expect(['glossary', 'article']).toContain(t.source);
      expect(t.summary).not.toMatch(/\n/);
      for (const o of t.occurrences) expect(Object.keys(o)).toEqual(['start', 'end']);
    }
    expect(report.defined.length).toBeGreaterThan(0);
    for (const d of report.defined) {
      expect(Object.keys(d)).toEqual(['term', 'members', 'evidence', 'explains', 'confidence']);
      expect(report.terms.map((t) => t.term)).toContain(d.explains);
      expect(Object.keys(d.evidence)).toEqual(['start', 'end']);
    }
  });

  it('reports the seed article’s formulas with offsets that slice back to what is written', async () => {
    const [report] = jsonLines((await run(['--json', SEED])).stdout);
    expectOffsetsSliceBack(report!, seedText);
    const byTerm = new Map(report!.terms.map((t) => [t.term, t]));
    for (const formula of ['四个意识', '四个自信', '两个维护', '七个有之', '八八战略', '最多跑一次', '四风']) {
      expect(byTerm.get(formula)?.source).toBe('glossary');
    }
    expect(report!.defined.find((d) => d.term === '四个一')?.members).toEqual(['一个前提', '一个关键', '一个路径', '一个目标']);
  });

  it('says what explains each term first: the seed article’s own lists come from the page, 四个意识 from the glossary', async () => {
    const [report] = jsonLines((await run(['--json', SEED])).stdout);
    const explanation = new Map(report!.terms.map((t) => [t.term, t.explanation]));
    for (const label of ['四个一', '三个方面', '五大行动', '三方面', '五条原则', '两个维护']) expect(explanation.get(label), label).toBe('page');
    for (const formula of ['四个意识', '四个自信', '七个有之', '清廉机关']) expect(explanation.get(formula), formula).toBe('glossary');
  });

  it('gives the same terms for the GB18030 and UTF-16 (BOM) copies as for the UTF-8 original', async () => {
    const copies = ['gb18030', 'utf16le-bom', 'utf16be-bom'].map((e) => `tests/fixtures/cli/qinglian-jiguan-2019.${e}.txt`);
    const { code, stdout } = await run(['--json', SEED, ...copies]);
    expect(code).toBe(0);
    const [original, ...decoded] = jsonLines(stdout);
    expect(decoded.map((r) => r.file)).toEqual(copies);
    for (const r of decoded) expect({ ...r, file: SEED }).toEqual(original);
  });

  it('annotates the extracted text of raw HTML pages, offsets indexing that text', async () => {
    const pages = readdirSync('tests/fixtures/pages').map((f) => `tests/fixtures/pages/${f}`);
    const { code, stdout } = await run(['--json', ...pages, 'tests/fixtures/cli/zhejiang-jiaoyu-meta-gbk.html']);
    expect(code).toBe(0);
    const reports = jsonLines(stdout);
    expect(reports).toHaveLength(pages.length + 1);
    for (const r of reports) {
      const bytesText = r.file.endsWith('-gbk.html')
        ? new TextDecoder('gbk').decode(readFileSync(r.file))
        : readFileSync(r.file, 'utf8');
      expectOffsetsSliceBack(r, extractReadableText(bytesText));
    }
    const zhejiang = reports.find((r) => r.file.includes('10-zhejiang'))!;
    expect(zhejiang.chars).toBe(readFileSync('tests/fixtures/articles/10-zhejiang-jiaoyu-qiangsheng-dahui.txt', 'utf8').length);
    expect(zhejiang.terms.find((t) => t.term === '八八战略')?.count).toBe(2);
    expect({ ...reports.at(-1)!, file: zhejiang.file }).toEqual(zhejiang);
  });
});

describe('annotate on bad input', () => {
  it('says in one line per file what is wrong, still annotates the rest, and exits 1', async () => {
    const bad = ['tests/fixtures/cli/no-such-file.txt', 'tests/fixtures/cli', 'tests/fixtures/cli/tiny.png', 'tests/fixtures/cli/broken-bytes.txt'];
    const { code, stdout, stderr } = await run(['--json', bad[0]!, SEED, ...bad.slice(1)]);
    expect(code).toBe(1);
    expect(jsonLines(stdout).map((r) => r.file)).toEqual([SEED]);
    expect(stderr.trimEnd().split('\n')).toEqual([
      'tifa: tests/fixtures/cli/no-such-file.txt: no such file',
      'tifa: tests/fixtures/cli: is a directory',
      'tifa: tests/fixtures/cli/tiny.png: not a text file (binary content)',
      'tifa: tests/fixtures/cli/broken-bytes.txt: cannot decode (not valid UTF-8, UTF-16 with BOM, or GB18030/GBK)',
    ]);
  });

  it('rejects unknown options with the usage and exit code 2, and never loads the engine', async () => {
    const engine = () => {
      throw new Error('engine must not be created for a usage error');
    };
    const { code, stdout, stderr } = await run(['--jsno', SEED], { engine });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^tifa: unknown option --jsno\nUsage: tifa-annotate \[--json\] FILE\.\.\./);
    expect((await run([], { engine })).code).toBe(2);
  });
});

describe('annotate readable report', () => {
  it('shows the file, its size, terms by category with counts and sources, and the text’s own definitions', async () => {
    const { code, stdout } = await run([SEED]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\u001b\[/);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(SEED);
    expect(lines[1]).toMatch(new RegExp(`^  ${seedText.length.toLocaleString('en-US')} chars · utf-8 · \\d+ terms`));
    expect(stdout).toMatch(/\nFormula 固定提法 \(\d+\)\n/);
    expect(stdout).toMatch(/\nPolicy term 政策术语 \(\d+\)\n/);
    expect(lines.find((l) => l.trimStart().startsWith('清廉机关'))).toMatch(/^  清廉机关 +×\d+  glossary  \S/);
    expect(stdout).toMatch(/\nDefined in the text \(\d+\)\n/);
    expect(stdout).toContain('  四个一 = 一个前提、一个关键、一个路径、一个目标  @');
  });

  it('uses colour only when asked and cuts summaries to the terminal width', async () => {
    const { stdout } = await run([SEED], { color: true, columns: 60 });
    expect(stdout).toMatch(/\u001b\[1m.*qinglian-jiguan-2019\.txt\u001b\[22m/);
    const summaryLine = stdout.split('\n').find((l) => l.includes('清廉机关') && l.includes('×'))!;
    expect(summaryLine.replace(/\u001b\[\d+m/g, '')).toMatch(/…$/);
  });
});

describe('annotate on large input', () => {
  it('annotates a 1M-character text built from the real articles in linear time', async () => {
    const corpus = readdirSync('tests/fixtures/articles')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`tests/fixtures/articles/${f}`, 'utf8'))
      .join('');
    const sized = (n: number) => corpus.repeat(Math.ceil(n / corpus.length)).slice(0, n);
    const time = async (text: string) => {
      const t0 = performance.now();
      const { code, stdout } = await run(['--json', 'big.txt'], { read: async () => ({ ok: true, text, encoding: 'utf-8', html: false }) });
      expect(code).toBe(0);
      return { ms: performance.now() - t0, report: jsonLines(stdout)[0]! };
    };
    await time(sized(10_000)); // warm-up: jieba init and JIT
    const small = await time(sized(100_000));
    const big = await time(sized(1_000_000));
    console.log(`annotate --json: 100k chars ${small.ms.toFixed(0)} ms, 1M chars ${big.ms.toFixed(0)} ms`);
    expect(big.report.chars).toBe(1_000_000);
    const count = (r: JsonReport, term: string) => r.terms.find((t) => t.term === term)?.count ?? 0;
    expect(count(big.report, '四个意识')).toBeGreaterThanOrEqual(9 * count(small.report, '四个意识'));
    // Ten times the text; a quadratic step would make this ~100×.
    expect(big.ms).toBeLessThan(25 * small.ms);
  });

  it('extracts a 1M-character HTML page quickly', () => {
    const paragraphs = readFileSync('tests/fixtures/articles/02-gaige-kaifang-40-zhounian-jianghua.txt', 'utf8').trim().split('\n');
    const body: string[] = [];
    for (let n = 0; n < 1_000_000; ) {
      const p = paragraphs[body.length % paragraphs.length]!;
      body.push(`<p><span style="font-family:宋体">${p}</span></p>`);
      n += p.length + 1;
    }
    const html = `<html><body><ul class="nav"><li><a href="/">首页</a></li></ul><div class="content">${body.join('\n')}</div></body></html>`;
    const t0 = performance.now();
    const text = extractReadableText(html);
    const ms = performance.now() - t0;
    console.log(`HTML extraction: ${html.length} chars of HTML → ${text.length} chars of text in ${ms.toFixed(0)} ms`);
    expect(text.split('\n')).toHaveLength(body.length + 1);
    expect(text).not.toContain('首页');
    expect(ms).toBeLessThan(15_000);
  });
});
