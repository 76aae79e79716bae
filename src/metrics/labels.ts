import { errorMessage, inputError } from '../errors.js';

export interface LabelScoring {
  /** Regular-expression source whose first capture group holds the label, or null. */
  labelPattern: string | null;
  caseSensitive: boolean;
}

const PATTERN_EXAMPLE = 'e.g. "Answer:\\s*(\\w+)"';

function countCaptureGroups(pattern: RegExp): number {
  // An empty alternative always matches "", and the match has one slot per capture group.
  return (new RegExp(`${pattern.source}|`).exec('') as RegExpExecArray).length - 1;
}

/**
 * Checks `scoring.labelPattern` once, where the config is read: it must compile and have at
 * least one capture group. Throws an InputError naming the field and what was expected.
 */
export function compileLabelPattern(source: string): RegExp {
  let pattern: RegExp;
  try {
    pattern = new RegExp(source);
  } catch (error) {
    throw inputError(
      'scoring.labelPattern',
      `expected a regular expression with a capture group (${PATTERN_EXAMPLE}), got ${JSON.stringify(source)}: ${errorMessage(error)}`,
    );
  }
  if (countCaptureGroups(pattern) < 1) {
    throw inputError(
      'scoring.labelPattern',
      `expected a capture group around the label (${PATTERN_EXAMPLE}), got ${JSON.stringify(source)} which has none`,
    );
  }
  return pattern;
}

/** Trim, collapse inner whitespace to one space, and lowercase unless case-sensitive. */
export function normalizeLabel(text: string, caseSensitive: boolean): string {
  const collapsed = text.trim().replace(/\s+/g, ' ');
  return caseSensitive ? collapsed : collapsed.toLowerCase();
}

// toLabel runs once per example with the same pattern: keep the last compiled one.
let lastPattern: { source: string; pattern: RegExp } | null = null;

function patternFor(source: string): RegExp {
  if (lastPattern?.source !== source) lastPattern = { source, pattern: compileLabelPattern(source) };
  return lastPattern.pattern;
}

/**
 * The label a model output stands for. With a label pattern, the first match's first capture
 * group (or, in an alternation, the first group that took part in the match); when nothing
 * matches, the whole output, so it counts as a wrong label and shows in the confusion matrix.
 */
export function toLabel(output: string, scoring: LabelScoring): string {
  if (scoring.labelPattern === null) return normalizeLabel(output, scoring.caseSensitive);
  const match = patternFor(scoring.labelPattern).exec(output);
  const captured = match?.slice(1).find((group) => group !== undefined);
  return normalizeLabel(captured ?? output, scoring.caseSensitive);
}
