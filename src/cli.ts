import { main } from './cli/main.js';

// Ctrl-C, and SIGTERM (what `timeout`, CI cancellation and container stops send), stop the run
// cleanly: the model process is stopped and the answers so far are kept. A second one exits at once.
const controller = new AbortController();
const onSignal = (name: NodeJS.Signals) => {
  if (controller.signal.aborted) process.exit(130);
  process.stderr.write(
    `Stopping (${name}): finishing the answers in flight and keeping the results so far (${name === 'SIGINT' ? 'Ctrl-C' : 'the signal'} again to quit now).\n`,
  );
  controller.abort();
};
for (const name of ['SIGINT', 'SIGTERM'] as const) process.on(name, onSignal);

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(process.stderr.isTTY && !process.env.CI
    ? { terminal: { write: (text: string) => process.stderr.write(text), columns: process.stderr.columns } }
    : {}),
  signal: controller.signal,
});
