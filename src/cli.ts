import { main } from './cli/main.js';

// Ctrl-C, and SIGTERM (what `timeout`, CI cancellation and container stops send), stop the run
// cleanly: the model process is stopped and the answers so far are kept. A second one exits at once.
const controller = new AbortController();
const onSignal = (name: NodeJS.Signals) => {
  if (controller.signal.aborted) process.exit(130);
  process.stderr.write(
    `Stopping (${name}): finishing the answers in flight and keeping the results so far ` +
      `(${name === 'SIGINT' ? 'Ctrl-C' : 'the signal'} again to quit now).\n`,
  );
  controller.abort();
};
for (const name of ['SIGINT', 'SIGTERM'] as const) process.on(name, onSignal);

// A reader that stops early (`| head`, `| grep -q`) closes the pipe: what is left to print goes
// nowhere, quietly, as with Unix tools, and the exit status stays the run's own (0 for --help; a
// failed gate still exits 1, so a closed pipe never turns a failure into a pass).
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // ERR_STREAM_DESTROYED: a write that raced the EPIPE's close.
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    closed.add(stream);
  });
const writeTo = (stream: NodeJS.WriteStream) => (text: string) => {
  if (!closed.has(stream)) stream.write(text);
};

const status = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: writeTo(process.stdout),
  stderr: writeTo(process.stderr),
  ...(process.stderr.isTTY && !process.env.CI
    ? { terminal: { write: writeTo(process.stderr), columns: process.stderr.columns } }
    : {}),
  signal: controller.signal,
});

// Everything is done and written: exit once stdout and stderr have taken every line (their write
// callbacks run then), rather than wait for Node to tear down the heap of the run, about 25 ms
// after the last line of a model run (bench/runner.bench.ts, the whole CLI run).
await Promise.all(
  [process.stdout, process.stderr]
    .filter((stream) => !closed.has(stream))
    .map((stream) => new Promise((done) => stream.write('', done))),
);
process.exit(status);
