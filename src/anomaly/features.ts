/**
 * Per-example features of a model's output, the anomaly detector's input. Taken from plain
 * values (not from a snapshot record), so the detector does not care how records are stored.
 */
export interface OutputObservation {
  id: string;
  output: string;
  chars: number;
  words: number;
  tokens: number;
  latencyMs?: number;
  completionTokens?: number;
  /** Generation's token F1; classification leaves it out (a 0/1 correctness would make every wrong answer "odd"). */
  score?: number;
}

export const FEATURE_NAMES = [
  'chars',
  'words',
  'tokens',
  'latencyMs',
  'completionTokens',
  'repetition',
  'nonLetterShare',
  'nonAsciiShare',
  'empty',
  'score',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Share of the output's word trigrams that repeat an earlier one: 0 for ordinary prose, near 1
 * for a phrase looping until the token limit. O(words) with one Set per output.
 */
export function repetitionRatio(text: string): number {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  const total = words.length - 2;
  if (total <= 0) return 0;
  const seen = new Set<string>();
  for (let i = 0; i < total; i++) seen.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return 1 - seen.size / total;
}

/** Shares of non-letter and of non-ASCII characters among the non-space code points. */
function characterShares(text: string): { nonLetter: number; nonAscii: number } {
  let counted = 0;
  let nonLetter = 0;
  let nonAscii = 0;
  for (const character of text) {
    if (/\s/u.test(character)) continue;
    counted += 1;
    if (!/\p{L}/u.test(character)) nonLetter += 1;
    if ((character.codePointAt(0) as number) > 0x7f) nonAscii += 1;
  }
  return counted === 0
    ? { nonLetter: 0, nonAscii: 0 }
    : { nonLetter: nonLetter / counted, nonAscii: nonAscii / counted };
}

/** One row of features in FEATURE_NAMES order; NaN where the run did not measure it (no latency, no usage). */
export function featureRow(observation: OutputObservation): Float64Array {
  const shares = characterShares(observation.output);
  return Float64Array.from([
    observation.chars,
    observation.words,
    observation.tokens,
    observation.latencyMs ?? Number.NaN,
    observation.completionTokens ?? Number.NaN,
    repetitionRatio(observation.output),
    shares.nonLetter,
    shares.nonAscii,
    observation.output.trim() === '' ? 1 : 0,
    observation.score ?? Number.NaN,
  ]);
}
