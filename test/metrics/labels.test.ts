import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { compileLabelPattern, labelPatternSource, patternParts, toLabel } from '../../src/metrics/labels.js';

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

  it('matches ignoring case unless case-sensitive: the match, not only the captured text', () => {
    expect(toLabel('ANSWER: Spam', scoring)).toBe('spam');
    expect(toLabel('ANSWER: Spam', { ...scoring, caseSensitive: true })).toBe('ANSWER: Spam');
    expect(toLabel('Answer: Spam', { ...scoring, caseSensitive: true })).toBe('Spam');
  });

  it('takes flags from a /…/flags literal, also when case-sensitive', () => {
    expect(toLabel('LABEL= Spam', { labelPattern: '/label=\\s*(\\w+)/i', caseSensitive: true })).toBe('Spam');
    expect(toLabel('x\nAnswer: a', { labelPattern: '/^Answer: (\\w)$/m', caseSensitive: true })).toBe('a');
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
    [
      'Answer: (\\w+',
      /^scoring\.labelPattern: expected a regular expression with a capture group .*got "Answer: \(\\\\w\+": /,
    ],
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

describe('label pattern flags', () => {
  it('folds labelPatternFlags, a literal and a leading (?i) into one stored string', () => {
    expect(labelPatternSource('Answer: (\\w+)')).toBe('Answer: (\\w+)');
    expect(labelPatternSource('Answer: (\\w+)', 'i')).toBe('/Answer: (\\w+)/i');
    expect(labelPatternSource('/Answer: (\\w+)/si')).toBe('/Answer: (\\w+)/is');
    expect(labelPatternSource('(?i)Answer: (\\w+)')).toBe('/Answer: (\\w+)/i');
    expect(labelPatternSource('(?is)Answer: (\\w+)', 'm')).toBe('/Answer: (\\w+)/ims');
    // Written /…/ it is a literal; a source that itself looks like one stays wrapped, so it reads back the same.
    expect(patternParts('/a/(b)/')).toEqual({ source: 'a/(b)', flags: '' });
    expect(patternParts(labelPatternSource('//a/(b)//'))).toEqual({ source: '/a/(b)/', flags: '' });
  });

  it('translates (?i) so Python-style patterns work', () => {
    expect(
      toLabel('answer: SPAM', { labelPattern: labelPatternSource('(?i)ANSWER: (\\w+)'), caseSensitive: true }),
    ).toBe('SPAM');
  });

  it.each([
    ['(?x)Answer: (\\w+)', '', /^scoring\.labelPattern: inline flag "\(\?x\)" has no JavaScript equivalent/],
    ['/Answer: (\\w+)/g', '', /^scoring\.labelPattern: flag "g" .* not supported: use any of "imsu"/],
    ['Answer: (\\w+)', 'iq', /^scoring\.labelPatternFlags: flag "q" .* not supported/],
  ])('rejects %j with flags %j', (pattern, flags, message) => {
    expect(() => labelPatternSource(pattern, flags)).toThrow(InputError);
    expect(() => labelPatternSource(pattern, flags)).toThrow(message);
  });
});
