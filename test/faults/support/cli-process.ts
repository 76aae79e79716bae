import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';

let bundled: Promise<{ path: string; metafile: Metafile }> | null = null;

/**
 * The CLI from the current sources, bundled as `npm run bundle` bundles it, once per test file:
 * signals and exit statuses are seen as a user sees them, from a real process.
 */
export function cliBundle(): Promise<{ path: string; metafile: Metafile }> {
  bundled ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'mrg-cli-bundle-')), 'cli.js');
    const result = await build({
      metafile: true,
      entryPoints: [resolve('src/cli.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      loader: { '.hbs': 'text' },
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
      },
    });
    return { path: outfile, metafile: result.metafile };
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
