import { z } from 'zod';
import type { Comparison, SliceFlips } from '../compare/types.js';
import { points, signedPoints } from '../format.js';
import { mcnemarExact } from '../stats/mcnemar.js';
import { holmAdjust } from '../stats/multiple-testing.js';
import { pairedAccuracyDelta } from '../stats/paired-accuracy.js';
import type { RuleInput } from './evaluate.js';
import { judgeDrop } from './metric-rules.js';
import { decisions, fraction, severities } from './options.js';
import { defineRule } from './rule.js';
import { type RuleOutcome, worstStatus } from './types.js';

const settings = {
  maxDrop: fraction.nullable(),
  minExamples: z.number().int().min(1),
  severity: z.enum(severities),
  decision: z.enum(decisions),
};

/** Any of the settings, for one slice: `overrides: {lang: {de: {maxDrop: 0.1}}}`. */
const overrideSchema = z.object(settings).partial().strict();

const slicesSchema = z
  .object({
    maxDrop: settings.maxDrop.default(0.05),
    minExamples: settings.minExamples.default(30),
    severity: settings.severity.default('warn'),
    decision: settings.decision.default('significant'),
    /** Tag → value → settings: keyed apart, so no tag or value needs escaping. */
    overrides: z.record(z.string(), z.record(z.string(), overrideSchema)).default({}),
  })
  .strict()
  .prefault({});
export type SlicesConfig = z.output<typeof slicesSchema>;

/** Rows the rule adds at most: the worst slices, then one row for the rest (the report stays readable with 500 tag values). */
const MAX_ROWS = 10;

interface Slice {
  tag: string;
  value: string;
  counts: SliceFlips;
}

/**
 * The slice's tag and value as the comparison stored them; a comparison that only has the
 * `tag=value` key (older compare/flips.ts) is split at its first `=`.
 */
function sliceOf(key: string, counts: SliceFlips): Slice {
  if (counts.tag !== undefined && counts.value !== undefined) return { tag: counts.tag, value: counts.value, counts };
  const at = key.indexOf('=');
  return { tag: at < 0 ? key : key.slice(0, at), value: at < 0 ? '' : key.slice(at + 1), counts };
}

/** The slice's paired accuracy delta (Wald interval) and McNemar's exact p, from its 2×2 counts. */
function sliceDelta(counts: SliceFlips, confidence: number) {
  const both = counts.baselineRight - counts.negative;
  const paired = {
    both,
    baselineOnly: counts.negative,
    candidateOnly: counts.positive,
    neither: counts.n - both - counts.negative - counts.positive,
  };
  const interval = pairedAccuracyDelta(paired, { confidence });
  return {
    baseline: counts.baselineRight / counts.n,
    candidate: counts.candidateRight / counts.n,
    delta: interval.delta,
    ciLow: interval.ciLow,
    ciHigh: interval.ciHigh,
    pValue: mcnemarExact(counts.negative, counts.positive).pValue,
  };
}

function settingsFor(config: SlicesConfig, slice: Slice) {
  return { ...config, ...config.overrides[slice.tag]?.[slice.value] };
}

const nameOf = (slice: Slice) => `${slice.tag}=${slice.value}`;
const metricOf = (input: RuleInput) => (input.candidate.task === 'generation' ? 'exact match' : 'accuracy');
const slicesOf = (comparison: Comparison) =>
  Object.entries(comparison.flips.bySlice).map(([key, counts]) => sliceOf(key, counts));

/**
 * Every slice of at least `minExamples` (its own, with overrides) judged on its paired delta;
 * the p-values Holm-adjusted over these slices. O(slices · log slices).
 */
export function judgeSlices(
  config: SlicesConfig,
  input: RuleInput,
  slices: readonly Slice[] = input.comparison ? slicesOf(input.comparison) : [],
): RuleOutcome[] {
  const metric = metricOf(input);
  const gated = slices.filter((slice) => {
    const own = settingsFor(config, slice);
    return own.maxDrop !== null && slice.counts.n >= own.minExamples;
  });
  const deltas = gated.map((slice) => sliceDelta(slice.counts, input.confidence));
  // Holm over the gated slices: with 20 slices, one would cross alpha by chance in two runs of three.
  const holm = holmAdjust(deltas.map((delta) => delta.pValue));
  return gated.map((slice, index) => {
    const own = settingsFor(config, slice);
    const delta = { ...(deltas[index] as ReturnType<typeof sliceDelta>), pValue: holm[index] as number };
    const label = `${metric} on ${nameOf(slice)} (n = ${slice.counts.n})`;
    const outcome = judgeDrop(
      {
        name: 'slices.maxDrop',
        label,
        limit: own.maxDrop as number,
        relative: false,
        severity: own.severity,
        decision: own.decision,
        alpha: input.alpha,
        confidence: input.confidence,
        pName: 'Holm p',
      },
      delta,
    );
    return {
      ...outcome,
      target: `${metric} on ${nameOf(slice)}`,
      n: slice.counts.n,
      slice: { tag: slice.tag, value: slice.value },
    };
  });
}

