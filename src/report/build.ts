import type { AnomalyReport } from '../anomaly/report.js';
import { type PairedRecord, PairTable, pairRecords, scoredRows } from '../compare/pairs.js';
import type { NoiseFloor, SelfFlips } from '../compare/self-flips.js';
import type { Comparison } from '../compare/types.js';
import { percent, points } from '../format.js';
import { type Acceptance, acceptedVerdict } from '../gate/acceptance.js';
import { costOf, type Pricing } from '../gate/cost-rule.js';
import type { BaselineOrigin } from '../gate/missing-baseline.js';
import type { GateResult } from '../gate/types.js';
import type { HistoryPoint } from '../history/types.js';
import type { LengthUnit } from '../metrics/types.js';
import type { SnapshotHeader } from '../snapshot/schema.js';
import type { RecordTable, SnapshotTable } from '../snapshot/table.js';
import { confusionCells } from './confusion.js';
import { lengthDistribution } from './distribution.js';
import { truncate } from './escape.js';
import type { GateReport, ModelSummary } from './types.js';

export function summarizeSnapshot(
  snapshot: SnapshotHeader,
  unit: LengthUnit,
  pricing: Pricing | null = null,
): ModelSummary {
  const { metrics } = snapshot.summary;
  const length = snapshot.summary.outputLength[unit];
  const classification = metrics.task === 'classification' ? metrics : null;
  const generation = metrics.task === 'generation' ? metrics : null;
  return {
    model: snapshot.model,
    createdAt: snapshot.createdAt,
    gitSha: snapshot.gitSha,
    n: snapshot.summary.scored,
    errors: snapshot.summary.errors,
    accuracy: metrics.accuracy,
    macroF1: classification?.macroF1 ?? null,
    microF1: classification?.microF1 ?? null,
    weightedF1: classification?.weightedF1 ?? null,
    exactMatch: generation?.exactMatch ?? null,
    tokenF1: generation?.tokenF1 ?? null,
    scorer: generation?.scorer ?? null,
    passRate: generation?.passRate ?? null,
    score: generation?.score ?? null,
    perClass: classification?.perClass ?? {},
    invalid: classification ? { count: classification.invalid.count, rate: classification.invalid.rate } : null,
    invalidExamples: classification?.invalidExamples ?? [],
    labelSource: classification?.labelSource ?? null,
    outputLength: { unit, mean: length.mean, median: length.median, p90: length.p90, p99: length.p99 },
    latencyMs: snapshot.summary.latencyMs,
    usage: snapshot.summary.usage,
    resources: snapshot.resources ?? null,
    cost: pricing && snapshot.summary.usage ? costOf(snapshot.summary.usage, pricing) : null,
  };
}

/** Invalid outputs, said first: they are wrong answers, or a format the gate could not read. */
export function invalidWarning(summary: ModelSummary): string | null {
  if (!summary.invalid || summary.invalid.count === 0) return null;
  const { count, rate } = summary.invalid;
  const examples = summary.invalidExamples
    .slice(0, 3)
    .map((example) => `"${truncate(example.prediction, 60)}"${example.count > 1 ? ` ×${example.count}` : ''}`)
    .join(', ');
  const share = `${count} of ${summary.n} outputs (${percent(rate)})`;
  const what =
    summary.labelSource === 'declared'
      ? `${share} are none of the declared labels and count as invalid (wrong)`
      : `No \`labels\` declared, and ${share} are strings no example expects, too many to be labels: they ` +
        `count as invalid (wrong), not as classes`;
  const fix =
    summary.labelSource === 'declared'
      ? 'set `scoring.labelPattern` to extract the label from longer answers'
      : 'declare the label set with `labels:` and, for longer answers, set `scoring.labelPattern`';
  return `${what}, e.g. ${examples}. To score them, ${fix}.`;
}

