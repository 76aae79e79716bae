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

const status = await main({
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

// Everything is done and written: exit once stdout and stderr have taken every line (their write
// callbacks run then), rather than wait for Node to tear down the heap of the run, about 25 ms
// after the last line of a model run (bench/runner.bench.ts, the whole CLI run).
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))));
process.exit(status);
