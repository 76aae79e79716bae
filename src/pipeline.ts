import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { type NoiseFloor, type SelfFlips, selfFlipsOf } from './compare/self-flips.js';
import type { ResolvedConfig } from './config/load.js';
import type { ModelConfig, PredictionsConfig } from './config/model.js';
import { scorerSpecOf } from './config/scorer.js';
import { isFingerprintOf } from './dataset/fingerprint.js';
import { readDataset, readDatasetKeys } from './dataset/read.js';
import type { Dataset, DatasetKeys } from './dataset/types.js';
import { InputError, InterruptedError, inputError } from './errors.js';
import { percent } from './format.js';
import type { Acceptance } from './gate/acceptance.js';
import { runCost } from './gate/cost-rule.js';
import { evaluateGates } from './gate/evaluate.js';
import {
  type BaselineOrigin,
  missingBaselineOutcome,
  type OnMissingBaseline,
  withMissingBaseline,
} from './gate/missing-baseline.js';
import type { ReleaseHistory } from './history/trend.js';
import type { Logger } from './log.js';
import { freeTextHint, freeTextSigns } from './metrics/free-text.js';
import { checkExpectedDeclared } from './metrics/label-set.js';
import { loadTokenCounter, type TokenCounter } from './metrics/lengths.js';
import { referenceProblem } from './metrics/scorers.js';
import { judgeTable } from './models/judge.js';
import { listIds, streamPredictions } from './models/predictions.js';
import { runModel } from './models/run.js';
import type { CompiledTemplate } from './report/markdown.js';
import type { GateReport } from './report/types.js';
import { datasetTable, scoreOutcomes, snapshotHeader } from './snapshot/build.js';
import { isPredictionsFile, readSnapshot, SNAPSHOT_FILE, writeJsonAtomic, writeSnapshot } from './snapshot/io.js';
import { Scorer, type Scoring } from './snapshot/records.js';
import {
  rescoreSnapshot,
  sameGenerationScoring,
  sameScoring,
  withLabelSet,
  withTokenCounts,
} from './snapshot/rescore.js';
import { summarizeTable } from './snapshot/summary.js';
import { type SnapshotTable, StringPool } from './snapshot/table.js';
import { tool } from './version.js';

export interface GateRunOptions {
  config: ResolvedConfig;
  /**
   * Overrides the config's baseline (the Action resolves `auto`/`release:` to a file). Null: no
   * baseline at all, not even the config's `baseline.model` (`baseline: none`, `--baseline none`, or
   * an `auto`/`release:` lookup that found none: its origin says why, and no model runs behind it).
   */
  baselinePath?: string | null;
  /** Where the Action's baseline came from, or why there is none; default: the config's file or model, or none. */
  baselineOrigin?: BaselineOrigin;
  /** The `on-missing-baseline` input; overrides the config's `baseline.onMissing`. */
  onMissingBaseline?: OnMissingBaseline | null;
  /** The accept label on the PR (who, when): turns a failed verdict into `accepted`. */
  acceptance?: Acceptance | null;
  logger: Logger;
  /** The commit; a promise (or thenable) while git is still asked, awaited when the snapshot is written. */
  gitSha: string | null | PromiseLike<string | null>;
  /** Called once the first answer is in, when the requests are under way (the CLI asks git then). */
  onFirstAnswer?: () => void;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
  cacheDir?: string;
  runUrl?: string | null;
  now?: () => Date;
  /** The last accepted releases' snapshots (the Action fetches them); absent: no trend, no cumulativeDrop rule. */
  history?: ReleaseHistory;
  /** A shard run: the ids of the whole dataset, whose other shards' answers a predictions file may hold. */
  otherIds?: ReadonlyMap<string, number>;
}

export interface GateRun {
  candidate: SnapshotTable;
  baseline: SnapshotTable | null;
  report: GateReport;
  markdown: string;
  /** The Markdown again within a size limit (comment, job summary), with the same template. */
  render: (maxLength: number) => string;
  paths: { outDir: string; results: string; reportMarkdown: string; reportJson: string; reportHtml: string };
}

/** Compare → gate → report, loaded on demand (post-run.ts); `preloadPostRun` starts it while the model answers. */
const postRun = () => import('./post-run.js');

