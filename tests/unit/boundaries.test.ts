// The import boundaries (.dependency-cruiser.cjs) hold on the real tree, and each rule catches
// a deliberate violation: a miniature tree with one bad import per rule is cruised with the same
// configuration.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');
const SOURCE_DIRS = ['core', 'lib', 'page', 'worker', 'ui', 'entrypoints', 'cli'];

interface CruiseResult {
  summary: { error: number; violations: { rule: { name: string }; from: string; to: string }[] };
}

function cruise(cwd: string, dirs: string[]): CruiseResult {
  let out: string;
  try {
    out = execFileSync(DEPCRUISE, [...dirs, '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    // depcruise exits non-zero when it finds errors; its JSON is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  return JSON.parse(out) as CruiseResult;
}

describe('import boundaries', () => {
  it('the real tree has no violation', () => {
    const result = cruise(ROOT, SOURCE_DIRS);
    expect(result.summary.violations).toEqual([]);
  });

  const tmp = mkdtempSync(join(tmpdir(), 'tifa-boundaries-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('fails on each kind of deliberate violation', () => {
    const files: Record<string, string> = {
      'core/engine.ts': "import { send } from '../lib/protocol';\nexport const x = send;\n",
      'core/card.ts': "import { h } from 'preact';\nexport const y = h;\n",
      'lib/protocol.ts': "import { paint } from '../page/paint';\nexport const send = paint;\n",
      'page/paint.ts': "import { App } from '../ui/popup/App';\nexport const paint = App;\n",
      'ui/popup/App.ts': "import { start } from '../../page/start';\nexport const App = start;\n",
      'page/start.ts': 'export const start = 1;\n',
      'ui/options/Options.ts': "import { App } from '../popup/App';\nexport const Options = App;\n",
      'cli/run.ts': "import { start } from '../page/start';\nexport const run = start;\n",
      'worker/host.ts': "import { start } from '../page/start';\nexport const host = start;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(tmp, path)), { recursive: true });
      writeFileSync(join(tmp, path), text);
    }
    writeFileSync(join(tmp, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }));
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'));

    const result = cruise(tmp, ['core', 'lib', 'page', 'ui', 'cli', 'worker']);
    const broken = new Set(result.summary.violations.map((v) => `${v.rule.name}: ${v.from}`));
    expect([...broken].sort()).toEqual(
      [
        'core-is-the-bottom: core/engine.ts',
        'core-has-no-platform: core/card.ts',
        'lib-below-the-apps: lib/protocol.ts',
        'page-is-not-ui-or-worker: page/paint.ts',
        'ui-is-not-page-or-worker: ui/popup/App.ts',
        'options-is-not-popup: ui/options/Options.ts',
        'cli-uses-the-core: cli/run.ts',
        'worker-is-not-page-or-ui: worker/host.ts',
        // core → lib → page → ui/popup → page/start is no cycle; none is expected.
      ].sort(),
    );
  });
});
