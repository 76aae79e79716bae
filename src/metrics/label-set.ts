import { inputError } from '../errors.js';
import { compareCodePoints } from './confusion.js';
import { normalizeLabel } from './labels.js';

/**
 * Where the label set comes from:
 * - `declared`: the config's `labels:`; any other prediction is invalid;
 * - `inferred`: none declared, the union of expected and predicted labels, as scikit-learn's
 *   `unique_labels` (a model's occasional extra label is a class of its own, F1 0);
 * - `expected`: none declared, but the predicted strings no example expects are too many to be
 *   labels (see `tooManyUnexpected`): only the expected labels count, the rest is invalid.
 */
export type LabelSource = 'declared' | 'inferred' | 'expected';

export interface LabelSet {
  source: LabelSource;
  /** The labels metrics are averaged over: declared order, else sorted by code point. */
  labels: string[];
}

/**
 * Without `labels:`, predicted strings no example expects are treated as invalid once there are
 * more distinct ones than expected labels, or once they are at least this share of the outputs.
 * A fifth: a model that answers outside the label set that often is not naming classes of its
 * own, it is not following the format (rambles, "Answer: positive" without a labelPattern).
 */
export const UNEXPECTED_SHARE_LIMIT = 0.2;

/** A prediction that is none of the labels: wrong, and counted as an invalid output. */
export function isInvalid(labelSet: LabelSet, index: ReadonlyMap<string, number>, prediction: string): boolean {
  return labelSet.source !== 'inferred' && !index.has(prediction);
}

export function labelIndex(labelSet: LabelSet): Map<string, number> {
  return new Map(labelSet.labels.map((label, position) => [label, position]));
}

/** Whether the unexpected predictions are too many to be labels (see UNEXPECTED_SHARE_LIMIT). */
export function tooManyUnexpected(
  expectedLabels: number,
  unexpectedLabels: number,
  unexpectedOutputs: number,
  outputs: number,
): boolean {
  return unexpectedLabels > expectedLabels || (outputs > 0 && unexpectedOutputs / outputs >= UNEXPECTED_SHARE_LIMIT);
}

/**
 * The label set of a run: the declared one, or inferred from the expected labels and every
 * prediction given (both releases' in a comparison). One pass, O(examples + distinct strings).
 */
export function resolveLabelSet(
  declared: readonly string[] | null,
  expected: Iterable<string>,
  predictions: Iterable<string>,
): LabelSet {
  if (declared !== null) return { source: 'declared', labels: [...declared] };
  const expectedSet = new Set(expected);
  const unexpected = new Set<string>();
  let unexpectedOutputs = 0;
  let outputs = 0;
  for (const prediction of predictions) {
    outputs += 1;
    if (expectedSet.has(prediction)) continue;
    unexpectedOutputs += 1;
    unexpected.add(prediction);
  }
  if (tooManyUnexpected(expectedSet.size, unexpected.size, unexpectedOutputs, outputs)) {
    return { source: 'expected', labels: [...expectedSet].sort(compareCodePoints) };
  }
  return { source: 'inferred', labels: [...expectedSet, ...unexpected].sort(compareCodePoints) };
}

/**
 * Every expected label must be a declared one: an example expecting "neutral" when `labels:`
 * does not list it could never be answered right. Throws an InputError naming the first such
 * example (`where` names the dataset), with the labels it found undeclared.
 */
export function checkExpectedDeclared(
  where: string,
  examples: Iterable<{ id: string; expected: string }>,
  declared: readonly string[] | null,
  caseSensitive: boolean,
): void {
  if (declared === null) return;
  const known = new Set(declared);
  const undeclared = new Map<string, string>();
  for (const { id, expected: written } of examples) {
    // Compared as it is scored: normalised like a prediction.
    const expected = normalizeLabel(written, caseSensitive);
    if (!known.has(expected) && !undeclared.has(expected)) undeclared.set(expected, id);
  }
  if (undeclared.size === 0) return;
  const [[label, id]] = [...undeclared.entries()] as [[string, string]];
  const more =
    undeclared.size > 1
      ? ` (and ${undeclared.size - 1} more undeclared: ${[...undeclared.keys()]
          .slice(1, 6)
          .map((other) => JSON.stringify(other))
          .join(', ')})`
      : '';
  throw inputError(
    where,
    `example "${id}" expects ${JSON.stringify(label)}, which is not in \`labels\` ` +
      `(${declared.map((known) => JSON.stringify(known)).join(', ')})${more}: add it to \`labels\` or fix the dataset`,
  );
}