/** Starts loading post-run.ts soon, in the wait for the first answers; the gate awaits it at the end. */
function preloadPostRun(): void {
  // A few ms after the requests went out, so that compiling it does not hold them back; an
  // error shows where the gate awaits it.
  setTimeout(() => void postRun().catch(() => undefined), 5);
}

/** The user's `report.template`, read and compiled before the long run, so a bad one costs no evaluation. */
async function loadTemplate(path: string | null): Promise<CompiledTemplate | undefined> {
  if (!path) return undefined;
  const source = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw inputError(
      path,
      error.code === 'ENOENT'
        ? 'report template not found (report.template / input report-template)'
        : `cannot read the report template (${error.code ?? error.message})`,
    );
  });
  try {
    return (await postRun()).compileReportTemplate(source);
  } catch (error) {
    throw inputError(
      path,
      `not a valid Handlebars template: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`,
    );
  }
}

function* expectedOf(dataset: DatasetKeys): Iterable<{ id: string; expected: string }> {
  for (let row = 0; row < dataset.n; row++)
    yield { id: dataset.ids[row] as string, expected: dataset.expected[row] as string };
}

/** How this run scores: the label settings, and for generation the scorer (config `scoring.scorer`). */
export function runScoring(config: ResolvedConfig): Scoring {
  const { labelPattern, caseSensitive } = config.scoring;
  return config.task === 'generation'
    ? { labelPattern, caseSensitive, scorer: scorerSpecOf(config.scoring.scorer) }
    : { labelPattern, caseSensitive };
}

/** Every example's references must suit the scorer (numbers for `numeric`): checked before any model runs. */
function checkReferences(config: ResolvedConfig, dataset: DatasetKeys): void {
  const { scorer } = runScoring(config);
  if (!scorer) return;
  for (let row = 0; row < dataset.n; row++) {
    const problem = referenceProblem(scorer, dataset.expected[row] as string);
    if (problem) throw inputError(dataset.path, `example "${dataset.ids[row] as string}": ${problem}`);
  }
}

/**
 * The judge scorer grades a table's answers with its model (models/judge.ts) and the summary
 * is made again from the grades; other scorers already scored every row.
 */
async function judged(options: GateRunOptions, dataset: RunDataset, table: SnapshotTable): Promise<SnapshotTable> {
  const { config } = options;
  const scorer = config.scoring.scorer;
  if (config.task !== 'generation' || scorer.type !== 'judge') return table;
  await judgeTable(table.records, {
    judge: scorer,
    keys: dataset,
    baseDir: config.baseDir,
    env: options.env,
    logger: options.logger,
    cacheDir: options.cacheDir,
    signal: options.signal,
  });
  return {
    header: {
      ...table.header,
      summary: summarizeTable(table.records, 'generation', null, scorerSpecOf(scorer)),
    },
    records: table.records,
  };
}

/** What a run holds of the dataset: every example when a live model must be sent them, else only the keys. */
export type RunDataset = DatasetKeys & { examples?: Dataset['examples'] };

/**
 * A predictions file is scored line by line as it streams, straight into the table: no
 * outcome objects, no copy of the file in memory.
 */
async function scorePredictions(
  options: GateRunOptions,
  dataset: RunDataset,
  model: PredictionsConfig,
  labels: StringPool,
  countTokens: TokenCounter | null,
) {
  const { config } = options;
  const records = datasetTable(dataset, labels);
  // The records keep no input text: each row shows the dataset's (a million inputs are not held twice).
  records.useDatasetInputs(dataset.inputs, false);
  const scorer = new Scorer(config.task, runScoring(config), countTokens);
  // A shard's file holds the other shards' answers too: those ids are the whole dataset's, skipped.
  const skip = options.otherIds ? (id: string) => options.otherIds?.has(id) === true : undefined;
  await streamPredictions(model.path, resolve(config.baseDir, model.path), dataset, skip, (row, answer) => {
    const id = dataset.ids[row] as string;
    const example = {
      id,
      expected: dataset.expected[row] as string,
      tags: dataset.tags[row] as Record<string, string>,
    };
    records.put(
      row,
      scorer.score(example, 'output' in answer ? { id, output: answer.output } : { id, error: answer.error }),
    );
  });
  return { identity: { type: 'predictions', name: model.name ?? basename(model.path) }, records };
}

