import { describe, expect, it } from 'vitest';
import { sketchDataset } from '../../src/init/sniff.js';

describe('sketchDataset (what init makes of the first rows)', () => {
  it('finds the fields by their usual names, whatever their case', () => {
    const result = sketchDataset([{ ID: 7, Text: 'hi', Label: 'ham', tags: { lang: 'en' } }]);
    expect(result).toEqual({
      sketch: {
        fields: { id: 'ID', input: 'Text', expected: 'Label', tags: null },
        task: 'classification',
        labelsSeen: ['ham'],
        rowsSeen: 1,
      },
    });
  });

  it('takes the one field left as the input', () => {
    const result = sketchDataset([{ id: '1', review_body: 'great', label: 'pos' }]);
    expect('sketch' in result && result.sketch.fields.input).toBe('review_body');
  });

  it.each([
    ['a sentence', ['It is Tokyo, the capital'], 'generation'],
    ['answers that hardly repeat', Array.from({ length: 20 }, (_, i) => `city${i}`), 'generation'],
    ['labels that repeat', Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? 'spam' : 'ham')), 'classification'],
  ])('%s', (_name, answers, task) => {
    const rows = answers.map((answer, i) => ({ id: String(i), question: 'q', answer }));
    const result = sketchDataset(rows);
    expect('sketch' in result ? result.sketch.task : result.missing).toBe(task);
  });

  it('names the roles it cannot place and the fields the rows have', () => {
    expect(sketchDataset([{ key: 'a', sentence: 'x', mood: 'happy' }])).toEqual({
      missing: ['expected'],
      keys: ['key', 'sentence', 'mood'],
    });
  });
});
