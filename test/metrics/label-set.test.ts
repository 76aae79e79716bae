import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  checkExpectedDeclared,
  resolveLabelSet,
  tooManyUnexpected,
  UNEXPECTED_SHARE_LIMIT,
} from '../../src/metrics/label-set.js';

const repeat = (label: string, times: number) => Array.from({ length: times }, () => label);

describe('resolveLabelSet', () => {
  it('keeps declared labels in their order, whatever the data says', () => {
    expect(resolveLabelSet(['pos', 'neg'], ['neg'], ['maybe'])).toEqual({ source: 'declared', labels: ['pos', 'neg'] });
  });

  it('infers the sorted union when a model says a rare extra label', () => {
    const expected = [...repeat('spam', 50), ...repeat('ham', 50)];
    const predicted = [...repeat('spam', 45), ...repeat('unsure', 5), ...repeat('ham', 50)];
    expect(resolveLabelSet(null, expected, predicted)).toEqual({
      source: 'inferred',
      labels: ['ham', 'spam', 'unsure'],
    });
  });

  it('keeps only the expected labels once unexpected strings outnumber them', () => {
    const expected = repeat('a', 100).concat(repeat('b', 100));
    const predicted = [...expected.slice(0, 197), 'x', 'y', 'z'];
    expect(resolveLabelSet(null, expected, predicted)).toEqual({ source: 'expected', labels: ['a', 'b'] });
  });

  it('keeps only the expected labels once unexpected outputs are a fifth of all', () => {
    const expected = repeat('a', 50).concat(repeat('b', 50));
    const atLimit = [...repeat('unsure', 20), ...expected.slice(20)];
    const below = [...repeat('unsure', 19), ...expected.slice(19)];
    expect(resolveLabelSet(null, expected, atLimit).source).toBe('expected');
    expect(resolveLabelSet(null, expected, below).source).toBe('inferred');
    expect(UNEXPECTED_SHARE_LIMIT).toBe(0.2);
    expect(tooManyUnexpected(2, 2, 0, 10)).toBe(false);
    expect(tooManyUnexpected(2, 3, 3, 1000)).toBe(true);
  });
});

describe('checkExpectedDeclared', () => {
  it('accepts expected labels written in another case unless case-sensitive', () => {
    expect(() => checkExpectedDeclared('eval.jsonl', [{ id: '1', expected: ' Spam ' }], ['spam'], false)).not.toThrow();
    expect(() => checkExpectedDeclared('eval.jsonl', [{ id: '1', expected: 'Spam' }], ['spam'], true)).toThrow(
      InputError,
    );
    expect(() => checkExpectedDeclared('eval.jsonl', [{ id: '1', expected: 'x' }], null, false)).not.toThrow();
  });

  it('names the first example, the label and the others undeclared', () => {
    const examples = [
      { id: 'a', expected: 'spam' },
      { id: 'b', expected: 'eggs' },
      { id: 'c', expected: 'eggs' },
      { id: 'd', expected: 'bacon' },
    ];
    expect(() => checkExpectedDeclared('eval.jsonl', examples, ['spam'], false)).toThrow(
      'eval.jsonl: example "b" expects "eggs", which is not in `labels` ("spam") (and 1 more undeclared: "bacon"): add it to `labels` or fix the dataset',
    );
  });
});
