import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

/** A zip that would inflate past the cap, or that lies about its sizes: nothing is kept of it. */
export class ExtractionTooLarge extends Error {
  constructor(what: string) {
    super(`the artifact is refused: ${what} (the baseline.maxArtifactMB limit)`);
  }
}

/** Entries in one artifact: ours holds a handful of files; a zip of a million empty ones is hostile too. */
const maxEntries = 10_000;

/**
 * Extracts `zipPath` into `dir`, at most `maxBytes` inflated. The central directory declares
 * every entry's size, so a zip over the cap is refused before a byte is written; yauzl checks
 * each entry inflates to exactly its declared size (a zip bomb that understates it fails
 * mid-entry), and the bytes written are counted besides. yauzl also refuses absolute paths and
 * `..` in entry names. @actions/artifact's own extraction has no size limit, hence this.
 */
export async function extractZipCapped(zipPath: string, dir: string, maxBytes: number): Promise<void> {
  const zip = await yauzl.openPromise(zipPath, {
    lazyEntries: true,
    autoClose: false,
    validateEntrySizes: true,
    strictFileNames: true,
  });
  try {
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      entries.push(entry);
      declared += entry.uncompressedSize;
      if (entries.length > maxEntries) throw new ExtractionTooLarge(`it holds more than ${maxEntries} files`);
      if (declared > maxBytes) throw new ExtractionTooLarge(`it inflates to more than ${mb(maxBytes)}`);
    }
    let written = 0;
    const root = resolve(dir);
    for (const entry of entries) {
      const target = resolve(root, entry.fileName);
      if (target !== root && !target.startsWith(root + sep))
        throw new Error(`the artifact names a path outside its folder (${entry.fileName})`);
      if (entry.fileName.endsWith('/')) {
        await mkdir(target, { recursive: true });
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          written += chunk.length;
          done(written > maxBytes ? new ExtractionTooLarge(`it inflates to more than ${mb(maxBytes)}`) : null, chunk);
        },
      });
      await pipeline(await zip.openReadStreamPromise(entry), counter, createWriteStream(target));
    }
  } finally {
    zip.close();
  }
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}