export const slicesRule = defineRule({
  key: 'slices',
  schema: slicesSchema,
  docs: [
    {
      name: 'slices.maxDrop',
      defaults: '`0.05`, warn, significant, `minExamples: 30`',
      judges:
        'the paired accuracy (exact match for generation) drop within each tag value: McNemar exact p, ' +
        'Holm-adjusted over the gated slices; per-slice `overrides`',
      why:
        'an average can hold while one slice collapses; Holm keeps many slices from alarming by chance; a ' +
        'warning until you choose which slices matter',
    },
    {
      name: 'slices.minExamples',
      defaults: '`30`',
      judges: 'slices smaller than this are reported (with their drop), not gated',
      why:
        'under 30 paired examples only a drop of about 20 points can be significant at alpha 0.05 (6 flips ' +
        'one way, none back); the drop is shown, not judged',
    },
  ],
  evaluate(config, input) {
    if (!input.comparison) return [];
    const metric = metricOf(input);
    const slices = slicesOf(input.comparison);
    if (slices.length === 0) return [];
    const judged = judgeSlices(config, input, slices);
    const flagged = judged
      .filter((outcome) => outcome.status !== 'pass')
      .sort((x, y) => (x.delta ?? 0) - (y.delta ?? 0));
    const outcomes: RuleOutcome[] = flagged.slice(0, MAX_ROWS);
    const rest = flagged.slice(MAX_ROWS);
    if (rest.length > 0) {
      outcomes.push({
        name: 'slices.maxDrop',
        status: worstStatus(rest.map((outcome) => outcome.status)),
        message: `and ${rest.length} more slices beyond their limit (all in report.json's comparison.flips.bySlice)`,
        target: `${metric} on ${rest.length} more slices`,
      });
    }
    if (flagged.length === 0 && judged.length > 0) {
      const worst = [...judged].sort((x, y) => (x.delta ?? 0) - (y.delta ?? 0))[0] as (typeof judged)[number];
      outcomes.push({
        ...worst,
        status: 'pass',
        message:
          `no slice's ${metric} dropped beyond its limit (${judged.length} slices of at least ` +
          `${config.minExamples} examples, Holm-adjusted); the worst: ${worst.message}`,
      });
    }
    outcomes.push(...smallSlices(config, slices, metric, input.confidence));
    return outcomes;
  },
});

/** Slices under `minExamples` that dropped beyond the limit: named (never silent), not gated. */
function smallSlices(
  config: SlicesConfig,
  slices: readonly Slice[],
  metric: string,
  confidence: number,
): RuleOutcome[] {
  const small = slices
    .map((slice) => ({ slice, own: settingsFor(config, slice) }))
    .filter(({ slice, own }) => own.maxDrop !== null && slice.counts.n < own.minExamples)
    .map(({ slice, own }) => ({ slice, own, delta: sliceDelta(slice.counts, confidence) }))
    .filter(({ own, delta }) => -delta.delta > (own.maxDrop as number))
    .sort((x, y) => x.delta.delta - y.delta.delta);
  if (small.length === 0) return [];
  const listed = small
    .slice(0, 5)
    .map(({ slice, delta }) => `${nameOf(slice)} (n = ${slice.counts.n}) ${signedPoints(delta.delta)}`)
    .join(', ');
  const more = small.length > 5 ? ` and ${small.length - 5} more` : '';
  const first = small[0] as (typeof small)[number];
  return [
    {
      name: 'slices.minExamples',
      status: 'pass',
      message:
        `${small.length} slice${small.length === 1 ? '' : 's'} under ${config.minExamples} examples ` +
        `dropped more than ${points(config.maxDrop ?? 0)} points, reported, not gated: ${listed}${more}`,
      target: `${metric} on ${nameOf(first.slice)}`,
      observed: -first.delta.delta,
      limit: first.own.maxDrop,
      delta: first.delta.delta,
      ciLow: -first.delta.ciHigh,
      ciHigh: -first.delta.ciLow,
      pValue: first.delta.pValue,
      unit: 'points',
      decision: 'point',
      n: first.slice.counts.n,
      slice: { tag: first.slice.tag, value: first.slice.value },
    },
  ];
}
