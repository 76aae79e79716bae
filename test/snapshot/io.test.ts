import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPredictionsFile, readSnapshot, writeSnapshot } from '../../src/snapshot/io.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { RecordTable } from '../../src/snapshot/table.js';
import { defined } from '../support/defined.js';
import { snapshotOf } from '../support/snapshots.js';
import { jsonl, tempDir } from '../support/tmp.js';

const BOM = '\uFEFF';

/** A schema-2 file as the format defines it: the header line, then one record per line. */
function snapshotLines({ records, ...header }: Snapshot): string {
  return jsonl([header, ...records]);
}

const scored = () =>
  snapshotOf([
    { id: 'a', expected: 'spam', output: 'Spam', tags: { lang: 'en' } },
    { id: 'b', expected: 'ham', output: 'spam' },
    { id: 'c', expected: 'ham', output: { error: 'timeout' } },
    { id: 'd', expected: 'ham', output: 'ham "quoted"\nand a line break \u2028' },
  ]);

function rowsOf(table: RecordTable) {
  return Array.from({ length: table.size }, (_, row) => table.record(row));
}

describe('isPredictionsFile', () => {
  it('reads the whole first line, however long, to tell predictions from a snapshot', async () => {
    const files = tempDir();
    const longOutput = 'word '.repeat(30_000); // 150 KB, more than any fixed read buffer
    const path = files.write(
      'prev.jsonl',
      jsonl([
        { id: 'a', output: longOutput },
        { id: 'b', output: 'ham' },
      ]),
    );
    expect(await isPredictionsFile(path)).toBe(true);
  });

  it('skips blank lines before the first row and says no for a snapshot of either schema', async () => {
    const files = tempDir();
    expect(await isPredictionsFile(files.write('p.jsonl', '\n\n{"id":"a","error":"timeout"}\n'))).toBe(true);
    expect(
      await isPredictionsFile(files.write('results.json', JSON.stringify({ schemaVersion: 1, examples: [] }, null, 2))),
    ).toBe(false);
    expect(await isPredictionsFile(files.write('results.jsonl', snapshotLines(scored())))).toBe(false);
  });
});

describe('a schema-2 snapshot (header + JSON Lines)', () => {
  it('reads back what was written: every record field, and the summary of its records', async () => {
    const files = tempDir();
    const snapshot = scored();
    const { records, ...header } = snapshot;
    // The input a record keeps, and lengths without token counts (a run not in tokens), survive the columns.
    expect(records[0]).toMatchObject({ input: 'input 1', length: { chars: 4, words: 1 } });
    expect(records[0]?.length).not.toHaveProperty('tokens');
    const path = `${files.dir}/results.jsonl`;
    await writeSnapshot(path, { header, records: RecordTable.of(records) });
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1 + records.length);
    expect(JSON.parse(defined(lines[0]))).toEqual(header);
    expect(lines.slice(1).map((line) => JSON.parse(line))).toEqual(records);
    const read = await readSnapshot(path);
    expect(read.header).toEqual(header);
    expect(rowsOf(read.records)).toEqual(records);
  });

  it('skips a UTF-8 byte-order mark', async () => {
    const files = tempDir();
    const snapshot = scored();
    const read = await readSnapshot(files.write('results.jsonl', BOM + snapshotLines(snapshot)));
    expect(rowsOf(read.records)).toEqual(snapshot.records);
  });

  it('is checked for what it claims: each id once, as many records as the header says', async () => {
    const files = tempDir();
    const snapshot = scored();
    const duplicated = {
      ...snapshot,
      records: [...snapshot.records, { ...defined(snapshot.records[0]), output: 'ham' }],
    };
    const withDuplicate = files.write('dup.jsonl', snapshotLines(duplicated));
    await expect(readSnapshot(withDuplicate)).rejects.toThrow(
      `${withDuplicate} line 6: duplicate id "a" (first on line 2)`,
    );
    const truncated = files.write('short.jsonl', snapshotLines({ ...snapshot, records: snapshot.records.slice(0, 3) }));
    await expect(readSnapshot(truncated)).rejects.toThrow(
      `${truncated}: the snapshot says it holds 4 examples but has 3 records`,
    );
  });

  it('names the line of a malformed record, of a wrong field and of invalid UTF-8', async () => {
    const files = tempDir();
    const text = snapshotLines(scored()).split('\n');
    const broken = files.write('broken.jsonl', [...text.slice(0, 3), '{"id":"x",', ...text.slice(3)].join('\n'));
    await expect(readSnapshot(broken)).rejects.toThrow(new RegExp(`^${broken} line 4: invalid JSON`));
    const wrongField = files.write(
      'field.jsonl',
      [...text.slice(0, 2), defined(text[2]).replace('"correct":false', '"correct":"no"'), ...text.slice(3)].join('\n'),
    );
    await expect(readSnapshot(wrongField)).rejects.toThrow(
      `${wrongField} line 3: field "correct" must be true, false or null, got string`,
    );
    const bytes = Buffer.concat([
      Buffer.from(`${text.slice(0, 4).join('\n')}\n`),
      Buffer.from('{"id":"a'),
      Buffer.from([0xff]),
      Buffer.from('"}\n'),
    ]);
    const invalid = `${files.dir}/utf8.jsonl`;
    (await import('node:fs')).writeFileSync(invalid, bytes);
    await expect(readSnapshot(invalid)).rejects.toThrow(`${invalid} line 5: not valid UTF-8 text`);
  });

  it('refuses another schema version with what to do', async () => {
    const files = tempDir();
    const path = files.write('future.jsonl', '{"schemaVersion":3}\n');
    await expect(readSnapshot(path)).rejects.toThrow(
      `${path}: snapshot schema version 3, this gate reads versions 1 and 2: re-create it`,
    );
  });
});

