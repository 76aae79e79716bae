import { Command, CommanderError, Option } from 'commander';
import { tool } from '../version.js';
import type { RunFlags } from './commands.js';
import { exitCodes } from './exit-codes.js';
import type { InitFlags } from './init-command.js';
import type { CliIo } from './io.js';

export { exitCodes } from './exit-codes.js';
export type { CliIo } from './io.js';

// The commands themselves are imported only when one runs (bench/startup.bench.ts measures why):
// in the bundle, './commands.js' is dist/cli-main.js (scripts/bundle.mjs).
const commands = () => import('./commands.js');

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
      'previous release: its results.jsonl (or an older results.json), or a predictions JSONL scored on this dataset; ' +
        "none: no comparison, not even the config's baseline",
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
    );
}

function program(io: CliIo, setStatus: (status: number) => void): Command {
  const root = new Command('model-release-gate')
    .description('Gate a model release on its evaluation against the previous release.')
    .version(tool.version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      '\nExit status: 0 passed (or only warnings), 1 a gate failed, 2 bad usage or input, 3 internal error, ' +
        '130 interrupted (SIGINT/SIGTERM).',
    );
  withGateOptions(
    root.command('run').description('evaluate the candidate, compare with the baseline, gate, and write the reports'),
  )
    .option(
      '--shard <K/N>',
      'evaluate only shard K of N (by a hash of each id) and write a shard snapshot; gate after `merge`',
    )
    .option('--cache <dir>', 'response cache for live endpoints: a re-run requests only what is missing')
    .option('--verbose', 'debug output on stderr')
    .exitOverride()
    .action(async (flags: RunFlags) => {
      setStatus(await (await commands()).runCommand(flags, io));
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
      setStatus(await (await commands()).mergeCommand(shards, flags, io));
    });
  root
    .command('init')
    .description(
      'write a starter .github/model-gate.yml and .github/workflows/model-gate.yml for DATASET (fields guessed from its first rows)',
    )
    .argument('[dataset]', 'the evaluation dataset, inside this repository (JSONL, JSON array or CSV)')
    .option('--force', 'replace the files if they exist')
    .exitOverride()
    .action(async (dataset: string | undefined, flags: InitFlags) => {
      setStatus(await (await commands()).initCommand(dataset, flags, io));
    });
  return root;
}

/** The CLI: returns the exit status (see exitCodes). */
export async function main(io: CliIo): Promise<number> {
  let status: number = exitCodes.passed;
  try {
    await program(io, (value) => {
      status = value;
    }).parseAsync([...io.argv], { from: 'user' });
    return status;
  } catch (error) {
    // Commands return their status and print their own errors: what ends here is commander's
    // (bad usage; --help and --version too, with exit code 0) or a bug in this file.
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.passed : exitCodes.badInput;
    io.stderr(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.internalError;
  }
}
