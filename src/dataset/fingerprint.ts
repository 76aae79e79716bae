import { createHash } from 'node:crypto';
import type { Example } from './types.js';

/**
 * Content hash of the dataset: independent of row order and file format, so the same examples
 * shuffled or converted from CSV to JSONL keep their fingerprint, and any changed label does not.
 */
export function datasetFingerprint(examples: readonly Example[]): string {
  const exampleHashes = examples
    .map((example) => createHash('sha256').update(JSON.stringify([example.id, example.input, example.expected])).digest('hex'))
    .sort();
  const whole = createHash('sha256');
  for (const hash of exampleHashes) whole.update(hash);
  return `sha256:${whole.digest('hex')}`;
}
