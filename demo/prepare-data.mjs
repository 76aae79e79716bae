// Writes the eval split of the SpamAssassin corpus as the gate's dataset:
// out/eval.jsonl, one {"id", "input", "expected", "tags": {"source"}} per line.
// Usage: node prepare-data.mjs   (also called by run-demo.mjs)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExamples } from './corpus.mjs';

const demoDir = dirname(fileURLToPath(import.meta.url));
export const evalDatasetPath = join(demoDir, 'out', 'eval.jsonl');

/** Writes the eval set and returns how many examples of each label it holds. */
export function prepareData(path = evalDatasetPath) {
  const held = loadExamples().filter((example) => example.split === 'eval');
  const lines = held.map(({ id, input, expected, source }) =>
    JSON.stringify({ id, input, expected, tags: { source } }),
  );
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${lines.join('\n')}\n`);
  const counts = {};
  for (const { expected } of held) counts[expected] = (counts[expected] ?? 0) + 1;
  return { path, total: held.length, counts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { path, total, counts } = prepareData();
  console.log(
    `wrote ${total} examples (${Object.entries(counts)
      .map(([label, n]) => `${n} ${label}`)
      .join(', ')}) to ${path}`,
  );
}
