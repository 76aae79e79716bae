import type { Comparison } from '../compare/types.js';
import { percent, points } from '../format.js';
import type { GateResult } from '../gate/types.js';
import type { LengthUnit } from '../metrics/types.js';
import type { OpenAIConfig } from '../models/config.js';
import type { SnapshotHeader } from '../snapshot/schema.js';
import type { GateReport, ModelSummary } from './types.js';

export type Pricing = NonNullable<OpenAIConfig['pricing']>;

export function summarizeSnapshot(snapshot: SnapshotHeader, unit: LengthUnit, pricing: Pricing | null = null): ModelSummary {
  const { metrics } = snapshot.summary;
  const length = snapshot.summary.outputLength[unit];
  const classification = metrics.task === 'classification' ? metrics : null;
  const generation = metrics.task === 'generation' ? metrics : null;
  return {
    model: snapshot.model,
    n: snapshot.summary.scored,
    errors: snapshot.summary.errors,
    accuracy: metrics.accuracy,
    macroF1: classification?.macroF1 ?? null,
    microF1: classification?.microF1 ?? null,
    weightedF1: classification?.weightedF1 ?? null,
    exactMatch: generation?.exactMatch ?? null,
    tokenF1: generation?.tokenF1 ?? null,
    perClass: classification?.perClass ?? {},
    outputLength: { unit, mean: length.mean, median: length.median, p90: length.p90, p99: length.p99 },
    latencyMs: snapshot.summary.latencyMs,
    usage: snapshot.summary.usage,
    cost:
      pricing && snapshot.summary.usage
        ? (snapshot.summary.usage.promptTokens * pricing.inputPerMillionTokens + snapshot.summary.usage.completionTokens * pricing.outputPerMillionTokens) / 1e6
        : null,
  };
}

/** Warnings a reviewer must see first: they change how far the numbers can be trusted. */
function warningsOf(candidate: SnapshotHeader, comparison: Comparison | null, maxDrop: number | null, alpha: number): string[] {
  const warnings: string[] = [];
  if (candidate.summary.errors > 0) {
    warnings.push(`${candidate.summary.errors} of ${candidate.summary.total} examples ended in an error and are left out of every metric.`);
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
    warnings.push(`${comparison.expectedChanged} shared examples have a different expected answer in the baseline: their flips may be label changes, not model changes.`);
  }
  if (comparison.skippedForErrors > 0) {
    warnings.push(`${comparison.skippedForErrors} shared examples errored on one side and are left out of the paired comparison.`);
  }
  if (maxDrop !== null && comparison.minDetectableAccuracyDrop > maxDrop) {
    warnings.push(
      `This dataset is too small to see a ${points(maxDrop)}-point accuracy drop reliably: with ${comparison.paired} paired examples ` +
        `it detects drops of ${points(comparison.minDetectableAccuracyDrop)} points or more (80% power, alpha ${alpha}).`,
    );
  }
  return warnings;
}

export interface BuildReportInput {
  candidate: SnapshotHeader;
  baseline: SnapshotHeader | null;
  comparison: Comparison | null;
  gate: GateResult;
  lengthUnit: LengthUnit;
  accuracyMaxDrop: number | null;
  alpha: number;
  notes: string[];
  pricing?: { candidate: Pricing | null; baseline: Pricing | null };
}

/** report.json: everything the Markdown, the HTML and scripts show, as plain data. */
export function buildReport(input: BuildReportInput): GateReport {
  const notes = [...input.notes];
  if (!input.baseline) notes.push('No baseline yet: only absolute rules were checked; this run\'s results.json can be the next baseline.');
  const errorRate = input.candidate.summary.total === 0 ? 0 : input.candidate.summary.errors / input.candidate.summary.total;
  if (errorRate > 0) notes.push(`Error rate ${percent(errorRate)}.`);
  return {
    reportVersion: 1,
    verdict: input.gate.verdict,
    task: input.candidate.task,
    createdAt: input.candidate.createdAt,
    gitSha: input.candidate.gitSha,
    dataset: { path: input.candidate.dataset.path, fingerprint: input.candidate.dataset.fingerprint, n: input.candidate.dataset.n },
    candidate: summarizeSnapshot(input.candidate, input.lengthUnit, input.pricing?.candidate ?? null),
    baseline: input.baseline ? summarizeSnapshot(input.baseline, input.lengthUnit, input.pricing?.baseline ?? null) : null,
    comparison: input.comparison,
    gates: input.gate.gates,
    warnings: warningsOf(input.candidate, input.comparison, input.accuracyMaxDrop, input.alpha),
    notes,
  };
}
