// The annotate command run in process, its output collected: one jieba for a whole test file.
import { getNodeEngine } from '../../core/node/engine';
import { readInput } from '../../cli/read-input';
import { runCli, type CliIo } from '../../cli/run';

export async function runInProcess(argv: string[], overrides: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    color: false,
    read: readInput,
    engine: getNodeEngine,
    ...overrides,
  });
  return { code, stdout, stderr };
}