export async function evaluate(
  options: GateRunOptions,
  dataset: RunDataset,
  model: ModelConfig,
  labels: StringPool,
  partial: WriteStream | null,
  countTokens: TokenCounter | null,
  onAnswer: () => void = () => undefined,
  repeat = 0,
): Promise<SnapshotTable> {
  const { config } = options;
  let scored: Awaited<ReturnType<typeof scorePredictions>>;
  let resources: Awaited<ReturnType<typeof runModel>>['resources'] | undefined;
  if (model.type === 'predictions') scored = await scorePredictions(options, dataset, model, labels, countTokens);
  else {
    if (!dataset.examples) throw new Error('a live model run needs the dataset read with its examples');
    const run = await runModel({
      config: model,
      examples: dataset.examples,
      baseDir: config.baseDir,
      env: options.env,
      logger: options.logger,
      cacheDir: options.cacheDir,
      signal: options.signal,
      repeat,
      // Every answer is on disk as it arrives: a killed run still leaves what it had.
      onOutcome: partial
        ? (outcome) => {
            partial.write(`${JSON.stringify(outcome)}\n`);
            onAnswer();
          }
        : undefined,
    });
    scored = {
      identity: run.identity,
      records: scoreOutcomes(
        dataset,
        run.outcomes,
        { task: config.task, scoring: runScoring(config), countTokens },
        labels,
      ),
    };
    resources = run.resources;
  }
  const header = snapshotHeader(
    {
      dataset,
      task: config.task,
      scoring: runScoring(config),
      labels: config.labels,
      model: scored.identity,
      tool,
      gitSha: await options.gitSha,
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      seed: config.statistics.seed,
    },
    scored.records,
  );
  return judged(options, dataset, { header: resources ? { ...header, resources } : header, records: scored.records });
}

interface LoadedBaseline {
  snapshot: SnapshotTable;
  /** Where it came from, for messages. */
  source: string;
  notes: string[];
}

/**
 * A baseline that carries this dataset's fingerprint says it was run on exactly these
 * examples: its ids must be the dataset's, each once (the reader refused duplicates).
 * Otherwise it was edited or is corrupt, and pairing it would pass off other examples as these.
 * One written with the earlier fingerprint definition comes back with today's, so that the
 * comparison sees the same dataset.
 */
function checkFingerprintClaim(path: string, snapshot: SnapshotTable, dataset: RunDataset): SnapshotTable {
  const { header } = snapshot;
  if (!isFingerprintOf(header.dataset.fingerprint, dataset)) return snapshot;
  const { records } = snapshot;
  let known = 0;
  const datasetRows = records.datasetRows?.of === dataset.rowOfId ? records.datasetRows.rows : null;
  for (let row = 0; row < records.size; row++)
    if (datasetRows ? datasetRows[row] !== -1 : dataset.rowOfId.has(records.id(row))) known += 1;
  if (known === dataset.n && records.size === dataset.n) {
    if (header.dataset.fingerprint === dataset.fingerprint) return snapshot;
    return { ...snapshot, header: { ...header, dataset: { ...header.dataset, fingerprint: dataset.fingerprint } } };
  }
  throw inputError(
    path,
    `the baseline carries this dataset's fingerprint but its records do not match it (${records.size - known} ids not in the dataset, ` +
      `${dataset.n - known} dataset ids missing): it was edited or is corrupt; re-create it`,
  );
}

