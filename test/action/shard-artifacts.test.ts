import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadShards, uploadShard } from '../../src/action/shards.js';
import type { ArtifactStore } from '../../src/github/artifact-store.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { recordingRunner } from '../support/runner-port.js';
import { buildSnapshot } from '../support/snapshot-builder.js';
import { tempDir } from '../support/tmp.js';

/** An ArtifactStore holding this run's artifacts by name; records what was uploaded and downloaded. */
function runArtifacts(names: string[], options: { unavailable?: string } = {}) {
  const uploaded: string[] = [];
  const downloaded: Array<{ id: number; path: string }> = [];
  const store: ArtifactStore = {
    uploadUnavailableReason: () => options.unavailable ?? null,
    async upload(name) {
      uploaded.push(name);
      return { id: 7, size: 10 };
    },
    download: () => Promise.reject(new Error('not used')),
    listCurrentRun: async () => names.map((name, i) => ({ id: i + 1, name })),
    async downloadCurrentRun(artifactId, path) {
      downloaded.push({ id: artifactId, path });
    },
  };
  return { store, uploaded, downloaded };
}

describe('shard artifacts, told to the runner through its port', () => {
  it('uploads a shard under <artifact-name>-shard-K-of-N and says so', async () => {
    const recorded = recordingRunner();
    const { store, uploaded } = runArtifacts([]);
    const run = {
      shard: { index: 2, count: 3 },
      snapshot: snapshotTable(buildSnapshot()),
      paths: { outDir: '/w/out', results: '/w/out/results.jsonl' },
    };
    await uploadShard(recorded.runner, store, 'gate', run);
    expect(uploaded).toEqual(['gate-shard-2-of-3']);
    expect(recorded.infos()).toEqual([
      'Uploaded shard 2/3 as artifact "gate-shard-2-of-3" (id 7): the merge job gates it.',
    ]);
  });

  it("downloads only this gate's shards, each into its own folder, one line each", async () => {
    const recorded = recordingRunner();
    const { store, downloaded } = runArtifacts([
      'gate-shard-1-of-2',
      'other-shard-1-of-2',
      'gate',
      'gate-shard-2-of-2',
    ]);
    const dir = tempDir().dir;
    const folders = await downloadShards(recorded.runner, store, 'gate', dir);
    expect(folders).toEqual([join(dir, 'gate-shard-1-of-2'), join(dir, 'gate-shard-2-of-2')]);
    expect(folders.every((folder) => existsSync(folder))).toBe(true);
    expect(downloaded.map((entry) => entry.id)).toEqual([1, 4]);
    expect(recorded.infos()).toEqual([
      'Downloaded shard 1/2 (artifact "gate-shard-1-of-2", id 1).',
      'Downloaded shard 2/2 (artifact "gate-shard-2-of-2", id 4).',
    ]);
  });
});
