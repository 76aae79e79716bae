import { errorMessage, inputError } from '../errors.js';

export interface LabelScoring {
  /**
   * Regular-expression source whose first capture group holds the label, or null. Written
   * `/source/flags` when it carries flags (see `labelPatternSource`), so one string says it all.
   */
  labelPattern: string | null;
  caseSensitive: boolean;
}

const PATTERN_EXAMPLE = 'e.g. "Answer:\\s*(\\w+)"';
/** `g` and `y` make `exec` stateful (lastIndex), `d` only adds indices: none changes what a label is. */
const ALLOWED_FLAGS = 'imsu';
const LITERAL = /^\/(.+)\/([a-z]*)$/s;
/** Python's and PCRE's inline flags at the start, `(?i)`, which JavaScript's RegExp rejects. */
const INLINE_FLAGS = /^\(\?([a-zA-Z]+)\)/;

function countCaptureGroups(pattern: RegExp): number {
  // An empty alternative always matches "", and the match has one slot per capture group.
  return (new RegExp(`${pattern.source}|`).exec('') as RegExpExecArray).length - 1;
}

export interface PatternParts {
  source: string;
  flags: string;
}

function checkFlags(flags: string, field: string, written: string): string {
  const unknown = [...flags].filter((flag) => !ALLOWED_FLAGS.includes(flag));
  if (unknown.length > 0) {
    throw inputError(
      field,
      `flag${unknown.length === 1 ? '' : 's'} "${unknown.join('')}" in ${JSON.stringify(written)} not ` +
        `supported: use any of "${ALLOWED_FLAGS}" (i: ignore case, m: ^ and $ per line, s: . matches newlines, u: Unicode)`,
    );
  }
  return [...new Set(flags)].sort().join('');
}

/**
 * Splits what a user wrote into source and flags: `/…/flags` is a literal, a leading `(?i)`
 * (Python, PCRE, Go) is translated into the flag it stands for, and `labelPatternFlags` adds
 * to both. Throws an InputError naming the field for a flag JavaScript has no equivalent of.
 */
export function patternParts(written: string, extraFlags = ''): PatternParts {
  let source = written;
  let flags = extraFlags;
  const literal = LITERAL.exec(written);
  if (literal) {
    source = literal[1] as string;
    flags += literal[2] as string;
  }
  const inline = INLINE_FLAGS.exec(source);
  if (inline) {
    const wanted = inline[1] as string;
    const unknown = [...wanted].filter((flag) => !'ims'.includes(flag));
    if (unknown.length > 0) {
      throw inputError(
        'scoring.labelPattern',
        `inline flag "(?${wanted})" has no JavaScript equivalent for "${unknown.join('')}": remove it (only ` +
          `(?i), (?m) and (?s) are translated), or use scoring.labelPatternFlags`,
      );
    }
    source = source.slice(inline[0].length);
    flags += wanted;
  }
  return {
    source,
    flags: checkFlags(
      flags,
      extraFlags === '' ? 'scoring.labelPattern' : 'scoring.labelPatternFlags',
      extraFlags === '' ? written : extraFlags,
    ),
  };
}

/** The one string a snapshot stores: the plain source when there are no flags, else `/source/flags`. */
export function labelPatternSource(written: string, extraFlags = ''): string {
  const { source, flags } = patternParts(written, extraFlags);
  return flags === '' && !LITERAL.test(source) ? source : `/${source}/${flags}`;
}

/**
 * Checks a label pattern once, where the config is read: it must compile and have at least one
 * capture group. `caseSensitive: false` matches ignoring case (the match, not only the
 * captured text). Throws an InputError naming the field and what was expected.
 */
export function compileLabelPattern(written: string, caseSensitive = true): RegExp {
  const { source, flags } = patternParts(written);
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, caseSensitive || flags.includes('i') ? flags : `${flags}i`);
  } catch (error) {
    throw inputError(
      'scoring.labelPattern',
      `expected a regular expression with a capture group (${PATTERN_EXAMPLE}), got ${JSON.stringify(written)}: ${errorMessage(error)}`,
    );
  }
  if (countCaptureGroups(pattern) < 1) {
    throw inputError(
      'scoring.labelPattern',
      `expected a capture group around the label (${PATTERN_EXAMPLE}), got ${JSON.stringify(written)} which has none`,
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
let lastPattern: { source: string; caseSensitive: boolean; pattern: RegExp } | null = null;

function patternFor(source: string, caseSensitive: boolean): RegExp {
  if (lastPattern?.source !== source || lastPattern.caseSensitive !== caseSensitive) {
    lastPattern = { source, caseSensitive, pattern: compileLabelPattern(source, caseSensitive) };
  }
  return lastPattern.pattern;
}

/**
 * The label a model output stands for. With a label pattern, the first match's first capture
 * group (or, in an alternation, the first group that took part in the match); when nothing
 * matches, the whole output, which is then no label (an invalid output, see label-set.ts).
 */
export function toLabel(output: string, scoring: LabelScoring): string {
  if (scoring.labelPattern === null) return normalizeLabel(output, scoring.caseSensitive);
  const match = patternFor(scoring.labelPattern, scoring.caseSensitive).exec(output);
  const captured = match?.slice(1).find((group) => group !== undefined);
  return normalizeLabel(captured ?? output, scoring.caseSensitive);
}
