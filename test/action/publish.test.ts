import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uploadRunArtifact } from '../../src/action/publish.js';
import type { ArtifactStore } from '../../src/github/artifact-store.js';

/** An ArtifactStore that records uploads, or refuses them like the service would. */
function recordingStore(options: { unavailable?: string; failWith?: string } = {}) {
  const uploads: Array<{ name: string; files: string[]; rootDirectory: string }> = [];
  const store: ArtifactStore = {
    uploadUnavailableReason: () => options.unavailable ?? null,
    async upload(name, files, rootDirectory) {
      if (options.failWith) throw new Error(options.failWith);
      uploads.push({ name, files, rootDirectory });
      return { id: 1, size: 10 };
    },
    download: () => Promise.reject(new Error('not used')),
    listCurrentRun: () => Promise.reject(new Error('not used')),
    downloadCurrentRun: () => Promise.reject(new Error('not used')),
  };
  return { store, uploads };
}

let printed: string[];
beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const warnings = () =>
  printed.filter((line) => line.startsWith('::warning::')).map((line) => line.trim().slice('::warning::'.length));
const files = ['/w/out/results.jsonl', '/w/out/report.md', '/w/out/report.json'];

describe('uploadRunArtifact', () => {
  it('uploads the snapshot and reports under the artifact name, relative to the output folder', async () => {
    const { store, uploads } = recordingStore();
    await uploadRunArtifact({ artifacts: store, name: 'gate-a', files, rootDirectory: '/w/out' });
    expect(uploads).toEqual([{ name: 'gate-a', files, rootDirectory: '/w/out' }]);
    expect(warnings()).toEqual([]);
  });

  it('says why nothing was uploaded when the runner services are missing', async () => {
    const { store, uploads } = recordingStore({ unavailable: 'ACTIONS_RUNTIME_TOKEN not set' });
    await uploadRunArtifact({ artifacts: store, name: 'gate-a', files, rootDirectory: '/w/out' });
    expect(uploads).toEqual([]);
    expect(warnings()).toEqual([
      'Snapshot not uploaded as artifact "gate-a": ACTIONS_RUNTIME_TOKEN not set. Without it this run cannot be a later run\'s baseline.',
    ]);
  });

  it('turns a refused upload (a name taken twice in one run) into a warning, not a failure', async () => {
    const { store } = recordingStore({
      failWith:
        'Failed to CreateArtifact: (409) Conflict: an artifact with this name already exists on the workflow run\nmore',
    });
    await expect(
      uploadRunArtifact({ artifacts: store, name: 'gate-a', files, rootDirectory: '/w/out' }),
    ).resolves.toBeUndefined();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(
      /^Snapshot not uploaded as artifact "gate-a": Failed to CreateArtifact: \(409\).*distinct `artifact-name`s\.$/,
    );
  });
});
