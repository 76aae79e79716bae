import { readFileSync } from 'node:fs';
import { decode, encode } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { loadTokenCounter, outputLengths, summarizeLatency, summarizeLengths } from '../../src/metrics/lengths.js';
import { expectClose } from './close.js';

/** Written by scripts/reference/metrics.py from Python's len/str.split and numpy. */
interface Distribution {
  name: string;
  values: number[];
  mean: number;
  std: number;
  min: number;
  max: number;
  quantiles: Record<'0.5' | '0.9' | '0.95' | '0.99', number>;
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/metrics/lengths.json', import.meta.url), 'utf8')) as {
  texts: { text: string; chars: number; words: number }[];
  distributions: Distribution[];
};

describe('outputLengths against Python', () => {
  it.each(fixture.texts.map((c) => [JSON.stringify(c.text), c] as const))('%s', (_text, reference) => {
    const lengths = outputLengths(reference.text, null);
    expect(lengths.chars).toBe(reference.chars);
    expect(lengths.words).toBe(reference.words);
  });
});

const countTokens = await loadTokenCounter();

describe('outputLengths tokens (o200k_base)', () => {
  it('counts the tokens that encode to the text', () => {
    for (const { text } of fixture.texts) {
      const tokens = encode(text, { disallowedSpecial: new Set() });
      expect(outputLengths(text, countTokens).tokens).toBe(tokens.length);
      // A lone surrogate cannot round-trip through UTF-8 bytes.
      if (!/\p{Cs}/u.test(text)) expect(decode(tokens)).toBe(text);
    }
  });

  it('counts special-token text as plain text instead of throwing', () => {
    expect(outputLengths('<|endoftext|>', countTokens).tokens).toBeGreaterThan(1);
  });

  it('counts nothing in an empty output', () => {
    expect(outputLengths('', countTokens)).toEqual({ chars: 0, words: 0, tokens: 0 });
  });

  it('counts no tokens without a counter (a run in chars or words)', () => {
    expect(outputLengths('two words', null)).toEqual({ chars: 9, words: 2 });
  });
});

describe('summarizeLengths against numpy', () => {
  it.each(fixture.distributions.map((d) => [d.name, d] as const))('%s', (_name, reference) => {
    const summary = summarizeLengths(reference.values);
    expect(summary.n).toBe(reference.values.length);
    expectClose(summary.mean, reference.mean, 'mean');
    expectClose(summary.std, reference.std, 'std');
    expect(summary.min).toBe(reference.min);
    expect(summary.max).toBe(reference.max);
    expectClose(summary.median, reference.quantiles['0.5'], 'median');
    expectClose(summary.p90, reference.quantiles['0.9'], 'p90');
    expectClose(summary.p99, reference.quantiles['0.99'], 'p99');
  });

  it('reports n = 0 and zeros for no values', () => {
    expect(summarizeLengths([])).toEqual({ n: 0, mean: 0, std: 0, min: 0, median: 0, p90: 0, p99: 0, max: 0 });
  });
});

describe('summarizeLatency against numpy', () => {
  it.each(fixture.distributions.map((d) => [d.name, d] as const))('%s', (_name, reference) => {
    const summary = summarizeLatency(reference.values);
    expect(summary).not.toBeNull();
    expectClose(summary?.p50 ?? Number.NaN, reference.quantiles['0.5'], 'p50');
    expectClose(summary?.p95 ?? Number.NaN, reference.quantiles['0.95'], 'p95');
    expectClose(summary?.p99 ?? Number.NaN, reference.quantiles['0.99'], 'p99');
    expectClose(summary?.mean ?? Number.NaN, reference.mean, 'mean');
  });

  it('is null when no latency was measured', () => {
    expect(summarizeLatency([])).toBeNull();
  });
});
