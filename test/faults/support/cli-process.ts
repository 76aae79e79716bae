import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

let bundled: Promise<{ dir: string; path: string }> | null = null;

/**
 * The CLI from the current sources, built by scripts/bundle.mjs into a temp folder (as
 * `npm run bundle` builds dist/), once per test file: signals and exit statuses are seen as a
 * user sees them, from a real process. `dir` holds cli.js and the files it imports lazily.
 */
export function cliBundle(): Promise<{ dir: string; path: string }> {
  bundled ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-cli-bundle-'));
    await promisify(execFile)(process.execPath, ['scripts/bundle.mjs', dir, 'cli']);
    return { dir, path: join(dir, 'cli.js') };
  })();
  return bundled;
}

export interface CliProcess {
  child: ChildProcess;
  stderr(): string;
  exited: Promise<{ status: number | null; stdout: string; stderr: string }>;
}

export async function startCli(
  argv: readonly string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<CliProcess> {
  const child = spawn(process.execPath, [(await cliBundle()).path, ...argv], {
    cwd,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ status: number | null; stdout: string; stderr: string }>((done) =>
    child.on('close', (status) => done({ status, stdout, stderr })),
  );
  return { child, stderr: () => stderr, exited };
}
