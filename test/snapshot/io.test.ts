import { describe, expect, it } from 'vitest';
import { isPredictionsFile, readSnapshot } from '../../src/snapshot/io.js';
import { buildSnapshot } from '../support/snapshot-builder.js';
import { jsonl, tempDir } from '../support/tmp.js';

const BOM = '\uFEFF';

describe('isPredictionsFile', () => {
  it('reads the whole first line, however long, to tell predictions from a snapshot', async () => {
    const files = tempDir();
    const longOutput = 'word '.repeat(30_000); // 150 KB, more than any fixed read buffer
    const path = files.write('prev.jsonl', jsonl([{ id: 'a', output: longOutput }, { id: 'b', output: 'ham' }]));
    expect(await isPredictionsFile(path)).toBe(true);
  });

  it('skips blank lines before the first row and says no for a results.json', async () => {
    const files = tempDir();
    expect(await isPredictionsFile(files.write('p.jsonl', '\n\n{"id":"a","error":"timeout"}\n'))).toBe(true);
    expect(await isPredictionsFile(files.write('results.json', JSON.stringify({ schemaVersion: 1, examples: [] }, null, 2)))).toBe(false);
  });
});

describe('a UTF-8 byte-order mark at the start of the file', () => {
  it('is skipped when reading a snapshot', async () => {
    const files = tempDir();
    const snapshot = buildSnapshot();
    expect(await readSnapshot(files.write('results.json', BOM + JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it('is skipped when telling a predictions file from a snapshot', async () => {
    const files = tempDir();
    expect(await isPredictionsFile(files.write('p.jsonl', BOM + jsonl([{ id: 'a', output: 'spam' }])))).toBe(true);
  });
});

describe('readSnapshot', () => {
  it('names the path when it is a directory, missing or unreadable', async () => {
    const files = tempDir();
    await expect(readSnapshot(files.dir)).rejects.toThrow(`${files.dir}: is a directory, expected a results.json snapshot`);
    await expect(readSnapshot(`${files.dir}/none.json`)).rejects.toThrow(`${files.dir}/none.json: snapshot file not found`);
    // Linux refuses to read a process's memory from offset 0: a real read error on a regular file.
    await expect(readSnapshot('/proc/self/mem')).rejects.toThrow('/proc/self/mem: cannot read the snapshot (EIO)');
  });

  it('takes a directory given as --baseline for neither kind, so readSnapshot can name it', async () => {
    const files = tempDir();
    expect(await isPredictionsFile(files.dir)).toBe(false);
  });
});
