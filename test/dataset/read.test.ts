import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset, readDatasetKeys } from '../../src/dataset/read.js';
import { InputError } from '../../src/errors.js';
import { jsonl, tempDir } from '../support/tmp.js';

const rows = [
  { id: 'a', input: 'win money now', expected: 'spam', tags: { lang: 'en' } },
  { id: 2, input: 'lunch at noon?', expected: 'ham' },
];

describe('readDataset', () => {
  it('reads JSONL, JSON and CSV into the same examples with the same fingerprint', async () => {
    const files = tempDir();
    const fromJsonl = await readDataset({ path: files.write('d.jsonl', jsonl(rows)) });
    const fromJson = await readDataset({ path: files.write('d.json', JSON.stringify(rows, null, 2)) });
    const fromCsv = await readDataset({
      path: files.write('d.csv', 'id,input,expected,lang\na,win money now,spam,en\n2,lunch at noon?,ham,\n'),
      fields: { tags: ['lang'] },
    });
    expect(fromJsonl.examples.map((e) => e.id)).toEqual(['a', '2']);
    expect(fromJsonl.examples[0]?.tags).toEqual({ lang: 'en' });
    expect(fromCsv.examples[0]?.tags).toEqual({ lang: 'en' });
    expect(fromCsv.examples[1]?.tags).toEqual({});
    expect(fromJson.fingerprint).toBe(fromJsonl.fingerprint);
    expect(fromCsv.fingerprint).toBe(fromJsonl.fingerprint);
    expect(fromCsv.format).toBe('csv');
  });

  it('keeps the fingerprint when rows are reordered and changes it when a label changes', async () => {
    const files = tempDir();
    const original = await readDataset({ path: files.write('a.jsonl', jsonl(rows)) });
    const shuffled = await readDataset({ path: files.write('b.jsonl', jsonl([...rows].reverse())) });
    const relabelled = await readDataset({
      path: files.write('c.jsonl', jsonl([rows[0], { ...rows[1], expected: 'spam' }])),
    });
    expect(shuffled.fingerprint).toBe(original.fingerprint);
    expect(relabelled.fingerprint).not.toBe(original.fingerprint);
  });

  it('skips a UTF-8 byte-order mark at the start of a JSONL or JSON file', async () => {
    const files = tempDir();
    const plain = await readDataset({ path: files.write('d.jsonl', jsonl(rows)) });
    const jsonlWithBom = await readDataset({ path: files.write('bom.jsonl', `\uFEFF${jsonl(rows)}`) });
    const jsonWithBom = await readDataset({ path: files.write('bom.json', `\uFEFF${JSON.stringify(rows)}`) });
    expect(jsonlWithBom.examples).toEqual(plain.examples);
    expect(jsonWithBom.examples).toEqual(plain.examples);
  });

  it.each(['jsonl', 'json', 'csv'] as const)(
    'names the path when a %s dataset is a directory or cannot be read',
    async (format) => {
      const files = tempDir();
      await expect(readDataset({ path: files.dir, format })).rejects.toThrow(
        `${files.dir}: is a directory, expected a dataset file`,
      );
      // Linux refuses to read a process's memory from offset 0: a real read error (EIO) on a regular file.
      await expect(readDataset({ path: '/proc/self/mem', format })).rejects.toThrow(
        /^\/proc\/self\/mem: cannot read the file \(EIO\)$/,
      );
      await expect(readDataset({ path: `${files.dir}/none.jsonl`, format })).rejects.toThrow(
        `${files.dir}/none.jsonl: file not found`,
      );
    },
  );

  it('maps renamed fields', async () => {
    const files = tempDir();
    const dataset = await readDataset({
      path: files.write('d.jsonl', jsonl([{ uid: 'x', text: 'hi', label: 1 }])),
      fields: { id: 'uid', input: 'text', expected: 'label' },
    });
    expect(dataset.examples[0]).toMatchObject({ id: 'x', input: 'hi', expected: '1' });
  });

  it.each([
    [
      'malformed JSONL',
      'd.jsonl',
      '{"id":"a","input":"x","expected":"y"}\n{"id": "b", oops}\n',
      /d\.jsonl line 2: invalid JSON/,
    ],
    ['a missing field', 'd.jsonl', '{"id":"a","input":"x"}\n', /d\.jsonl line 1: field "expected" is missing/],
    ['a missing id', 'd.jsonl', '\n{"input":"x","expected":"y"}\n', /d\.jsonl line 2: field "id" is missing/],
    [
      'an object label',
      'd.jsonl',
      '{"id":"a","input":"x","expected":{"k":1}}\n',
      /line 1: field "expected" must be a string or a number/,
    ],
    [
      'a duplicate id',
      'd.jsonl',
      jsonl([
        { id: 'a', input: 1, expected: 'y' },
        { id: 'b', input: 1, expected: 'y' },
        { id: 'a', input: 2, expected: 'n' },
      ]),
      /d\.jsonl line 3: duplicate id "a" \(first at .*d\.jsonl line 1\)/,
    ],
    ['an empty dataset', 'd.jsonl', '\n\n', /d\.jsonl: the dataset is empty/],
    ['a JSON file that is not an array', 'd.json', '{"id":"a"}', /d\.json: expected a JSON array/],
    [
      'malformed JSON with its line',
      'd.json',
      '[\n{"id":"a","input":"x","expected":"y"},\n{"id":"b",]\n',
      /d\.json line 3: invalid JSON/,
    ],
    ['a CSV row with too many columns', 'd.csv', 'id,input,expected\na,x,y\nb,x,y,z\n', /d\.csv line 3: invalid CSV/],
    ['a CSV without the expected column', 'd.csv', 'id,input\na,x\n', /d\.csv line 2: field "expected" is missing/],
  ])('rejects %s with one line naming file and line', async (_name, file, content, message) => {
    const files = tempDir();
    const error = await readDataset({ path: files.write(file, content) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('names a file that does not exist', async () => {
    await expect(readDataset({ path: '/nonexistent/d.jsonl' })).rejects.toThrow('/nonexistent/d.jsonl: file not found');
  });
});

describe('the dataset fingerprint', () => {
  it('is the one the released gate wrote into its snapshots (the schema-1 fixture)', async () => {
    const snapshot = JSON.parse(readFileSync('test/fixtures/snapshot/schema-1/results.json', 'utf8'));
    const dataset = await readDatasetKeys({ path: 'test/fixtures/snapshot/schema-1/eval.jsonl' });
    expect(dataset.fingerprint).toBe(snapshot.dataset.fingerprint);
  });

  // 70,000 rows take the counting sort, 5,000 the sort as text, 16,385 is the fewest that take the counting sort.
  it.each([70_000, 5_000, 16_385])(
    'follows its definition on %i rows: sha256 over the sorted hex sha256 of each [id, input, expected]',
    async (rows) => {
      const files = tempDir();
      const many = Array.from({ length: rows }, (_, i) => ({
        id: `r${i}`,
        input: { text: `row ${i}` },
        expected: i % 2 ? 'a' : 'b',
      }));
      const hashes = many
        .map((row) =>
          createHash('sha256')
            .update(JSON.stringify([row.id, row.input, row.expected]))
            .digest('hex'),
        )
        .sort();
      const whole = createHash('sha256');
      for (const hash of hashes) whole.update(hash);
      const dataset = await readDatasetKeys({ path: files.write('many.jsonl', jsonl(many)) });
      expect(dataset.fingerprint).toBe(`sha256:${whole.digest('hex')}`);
    },
  );
});
