// Every explanation in the glossary must be traceable: an article quote is proved against the
// byte-exact article file, a reference names a document and a plausible date. The build-time
// checker (scripts/check-glossary.ts) must catch the same faults.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { bundledGlossary } from '../../core/bundled-glossary';
import { GlossaryError } from '../../core/glossary-schema';
import type { GlossarySource } from '../../core/types';
import { BUNDLED_GLOSSARY_PATH, checkGlossaryFile } from '../../scripts/check-glossary';

const ARTICLES = join(import.meta.dirname, '../../glossary/articles');
const articleText = (id: string): string => readFileSync(join(ARTICLES, `${id}.txt`), 'utf8');

type ArticleSource = Extract<GlossarySource, { kind: 'article' }>;
const articleSources = bundledGlossary.entries.flatMap((entry) =>
  entry.sources.filter((s): s is ArticleSource => s.kind === 'article').map((source) => ({ entry, source })),
);
const referenceSources = bundledGlossary.entries.flatMap((entry) =>
  entry.sources.filter((s) => s.kind === 'reference').map((source) => ({ entry, source })),
);

describe('article quotes', () => {
  test('the glossary quotes the seed article (the test below is not vacuous)', () => {
    expect(articleSources.length).toBeGreaterThanOrEqual(20);
  });

  test('every article a quote names is shipped in glossary/articles/', () => {
    const missing = [...new Set(articleSources.map(({ source }) => source.article))].filter(
      (id) => !existsSync(join(ARTICLES, `${id}.txt`)),
    );
    expect(missing).toEqual([]);
  });

  test('every quote is an exact substring of its article and starts on the stated line', () => {
    const wrong: string[] = [];
    for (const { entry, source } of articleSources) {
      const lines = articleText(source.article).split('\n');
      const line = lines[source.line - 1];
      if (line === undefined || !line.includes(source.quote)) {
        const actual = lines.findIndex((l) => l.includes(source.quote)) + 1;
        wrong.push(`${entry.id}: "${source.quote.slice(0, 20)}…" stated line ${source.line}, found on ${actual || 'no line'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('entries explained only by the article word their members and details as the article does', () => {
    const notInArticle: string[] = [];
    for (const entry of bundledGlossary.entries) {
      if (!entry.sources.every((s) => s.kind === 'article')) continue;
      const text = articleText((entry.sources[0] as ArticleSource).article);
      for (const member of entry.members) {
        if (!text.includes(member.text)) notInArticle.push(`${entry.id}: ${member.text}`);
        if (member.detail && !text.includes(member.detail)) notInArticle.push(`${entry.id}: ${member.detail}`);
      }
    }
    expect(notInArticle).toEqual([]);
  });

  test('四个一 shows what the article says each "one" is', () => {
    const siGeYi = bundledGlossary.entries.find((e) => e.term === '四个一');
    expect(siGeYi?.members).toEqual([
      { text: '一个前提', detail: '树立“四个意识”、坚定“四个自信”' },
      { text: '一个关键', detail: '践行“两个维护”' },
      { text: '一个路径', detail: '作好“三个表率”' },
      { text: '一个目标', detail: '做到“让党中央放心、让人民群众满意”' },
    ]);
  });
});

describe('reference sources', () => {
  test('every reference names a document and a date between 1921 and today', () => {
    const thisYear = new Date().getFullYear();
    const implausible = referenceSources
      .filter(({ source }) => {
        const year = Number(source.date.slice(0, 4));
        return source.document.trim() === '' || year < 1921 || year > thisYear || new Date(source.date) > new Date();
      })
      .map(({ entry, source }) => `${entry.id}: ${source.document} ${source.date}`);
    expect(referenceSources.length).toBeGreaterThan(20);
    expect(implausible).toEqual([]);
  });
});

describe('the build-time checker', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function glossaryWith(edit: (data: { entries: { id: string; sources: Record<string, unknown>[] }[] }) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-glossary-'));
    dirs.push(dir);
    cpSync(ARTICLES, join(dir, 'articles'), { recursive: true });
    const data = JSON.parse(readFileSync(BUNDLED_GLOSSARY_PATH, 'utf8'));
    edit(data);
    writeFileSync(join(dir, 'glossary.json'), JSON.stringify(data));
    return join(dir, 'glossary.json');
  }
  const siGeYi = (data: { entries: { id: string; sources: Record<string, unknown>[] }[] }) =>
    data.entries.find((e) => e.id === 'si-ge-yi')!.sources[0]!;

  test('accepts the bundled glossary', () => {
    expect(checkGlossaryFile().entries).toHaveLength(bundledGlossary.entries.length);
  });

  test('rejects a quote on the wrong line and a paraphrased quote, naming the place', () => {
    const path = glossaryWith((data) => {
      siGeYi(data).line = 12;
      data.entries.find((e) => e.id === 'wu-da-xingdong')!.sources[0]!.quote = '开展举旗铸魂、强基固本等五大行动';
    });
    const i = bundledGlossary.entries.findIndex((e) => e.id === 'si-ge-yi');
    const j = bundledGlossary.entries.findIndex((e) => e.id === 'wu-da-xingdong');
    expect(() => checkGlossaryFile(path)).toThrow(GlossaryError);
    expect(() => checkGlossaryFile(path)).toThrow(`entries[${i}].sources[0].line: quote starts on line 13, not 12`);
    expect(() => checkGlossaryFile(path)).toThrow(`entries[${j}].sources[0].quote: not found in qinglian-jiguan-2019.txt`);
  });

  test('rejects a quote from an article that is not shipped', () => {
    const path = glossaryWith((data) => {
      siGeYi(data).article = 'no-such-article';
      // Listed, so the schema accepts it: only the file system can tell the text is missing.
      (data as unknown as { articles: Record<string, unknown> }).articles['no-such-article'] = { title: '无此文', date: '2019' };
    });
    expect(() => checkGlossaryFile(path)).toThrow(/sources\[0\]\.article: no article file no-such-article\.txt/);
  });

  test('the command prints "glossary ok: N entries", or the errors with exit code 1', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-glossary.ts', ...args], {
        cwd: join(import.meta.dirname, '../..'),
        encoding: 'utf8',
      });
    const ok = run();
    expect(ok.stdout.trim()).toBe(`glossary ok: ${bundledGlossary.entries.length} entries`);
    expect(ok.status).toBe(0);
    const bad = run(glossaryWith((data) => void (siGeYi(data).line = 99)));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('sources[0].line: quote starts on line 13, not 99');
  });
});
