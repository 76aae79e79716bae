import type { PairedCounts } from '../stats/paired-accuracy.js';
import { wilsonInterval } from '../stats/proportion.js';
import type { Pair, Pairs } from './pairs.js';
import type { FlipCounts, Flips } from './types.js';

/** The 2×2 table of right/wrong pairs (a, b, c, d in FIELD-NOTES). */
export function pairedCounts(pairs: Pairs): PairedCounts {
  const counts = { both: 0, baselineOnly: 0, candidateOnly: 0, neither: 0 };
  for (const { baseline, candidate } of pairs) {
    if (baseline.correct && candidate.correct) counts.both += 1;
    else if (baseline.correct) counts.baselineOnly += 1;
    else if (candidate.correct) counts.candidateOnly += 1;
    else counts.neither += 1;
  }
  return counts;
}

/**
 * `tag=value`, unambiguous: the first unescaped `=` ends the tag, so {"a=b": "c"} is `a\=b=c`
 * and {"a": "b=c"} is `a=b=c`. Tags without `=` or `\` (nearly all) read as written.
 */
export function sliceKey(tag: string, value: string): string {
  return `${tag.replace(/[\\=]/g, (char) => `\\${char}`)}=${value}`;
}

function tally<T extends FlipCounts>(groups: Map<string, T>, key: string, pair: Pair, empty: () => T): void {
  const counts = groups.get(key) ?? empty();
  counts.n += 1;
  if (pair.baseline.correct) counts.baselineRight += 1;
  if (pair.candidate.correct) counts.candidateRight += 1;
  if (pair.baseline.correct && !pair.candidate.correct) counts.negative += 1;
  if (!pair.baseline.correct && pair.candidate.correct) counts.positive += 1;
  groups.set(key, counts);
}

const emptyCounts = (): FlipCounts => ({ negative: 0, positive: 0, n: 0, baselineRight: 0, candidateRight: 0 });

/** Flips overall, by expected class and by slice tag (with each group's accuracy); the rate with a Wilson interval. */
export function flipsOf(pairs: Pairs, counts: PairedCounts, confidence: number, byClass: boolean): Flips {
  const classGroups = new Map<string, FlipCounts>();
  const sliceGroups = new Map<string, FlipCounts & { tag: string; value: string }>();
  for (const pair of pairs) {
    if (byClass) tally(classGroups, pair.candidate.expected, pair, emptyCounts);
    for (const [tag, value] of Object.entries(pair.candidate.tags))
      tally(sliceGroups, sliceKey(tag, value), pair, () => ({ tag, value, ...emptyCounts() }));
  }
  const n = pairs.length;
  const rate = wilsonInterval(counts.baselineOnly, n, { confidence });
  const sorted = <T>(groups: Map<string, T>) =>
    Object.fromEntries([...groups.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return {
    negative: counts.baselineOnly,
    positive: counts.candidateOnly,
    n,
    baselineRight: counts.both + counts.baselineOnly,
    candidateRight: counts.both + counts.candidateOnly,
    negativeFlipRate: n === 0 ? 0 : counts.baselineOnly / n,
    ciLow: rate.ciLow,
    ciHigh: rate.ciHigh,
    backwardTrustCompatibility:
      counts.both + counts.baselineOnly === 0 ? null : counts.both / (counts.both + counts.baselineOnly),
    byClass: sorted(classGroups),
    bySlice: sorted(
      new Map(
        [...sliceGroups.entries()].map(([key, group]) => [
          key,
          { ...group, negativeFlipRate: group.negative / group.n },
        ]),
      ),
    ),
  };
}
