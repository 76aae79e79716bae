import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/canonical-json.js';
import { readDatasetKeys } from '../../src/dataset/read.js';
import { jsonl, tempDir } from '../support/tmp.js';

function definition(texts: string[]): string {
  const hashes = texts.map((text) => createHash('sha256').update(text).digest('hex')).sort();
  const whole = createHash('sha256');
  for (const hash of hashes) whole.update(hash);
  return `sha256:${whole.digest('hex')}`;
}

describe('the dataset fingerprint of input objects', () => {
  it('does not depend on the order of their keys, at any depth; the earlier one did', async () => {
    const files = tempDir();
    const sorted = [{ id: 'a', input: { body: 'hi', meta: { from: 'x', to: 'y' }, subject: 's' }, expected: 'ham' }];
    const reordered = [{ id: 'a', input: { subject: 's', meta: { to: 'y', from: 'x' }, body: 'hi' }, expected: 'ham' }];
    const first = await readDatasetKeys({ path: files.write('sorted.jsonl', jsonl(sorted)) });
    const second = await readDatasetKeys({ path: files.write('reordered.jsonl', jsonl(reordered)) });
    expect(second.fingerprint).toBe(first.fingerprint);
    // Sorted keys serialise alike either way; out of order, plain JSON.stringify told them apart.
    expect(first.earlierFingerprint).toBe(first.fingerprint);
    expect(second.earlierFingerprint).not.toBe(second.fingerprint);
  });

  it('still tells a changed value apart', async () => {
    const files = tempDir();
    const one = await readDatasetKeys({
      path: files.write('a.jsonl', jsonl([{ id: 'a', input: { x: 1 }, expected: 'b' }])),
    });
    const two = await readDatasetKeys({
      path: files.write('b.jsonl', jsonl([{ id: 'a', input: { x: 2 }, expected: 'b' }])),
    });
    expect(two.fingerprint).not.toBe(one.fingerprint);
  });

  it('follows both definitions on many rows: sha256 over the sorted hex sha256 of each [id, input, expected]', async () => {
    const files = tempDir();
    // String inputs first, so the earlier fingerprint starts apart only after many batches.
    const many = Array.from({ length: 70_000 }, (_, i) => ({
      id: `r${i}`,
      input: i < 40_000 ? `row ${i}` : { text: `row ${i}`, n: i },
      expected: i % 2 ? 'a' : 'b',
    }));
    const dataset = await readDatasetKeys({ path: files.write('many.jsonl', jsonl(many)) });
    expect(dataset.fingerprint).toBe(definition(many.map((row) => canonicalJson([row.id, row.input, row.expected]))));
    expect(dataset.earlierFingerprint).toBe(
      definition(many.map((row) => JSON.stringify([row.id, row.input, row.expected]))),
    );
  });
});
