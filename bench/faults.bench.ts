// What hostile answers cost: peak memory on 600 MB bodies and lines (the limits at their
// defaults) and the time to count tokens in a 200,000-character output without whitespace,
// next to the exact count of the whole text (the old way, quadratic on one long pre-token).
// Run: `npm run bench faults` (BENCH_FULL=1 also times the whole 200,000 characters, ~40 s).

import { resolve } from 'node:path';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { modelConfigSchema } from '../src/config/model.js';
import type { Example } from '../src/dataset/types.js';
import { silentLogger } from '../src/log.js';
import { loadTokenCounter } from '../src/metrics/lengths.js';
import { runModel } from '../src/models/run.js';
import type { RunOutcome } from '../src/snapshot/run-outcome.js';
import { peakRss } from '../test/faults/support/memory.js';
import { startOpenAIServer } from '../test/models/support/openai-server.js';

const examples = (count: number): Example[] =>
  Array.from({ length: count }, (_, i) => ({ id: `e${i}`, input: `e${i}`, expected: '', tags: {}, fields: {} }));
const errors = (outcomes: readonly RunOutcome[]) => outcomes.filter((outcome) => 'error' in outcome).length;
const mb = (value: number) => `${value.toFixed(0)} MB`;

async function endpoint(label: string, count: number, megabytes: number, concurrency: number): Promise<void> {
  const server = await startOpenAIServer({ plan: () => ({ kind: 'huge', status: 200, megabytes }) });
  const config = modelConfigSchema.parse({
    type: 'openai',
    model: 'm',
    baseUrl: server.baseUrl,
    apiKeyEnv: null,
    api: 'completions',
    concurrency,
    maxRetries: 0,
  });
  const { value, peakMb } = await peakRss(
    async () =>
      (await runModel({ config, examples: examples(count), baseDir: '.', env: {}, logger: silentLogger })).outcomes,
  );
  await server.close();
  console.log(
    `${label.padEnd(44)} peak RSS +${mb(peakMb).padStart(7)}   ${errors(value)}/${count} examples errored (limit 16 MB)   unbounded: > ${mb(count * megabytes)}`,
  );
}

async function commandLine(): Promise<void> {
  // The bench runs bundled from .cache/bench, from the repository root.
  const fixtures = resolve('test/faults/fixtures');
  const config = modelConfigSchema.parse({ type: 'command', command: 'node hostile-model.mjs --huge-line e1:600' });
  const { value, peakMb } = await peakRss(
    async () =>
      (await runModel({ config, examples: examples(4), baseDir: fixtures, env: process.env, logger: silentLogger }))
        .outcomes,
  );
  console.log(
    `${'command model printing one 600 MB line'.padEnd(44)} peak RSS +${mb(peakMb).padStart(7)}   ${errors(value)}/4 examples errored (limit 16 MB)`,
  );
}

function unbroken(length: number): string {
  let state = 12345;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(97 + ((state >> 8) % 26));
  }
  return text;
}

async function tokens(): Promise<void> {
  const counter = await loadTokenCounter();
  const plain = { disallowedSpecial: new Set<string>() };
  const sizes = process.env.BENCH_FULL ? [25_000, 50_000, 200_000] : [25_000, 50_000];
  for (const size of sizes) {
    const text = unbroken(size);
    let started = performance.now();
    const exact = countTokens(text, plain);
    const wholeMs = performance.now() - started;
    started = performance.now();
    const chunked = counter(text);
    const chunkedMs = performance.now() - started;
    console.log(
      `tokens, ${String(size).padStart(7)} chars, no whitespace: whole ${wholeMs.toFixed(0).padStart(6)} ms (${exact})   chunked ${chunkedMs.toFixed(0).padStart(4)} ms (${chunked}, ${(((chunked - exact) / exact) * 100).toFixed(2)}%)`,
    );
  }
  if (!process.env.BENCH_FULL) {
    const text = unbroken(200_000);
    const started = performance.now();
    const chunked = counter(text);
    console.log(
      `tokens, 200000 chars, no whitespace: chunked ${(performance.now() - started).toFixed(0)} ms (${chunked}); whole: BENCH_FULL=1 (quadratic: ~16× the 50,000 figure)`,
    );
  }
}

await endpoint('endpoint answering one 600 MB body', 1, 600, 1);
await endpoint('five 300 MB bodies at once', 5, 300, 5);
await commandLine();
await tokens();
