import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stuartMaxwell } from '../../src/stats/stuart-maxwell.js';

interface Case {
  table: number[][];
  statistic: number;
  pValue: number;
  df: number;
}
const fixture = JSON.parse(readFileSync('test/fixtures/compare/stuart-maxwell.json', 'utf8')) as { cases: Case[] };

describe('stuartMaxwell against statsmodels SquareTable.homogeneity', () => {
  it.each(
    fixture.cases.map((entry) => [entry.table.length, entry.table.flat().reduce((a, b) => a + b, 0), entry] as const),
  )('%i labels, n = %i', (_size, _n, entry) => {
    const result = stuartMaxwell(entry.table);
    expect(result.degreesOfFreedom).toBe(entry.df);
    expect(result.statistic).toBeCloseTo(entry.statistic, 9);
    // statsmodels takes 1 − cdf, which bottoms out near 1e-16: compare on an absolute scale.
    expect(Math.abs(result.pValue - entry.pValue)).toBeLessThan(1e-12);
  });

  it('is McNemar (without correction) for two labels, and 0 when nothing changed', () => {
    const result = stuartMaxwell([
      [30, 9],
      [2, 20],
    ]);
    expect(result.statistic).toBeCloseTo((9 - 2) ** 2 / (9 + 2), 12);
    expect(
      stuartMaxwell([
        [5, 0],
        [0, 7],
      ]),
    ).toEqual({ statistic: 0, pValue: 1, degreesOfFreedom: 1 });
    expect(stuartMaxwell([[4]])).toEqual({ statistic: 0, pValue: 1, degreesOfFreedom: 0 });
  });
});
