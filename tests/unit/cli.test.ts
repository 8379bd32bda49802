// The CLI as a user runs it: a real process through tsx and through the package bin. Few
// cases on purpose: each process pays for tsx and jieba's dictionary (~1 s).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../cli/json-output';

const SEED = 'glossary/articles/qinglian-jiguan-2019.txt';
// vitest sets FORCE_COLOR for its workers; the child must see a plain pipe with NO_COLOR.
const { FORCE_COLOR: _ignored, ...parentEnv } = process.env;
const env = { ...parentEnv, NO_COLOR: '1' };

function tifa(command: string[], input?: Buffer) {
  const r = spawnSync(command[0]!, command.slice(1), { env, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tsxCli = (...args: string[]) => ['node_modules/.bin/tsx', 'cli/annotate.ts', ...args];

describe('tifa-annotate as a process', () => {
  it('--json: stdin in GB18030, a missing file and a PNG → JSON for the text, one error line each, exit 1', () => {
    const gb18030 = readFileSync('tests/fixtures/cli/qinglian-jiguan-2019.gb18030.txt');
    const { code, stdout, stderr } = tifa(tsxCli('--json', '-', 'missing.txt', 'tests/fixtures/cli/tiny.png', SEED), gb18030);
    expect(stderr).toBe('tifa: missing.txt: no such file\ntifa: tests/fixtures/cli/tiny.png: not a text file (binary content)\n');
    expect(code).toBe(1);
    const [fromStdin, fromFile] = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as JsonReport);
    expect(fromStdin!.file).toBe('-');
    expect(fromFile!.file).toBe(SEED);
    expect({ ...fromStdin, file: SEED }).toEqual(fromFile);
    const text = readFileSync(SEED, 'utf8');
    const twoMaintains = fromFile!.terms.find((t) => t.term === '两个维护')!;
    expect(twoMaintains.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['两个维护', '两个维护']);
  });

  it('the package bin prints the readable report without colour when NO_COLOR is set', () => {
    const { code, stdout, stderr } = tifa(['node', 'bin/tifa-annotate.mjs', SEED]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout.split('\n')[0]).toBe(SEED);
    expect(stdout).toContain('Defined in the text');
    expect(stdout).toMatch(/\n  八八战略 +×1  glossary  /);
  });

  it('--help prints the usage and exits 0; an unknown option exits 2', () => {
    const help = tifa(tsxCli('--help'));
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tifa-annotate \[--json\] FILE\.\.\./);
    const bad = tifa(tsxCli('--verbose', SEED));
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('tifa: unknown option --verbose');
  });
});
