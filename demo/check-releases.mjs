// A check of the demo itself, independent of the gate (not run by vitest: it takes ~15 s):
// sends the eval set through both model servers over the same stdin/stdout protocol the
// gate uses, scores them here, and fails unless the candidate regresses clearly and both
// servers answer the same on a second run.
// Usage: node demo/check-releases.mjs   (after node demo/prepare-data.mjs)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalDatasetPath } from './prepare-data.mjs';

const demoDir = dirname(fileURLToPath(import.meta.url));

/** Runs one release over the examples; resolves to Map(id → output). */
function answersOf(release, examples) {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, ['model-server.mjs', '--release', release], {
      cwd: demoDir,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let stdout = '';
    server.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    server.on('error', reject);
    server.on('close', (code) => {
      if (code !== 0) return reject(new Error(`model server "${release}" exited with ${code}`));
      const answers = new Map();
      for (const line of stdout.split('\n')) {
        if (!line.startsWith('{')) continue;
        const { id, output } = JSON.parse(line);
        answers.set(id, output);
      }
      resolve(answers);
    });
    server.stdin.end(examples.map(({ id, input }) => JSON.stringify({ id, input })).join('\n'));
  });
}

function scores(examples, answers) {
  const labels = [...new Set(examples.map((example) => example.expected))].sort();
  const f1 = labels.map((label) => {
    let truePositives = 0,
      falsePositives = 0,
      falseNegatives = 0;
    for (const { id, expected } of examples) {
      const predicted = answers.get(id);
      if (predicted === label && expected === label) truePositives += 1;
      else if (predicted === label) falsePositives += 1;
      else if (expected === label) falseNegatives += 1;
    }
    return (2 * truePositives) / (2 * truePositives + falsePositives + falseNegatives);
  });
  const correct = examples.filter(({ id, expected }) => answers.get(id) === expected).length;
  return { accuracy: correct / examples.length, macroF1: f1.reduce((sum, value) => sum + value, 0) / f1.length };
}

function accuracyBySource(examples, answers) {
  const bySource = {};
  for (const { id, expected, tags } of examples) {
    bySource[tags.source] ??= { correct: 0, total: 0 };
    const counts = bySource[tags.source];
    counts.total += 1;
    if (answers.get(id) === expected) counts.correct += 1;
  }
  return Object.fromEntries(
    Object.entries(bySource).map(([source, { correct, total }]) => [source, (correct / total).toFixed(3)]),
  );
}

const examples = readFileSync(evalDatasetPath, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const [previous, candidate, candidateAgain] = await Promise.all([
  answersOf('previous', examples),
  answersOf('candidate', examples),
  answersOf('candidate', examples),
]);

const problems = [];
for (const [name, answers] of [
  ['previous', previous],
  ['candidate', candidate],
]) {
  const missing = examples.filter(({ id }) => !answers.has(id)).length;
  if (missing > 0) problems.push(`${name} left ${missing} examples unanswered`);
}
if (examples.some(({ id }) => candidate.get(id) !== candidateAgain.get(id)))
  problems.push('candidate answers differ between two runs');

const before = scores(examples, previous);
const after = scores(examples, candidate);
const negativeFlips = examples.filter(
  ({ id, expected }) => previous.get(id) === expected && candidate.get(id) !== expected,
).length;
const positiveFlips = examples.filter(
  ({ id, expected }) => previous.get(id) !== expected && candidate.get(id) === expected,
).length;
console.log(`examples: ${examples.length}`);
for (const [name, score, answers] of [
  ['previous', before, previous],
  ['candidate', after, candidate],
]) {
  console.log(
    `${name.padEnd(9)} accuracy ${score.accuracy.toFixed(4)}  macro-F1 ${score.macroF1.toFixed(4)}  by source ${JSON.stringify(accuracyBySource(examples, answers))}`,
  );
}
console.log(
  `negative flips ${negativeFlips} (${((100 * negativeFlips) / examples.length).toFixed(1)}%), positive flips ${positiveFlips}`,
);

// Far beyond the gate's default 2-point margins, so the demo fails its gate for a real reason.
if (before.accuracy - after.accuracy < 0.04) problems.push('candidate accuracy does not drop by 4 points or more');
if (before.macroF1 - after.macroF1 < 0.04) problems.push('candidate macro-F1 does not drop by 4 points or more');
if (negativeFlips / examples.length < 0.05) problems.push('fewer than 5% negative flips');
if (problems.length > 0) {
  console.error(`check failed: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('ok: the candidate regresses clearly and deterministically');
