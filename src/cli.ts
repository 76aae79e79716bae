import { main } from './cli/main.js';

// Ctrl-C stops the run cleanly (answers so far are kept); a second Ctrl-C exits at once.
const controller = new AbortController();
process.on('SIGINT', () => {
  if (controller.signal.aborted) process.exit(130);
  process.stderr.write('Stopping: finishing the answers in flight and keeping the results so far (Ctrl-C again to quit now).\n');
  controller.abort();
});

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(process.stderr.isTTY && !process.env.CI ? { terminal: { write: (text: string) => process.stderr.write(text), columns: process.stderr.columns } } : {}),
  signal: controller.signal,
});
