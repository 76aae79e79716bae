import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBundle } from '../faults/support/cli-process.js';
import { jsonl, tempDir } from '../support/tmp.js';

// `model-release-gate --help | head -2`: the reader closes the pipe before the CLI is done
// writing. The CLI stops printing quietly (no EPIPE stack) and keeps its own exit status.

/** Runs the bundled CLI with its stdout pipe closed by the reader before anything is written. */
async function withStdoutClosed(argv: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [(await cliBundle()).path, ...argv], {
    cwd,
    env: { PATH: process.env.PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, stderr })));
}

describe('the CLI writing into a closed pipe', () => {
  it('--help exits 0 without a stack', async () => {
    const result = await withStdoutClosed(['--help'], process.cwd());
    expect(result).toEqual({ status: 0, stderr: '' });
  });

  it('--help | head -1 in a shell with pipefail: exit 0, the first line printed', async () => {
    const cli = (await cliBundle()).path;
    const { status, stdout, stderr } = await new Promise<{ status: number; stdout: string; stderr: string }>((done) =>
      execFile(
        'bash',
        ['-c', `set -o pipefail; for i in 1 2 3 4 5; do "${process.execPath}" "${cli}" --help | head -1; done`],
        (error, stdout, stderr) => done({ status: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    );
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout.split('\n').filter((line) => line.startsWith('Usage: model-release-gate'))).toHaveLength(5);
  });

  it('a failed gate still exits 1 when nobody reads its summary', async () => {
    const files = tempDir('mrg-closed-pipe-');
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, input: String(i), expected: 'yes' }));
    files.write('eval.jsonl', jsonl(rows));
    files.write('previous.jsonl', jsonl(rows.map((row) => ({ id: row.id, output: 'yes' }))));
    files.write('worse.jsonl', jsonl(rows.map((row, i) => ({ id: row.id, output: i < 20 ? 'no' : 'yes' }))));
    const result = await withStdoutClosed(
      ['run', '--dataset', 'eval.jsonl', '--predictions', 'worse.jsonl', '--baseline', 'previous.jsonl'],
      files.dir,
    );
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).not.toContain('EPIPE');
    expect(existsSync(join(files.dir, 'model-gate-results', 'report.json'))).toBe(true);
  });
});
