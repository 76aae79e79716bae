// A local model process for the gate's `command` adapter: trains the spam filter of one
// release, then answers one JSON line {"id","output"} per JSON line {"id","input"} on stdin.
// Usage: node model-server.mjs --release previous|candidate
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { trainSpamFilter } from './spam-filter.mjs';

function fail(message) {
  process.stderr.write(`model-server: ${message}\n`);
  process.exit(2);
}

let release;
try {
  ({
    values: { release },
  } = parseArgs({ options: { release: { type: 'string' } } }));
} catch (error) {
  fail(error.message);
}
if (release === undefined) fail('missing --release previous|candidate');

const startedAt = Date.now();
let spamFilter;
try {
  spamFilter = trainSpamFilter(release);
} catch (error) {
  fail(error.message);
}
// Real model servers greet on stdout; the gate skips lines that are not JSON.
process.stdout.write(`spam filter "${release}" ready: ${spamFilter.description}, ${spamFilter.trainedOn} messages\n`);
process.stderr.write(`model-server: trained "${release}" in ${Date.now() - startedAt} ms\n`);

let answered = 0;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (line.trim() === '') return;
  let request;
  try {
    request = JSON.parse(line);
  } catch {
    process.stderr.write(`model-server: skipped a line that is not JSON: ${line.slice(0, 80)}\n`);
    return;
  }
  const { id, input } = request ?? {};
  if (typeof input !== 'string') {
    process.stdout.write(`${JSON.stringify({ id, error: 'input must be a string (the e-mail text)' })}\n`);
    return;
  }
  process.stdout.write(`${JSON.stringify({ id, output: spamFilter.predict(input) })}\n`);
  answered += 1;
});
lines.on('close', () => process.stderr.write(`model-server: answered ${answered} requests, bye\n`));
