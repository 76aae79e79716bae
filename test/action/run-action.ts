import { type ChildProcess, execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';

/**
 * Runs the Action the way a runner does: the bundled entry as a child process, inputs as
 * INPUT_* variables (action.yml defaults filled in), the event payload in a file, and
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files read back afterwards.
 */

const root = join(import.meta.dirname, '..', '..');

/** Bundles the Action with scripts/bundle.mjs into a temp dir: tests never run a stale dist/. */
export async function buildActionBundle(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'mrg-action-bundle-'));
  await promisify(execFile)(process.execPath, [join(root, 'scripts', 'bundle.mjs'), outDir, 'action'], { cwd: root });
  return join(outDir, 'index.js');
}

const actionInputs = (
  parse(await readFile(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
).inputs;

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error::` / `::warning::` workflow commands, message only. */
  errors: string[];
  warnings: string[];
}

export interface RunActionOptions {
  bundle: string;
  workspace: string;
  apiUrl: string;
  inputs: Record<string, string>;
  eventName: string;
  payload: unknown;
  runId?: number;
  env?: Record<string, string>;
  /** The runner's temp folder; default a fresh one. Runs that share the response cache folder share it. */
  runnerTemp?: string;
  /** Sees the running step, e.g. to cancel it (SIGINT) the way the runner does. */
  onSpawn?: (child: ChildProcess) => void;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const runnerTemp = options.runnerTemp ?? (await mkdtemp(join(tmpdir(), 'mrg-runner-')));
  const eventPath = join(runnerTemp, 'event.json');
  const outputPath = join(runnerTemp, 'output.txt');
  const summaryPath = join(runnerTemp, 'summary.md');
  await writeFile(eventPath, JSON.stringify(options.payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');

  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(actionInputs)) {
    const value = options.inputs[name] ?? input.default ?? '';
    // The runner evaluates `${{ github.token }}`; here the token is whatever the test gives.
    inputs[`INPUT_${name.toUpperCase()}`] = value.includes('${{') ? 'ghs_runner_token' : value;
  }
  const runId = options.runId ?? 500;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerTemp,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'acme/classifier',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gate',
    GITHUB_WORKFLOW: 'model-gate',
    GITHUB_WORKFLOW_REF: 'acme/classifier/.github/workflows/gate.yml@refs/pull/42/merge',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: 'f1c3a8b2d9e04c7a5b6e8d1f2a3c4b5d6e7f8a9b',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    ...inputs,
    ...options.env,
  };
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      const child = execFile(
        process.execPath,
        [options.bundle],
        { env, cwd: options.workspace, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
        },
      );
      options.onSpawn?.(child);
    },
  );
  const commands = (kind: string) =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith(`::${kind}`))
      .map((line) => line.slice(line.indexOf('::', 2) + 2));
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    errors: commands('error'),
    warnings: commands('warning'),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (@actions/core's file command). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[index] ?? '');
    if (!header) continue;
    const [, name = '', delimiter] = header;
    const value: string[] = [];
    for (index += 1; index < lines.length && lines[index] !== delimiter; index += 1) value.push(lines[index] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}
