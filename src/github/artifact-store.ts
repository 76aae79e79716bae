import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { runnerServiceMissing } from './runner-services.js';
import { extractZipCapped } from './zip-extract.js';

/**
 * Where run artifacts go and come from. The default is @actions/artifact; tests inject
 * their own. Uploading only works on a runner (it needs ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_RESULTS_URL); downloading another run's artifact uses the public REST API.
 */
export interface ArtifactStore {
  /** Null when uploads are impossible here, with the reason. */
  uploadUnavailableReason(): string | null;
  upload(name: string, files: string[], rootDirectory: string): Promise<{ id: number | null; size: number | null }>;
  /** Extracts into `path`, refusing (ExtractionTooLarge) an archive that inflates past `maxBytes`. */
  download(options: {
    artifactId: number;
    runId: number;
    owner: string;
    repo: string;
    token: string;
    path: string;
    maxBytes: number;
  }): Promise<void>;
  /** This workflow run's artifacts so far (through the runner's token: no `actions: read` needed). */
  listCurrentRun(): Promise<{ id: number; name: string }[]>;
  /** Extracts one of this run's artifacts into `path`. */
  downloadCurrentRun(artifactId: number, path: string): Promise<void>;
}

export function createArtifactStore(env: Record<string, string | undefined>): ArtifactStore {
  const client = new DefaultArtifactClient();
  return {
    uploadUnavailableReason() {
      return runnerServiceMissing(
        env,
        ['ACTIONS_RESULTS_URL'],
        'artifacts can only be uploaded inside a GitHub Actions job',
      );
    },
    async upload(name, files, rootDirectory) {
      const result = await client.uploadArtifact(name, files, rootDirectory);
      return { id: result.id ?? null, size: result.size ?? null };
    },
    async listCurrentRun() {
      const { artifacts } = await client.listArtifacts({ latest: true });
      return artifacts.map((artifact) => ({ id: artifact.id, name: artifact.name }));
    },
    async downloadCurrentRun(artifactId, path) {
      await client.downloadArtifact(artifactId, { path });
    },
    async download({ artifactId, runId, owner, repo, token, path, maxBytes }) {
      // The zip is saved as it is and extracted here, with a size cap @actions/artifact lacks.
      const zipDir = join(path, '.zip');
      await client.downloadArtifact(artifactId, {
        path: zipDir,
        skipDecompress: true,
        findBy: { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo },
      });
      try {
        const [zipName] = await readdir(zipDir);
        if (zipName === undefined) throw new Error('the artifact download wrote no file');
        await extractZipCapped(join(zipDir, zipName), path, maxBytes);
      } finally {
        await rm(zipDir, { recursive: true, force: true });
      }
    },
  };
}