async function loadBaseline(
  options: GateRunOptions,
  dataset: RunDataset,
  labels: StringPool,
  countTokens: TokenCounter | null,
): Promise<LoadedBaseline | null> {
  const { config } = options;
  if (options.baselinePath === null) return null;
  const path = options.baselinePath ?? config.baseline.path;
  if (path) {
    if (await isPredictionsFile(path)) {
      return {
        snapshot: await evaluate(
          options,
          dataset,
          { type: 'predictions', path, name: basename(path) },
          labels,
          null,
          countTokens,
        ),
        source: path,
        notes: [],
      };
    }
    const read = await readSnapshot(path, { labels, knownIds: dataset });
    const { shard } = read.header;
    if (shard)
      throw inputError(
        path,
        `a shard snapshot (shard ${shard.index}/${shard.count}) cannot be a baseline: merge the shards first ` +
          `(model-release-gate merge) and use the merged results.jsonl`,
      );
    const claimed = checkFingerprintClaim(path, read, dataset);
    const snapshot = countTokens === null ? claimed : withTokenCounts(claimed, countTokens);
    const { task, scoring } = snapshot.header;
    if (task !== config.task) {
      throw inputError(path, `the baseline is a ${task} snapshot, this run's task is ${config.task}`);
    }
    if (task === 'classification' && !sameScoring(scoring, config.scoring)) {
      const note =
        `The baseline was scored with other label settings (${JSON.stringify(scoring)}); its ` +
        `outputs were scored again with this run's.`;
      return {
        snapshot: rescoreSnapshot(snapshot, dataset, runScoring(config), config.labels, countTokens),
        source: path,
        notes: [note],
      };
    }
    const ours = runScoring(config);
    if (task === 'generation' && !sameGenerationScoring(scoring, ours)) {
      const was = scoring.scorer?.type ?? 'exact';
      const note =
        `The baseline was scored with the ${was} scorer (or other settings of it); its outputs ` +
        `were scored again with this run's ${ours.scorer?.type ?? 'exact'} scorer.`;
      const rescored = rescoreSnapshot(snapshot, dataset, ours, null, countTokens);
      return { snapshot: await judged(options, dataset, rescored), source: path, notes: [note] };
    }
    return { snapshot, source: path, notes: [] };
  }
  if (config.baseline.model) {
    return {
      snapshot: await evaluate(options, dataset, config.baseline.model, labels, null, countTokens),
      source: 'baseline.model',
      notes: [],
    };
  }
  return null;
}

/**
 * `repeats: K`: the live model's runs 2..K on the same examples (each with its own cache keys),
 * and the self-flips of all K against each other. A predictions file gives the same answers
 * every time: it is not repeated, and the warning says how to measure its floor instead.
 */
async function repeatedSelfFlips(
  options: GateRunOptions,
  dataset: RunDataset,
  model: ModelConfig,
  first: SnapshotTable,
  labels: StringPool,
  countTokens: TokenCounter | null,
  side: 'candidate' | 'baseline',
): Promise<SelfFlips | null> {
  const { repeats } = options.config;
  if (repeats < 2) return null;
  if (model.type === 'predictions') {
    if (side === 'candidate')
      options.logger.warn(
        `repeats: ${repeats} has no effect on a predictions file (its answers do not change); ` +
          'to measure the noise floor offline, give the baseline twice: --baseline A --baseline-repeat B',
      );
    return null;
  }
  const runs = [first];
  for (let repeat = 1; repeat < repeats; repeat++) {
    options.logger.info(`${side}: repeat ${repeat + 1} of ${repeats} (the model's own noise)`);
    runs.push(await evaluate(options, dataset, model, labels, null, countTokens, undefined, repeat));
  }
  return selfFlipsOf(
    runs.map((run) => run.records),
    options.config.statistics.confidence,
  );
}

/** `--baseline-repeat B`: the baseline's second run, read as the baseline is; its self-flips against the baseline. */
async function baselineRepeatFlips(
  options: GateRunOptions,
  dataset: RunDataset,
  loaded: LoadedBaseline | null,
  labels: StringPool,
  countTokens: TokenCounter | null,
): Promise<SelfFlips | null> {
  const path = options.config.baseline.repeat;
  if (!path) return null;
  if (!loaded) throw inputError(path, 'a baseline repeat needs a baseline: pass --baseline A with --baseline-repeat B');
  const again = await loadBaseline({ ...options, baselinePath: path }, dataset, labels, countTokens);
  if (!again) return null;
  const flips = selfFlipsOf([loaded.snapshot.records, again.snapshot.records], options.config.statistics.confidence);
  if (!flips)
    throw inputError(
      path,
      'the baseline repeat shares no example scored in both runs with the baseline: same dataset ids?',
    );
  return flips;
}

