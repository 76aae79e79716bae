import { describe, expect, it } from 'vitest';
import { FileInputs } from '../../src/dataset/inputs.js';
import { readDataset, readDatasetKeys } from '../../src/dataset/read.js';
import { MAX_RECORD_INPUT_CHARS } from '../../src/snapshot/schema.js';
import { tempDir } from '../support/tmp.js';

const long = 'é'.repeat(MAX_RECORD_INPUT_CHARS + 50);
// A byte-order mark, "\r\n" and "\n" endings, blank lines, multi-byte text, a structured input, a long one.
const text =
  '\uFEFF{"id":"a","input":"naïve 🚀 text","expected":"x"}\r\n' +
  '\n' +
  '{"id":"b","input":{"q":"structured","n":[1,2]},"expected":"y"}\n' +
  '   \r\n' +
  `{"id":"c","input":"${long}","expected":"x"}\r\n` +
  '{"id":"d","input":"last line, no break","expected":"y"}';

describe('a JSON Lines dataset read for a predictions run', () => {
  it('leaves its inputs in the file and reads back the same texts as a run that keeps them', async () => {
    const path = tempDir().write('d.jsonl', text);
    const kept = await readDataset({ path });
    const keys = await readDatasetKeys({ path });
    expect(keys.inputs).toBeInstanceOf(FileInputs);
    const expected = [0, 1, 2, 3].map((row) => kept.inputs.get(row));
    expect(expected[0]).toBe('naïve 🚀 text');
    expect(expected[1]).toBe('{"q":"structured","n":[1,2]}');
    expect(Array.from(expected[2] as string)).toHaveLength(MAX_RECORD_INPUT_CHARS);
    expect([0, 1, 2, 3].map((row) => keys.inputs.get(row))).toEqual(expected);
    expect(await keys.inputs.range(0, 4)).toEqual(expected);
    expect(await keys.inputs.range(1, 3)).toEqual(expected.slice(1, 3));
    expect(await keys.inputs.pick([3, 0]).range(0, 2)).toEqual([expected[3], expected[0]]);
    expect(keys.fingerprint).toBe(kept.fingerprint);
  });
});
