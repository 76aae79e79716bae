import { describe, expect, it } from 'vitest';
import { FileInputs } from '../../src/dataset/inputs.js';
import { readDataset, readDatasetKeys } from '../../src/dataset/read.js';
import { MAX_RECORD_INPUT_CHARS } from '../../src/snapshot/schema.js';
import { tempDir } from '../support/tmp.js';

const long = 'é'.repeat(MAX_RECORD_INPUT_CHARS + 50);
// ASCII lines whose input is there as is (read back as bytes) and others (parsed again):
// a byte-order mark, "\r\n" and "\n" endings, blank lines, multi-byte text, a structured input, a long one.
const text =
  '\uFEFF{"id":"a","input":"naïve 🚀 text","expected":"x"}\r\n' +
  '\n' +
  '{"id":"b","input":{"q":"structured","n":[1,2]},"expected":"y"}\n' +
  '   \r\n' +
  `{"id":"c","input":"${long}","expected":"x"}\r\n` +
  '{"id":"same","input":"same","expected":"x"}\n' +
  '{"id":"e","input":"say \\"hi\\" \\u0041","expected":"x"}\n' +
  '{"id":"d","input":"last line, no break","expected":"y"}';

describe('a JSON Lines dataset read for a predictions run', () => {
  it('leaves its inputs in the file and reads back the same texts as a run that keeps them', async () => {
    const path = tempDir().write('d.jsonl', text);
    const kept = await readDataset({ path });
    const keys = await readDatasetKeys({ path });
    expect(keys.inputs).toBeInstanceOf(FileInputs);
    const rows = [0, 1, 2, 3, 4, 5];
    const expected = rows.map((row) => kept.inputs.get(row));
    expect(expected[0]).toBe('naïve 🚀 text');
    expect(expected[1]).toBe('{"q":"structured","n":[1,2]}');
    expect(Array.from(expected[2] as string)).toHaveLength(MAX_RECORD_INPUT_CHARS);
    expect(expected.slice(3)).toEqual(['same', 'say "hi" A', 'last line, no break']);
    expect(rows.map((row) => keys.inputs.get(row))).toEqual(expected);
    expect(await keys.inputs.range(0, 6)).toEqual(expected);
    expect(await keys.inputs.range(1, 4)).toEqual(expected.slice(1, 4));
    expect(await keys.inputs.pick([5, 0, 3]).range(0, 3)).toEqual([expected[5], expected[0], expected[3]]);
    expect(keys.fingerprint).toBe(kept.fingerprint);
  });
});