/** A baseline the config (or a path) named: a file or the baseline model; none without one. */
function defaultOrigin(loaded: LoadedBaseline | null): BaselineOrigin {
  if (!loaded) return { status: 'none', source: null, reason: null };
  const source =
    loaded.source === 'baseline.model'
      ? { kind: 'model' as const }
      : { kind: 'file' as const, path: basename(loaded.source) };
  return { status: 'found', source, reason: null };
}

function pricingOf(model: ModelConfig) {
  return 'pricing' in model && model.pricing ? model.pricing : null;
}

/** An unusable run still leaves its snapshot behind; the error says where. */
function checkErrorBudget(candidate: SnapshotTable, maxErrorRate: number, resultsPath: string): void {
  const { errors, total } = candidate.header.summary;
  if (errors === 0 || (errors / total <= maxErrorRate && errors < total)) return;
  const failedIds: string[] = [];
  const reasonSet = new Set<string>();
  for (let row = 0; row < candidate.records.size; row++) {
    const error = candidate.records.errorOf(row);
    if (error === undefined) continue;
    failedIds.push(candidate.records.id(row));
    if (reasonSet.size < 2) reasonSet.add(error);
  }
  const reasons = [...reasonSet].join('; ');
  const what =
    errors === total
      ? `every example (${total}) ended in an error: nothing could be scored`
      : `${errors} of ${total} examples (${percent(errors / total)}) ended in an error, above the ` +
        `${percent(maxErrorRate)} budget (maxErrorRate)`;
  throw new InputError(`${what}: ${listIds(failedIds)} — ${reasons}. Results so far are in ${resultsPath}`);
}

/** A classification run on what looks like free text (the task defaulted, no labels): say so, once. */
function taskHints(config: ResolvedConfig, dataset: DatasetKeys): { log: string[]; report: string[] } {
  if (config.task !== 'classification' || config.taskGiven || config.labels !== null) return { log: [], report: [] };
  const signs = freeTextSigns(dataset.expected);
  if (!signs) return { log: [], report: [] };
  const examples = signs.examples.map((value) => JSON.stringify(value.slice(0, 40))).join(', ');
  return { log: [`${dataset.path}: ${freeTextHint(signs, `, e.g. ${examples}`)}`], report: [freeTextHint(signs)] };
}

/**
 * The whole gate, one direction: config → dataset → runner → snapshot → compare → gate →
 * report. Files are written as soon as they exist, so a failure later keeps what came before.
 */
export async function runGate(options: GateRunOptions): Promise<GateRun> {
  const prepared = await prepareGate(options);
  const candidate = await keepingAnswers(
    options,
    prepared.dataset,
    prepared.labels,
    prepared.countTokens,
    prepared.paths,
  );
  return gateSnapshot(options, prepared, candidate);
}

/** The dataset as a run needs it (see RunDataset), logged and its expected labels checked. */
export async function readRunDataset(options: GateRunOptions): Promise<RunDataset> {
  const { config, logger } = options;
  // Only a live model is sent the whole examples: a predictions run keeps the keys and each
  // input as its record keeps it, for the report's regressions (up to MAX_RECORD_INPUT_CHARS
  // each, plus a pool entry in the table: on long prompts the largest part of its memory).
  const live =
    config.model.type !== 'predictions' ||
    (config.baseline.model !== undefined &&
      config.baseline.model !== null &&
      config.baseline.model.type !== 'predictions');
  const datasetOptions = { ...config.dataset, references: config.task === 'generation' };
  const dataset: RunDataset = live ? await readDataset(datasetOptions) : await readDatasetKeys(datasetOptions);
  logger.info(`Dataset ${dataset.path}: ${dataset.n} examples (${dataset.fingerprint.slice(0, 19)})`);
  if (config.task === 'classification')
    checkExpectedDeclared(dataset.path, expectedOf(dataset), config.labels, config.scoring.caseSensitive);
  else checkReferences(config, dataset);
  for (const hint of taskHints(config, dataset).log) logger.warn(hint);
  return dataset;
}

export type RunPaths = GateRun['paths'];

