import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../cli/read-input';

const failingWith = (code: string) => async () => {
  throw Object.assign(new Error(`${code}: simulated`), { code });
};

describe('readInput', () => {
  it('names what is wrong with a file the system will not read', async () => {
    // Permission errors cannot be provoked for real when tests run as root, so the reader is faked.
    expect(await readInput('secret.txt', failingWith('EACCES'))).toEqual({ ok: false, message: 'permission denied' });
    expect(await readInput('gone.txt', failingWith('ENOENT'))).toEqual({ ok: false, message: 'no such file' });
    expect(await readInput('glossary', readFile)).toEqual({ ok: false, message: 'is a directory' });
    expect(await readInput('x', failingWith('EIO'))).toEqual({ ok: false, message: 'cannot read (EIO)' });
  });

  it('marks HTML input and leaves plain text untouched', async () => {
    const txt = await readInput('tests/fixtures/articles/05-xianggang-guoan-jueding-shuoming.txt');
    expect(txt).toEqual({
      ok: true,
      encoding: 'utf-8',
      html: false,
      text: await readFile('tests/fixtures/articles/05-xianggang-guoan-jueding-shuoming.txt', 'utf8'),
    });
    const page = await readInput('tests/fixtures/pages/10-zhejiang-jiaoyu-qiangsheng-dahui.html');
    expect(page.ok && page.html).toBe(true);
  });
});