/** Warnings a reviewer must see first: they change how far the numbers can be trusted. */
function warningsOf(
  candidate: SnapshotHeader,
  summary: ModelSummary,
  comparison: Comparison | null,
  maxDrop: number | null,
  alpha: number,
): string[] {
  const warnings: string[] = [];
  const invalid = invalidWarning(summary);
  if (invalid) warnings.push(invalid);
  if (candidate.summary.errors > 0) {
    warnings.push(
      `${candidate.summary.errors} of ${candidate.summary.total} examples ended in an error and are left out of every metric.`,
    );
  }
  if (!comparison) return warnings;
  if (!comparison.sameDataset) {
    warnings.push(
      `The baseline was evaluated on a different dataset: compared on the ${comparison.paired} shared examples ` +
        `(${comparison.onlyInCandidate} only in this run, ${comparison.onlyInBaseline} only in the baseline` +
        `${comparison.expectedChanged > 0 ? `, ${comparison.expectedChanged} with a changed expected answer` : ''}).`,
    );
  }
  if (comparison.sameDataset && comparison.expectedChanged > 0) {
    warnings.push(
      `${comparison.expectedChanged} shared examples have a different expected answer in the baseline: their ` +
        `flips may be label changes, not model changes.`,
    );
  }
  if (comparison.skippedForErrors > 0) {
    warnings.push(
      `${comparison.skippedForErrors} shared examples errored on one side and are left out of the paired comparison.`,
    );
  }
  // Under a significant result the warning would read as "is this real?": it only helps when nothing was seen.
  const significant = comparison.accuracy.pValue !== null && comparison.accuracy.pValue < alpha;
  if (comparison.datasetTooSmall) {
    warnings.push(
      `This dataset is too small to detect any accuracy drop: with ${comparison.paired} paired examples not even a 100-point drop ` +
        `would be significant (alpha ${alpha}). Add examples before trusting a pass.`,
    );
  } else if (maxDrop !== null && !significant && comparison.minDetectableAccuracyDrop > maxDrop) {
    warnings.push(
      `This dataset is too small to see a ${points(maxDrop)}-point accuracy drop reliably: with ${comparison.paired} paired examples ` +
        `it detects drops of ${points(comparison.minDetectableAccuracyDrop)} points or more (80% power, alpha ${alpha}).`,
    );
  }
  return warnings;
}

export interface BuildReportInput {
  candidate: SnapshotTable;
  baseline: SnapshotTable | null;
  comparison: Comparison | null;
  gate: GateResult;
  lengthUnit: LengthUnit;
  accuracyMaxDrop: number | null;
  alpha: number;
  notes: string[];
  /** Default: `found` with a baseline, `none` without. */
  baselineOrigin?: BaselineOrigin;
  acceptance?: Acceptance | null;
  pricing?: { candidate: Pricing | null; baseline: Pricing | null };
  /** Anomalies and the trend (src/anomaly, src/history); default: none. */
  monitoring?: { anomalies: AnomalyReport | null; history: HistoryPoint[] };
  /** Self-flips of each side (`repeats`, `--baseline-repeat`); default: nothing repeated. */
  noise?: NoiseFloor | null;
  confidence?: number;
}

/** One side's noise floor in a sentence, with its N said (the Wilson interval is over examples, not pairs). */
export function noiseNote(side: 'candidate' | 'baseline', flips: SelfFlips, confidence: number): string {
  const pairs = (flips.runs * (flips.runs - 1)) / 2;
  return (
    `Noise floor (${side}, ${flips.runs} runs on the same examples): ${percent(flips.flipRate)} of answers flip between two runs; ` +
    `negative self-flip rate ${percent(flips.negativeFlipRate)} (${Math.round(confidence * 100)}% Wilson CI ` +
    `${percent(flips.ciLow)} to ${percent(flips.ciHigh)}, ` +
    `N = ${flips.n} examples scored in every run, averaged over ${pairs} pair${pairs === 1 ? '' : 's'} of runs).`
  );
}

/**
 * The examples both pictures are drawn from: the paired ones, or the candidate's scored ones
 * alone. Iterated (each pass reads the columns again), never held as records.
 */
function sides(
  candidate: RecordTable,
  baseline: RecordTable | null,
): Iterable<{ baseline: PairedRecord | null; candidate: PairedRecord }> & { length: number } {
  if (baseline) return pairRecords(baseline, candidate).pairs;
  let length = 0;
  for (let row = 0; row < candidate.size; row++) if (candidate.correctOf(row) !== null) length += 1;
  return {
    length,
    *[Symbol.iterator]() {
      for (const record of scoredRows(candidate)) yield { baseline: null, candidate: record };
    },
  };
}