/** Creates the output folder; the paths of what a run writes there. */
export async function outputFolder(outDir: string): Promise<RunPaths> {
  await mkdir(outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    // EEXIST: the path is a file; ENOTDIR: a folder on the way is one.
    if (error.code === 'EEXIST' || error.code === 'ENOTDIR')
      throw inputError(
        outDir,
        `${error.code === 'EEXIST' ? 'is' : 'goes through'} a file, not a folder: --out (or out: in the ` +
          `config) names the folder the results are written to; pick another path`,
      );
    throw inputError(outDir, `cannot create the output folder (${error.code ?? error.message})`);
  });
  return {
    outDir,
    results: join(outDir, SNAPSHOT_FILE),
    reportMarkdown: join(outDir, 'report.md'),
    reportJson: join(outDir, 'report.json'),
    reportHtml: join(outDir, 'report.html'),
  };
}

/** The tokenizer, loaded only for a run that measures lengths in tokens. */
export async function tokenCounterFor(config: ResolvedConfig): Promise<TokenCounter | null> {
  return config.lengthUnit === 'tokens' ? await loadTokenCounter() : null;
}

/** What the gate needs before the candidate's snapshot exists; checked before the long run. */
export interface PreparedGate {
  dataset: RunDataset;
  paths: RunPaths;
  countTokens: TokenCounter | null;
  template: CompiledTemplate | undefined;
  labels: StringPool;
  loaded: LoadedBaseline | null;
}

export async function prepareGate(options: GateRunOptions): Promise<PreparedGate> {
  const { config } = options;
  const dataset = await readRunDataset(options);
  const paths = await outputFolder(config.out);
  // The tokenizer is loaded only for a run that measures lengths in tokens.
  const countTokens = await tokenCounterFor(config);
  const template = await loadTemplate(config.report.template);
  // Both sides number their labels in one pool, so pairing compares numbers.
  const labels = new StringPool();
  // Read the baseline before the long run: a wrong path should not cost an evaluation.
  const loaded = await loadBaseline(options, dataset, labels, countTokens);
  return { dataset, paths, countTokens, template, labels, loaded };
}

/**
 * Evaluates the candidate with every answer kept on disk as it arrives (a killed run still
 * leaves what it had), then writes its snapshot; `header` adds to the snapshot's header (a shard's).
 */
export async function keepingAnswers(
  options: GateRunOptions,
  dataset: RunDataset,
  labels: StringPool,
  countTokens: TokenCounter | null,
  paths: RunPaths,
  header: (table: SnapshotTable) => SnapshotTable = (table) => table,
): Promise<SnapshotTable> {
  const { config } = options;
  const partialPath = join(paths.outDir, 'outcomes.partial.jsonl');
  // A predictions file is on disk already: nothing to keep while it is read.
  const partial = config.model.type === 'predictions' ? null : createWriteStream(partialPath);
  let answered = 0;
  let candidate: SnapshotTable;
  const onAnswer = () => {
    answered += 1;
    if (answered === 1) {
      preloadPostRun();
      options.onFirstAnswer?.();
    }
  };
  try {
    candidate = await evaluate(options, dataset, config.model, labels, partial, countTokens, onAnswer);
  } catch (error) {
    if (options.signal?.aborted) {
      throw new InterruptedError(`interrupted: the ${answered} answers received so far are kept in ${partialPath}`);
    }
    throw error;
  } finally {
    if (partial) await new Promise((done) => partial.end(done));
  }
  candidate = header(candidate);
  await writeSnapshot(paths.results, candidate);
  if (partial) await rm(partialPath, { force: true });
  return candidate;
}

