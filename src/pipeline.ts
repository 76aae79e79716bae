import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ResolvedConfig } from './config/load.js';
import { snapshotAnomalies } from './anomaly/run.js';
import { compareSnapshots } from './compare/compare.js';
import { cumulativeReference, trendOf, type ReleaseHistory } from './history/trend.js';
import { readDataset } from './dataset/read.js';
import type { Dataset } from './dataset/types.js';
import { InputError, inputError, InterruptedError } from './errors.js';
import { percent } from './format.js';
import type { Acceptance } from './gate/acceptance.js';
import { loadTokenCounter, type TokenCounter } from './metrics/lengths.js';
import { runCost } from './gate/cost-rule.js';
import { evaluateGates } from './gate/evaluate.js';
import { missingBaselineOutcome, withMissingBaseline, type BaselineOrigin, type OnMissingBaseline } from './gate/missing-baseline.js';
import type { Logger } from './log.js';
import type { ModelConfig } from './models/config.js';
import { listIds } from './models/predictions.js';
import { runModel } from './models/run.js';
import { buildReport } from './report/build.js';
import { flipRows } from './report/flips.js';
import { renderHtml } from './report/html.js';
import { compileTemplate, renderMarkdown } from './report/markdown.js';
import type { GateReport } from './report/types.js';
import { buildSnapshot } from './snapshot/build.js';
import { isPredictionsFile, readSnapshot, writeJsonAtomic } from './snapshot/io.js';
import { rescoreSnapshot, sameScoring, withLabelSet, withTokenCounts } from './snapshot/rescore.js';
import { checkExpectedDeclared } from './metrics/label-set.js';
import type { Snapshot } from './snapshot/schema.js';
import { tool } from './version.js';

export interface GateRunOptions {
  config: ResolvedConfig;
  /** Overrides `config.baseline.path` (the Action resolves `auto`/`release:` to a file). */
  baselinePath?: string | null;
  /** Where the Action's baseline came from, or why there is none; default: the config's file or model, or none. */
  baselineOrigin?: BaselineOrigin;
  /** The `on-missing-baseline` input; overrides the config's `baseline.onMissing`. */
  onMissingBaseline?: OnMissingBaseline | null;
  /** The accept label on the PR (who, when): turns a failed verdict into `accepted`. */
  acceptance?: Acceptance | null;
  logger: Logger;
  gitSha: string | null;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
  cacheDir?: string;
  runUrl?: string | null;
  now?: () => Date;
  /** The last accepted releases' snapshots (the Action fetches them); absent: no trend, no cumulativeDrop rule. */
  history?: ReleaseHistory;
}

export interface GateRun {
  candidate: Snapshot;
  baseline: Snapshot | null;
  report: GateReport;
  markdown: string;
  /** The Markdown again within a size limit (comment, job summary), with the same template. */
  render: (maxLength: number) => string;
  paths: { outDir: string; results: string; reportMarkdown: string; reportJson: string; reportHtml: string };
}

