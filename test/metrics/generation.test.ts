import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exactMatch, generationMetrics, normalizeAnswer, tokenF1 } from '../../src/metrics/generation.js';
import { expectClose } from './close.js';

/** Written by scripts/reference/metrics.py with the official SQuAD v1.1 functions. */
interface AnswerPair {
  expected: string;
  output: string;
  normalizedExpected: string;
  normalizedOutput: string;
  exactMatch: number;
  tokenF1: number;
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/metrics/generation.json', import.meta.url), 'utf8')) as {
  pairs: AnswerPair[];
  summary: { n: number; exactMatch: number; tokenF1: number };
};

describe('SQuAD v1.1 definitions against the official script', () => {
  it.each(fixture.pairs.map((pair) => [JSON.stringify(pair.expected), JSON.stringify(pair.output), pair] as const))(
    'expected %s, output %s',
    (_expected, _output, pair) => {
      expect(normalizeAnswer(pair.expected)).toBe(pair.normalizedExpected);
      expect(normalizeAnswer(pair.output)).toBe(pair.normalizedOutput);
      expect(exactMatch(pair.expected, pair.output)).toBe(pair.exactMatch);
      expectClose(tokenF1(pair.expected, pair.output), pair.tokenF1, 'token F1');
    },
  );

  it('averages exact match and token F1 as evaluate() does (as fractions)', () => {
    const metrics = generationMetrics(
      fixture.pairs.map((pair) => pair.expected),
      fixture.pairs.map((pair) => pair.output),
    );
    expect(metrics.task).toBe('generation');
    expect(metrics.n).toBe(fixture.summary.n);
    expectClose(metrics.exactMatch, fixture.summary.exactMatch, 'exact match');
    expect(metrics.accuracy).toBe(metrics.exactMatch);
    expectClose(metrics.tokenF1, fixture.summary.tokenF1, 'token F1');
  });
});

describe('generationMetrics', () => {
  it('gives 0 for no examples', () => {
    expect(generationMetrics([], [])).toEqual({ task: 'generation', n: 0, exactMatch: 0, accuracy: 0, tokenF1: 0 });
  });

  it('rejects lists of different lengths', () => {
    expect(() => generationMetrics(['a'], [])).toThrow(/1 expected answers but 0 outputs/);
  });
});