describe('a schema-1 results.json written by the released gate', () => {
  const fixture = 'test/fixtures/snapshot/schema-1/results.json';

  it('reads as a snapshot: its records, and a summary worked out from them', async () => {
    const { header, records } = await readSnapshot(fixture);
    expect(header.schemaVersion).toBe(2);
    expect(header.dataset.n).toBe(6);
    expect(records.size).toBe(6);
    // The fixture's dataset and answers (test/fixtures/snapshot/schema-1): a, b, c, e right; d wrong; f an error.
    expect(records.record(3)).toMatchObject({
      id: 'd',
      expected: 'ham',
      output: 'spam, I think',
      prediction: 'spam, i think',
      correct: false,
    });
    expect(records.record(5)).toMatchObject({ id: 'f', output: null, correct: null, error: 'timeout upstream' });
    expect(header.summary).toMatchObject({ total: 6, scored: 5, errors: 1 });
    expect(header.summary.metrics.accuracy).toBeCloseTo(4 / 5, 12);
  });

  it('keeps its byte-order mark and pretty-printing readable', async () => {
    const files = tempDir();
    const pretty = files.write(
      'results.json',
      BOM + JSON.stringify(JSON.parse(readFileSync(fixture, 'utf8')), null, 2),
    );
    expect((await readSnapshot(pretty)).records.size).toBe(6);
  });
});

describe('readSnapshot', () => {
  it('names the path when it is a directory, missing or unreadable', async () => {
    const files = tempDir();
    await expect(readSnapshot(files.dir)).rejects.toThrow(
      `${files.dir}: is a directory, expected a results.jsonl snapshot`,
    );
    await expect(readSnapshot(`${files.dir}/none.json`)).rejects.toThrow(
      `${files.dir}/none.json: snapshot file not found`,
    );
    // Linux refuses to read a process's memory from offset 0: a real read error on a regular file.
    await expect(readSnapshot('/proc/self/mem')).rejects.toThrow('/proc/self/mem: cannot read the snapshot (EIO)');
  });

  it('takes a directory given as --baseline for neither kind, so readSnapshot can name it', async () => {
    const files = tempDir();
    expect(await isPredictionsFile(files.dir)).toBe(false);
  });
});