/** The user's `report.template`, read and compiled before the long run, so a bad one costs no evaluation. */
async function loadTemplate(path: string | null): Promise<ReturnType<typeof compileTemplate> | undefined> {
  if (!path) return undefined;
  const source = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw inputError(path, error.code === 'ENOENT' ? 'report template not found (report.template / input report-template)' : `cannot read the report template (${error.code ?? error.message})`);
  });
  try {
    return compileTemplate(source);
  } catch (error) {
    throw inputError(path, `not a valid Handlebars template: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
  }
}

async function evaluate(
  options: GateRunOptions,
  dataset: Dataset,
  model: ModelConfig,
  partial: WriteStream | null,
  countTokens: TokenCounter | null,
  onAnswer: () => void = () => undefined,
): Promise<Snapshot> {
  const { config } = options;
  const run = await runModel({
    config: model,
    examples: dataset.examples,
    baseDir: config.baseDir,
    env: options.env,
    logger: options.logger,
    cacheDir: options.cacheDir,
    signal: options.signal,
    // Every answer is on disk as it arrives: a killed run still leaves what it had.
    onOutcome: partial
      ? (outcome) => {
          partial.write(JSON.stringify(outcome) + '\n');
          onAnswer();
        }
      : undefined,
  });
  const snapshot = buildSnapshot({
    dataset,
    examples: dataset.examples,
    outcomes: run.outcomes,
    task: config.task,
    scoring: config.scoring,
    labels: config.labels,
    model: run.identity,
    tool,
    gitSha: options.gitSha,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    seed: config.statistics.seed,
    countTokens,
  });
  return run.resources ? { ...snapshot, resources: run.resources } : snapshot;
}

interface LoadedBaseline {
  snapshot: Snapshot;
  /** Where it came from, for messages. */
  source: string;
  notes: string[];
}

async function loadBaseline(options: GateRunOptions, dataset: Dataset, countTokens: TokenCounter | null): Promise<LoadedBaseline | null> {
  const { config } = options;
  const path = options.baselinePath === undefined ? config.baseline.path : options.baselinePath;
  if (path) {
    if (await isPredictionsFile(path)) {
      return { snapshot: await evaluate(options, dataset, { type: 'predictions', path, name: basename(path) }, null, countTokens), source: path, notes: [] };
    }
    const read = await readSnapshot(path);
    const snapshot = countTokens === null ? read : withTokenCounts(read, countTokens);
    if (snapshot.task !== config.task) {
      throw inputError(path, `the baseline is a ${snapshot.task} snapshot, this run's task is ${config.task}`);
    }
    if (snapshot.task === 'classification' && !sameScoring(snapshot.scoring, config.scoring)) {
      const note = `The baseline was scored with other label settings (${JSON.stringify(snapshot.scoring)}); its outputs were scored again with this run's.`;
      return { snapshot: rescoreSnapshot(snapshot, dataset.examples, config.scoring, config.labels, countTokens), source: path, notes: [note] };
    }
    return { snapshot, source: path, notes: [] };
  }
  if (config.baseline.model) {
    return { snapshot: await evaluate(options, dataset, config.baseline.model, null, countTokens), source: 'baseline.model', notes: [] };
  }
  return null;
}

/** A baseline the config (or a path) named: a file or the baseline model; none without one. */
function defaultOrigin(loaded: LoadedBaseline | null): BaselineOrigin {
  if (!loaded) return { status: 'none', source: null, reason: null };
  const source = loaded.source === 'baseline.model' ? { kind: 'model' as const } : { kind: 'file' as const, path: basename(loaded.source) };
  return { status: 'found', source, reason: null };
}

function pricingOf(model: ModelConfig) {
  return 'pricing' in model && model.pricing ? model.pricing : null;
}

/** An unusable run still leaves its results.json behind; the error says where. */
function checkErrorBudget(candidate: Snapshot, maxErrorRate: number, resultsPath: string): void {
  const { errors, total } = candidate.summary;
  if (errors === 0 || (errors / total <= maxErrorRate && errors < total)) return;
  const failed = candidate.records.filter((record) => record.error !== undefined);
  const reasons = [...new Set(failed.map((record) => record.error))].slice(0, 2).join('; ');
  const what =
    errors === total
      ? `every example (${total}) ended in an error: nothing could be scored`
      : `${errors} of ${total} examples (${percent(errors / total)}) ended in an error, above the ${percent(maxErrorRate)} budget (maxErrorRate)`;
  throw new InputError(`${what}: ${listIds(failed.map((record) => record.id))} — ${reasons}. Results so far are in ${resultsPath}`);
}

/**
 * The whole gate, one direction: config → dataset → runner → snapshot → compare → gate →
 * report. Files are written as soon as they exist, so a failure later keeps what came before.
 */