/** One side's output lengths in `unit` over the examples (records without one left out): 8 B per example. */
function lengthsOf(
  examples: Iterable<{ baseline: PairedRecord | null; candidate: PairedRecord }>,
  side: 'baseline' | 'candidate',
  unit: LengthUnit,
): ArrayLike<number> {
  if (examples instanceof PairTable) {
    // Straight from the column: no record views, no boxed numbers.
    const table = examples[side];
    const rows = side === 'baseline' ? examples.baselineRows : examples.candidateRows;
    const lengths = new Float64Array(rows.length);
    let kept = 0;
    for (let k = 0; k < rows.length; k++) {
      const length = table.lengthIn(rows[k] as number, unit);
      if (length !== -1) lengths[kept++] = length;
    }
    return lengths.subarray(0, kept);
  }
  const lengths: number[] = [];
  for (const pair of examples) {
    const value = pair[side]?.length?.[unit];
    if (value !== undefined) lengths.push(value);
  }
  return lengths;
}

/** report.json: everything the Markdown, the HTML and scripts show, as plain data. */
export function buildReport(input: BuildReportInput): GateReport {
  const candidateHeader = input.candidate.header;
  const notes = [...input.notes];
  const origin = input.baselineOrigin ?? { status: input.baseline ? 'found' : 'none', source: null, reason: null };
  if (!input.baseline)
    notes.push("Only absolute rules were checked; this run's results.jsonl can be the next baseline.");
  const verdict = acceptedVerdict(input.gate.verdict, input.acceptance ?? null);
  const errorRate =
    candidateHeader.summary.total === 0 ? 0 : candidateHeader.summary.errors / candidateHeader.summary.total;
  if (errorRate > 0) notes.push(`Error rate ${percent(errorRate)}.`);
  for (const side of ['candidate', 'baseline'] as const) {
    const flips = input.noise?.[side];
    if (flips) notes.push(noiseNote(side, flips, input.confidence ?? 0.95));
  }
  const candidate = summarizeSnapshot(candidateHeader, input.lengthUnit, input.pricing?.candidate ?? null);
  const examples = sides(input.candidate.records, input.baseline?.records ?? null);
  const unit = input.lengthUnit;
  return {
    reportVersion: 1,
    verdict,
    task: candidateHeader.task,
    createdAt: candidateHeader.createdAt,
    gitSha: candidateHeader.gitSha,
    tool: candidateHeader.tool,
    dataset: {
      path: candidateHeader.dataset.path,
      fingerprint: candidateHeader.dataset.fingerprint,
      n: candidateHeader.dataset.n,
    },
    candidate,
    baseline: input.baseline
      ? summarizeSnapshot(input.baseline.header, input.lengthUnit, input.pricing?.baseline ?? null)
      : null,
    baselineSource: { ...origin, ageDays: ageInDays(origin, candidateHeader.createdAt) },
    accepted: verdict === 'accepted' ? (input.acceptance ?? null) : null,
    comparison: input.comparison,
    gates: input.gate.gates,
    outputLengths:
      examples.length === 0
        ? null
        : lengthDistribution(
            input.baseline ? lengthsOf(examples, 'baseline', unit) : null,
            lengthsOf(examples, 'candidate', unit),
            unit,
          ),
    confusion: candidateHeader.task === 'classification' ? confusionCells(examples, input.baseline !== null) : null,
    warnings: warningsOf(candidateHeader, candidate, input.comparison, input.accuracyMaxDrop, input.alpha),
    notes,
    anomalies: input.monitoring?.anomalies ?? null,
    history: input.monitoring?.history ?? [],
    noise: input.noise ?? null,
  };
}

/** Whole days from the baseline's date to this run's; null when either is unknown. */
function ageInDays(origin: BaselineOrigin, now: string): number | null {
  const source = origin.source;
  const then = source && (source.kind === 'run' || source.kind === 'release') ? source.createdAt : null;
  if (!then) return null;
  const days = Math.floor((Date.parse(now) - Date.parse(then)) / 86_400_000);
  return Number.isFinite(days) ? Math.max(0, days) : null;
}
