import { binomialCdf, binomialPmf } from './binomial.js';

export interface McNemarResult {
  /** statsmodels `mcnemar(table, exact=True).pvalue`: min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b + c, ½). */
  pValue: number;
  /**
   * Mid-p variant (Fagerland, Lydersen & Laake 2013): subtracts half the probability of the
   * observed count from each tail. Keeps close to the nominal level with more power.
   */
  midPValue: number;
}

/**
 * McNemar's exact test on the discordant pairs of a paired comparison:
 * `baselineOnly` (b) examples only the baseline got right, `candidateOnly` (c) only the
 * candidate got right.
 */
export function mcnemarExact(baselineOnly: number, candidateOnly: number): McNemarResult {
  const discordant = baselineOnly + candidateOnly;
  const smaller = Math.min(baselineOnly, candidateOnly);
  const lowerTail = binomialCdf(smaller, discordant, 0.5);
  return {
    pValue: Math.min(1, 2 * lowerTail),
    midPValue: Math.min(1, 2 * lowerTail - binomialPmf(smaller, discordant, 0.5)),
  };
}
