// A separate process that runs one model over generated examples and prints each finished
// id on stdout: the cache test kills it with SIGKILL mid-run, as a crash or a cancelled CI job would.
// argv: <baseUrl> <cacheDir> <count>

import { openaiConfigSchema } from '../../../src/config/model.js';
import { silentLogger } from '../../../src/log.js';
import { runModel } from '../../../src/models/run.js';

const [baseUrl, cacheDir, count] = process.argv.slice(2);
const examples = Array.from({ length: Number(count) }, (_, index) => ({
  id: `id${index}`,
  input: `p${index}`,
  expected: '',
  tags: {},
  fields: {},
}));
await runModel({
  config: openaiConfigSchema.parse({ type: 'openai', baseUrl, model: 'm', apiKeyEnv: null, concurrency: 4 }),
  examples,
  baseDir: '.',
  env: {},
  logger: silentLogger,
  cacheDir,
  onOutcome: (outcome) => process.stdout.write(`${outcome.id}\n`),
});
