import { main } from '../../src/cli/main.js';

/** The CLI in this process, as a terminal would run it: its exit status and everything it printed. */
export async function cli(argv: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main({
    argv,
    env: {},
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}
