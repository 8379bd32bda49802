// --glossary: a user glossary joins the bundled one by the extension's import rules
// (core/glossary-file.ts → mergeGlossaries): new entries add terms, an entry with a bundled id
// replaces that entry, a term another entry already has is refused with the reason (exit 2).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../cli/json-output';
import type { GlossaryEntry } from '../../core/types';
import { runInProcess } from './cli-in-process';

const SEED = 'glossary/articles/qinglian-jiguan-2019.txt';
const dir = mkdtempSync(join(tmpdir(), 'tifa-glossary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (fields: Partial<GlossaryEntry>) => ({
  id: 'jiguan-dangjian',
  term: '机关党建',
  variants: ['機關黨建'],
  category: 'policy',
  members: [],
  summary: '机关党组织的建设。',
  related: [],
  sources: [{ kind: 'reference', document: '中共中央政治局会议', date: '2016-10' }],
  ...fields,
});

function glossaryFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const run = runInProcess;

const noEngine = () => {
  throw new Error('the engine must not be created when the glossary is refused');
};

describe('tifa-annotate --glossary', () => {
  it('adds the user’s terms and keeps the bundled ones', async () => {
    const before = JSON.parse((await run(['--json', SEED])).stdout) as JsonReport;
    expect(before.terms.map((t) => t.term)).not.toContain('机关党建');

    const file = glossaryFile('add.json', { version: 1, entries: [entry({})] });
    const { code, stdout, stderr } = await run(['--json', '--glossary', file, SEED]);
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as JsonReport;
    const added = report.terms.find((t) => t.term === '机关党建');
    expect(added).toMatchObject({ source: 'glossary', count: 2, summary: '机关党组织的建设。' });
    const bundled = (r: JsonReport) => r.terms.filter((t) => t.term !== '机关党建').map((t) => [t.term, t.count]);
    expect(bundled(report)).toEqual(bundled(before));
  });

  it('lets an entry with a bundled id replace that entry (the user’s wording wins)', async () => {
    const file = glossaryFile('override.json', {
      version: 1,
      entries: [entry({ id: 'si-ge-yishi', term: '四个意识', variants: ['四個意識'], category: 'formula', summary: '我的解释。' })],
    });
    const { code, stdout } = await run(['--json', `--glossary=${file}`, SEED]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.terms.find((t) => t.term === '四个意识')?.summary).toBe('我的解释。');
  });

  it('lets a user entry under a new id take the place of the bundled entry with the same term, as the extension’s import does', async () => {
    const mine = entry({ id: 'my-yishi', term: '四个意识', variants: [], summary: '我自己的解释。' });
    const file = glossaryFile('override.json', { version: 1, entries: [mine] });
    const { code, stdout, stderr } = await run(['--json', '--glossary', file, SEED]);
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.terms.find((t) => t.term === '四个意识')).toMatchObject({ source: 'glossary', summary: '我自己的解释。' });
  });

  it('refuses, with the reason and exit 2, a file whose own entries claim the same term', async () => {
    const twice = [entry({ id: 'my-a', term: '机关党建' }), entry({ id: 'my-b', term: '机关党建', variants: [] })];
    const file = glossaryFile('conflict.json', { version: 1, entries: twice });
    const { code, stdout, stderr } = await run(['--glossary', file, SEED], { engine: noEngine });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(new RegExp(`^tifa: --glossary ${file}: invalid glossary: `));
    expect(stderr).toContain('entries[1].term "机关党建" is also a term or variant of entries[0]');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names what is wrong with an unusable file, exit 2, before reading any input', async () => {
    const cases: [string, RegExp][] = [
      [glossaryFile('not-json.json', '{"version": 1, "entries": ['), /: not valid JSON: /],
      [glossaryFile('bad-entry.json', { version: 1, entries: [entry({ category: 'slogan' as never })] }), /: invalid glossary: entries\[0\]\.category/],
      [join(dir, 'missing.json'), /: no such file$/],
    ];
    for (const [file, reason] of cases) {
      const { code, stdout, stderr } = await run(['--json', '--glossary', file, SEED], { engine: noEngine });
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr.startsWith(`tifa: --glossary ${file}: `)).toBe(true);
      expect(stderr.trimEnd()).toMatch(reason);
    }
    expect((await run(['--glossary'], { engine: noEngine })).stderr).toMatch(/^tifa: --glossary needs a FILE\n/);
  });
});
