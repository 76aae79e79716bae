import type { RecordTable } from '../snapshot/table.js';
import { wilsonIntervalOfShare } from '../stats/proportion.js';

/**
 * A model against itself: the same examples run K times (`repeats: K`, or a baseline given
 * twice with `--baseline-repeat`). A non-deterministic model flips answers between runs with
 * no change at all; that is the floor any real negative flip rate is judged against.
 */
export interface SelfFlips {
  /** Runs compared (K ≥ 2). */
  runs: number;
  /** Examples scored (no error) in every run: the N of every rate and of the interval. */
  n: number;
  /** Share of examples right in one run and wrong in the other, averaged over the K(K−1)/2 pairs of runs. */
  flipRate: number;
  /**
   * The negative self-flip rate: right in run i, wrong in run j, averaged over the ordered pairs
   * (i, j) — half the flip rate. The same quantity as a candidate's negative flip rate, with no candidate.
   */
  negativeFlipRate: number;
  /** Wilson interval of `negativeFlipRate` with N = `n` examples (not n × pairs: the pairs share examples). */
  ciLow: number;
  ciHigh: number;
}

/** The self-flip rates from each pair of runs' disagreements (examples right in one, wrong in the other). */
export function selfFlipsFromCounts(
  counts: { runs: number; n: number; disagreementsPerPair: readonly number[] },
  confidence: number,
): SelfFlips | null {
  const { runs, n, disagreementsPerPair } = counts;
  if (runs < 2 || n === 0 || disagreementsPerPair.length === 0) return null;
  const flipRate = disagreementsPerPair.reduce((sum, count) => sum + count, 0) / disagreementsPerPair.length / n;
  const negativeFlipRate = flipRate / 2;
  const interval = wilsonIntervalOfShare(negativeFlipRate, n, { confidence });
  return { runs, n, flipRate, negativeFlipRate, ciLow: interval.ciLow, ciHigh: interval.ciHigh };
}

/**
 * Self-flips over runs of one model on one dataset, paired by id; an example that errored
 * (or is missing) in any run is left out of every pair. Null with fewer than two runs.
 */
export function selfFlipsOf(runs: readonly RecordTable[], confidence: number): SelfFlips | null {
  if (runs.length < 2) return null;
  const first = runs[0] as RecordTable;
  const rowsById = runs.slice(1).map((table) => {
    const rows = new Map<string, number>();
    for (let row = 0; row < table.size; row++) rows.set(table.id(row), row);
    return rows;
  });
  // Each kept example's right/wrong in every run.
  const kept: boolean[][] = [];
  for (let row = 0; row < first.size; row++) {
    const correct = first.correctOf(row);
    if (correct === null) continue;
    const id = first.id(row);
    const answers = [correct];
    for (let run = 1; run < runs.length; run++) {
      const other = rowsById[run - 1]?.get(id);
      const value = other === undefined ? null : (runs[run] as RecordTable).correctOf(other);
      if (value === null) break;
      answers.push(value);
    }
    if (answers.length === runs.length) kept.push(answers);
  }
  const disagreementsPerPair: number[] = [];
  for (let i = 0; i < runs.length; i++)
    for (let j = i + 1; j < runs.length; j++)
      disagreementsPerPair.push(kept.reduce((sum, answers) => sum + (answers[i] === answers[j] ? 0 : 1), 0));
  return selfFlipsFromCounts({ runs: runs.length, n: kept.length, disagreementsPerPair }, confidence);
}

/** The floor a negative flip rate is judged against: the noisier side's negative self-flip rate. */
export interface NoiseFloor {
  candidate: SelfFlips | null;
  baseline: SelfFlips | null;
}

export function floorOf(
  noise: NoiseFloor | null | undefined,
): { side: 'candidate' | 'baseline'; flips: SelfFlips } | null {
  const { candidate = null, baseline = null } = noise ?? {};
  if (candidate && (!baseline || candidate.negativeFlipRate >= baseline.negativeFlipRate))
    return { side: 'candidate', flips: candidate };
  return baseline ? { side: 'baseline', flips: baseline } : null;
}
