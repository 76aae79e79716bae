/**
 * Whether a classification dataset's expected values look like free-text answers, for the
 * hint that the run probably wanted `--task generation` (run as classification, "tokyo" and
 * "cairo" are gated as two classes and a right answer in other words counts as wrong).
 *
 * The heuristic, as the README states it: at least 10 examples, and either
 * - at least 10 distinct expected values making up at least half the examples (a class set has
 *   few values, each repeated; answers to questions are mostly distinct), or
 * - at least half the expected values are 4 words or longer (labels are a word or two).
 */

export interface FreeTextSigns {
  n: number;
  distinct: number;
  /** Expected values of 4 words or more. */
  long: number;
  /** Up to two distinct values, for the message. */
  examples: string[];
}

const minDistinct = 10;
const longWords = 4;

/**
 * The signs, or null when the values look like classes. `minExamples`: the run hints from 10 on
 * (fewer is a toy set); `init` judges whatever rows it sampled, so that it writes the task the
 * run would not hint against.
 */
export function freeTextSigns(expected: readonly string[], minExamples = 10): FreeTextSigns | null {
  const n = expected.length;
  if (n < minExamples) return null;
  const values = new Set<string>();
  let long = 0;
  for (const value of expected) {
    values.add(value);
    if (value.trim().split(/\s+/).length >= longWords) long += 1;
  }
  const distinct = values.size;
  const manyDistinct = distinct >= minDistinct && distinct * 2 >= n;
  if (!manyDistinct && long * 2 < n) return null;
  return { n, distinct, long, examples: [...values].slice(0, 2) };
}

/** The hint's text; `examples` (the dataset's own values) only where it is logged, not in the report. */
export function freeTextHint(signs: FreeTextSigns, examples = ''): string {
  const why =
    signs.long * 2 >= signs.n
      ? `${signs.long} of ${signs.n} expected values are 4 words or longer`
      : `${signs.distinct} distinct expected values in ${signs.n} examples`;
  return (
    `The expected values look like free-text answers, not classes (${why}${examples}), but the task is classification, ` +
    'so each answer is gated as a class of its own: for answers, run with --task generation (or `task: generation` ' +
    'in the config); to keep classification and drop this hint, write `task: classification` or declare `labels`.'
  );
}
