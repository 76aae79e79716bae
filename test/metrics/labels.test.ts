import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { compileLabelPattern, toLabel } from '../../src/metrics/labels.js';

const plain = { labelPattern: null, caseSensitive: false };

describe('toLabel without a pattern', () => {
  it.each([
    ['  Spam\n', 'spam'],
    ['Not\t  Spam', 'not spam'],
    ['\u00a0HAM\u2003 ', 'ham'],
    ['', ''],
  ])('%j → %j', (output, label) => {
    expect(toLabel(output, plain)).toBe(label);
  });

  it('keeps case when case-sensitive', () => {
    expect(toLabel('  Not   Spam ', { labelPattern: null, caseSensitive: true })).toBe('Not Spam');
  });
});

describe('toLabel with a pattern', () => {
  const scoring = { labelPattern: 'Answer:\\s*(.+)', caseSensitive: false };

  it('takes the first capture group of the first match, then normalises it', () => {
    expect(toLabel('Let me think.\nAnswer:  SPAM  \n', scoring)).toBe('spam');
    expect(toLabel('Answer: ham\nAnswer: spam', scoring)).toBe('ham');
  });

  it('returns the normalised whole output when the pattern does not match', () => {
    expect(toLabel('I am  not sure', scoring)).toBe('i am not sure');
  });

  it('takes the group that matched in an alternation', () => {
    const either = { labelPattern: 'Answer: (\\w+)|Label=(\\w+)', caseSensitive: true };
    expect(toLabel('Label=Spam', either)).toBe('Spam');
    expect(toLabel('Answer: Ham', either)).toBe('Ham');
  });

  it('is case-sensitive in the pattern itself, as written', () => {
    expect(toLabel('ANSWER: spam', scoring)).toBe('answer: spam');
  });

  it('uses a new pattern when the scoring changes', () => {
    expect(toLabel('x=1 y=2', { labelPattern: 'x=(\\d)', caseSensitive: false })).toBe('1');
    expect(toLabel('x=1 y=2', { labelPattern: 'y=(\\d)', caseSensitive: false })).toBe('2');
  });
});

describe('compileLabelPattern', () => {
  it('returns the compiled pattern', () => {
    expect(compileLabelPattern('(?<label>\\w+)$').exec('label: spam')?.[1]).toBe('spam');
  });

  it.each([
    ['Answer: (\\w+', /^scoring\.labelPattern: expected a regular expression with a capture group .*got "Answer: \(\\\\w\+": /],
    ['Answer: \\w+', /^scoring\.labelPattern: expected a capture group around the label .*which has none$/],
    ['Answer: (?:\\w+)', /^scoring\.labelPattern: expected a capture group/],
  ])('rejects %j with an InputError', (source, message) => {
    expect(() => compileLabelPattern(source)).toThrow(InputError);
    expect(() => compileLabelPattern(source)).toThrow(message);
  });

  it('is what toLabel reports for a bad pattern', () => {
    expect(() => toLabel('x', { labelPattern: '[', caseSensitive: false })).toThrow(InputError);
  });
});