export async function runGate(options: GateRunOptions): Promise<GateRun> {
  const { config, logger } = options;
  const dataset = await readDataset(config.dataset);
  logger.info(`Dataset ${dataset.path}: ${dataset.examples.length} examples (${dataset.fingerprint.slice(0, 19)})`);
  if (config.task === 'classification') checkExpectedDeclared(dataset.path, dataset.examples, config.labels, config.scoring.caseSensitive);

  const outDir = config.out;
  await mkdir(outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw inputError(outDir, `cannot create the output folder (${error.code ?? error.message})`);
  });
  const paths = {
    outDir,
    results: join(outDir, 'results.json'),
    reportMarkdown: join(outDir, 'report.md'),
    reportJson: join(outDir, 'report.json'),
    reportHtml: join(outDir, 'report.html'),
  };
  // The tokenizer is loaded only for a run that measures lengths in tokens.
  const countTokens = config.lengthUnit === 'tokens' ? await loadTokenCounter() : null;
  const template = await loadTemplate(config.report.template);
  // Read the baseline before the long run: a wrong path should not cost an evaluation.
  const loaded = await loadBaseline(options, dataset, countTokens);

  const partialPath = join(outDir, 'outcomes.partial.jsonl');
  const partial = createWriteStream(partialPath);
  let answered = 0;
  let candidate: Snapshot;
  try {
    candidate = await evaluate(options, dataset, config.model, partial, countTokens, () => (answered += 1));
  } catch (error) {
    if (options.signal?.aborted) {
      throw new InterruptedError(`interrupted: the ${answered} answers received so far are kept in ${partialPath}`);
    }
    throw error;
  } finally {
    await new Promise((resolve) => partial.end(resolve));
  }
  await writeJsonAtomic(paths.results, candidate);
  await rm(partialPath, { force: true });
  checkErrorBudget(candidate, config.maxErrorRate, paths.results);

  const comparison = loaded
    ? compareSnapshots(loaded.snapshot, candidate, { lengthUnit: config.lengthUnit, ...config.statistics, labels: config.labels })
    : null;
  if (loaded && !comparison) {
    // A comparison asked for and impossible must not pass as "no baseline yet".
    throw inputError(
      loaded.source,
      `the baseline shares no example scored on both sides with this run (baseline: ${loaded.snapshot.summary.total} examples, ` +
        `${loaded.snapshot.summary.errors} errors; this run: ${candidate.summary.total}): are they on the same dataset ids?`,
    );
  }
  // Its invalid outputs counted against this run's label set, as the comparison counts them.
  const baseline = loaded ? withLabelSet(loaded.snapshot, config.labels) : null;
  const notes = loaded?.notes ?? [];
  const origin = options.baselineOrigin ?? defaultOrigin(loaded);
  const anomalies = loaded && config.anomalies.enabled ? snapshotAnomalies(loaded.snapshot, candidate, dataset.examples, { ...config.anomalies, seed: config.statistics.seed, confidence: config.statistics.confidence }) : null;
  const compareOptions = { lengthUnit: config.lengthUnit, ...config.statistics, labels: config.labels };
  const history = options.history;
  const cumulative = history ? cumulativeReference(history, candidate, config.gates.cumulativeDrop, compareOptions) : undefined;
  const gate = withMissingBaseline(
    evaluateGates({
      gates: config.gates,
      alpha: config.statistics.alpha,
      confidence: config.statistics.confidence,
      candidate: candidate.summary.metrics,
      comparison,
      latency: candidate.summary.latencyMs,
      cost: { candidate: runCost(candidate.summary, pricingOf(config.model)), baseline: baseline && config.baseline.model ? runCost(baseline.summary, pricingOf(config.baseline.model)) : null },
      anomalies: anomalies ? anomalies.summary : undefined,
      resources: { baseline: loaded?.snapshot.resources ?? null, candidate: candidate.resources ?? null },
      cumulative,
    }),
    missingBaselineOutcome(origin, options.onMissingBaseline ?? config.baseline.onMissing),
  );
  const report = buildReport({
    candidate,
    baseline,
    comparison,
    gate,
    lengthUnit: config.lengthUnit,
    accuracyMaxDrop: config.gates.accuracy.maxDrop,
    alpha: config.statistics.alpha,
    notes,
    baselineOrigin: origin,
    acceptance: options.acceptance ?? null,
    pricing: { candidate: pricingOf(config.model), baseline: config.baseline.model ? pricingOf(config.baseline.model) : null },
    monitoring: { anomalies: anomalies?.report ?? null, history: history && config.history > 0 ? trendOf(history, candidate) : [] },
  });
  const renderOptions = { runUrl: options.runUrl ?? null, maxRegressions: config.report.maxRegressions, ...(template ? { template } : {}) };
  await writeJsonAtomic(paths.reportJson, report, 2);
  const render = (maxLength: number) => {
    try {
      return renderMarkdown(report, { ...renderOptions, maxLength });
    } catch (error) {
      // strict mode: a field the template names that the data lacks.
      throw inputError(config.report.template ?? 'report template', `cannot render: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
    }
  };
  const markdown = render(Number.POSITIVE_INFINITY);
  await writeFile(paths.reportMarkdown, markdown);
  await writeFile(paths.reportHtml, renderHtml(report, { flips: baseline ? flipRows(baseline, candidate) : [], runUrl: options.runUrl ?? null }));
  return { candidate, baseline, report, markdown, render, paths };
}
