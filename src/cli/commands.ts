import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { configBaselineKey, loadConfig, type ResolvedConfig } from '../config/load.js';
import { errorMessage, InputError, InterruptedError } from '../errors.js';
import type { Logger } from '../log.js';
import { notify } from '../notify/webhook.js';
import { type GateRun, runGate } from '../pipeline.js';
import { runMerge } from '../shard/merge.js';
import { runShard } from '../shard/run.js';
import { parseShard, shardLabel } from '../shard/spec.js';
import { exitCodes } from './exit-codes.js';
import { type InitFlags, initCommand as writeStarterFiles } from './init-command.js';
import type { CliIo } from './io.js';
import { withProgressBar } from './progress-bar.js';
import { terminalSummary } from './summary.js';

// The commands' work, loaded by main.ts only once a command runs: this module pulls in the whole
// pipeline (the tokenizer most of all), which `--version` and `--help` must not wait for. It is
// its own bundle, dist/cli-main.js, so it catches its own errors: the classes it throws are not
// the ones a copy of errors.ts in dist/cli.js would see.

export interface RunFlags {
  dataset?: string;
  predictions?: string;
  baseline?: string;
  baselineRepeat?: string;
  config?: string;
  task?: string;
  lengthUnit?: string;
  labels?: string;
  out?: string;
  cache?: string;
  reportTemplate?: string;
  shard?: string;
  verbose?: boolean;
}

function gitSha(env: Record<string, string | undefined>, cwd: string): Promise<string | null> {
  if (env.GITHUB_SHA) return Promise.resolve(env.GITHUB_SHA);
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', 'HEAD'], { cwd }, (error, stdout) => resolve(error ? null : stdout.trim() || null));
  });
}

/**
 * `git rev-parse HEAD`, asked only once started or awaited: spawning git before the first request
 * holds it back by about 25 ms (bench/runner.bench.ts, the whole CLI run), so a run starts it
 * once its first answer is in (GateRunOptions.onFirstAnswer), and the snapshot awaits it at the
 * end; a run with no answer asks git then.
 */
function gitShaOnDemand(env: Record<string, string | undefined>, cwd: string) {
  let asked: Promise<string | null> | undefined;
  const start = () => {
    asked ??= gitSha(env, cwd);
    return asked;
  };
  const sha: PromiseLike<string | null> = {
    // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, so that `await` starts git.
    then: (onFulfilled, onRejected) => start().then(onFulfilled, onRejected),
  };
  return { sha, start: () => void start() };
}

function cliLogger(io: CliIo, verbose: boolean): Logger {
  const lines: Logger = {
    info: (message) => io.stderr(`${message}\n`),
    warn: (message) => io.stderr(`warning: ${message}\n`),
    debug: (message) => {
      if (verbose) io.stderr(`debug: ${message}\n`);
    },
  };
  return io.terminal ? withProgressBar(lines, io.terminal) : lines;
}

/** Every failure as one line and its exit status (see exitCodes); the stack only with --verbose. */
async function withExitStatus(io: CliIo, verbose: boolean, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InterruptedError) {
      io.stderr(`${error.message}\n`);
      return exitCodes.interrupted;
    }
    if (error instanceof InputError) {
      io.stderr(`error: ${error.message}\n`);
      return exitCodes.badInput;
    }
    const firstLine = errorMessage(error).split('\n', 1)[0];
    io.stderr(`internal error: ${firstLine}${verbose ? '' : ' (run again with --verbose for the stack)'}\n`);
    if (verbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return exitCodes.internalError;
  }
}

/** `--baseline none`: no comparison, whatever baseline the config names (as the Action's `baseline: none`). */
const noBaseline = (flags: RunFlags) => flags.baseline === 'none';

/** The config with the flags laid over it. */
function configOf(flags: RunFlags, io: CliIo): Promise<ResolvedConfig> {
  return loadConfig({
    configPath: flags.config,
    overrides: {
      dataset: flags.dataset,
      predictions: flags.predictions,
      baseline: noBaseline(flags) ? undefined : flags.baseline,
      baselineRepeat: flags.baselineRepeat,
      task: flags.task,
      lengthUnit: flags.lengthUnit,
      labels: flags.labels,
      out: flags.out,
      reportTemplate: flags.reportTemplate,
    },
    cwd: io.cwd,
  });
}

/** `--baseline none` sets the config's baseline aside: said, so a baseline.model that does not run is no surprise. */
function baselineOverride(flags: RunFlags, config: ResolvedConfig, logger: Logger): { baselinePath?: null } {
  if (!noBaseline(flags)) return {};
  const skipped = configBaselineKey(config);
  if (skipped)
    logger.info(`The config's ${skipped}${flags.config ? ` in ${flags.config}` : ''} is not used: --baseline none.`);
  return { baselinePath: null };
}

async function gated(config: ResolvedConfig, run: GateRun, io: CliIo, logger: Logger): Promise<number> {
  io.stdout(`${terminalSummary(run)}\n`);
  if (config.notify) await notify(config.notify, run.report, { env: io.env, logger, runUrl: null });
  return run.report.verdict === 'fail' ? exitCodes.gateFailed : exitCodes.passed;
}

/** `run`: evaluate, compare, gate, write the reports; 1 when a gate failed. With --shard: one shard, no verdict. */
export function runCommand(flags: RunFlags, io: CliIo): Promise<number> {
  const verbose = flags.verbose ?? false;
  return withExitStatus(io, verbose, async () => {
    const logger = cliLogger(io, verbose);
    const shard = flags.shard === undefined ? null : parseShard(flags.shard, '--shard');
    const git = gitShaOnDemand(io.env, io.cwd);
    const config = await configOf(flags, io);
    const options = {
      config,
      ...baselineOverride(flags, config, logger),
      logger,
      gitSha: git.sha,
      onFirstAnswer: git.start,
      env: io.env,
      signal: io.signal,
      cacheDir: flags.cache,
    };
    if (shard) {
      // A shard sees part of the dataset: no verdict, so never a failing status for one.
      const ran = await runShard(options, shard);
      io.stdout(`${shardLabel(shard)}: ${ran.snapshot.records.size} examples in ${ran.paths.results}\n`);
      return exitCodes.passed;
    }
    return gated(config, await runGate(options), io, logger);
  });
}

/** `merge SHARDS...`: one snapshot from the shards, then compare, gate and report as `run` does. */
export function mergeCommand(shards: string[], flags: RunFlags, io: CliIo): Promise<number> {
  const verbose = flags.verbose ?? false;
  return withExitStatus(io, verbose, async () => {
    const logger = cliLogger(io, verbose);
    const sha = gitSha(io.env, io.cwd);
    const config = await configOf(flags, io);
    const run = await runMerge(
      { config, ...baselineOverride(flags, config, logger), logger, gitSha: sha, env: io.env, signal: io.signal },
      shards.map((shard) => resolve(io.cwd, shard)),
    );
    return gated(config, run, io, logger);
  });
}

/** `init [DATASET]`: a starter config and workflow (init-command.ts). */
export function initCommand(dataset: string | undefined, flags: InitFlags, io: CliIo): Promise<number> {
  return withExitStatus(io, false, async () => {
    await writeStarterFiles(dataset, flags, io);
    return exitCodes.passed;
  });
}
