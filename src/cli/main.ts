import { execFile } from 'node:child_process';
import { Command, CommanderError, Option } from 'commander';
import { loadConfig } from '../config/load.js';
import { errorMessage, InputError, InterruptedError } from '../errors.js';
import type { Logger } from '../log.js';
import { notify } from '../notify/webhook.js';
import { runGate } from '../pipeline.js';
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
  baselineRepeat?: string;
  config?: string;
  task?: string;
  lengthUnit?: string;
  labels?: string;
  out?: string;
  cache?: string;
  reportTemplate?: string;
  verbose?: boolean;
}

function gitSha(env: Record<string, string | undefined>, cwd: string): Promise<string | null> {
  if (env.GITHUB_SHA) return Promise.resolve(env.GITHUB_SHA);
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', 'HEAD'], { cwd }, (error, stdout) => resolve(error ? null : stdout.trim() || null));
  });
}

function program(io: CliIo, onRun: (flags: RunFlags) => Promise<void>): Command {
  const root = new Command('model-release-gate')
    .description('Gate a model release on its evaluation against the previous release.')
    .version(tool.version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      '\nExit status: 0 passed (or only warnings), 1 a gate failed, 2 bad usage or input, 3 internal error, 130 interrupted (SIGINT/SIGTERM).',
    );
  root
    .command('run')
    .description('evaluate the candidate, compare with the baseline, gate, and write the reports')
    .option('--dataset <file>', 'evaluation dataset (JSONL, JSON array or CSV)')
    .option(
      '--predictions <file>',
      'candidate outputs as JSONL {"id","output"} (shorthand for model: {type: predictions})',
    )
    .option(
      '--baseline <file>',
      'previous release: its results.jsonl (or an older results.json), or a predictions JSONL scored on this dataset',
    )
    .option(
      '--baseline-repeat <file>',
      "the baseline's predictions (or snapshot) from a second run: its self-flips are the noise floor (config: baseline.repeat)",
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
    )
    .option('--cache <dir>', 'response cache for live endpoints: a re-run requests only what is missing')
    .option('--verbose', 'debug output on stderr')
    .exitOverride()
    .action(async (flags: RunFlags) => {
      await onRun(flags);
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
  const onRun = async (flags: RunFlags): Promise<number> => {
    verbose = flags.verbose ?? false;
    const config = await loadConfig({
      configPath: flags.config,
      overrides: {
        dataset: flags.dataset,
        predictions: flags.predictions,
        baseline: flags.baseline,
        baselineRepeat: flags.baselineRepeat,
        task: flags.task,
        lengthUnit: flags.lengthUnit,
        labels: flags.labels,
        out: flags.out,
        reportTemplate: flags.reportTemplate,
      },
      cwd: io.cwd,
    });
    const run = await runGate({
      config,
      logger,
      gitSha: await gitSha(io.env, io.cwd),
      env: io.env,
      signal: io.signal,
      cacheDir: flags.cache,
    });
    io.stdout(`${terminalSummary(run)}\n`);
    if (config.notify) await notify(config.notify, run.report, { env: io.env, logger, runUrl: null });
    return run.report.verdict === 'fail' ? exitCodes.gateFailed : exitCodes.passed;
  };
  try {
    await program(io, async (flags) => {
      status = await onRun(flags);
    }).parseAsync([...io.argv], { from: 'user' });
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
