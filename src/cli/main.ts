import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { loadConfig, type ResolvedConfig } from '../config/load.js';
import { errorMessage, InputError, InterruptedError } from '../errors.js';
import type { Logger } from '../log.js';
import { notify } from '../notify/webhook.js';
import { type GateRun, runGate } from '../pipeline.js';
import { runMerge } from '../shard/merge.js';
import { runShard } from '../shard/run.js';
import { parseShard, shardLabel } from '../shard/spec.js';
import { tool } from '../version.js';
import { type Terminal, withProgressBar } from './progress-bar.js';
import { terminalSummary } from './summary.js';

/**
 * 0 pass (or only warnings), 1 a gate failed, 2 bad usage or input, 3 an internal error (a bug:
 * scripts must not read it as "the model regressed"), 130 interrupted (Ctrl-C or SIGTERM).
 */
export const exitCodes = { passed: 0, gateFailed: 1, badInput: 2, internalError: 3, interrupted: 130 } as const;

export interface CliIo {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Set when stderr is an interactive terminal: progress is then a bar redrawn in place. */
  terminal?: Terminal;
  signal?: AbortSignal;
}

interface RunFlags {
  dataset?: string;
  predictions?: string;
  baseline?: string;
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

/** The flags `run` and `merge` share: where the dataset, model, baseline and output are. */
function withGateOptions(command: Command): Command {
  return command
    .option('--dataset <file>', 'evaluation dataset (JSONL, JSON array or CSV)')
    .option(
      '--predictions <file>',
      'candidate outputs as JSONL {"id","output"} (shorthand for model: {type: predictions})',
    )
    .option(
      '--baseline <file>',
      'previous release: its results.jsonl (or an older results.json), or a predictions JSONL scored on this dataset',
    )
    .option('--config <file>', 'YAML config; flags override it')
    .addOption(new Option('--task <task>', 'what is scored').choices(['classification', 'generation']))
    .addOption(new Option('--length-unit <unit>', 'unit of output lengths').choices(['chars', 'words', 'tokens']))
    .option('--labels <list>', 'comma-separated label set (classification); outputs that are none of them are invalid')
    .option(
      '--out <dir>',
      'where results.jsonl, report.md, report.json and report.html go (default: model-gate-results)',
    )
    .option(
      '--report-template <file>',
      'a Handlebars file replacing the built-in report.md template (config: report.template)',
    );
}

function program(
  io: CliIo,
  onRun: (flags: RunFlags) => Promise<void>,
  onMerge: (shards: string[], flags: RunFlags) => Promise<void>,
): Command {
  const root = new Command('model-release-gate')
    .description('Gate a model release on its evaluation against the previous release.')
    .version(tool.version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      '\nExit status: 0 passed (or only warnings), 1 a gate failed, 2 bad usage or input, 3 internal error, 130 interrupted (SIGINT/SIGTERM).',
    );
  root.command('run').description('evaluate the candidate, compare with the baseline, gate, and write the reports');
  withGateOptions(root.commands[root.commands.length - 1] as Command)
    .option(
      '--shard <K/N>',
      'evaluate only shard K of N (by a hash of each id) and write a shard snapshot; gate after `merge`',
    )
    .option('--cache <dir>', 'response cache for live endpoints: a re-run requests only what is missing')
    .option('--verbose', 'debug output on stderr')
    .exitOverride()
    .action(async (flags: RunFlags) => {
      await onRun(flags);
    });
  withGateOptions(
    root
      .command('merge')
      .description(
        'merge the shard snapshots of `run --shard K/N` into one snapshot, then compare, gate and report as `run` does',
      )
      .argument('<shards...>', "each shard's results.jsonl, or folders holding them"),
  )
    .option('--verbose', 'debug output on stderr')
    .exitOverride()
    .action(async (shards: string[], flags: RunFlags) => {
      await onMerge(shards, flags);
    });
  return root;
}

/** The CLI: returns the exit status (see exitCodes). */
export async function main(io: CliIo): Promise<number> {
  let status: number = exitCodes.passed;
  let verbose = false;
  const lines: Logger = {
    info: (message) => io.stderr(`${message}\n`),
    warn: (message) => io.stderr(`warning: ${message}\n`),
    debug: (message) => {
      if (verbose) io.stderr(`debug: ${message}\n`);
    },
  };
  const logger = io.terminal ? withProgressBar(lines, io.terminal) : lines;
  const configOf = (flags: RunFlags) =>
    loadConfig({
      configPath: flags.config,
      overrides: {
        dataset: flags.dataset,
        predictions: flags.predictions,
        baseline: flags.baseline,
        task: flags.task,
        lengthUnit: flags.lengthUnit,
        labels: flags.labels,
        out: flags.out,
        reportTemplate: flags.reportTemplate,
      },
      cwd: io.cwd,
    });
  const onRun = async (flags: RunFlags): Promise<number> => {
    verbose = flags.verbose ?? false;
    const shard = flags.shard === undefined ? null : parseShard(flags.shard, '--shard');
    const config = await configOf(flags);
    const options = {
      config,
      logger,
      gitSha: await gitSha(io.env, io.cwd),
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
    return gated(config, await runGate(options));
  };
  const gated = async (config: ResolvedConfig, run: GateRun): Promise<number> => {
    io.stdout(`${terminalSummary(run)}\n`);
    if (config.notify) await notify(config.notify, run.report, { env: io.env, logger, runUrl: null });
    return run.report.verdict === 'fail' ? exitCodes.gateFailed : exitCodes.passed;
  };
  const onMerge = async (shards: string[], flags: RunFlags): Promise<number> => {
    verbose = flags.verbose ?? false;
    const config = await configOf(flags);
    const run = await runMerge(
      { config, logger, gitSha: await gitSha(io.env, io.cwd), env: io.env, signal: io.signal },
      shards.map((shard) => resolve(io.cwd, shard)),
    );
    return gated(config, run);
  };
  try {
    await program(
      io,
      async (flags) => {
        status = await onRun(flags);
      },
      async (shards, flags) => {
        status = await onMerge(shards, flags);
      },
    ).parseAsync([...io.argv], { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? exitCodes.passed : exitCodes.badInput;
    }
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
