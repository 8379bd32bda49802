// What a run of the built CLI loads (issue 13): precompiled JavaScript, so no TypeScript
// loader at run time; the HTML parser only for HTML input; jieba only when there is text to
// annotate. A resolve hook in the child process records every package it asks for, whether
// by import or by require.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'tifa-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const watcher = join(dir, 'watch-packages.mjs');
writeFileSync(
  watcher,
  `import { registerHooks } from 'node:module';
const seen = new Set();
registerHooks({
  resolve(specifier, context, next) {
    const name = /^(linkedom|jieba-wasm|tsx|valibot)(\\/|$)/.exec(specifier);
    if (name) seen.add(name[1]);
    return next(specifier, context);
  },
});
process.on('exit', () => process.stderr.write('loaded: ' + [...seen].sort().join(',') + '\\n'));
`,
);
const txt = join(dir, 'short.txt');
writeFileSync(txt, '坚持“四个意识”，做到“两个维护”。\n');

function loadedBy(...args: string[]): string[] {
  const r = spawnSync('node', ['--import', watcher, 'bin/tifa-annotate.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('loaded: '));
  expect(line, r.stderr).toBeDefined();
  return line!.slice('loaded: '.length).split(',').filter(Boolean);
}

describe('what the built CLI loads', () => {
  it('a .txt file: jieba, never the HTML parser or a TypeScript loader', () => {
    const loaded = loadedBy('--json', txt);
    expect(loaded).toContain('jieba-wasm');
    expect(loaded).not.toContain('linkedom');
    expect(loaded).not.toContain('tsx');
  }, 150_000);

  it('an HTML page: the HTML parser too', () => {
    expect(loadedBy('--json', 'tests/fixtures/pages/10-zhejiang-jiaoyu-qiangsheng-dahui.html')).toEqual(expect.arrayContaining(['jieba-wasm', 'linkedom']));
  }, 150_000);

  it('--help and a missing file: neither jieba nor the glossary schema', () => {
    expect(loadedBy('--help')).toEqual([]);
    expect(loadedBy(join(dir, 'missing.txt'))).toEqual([]);
  }, 150_000);
});
