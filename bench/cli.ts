// The CLI as users run it, as whole processes: startup on a 100-character file against the
// floor of bare jieba (its dictionary build is most of any start), and corpus-mode (--jsonl)
// throughput in one process and sharded by GNU parallel over 1 and 2 workers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusOfLength, realArticles } from './corpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const STARTUP_TARGET_MS = 700;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timed(command: string, stdinFile?: string): number {
  const start = performance.now();
  const r = spawnSync('bash', ['-c', stdinFile ? `${command} < '${stdinFile}' > /dev/null` : `${command} > /dev/null`], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${command}: exit ${r.status}\n${r.stderr}`);
  return ms;
}

export function runCliBench(): boolean {
  const build = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return false;
  const dir = mkdtempSync(join(tmpdir(), 'tifa-cli-bench-'));

  // Startup: the CLI and bare jieba alternate so a noisy neighbour slows both alike.
  const short = join(dir, 'short.txt');
  writeFileSync(short, corpusOfLength(100));
  const cli = `node bin/tifa-annotate.mjs '${short}'`;
  const floor = `node --input-type=module -e "const j = await import('jieba-wasm'); j.cut('初始化', true);"`;
  timed(cli);
  timed(floor);
  const cliMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    cliMs.push(timed(cli));
    floorMs.push(timed(floor));
  }
  const startup = median(cliMs);
  const jiebaFloor = median(floorMs);
  console.table([
    { what: 'tifa-annotate on 100 chars', 'median ms': Math.round(startup) },
    { what: 'bare jieba init (floor)', 'median ms': Math.round(jiebaFloor) },
    { what: 'ratio to the floor', 'median ms': +(startup / jiebaFloor).toFixed(2) },
  ]);
  const startupOk = startup <= STARTUP_TARGET_MS;
  console.log(`target: CLI startup on 100 characters ≤ ${STARTUP_TARGET_MS} ms → ${startupOk ? 'MET' : 'NOT MET'} (absolute: compare the ratio across machines)`);

  // Corpus mode: every article a record, repeated to ~2M characters.
  const articles = realArticles();
  const records: string[] = [];
  let chars = 0;
  for (let i = 0; chars < 2_000_000; i++) {
    const text = articles[i % articles.length]!;
    records.push(JSON.stringify({ id: i, text }));
    chars += text.length;
  }
  const corpus = join(dir, 'corpus.jsonl');
  const body = `${records.join('\n')}\n`;
  writeFileSync(corpus, body);
  const block = Math.ceil(Buffer.byteLength(body) / 4);
  const runs: [string, string][] = [['one process', 'node bin/tifa-annotate.mjs --jsonl']];
  const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel');
  if (parallel) {
    for (const jobs of [1, 2]) {
      runs.push([`GNU parallel, ${jobs} worker${jobs > 1 ? 's' : ''}`, `parallel --will-cite --pipe --keep-order -j${jobs} --block ${block} node bin/tifa-annotate.mjs --jsonl`]);
    }
  } else {
    console.log('GNU parallel is not installed (Debian package `parallel`): sharded runs skipped');
  }
  console.table(
    runs.map(([what, command]) => {
      const ms = timed(command, corpus);
      return { what, records: records.length, chars, 'ms': Math.round(ms), 'chars/s': Math.round(chars / (ms / 1000)) };
    }),
  );
  return startupOk;
}
