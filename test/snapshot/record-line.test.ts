import { describe, expect, it } from 'vitest';
import { detached, parsedRecordOfLine, recordOfLine, writtenRecordOf } from '../../src/snapshot/record-line.js';

const written = [
  '{"id":"ex-0","input":"ticket 0: the customer writes","expected":"bug","output":"bug","prediction":"bug","correct":true,"length":{"chars":3,"words":1},"tags":{}}',
  '{"id":"ex-1","expected":"billing","output":"The answer seems billing (case 1)","prediction":"the answer seems billing (case 1)","correct":false,"length":{"chars":33,"words":6},"tags":{}}',
  '{"id":"7","input":"","expected":"","output":null,"prediction":null,"correct":null,"length":null,"tags":{}}',
  '{"id":"ü ☃ 😀","input":"é","expected":"a","output":"","prediction":"","correct":false,"length":{"chars":0,"words":0},"tags":{}}',
  '{"id":"big","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":999999999999999,"words":123456789012345},"tags":{}}',
];

// Lines the fast reading leaves to the full one: each must read (or fail) exactly as before.
const others = [
  '{"id":"e\\"x","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{}}',
  '{"id":"a","input":"line\\nbreak","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{}}',
  '{"id":"a","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{"lang":"en"}}',
  '{"id":"a","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"score":0.5,"length":{"chars":1,"words":1},"tags":{}}',
  '{"id":"a","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1.5,"words":1},"tags":{},"latencyMs":3}',
  '{"id":"a","input":"x","expected":"a","output":null,"prediction":null,"correct":null,"length":null,"tags":{},"error":"timeout"}',
  '{"id":"a","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1,"tokens":1},"tags":{}}',
  ' {"id":"a","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{}}',
  '{"id":"a", "input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{}}',
  '{"input":"x","id":"a","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{}}',
  '{"id":"a","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":01,"words":1},"tags":{}}',
  '{"id":"a","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{}}x',
  '{"id":"a","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{},"tags":3}',
  '{"id":"","input":"x","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{}}',
  '{"id":"a","input":"tab\there","expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{}}',
  '{"id":"a","input":3,"expected":"a","output":"a","prediction":"a","correct":true,"length":{"chars":1,"words":1},"tags":{}}',
  '{"id":"a","expected":"a","output":"a","prediction":"a","correct":"yes","length":{"chars":1,"words":1},"tags":{}}',
  '{"id":"a","expected":"a"',
  '[1,2]',
];

/** What a reading gives: the record, or the error's message. */
function outcome(read: () => unknown): unknown {
  try {
    return { record: read() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('snapshot record lines', () => {
  it('reads the lines a classification run writes without JSON.parse, as JSON.parse and the checks read them', () => {
    for (const line of written) {
      expect(writtenRecordOf(line)).not.toBeNull();
      expect(recordOfLine('r.jsonl', 2, line)).toStrictEqual(
        JSON.parse(JSON.stringify(parsedRecordOfLine('r.jsonl', 2, line))),
      );
      expect(recordOfLine('r.jsonl', 2, line)).toEqual(parsedRecordOfLine('r.jsonl', 2, line));
    }
  });

  it('leaves every other line, good or bad, to the full reading: the same record or the same error line', () => {
    for (const line of others) {
      expect(writtenRecordOf(line)).toBeNull();
      expect(outcome(() => recordOfLine('r.jsonl', 5, line))).toEqual(
        outcome(() => parsedRecordOfLine('r.jsonl', 5, line)),
      );
    }
    expect(outcome(() => recordOfLine('r.jsonl', 5, others[13] as string))).toEqual({
      error: 'r.jsonl line 5: field "id" must be a non-empty string, got string',
    });
  });

  it('detaches any string as an equal one, quotes, escapes and astral characters included', () => {
    for (const text of ['', 'short', 'say "hi" \\ there\n\tand more', '😀 ü ☃ a long enough text', 'x'.repeat(5000)])
      expect(detached(text)).toBe(text);
  });
});