/** Compare → gate → report on a candidate snapshot already written (a run's, or merged shards'). */
export async function gateSnapshot(
  options: GateRunOptions,
  prepared: PreparedGate,
  candidate: SnapshotTable,
): Promise<GateRun> {
  const { config } = options;
  const { dataset, paths, countTokens, template, labels, loaded } = prepared;
  checkErrorBudget(candidate, config.maxErrorRate, paths.results);
  const {
    compareTables,
    snapshotAnomalies,
    cumulativeReference,
    trendOf,
    buildReport,
    renderMarkdown,
    renderHtml,
    flipRows,
    MAX_HTML_FLIPS,
  } = await postRun();

  // The model's own noise: the candidate's (and a live baseline's) repeats, or the baseline given twice.
  const candidateNoise = await repeatedSelfFlips(
    options,
    dataset,
    config.model,
    candidate,
    labels,
    countTokens,
    'candidate',
  );
  const baselineNoise =
    (await baselineRepeatFlips(options, dataset, loaded, labels, countTokens)) ??
    (loaded && config.baseline.model && loaded.source === 'baseline.model'
      ? await repeatedSelfFlips(
          options,
          dataset,
          config.baseline.model,
          loaded.snapshot,
          labels,
          countTokens,
          'baseline',
        )
      : null);
  const noise: NoiseFloor | null =
    candidateNoise || baselineNoise ? { candidate: candidateNoise, baseline: baselineNoise } : null;

  const comparison = loaded
    ? compareTables(loaded.snapshot, candidate, {
        lengthUnit: config.lengthUnit,
        ...config.statistics,
        labels: config.labels,
      })
    : null;
  if (loaded && !comparison) {
    // A comparison asked for and impossible must not pass as "no baseline yet".
    throw inputError(
      loaded.source,
      `the baseline shares no example scored on both sides with this run (baseline: ${loaded.snapshot.header.summary.total} examples, ` +
        `${loaded.snapshot.header.summary.errors} errors; this run: ${candidate.header.summary.total}): are they on the same dataset ids?`,
    );
  }
  // Its invalid outputs counted against this run's label set, as the comparison counts them.
  const baseline = loaded ? withLabelSet(loaded.snapshot, config.labels) : null;
  const notes = [...(loaded?.notes ?? []), ...taskHints(config, dataset).report];
  const origin = options.baselineOrigin ?? defaultOrigin(loaded);
  const anomalies =
    loaded && config.anomalies.enabled
      ? snapshotAnomalies(loaded.snapshot, candidate, {
          ...config.anomalies,
          seed: config.statistics.seed,
          confidence: config.statistics.confidence,
        })
      : null;
  const compareOptions = { lengthUnit: config.lengthUnit, ...config.statistics, labels: config.labels };
  const history = options.history;
  const cumulative = history
    ? cumulativeReference(history, candidate, config.gates.cumulativeDrop, compareOptions)
    : undefined;
  const gate = withMissingBaseline(
    evaluateGates({
      gates: config.gates,
      alpha: config.statistics.alpha,
      confidence: config.statistics.confidence,
      candidate: candidate.header.summary.metrics,
      comparison,
      latency: candidate.header.summary.latencyMs,
      cost: {
        candidate: runCost(candidate.header.summary, pricingOf(config.model)),
        baseline:
          baseline && config.baseline.model ? runCost(baseline.header.summary, pricingOf(config.baseline.model)) : null,
      },
      anomalies: anomalies ? anomalies.summary : undefined,
      resources: { baseline: loaded?.snapshot.header.resources ?? null, candidate: candidate.header.resources ?? null },
      cumulative,
      noise,
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
    pricing: {
      candidate: pricingOf(config.model),
      baseline: config.baseline.model ? pricingOf(config.baseline.model) : null,
    },
    monitoring: {
      anomalies: anomalies?.report ?? null,
      history: history && config.history > 0 ? trendOf(history, candidate) : [],
    },
    noise,
    confidence: config.statistics.confidence,
  });
  const renderOptions = {
    runUrl: options.runUrl ?? null,
    maxRegressions: config.report.maxRegressions,
    ...(template ? { template } : {}),
  };
  await writeJsonAtomic(paths.reportJson, report, 2);
  const render = (maxLength: number) => {
    try {
      return renderMarkdown(report, { ...renderOptions, maxLength });
    } catch (error) {
      // strict mode: a field the template names that the data lacks.
      throw inputError(
        config.report.template ?? 'report template',
        `cannot render: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`,
      );
    }
  };
  const markdown = render(Number.POSITIVE_INFINITY);
  await writeFile(paths.reportMarkdown, markdown);
  await writeFile(
    paths.reportHtml,
    renderHtml(report, {
      // The HTML lists the first MAX_HTML_FLIPS: only those become objects.
      flips: baseline ? flipRows(baseline, candidate, MAX_HTML_FLIPS) : [],
      flipCount: report.comparison ? report.comparison.flips.negative + report.comparison.flips.positive : 0,
      runUrl: options.runUrl ?? null,
    }),
  );
  return { candidate, baseline, report, markdown, render, paths };
}
