import { createHash, hash } from 'node:crypto';
import { canonicalJson, inCanonicalOrder } from '../canonical-json.js';

const DIGEST_BYTES = 32;
const BATCH = 1024;
/**
 * Up to this many examples the hex digests stay strings, sorted natively at the end: for a few
 * thousand rows that is quicker than the counting sort, whose 65,536 buckets then cost more than
 * the rows and run before the first request (bench/runner.bench.ts, the whole CLI run, 2,000 rows).
 */
const SORTED_AS_TEXT = 16_384;

/** The dataset's fingerprint by today's definition and by the earlier one (see FingerprintBuilder). */
export interface DatasetFingerprints {
  fingerprint: string;
  /**
   * The same with plain `JSON.stringify` of each triple, as snapshots written before canonical
   * JSON carry it: equal to `fingerprint` unless an input object's keys are out of order.
   */
  earlierFingerprint: string;
}

/** Whether a snapshot's `dataset.fingerprint` says it was run on this dataset, by either definition. */
export function isFingerprintOf(claimed: string, dataset: DatasetFingerprints): boolean {
  return claimed === dataset.fingerprint || claimed === dataset.earlierFingerprint;
}

/**
 * Content hash of the dataset: independent of row order, file format and the key order of
 * input objects, so the same examples shuffled, converted from CSV to JSONL or written by another
 * tool keep their fingerprint, and any changed label does not. sha256 over the ascending hex
 * sha256 of each canonical JSON `[id, input, expected]` (keys sorted). Until canonical JSON it
 * was plain `JSON.stringify`, which the earlier fingerprint keeps computing, so baselines written
 * then still match (`isFingerprintOf`); for string inputs, and objects whose keys are already
 * sorted, the two texts are one and nothing is computed twice (`inCanonicalOrder`).
 *
 * Built while the dataset streams: 32 bytes per example (the raw digests), sorted at the end
 * by a counting sort on their first two bytes, O(n). Digests are taken as hex (the one-shot
 * `crypto.hash` is 4× faster in hex than as a Buffer) and written into the buffer a batch at
 * a time (one native call per 1,024 examples, not one each). A small dataset's digests are
 * sorted as text instead (SORTED_AS_TEXT): the same order, since hex text sorts as its bytes.
 */
export class FingerprintBuilder {
  private readonly current = new SortedDigests();
  /** Made at the first example whose two texts differ, from the digests so far. */
  private earlier: SortedDigests | null = null;

  /** Throws RangeError when `input` nests too deeply to serialise; the reader names the line. */
  add(id: string, input: unknown, expected: string): void {
    const triple = [id, input, expected];
    const plain = JSON.stringify(triple);
    const text = inCanonicalOrder(input) ? plain : canonicalJson(triple);
    const digest = hash('sha256', text);
    if (text !== plain && this.earlier === null) this.earlier = this.current.copy();
    this.current.push(digest);
    this.earlier?.push(text === plain ? digest : hash('sha256', plain));
  }

  digest(): DatasetFingerprints {
    const fingerprint = this.current.digest();
    return { fingerprint, earlierFingerprint: this.earlier?.digest() ?? fingerprint };
  }
}

/** Per-example sha256 digests, hashed whole in ascending order. */
class SortedDigests {
  private digests = Buffer.alloc(DIGEST_BYTES * 1024);
  private count = 0;
  private pending: string[] = [];

  push(hexDigest: string): void {
    this.pending.push(hexDigest);
    if (this.pending.length === (this.count === 0 ? SORTED_AS_TEXT + 1 : BATCH)) this.flush();
  }

  copy(): SortedDigests {
    this.flush();
    const copy = new SortedDigests();
    copy.digests = Buffer.from(this.digests);
    copy.count = this.count;
    return copy;
  }

  private flush(): void {
    const needed = (this.count + this.pending.length) * DIGEST_BYTES;
    if (needed > this.digests.length) {
      const bigger = Buffer.alloc(Math.max(needed, this.digests.length * 2));
      this.digests.copy(bigger, 0, 0, this.count * DIGEST_BYTES);
      this.digests = bigger;
    }
    this.digests.write(this.pending.join(''), this.count * DIGEST_BYTES, 'hex');
    this.count += this.pending.length;
    this.pending = [];
  }

  digest(): string {
    if (this.count === 0) {
      return `sha256:${createHash('sha256').update(this.pending.sort().join('')).digest('hex')}`;
    }
    this.flush();
    const order = sortedDigestOrder(this.digests, this.count);
    const whole = createHash('sha256');
    const block = Buffer.alloc(DIGEST_BYTES * BATCH);
    const digests = this.digests;
    for (let start = 0; start < this.count; start += BATCH) {
      const end = Math.min(this.count, start + BATCH);
      // Byte by byte in JavaScript: a native copy per digest costs more than the 32 bytes.
      let to = 0;
      for (let k = start; k < end; k++) {
        const at = (order[k] as number) * DIGEST_BYTES;
        for (let b = 0; b < DIGEST_BYTES; b++) block[to++] = digests[at + b] as number;
      }
      whole.update(block.toString('hex', 0, to));
    }
    return `sha256:${whole.digest('hex')}`;
  }
}

/** Indices of the digests in ascending byte order (the order of their hex text). */
function sortedDigestOrder(digests: Buffer, count: number): Uint32Array {
  const bucketOf = (i: number) =>
    ((digests[i * DIGEST_BYTES] as number) << 8) | (digests[i * DIGEST_BYTES + 1] as number);
  const starts = new Uint32Array(65537);
  for (let i = 0; i < count; i++) {
    const bucket = bucketOf(i) + 1;
    starts[bucket] = (starts[bucket] as number) + 1;
  }
  for (let b = 1; b <= 65536; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  const next = starts.slice(0, 65536);
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const bucket = bucketOf(i);
    const slot = next[bucket] as number;
    next[bucket] = slot + 1;
    order[slot] = i;
  }
  // Buckets hold count / 65,536 digests on average: an insertion sort is the right tool.
  // Bytes compared in JavaScript (a native Buffer.compare per pair costs more than the bytes).
  const compare = (a: number, b: number) => {
    const x = a * DIGEST_BYTES;
    const y = b * DIGEST_BYTES;
    for (let i = 2; i < DIGEST_BYTES; i++) {
      const difference = (digests[x + i] as number) - (digests[y + i] as number);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  for (let b = 0; b < 65536; b++) {
    for (let k = (starts[b] as number) + 1; k < (starts[b + 1] as number); k++) {
      const item = order[k] as number;
      let j = k - 1;
      while (j >= (starts[b] as number) && compare(order[j] as number, item) > 0) {
        order[j + 1] = order[j] as number;
        j -= 1;
      }
      order[j + 1] = item;
    }
  }
  return order;
}
