import { DefaultArtifactClient } from '@actions/artifact';
import { runnerServiceMissing } from './runner-services.js';

/**
 * Where run artifacts go and come from. The default is @actions/artifact; tests inject
 * their own. Uploading only works on a runner (it needs ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_RESULTS_URL); downloading another run's artifact uses the public REST API.
 */
export interface ArtifactStore {
  /** Null when uploads are impossible here, with the reason. */
  uploadUnavailableReason(): string | null;
  upload(name: string, files: string[], rootDirectory: string): Promise<{ id: number | null; size: number | null }>;
  download(options: { artifactId: number; runId: number; owner: string; repo: string; token: string; path: string }): Promise<void>;
}

export function createArtifactStore(env: Record<string, string | undefined>): ArtifactStore {
  const client = new DefaultArtifactClient();
  return {
    uploadUnavailableReason() {
      return runnerServiceMissing(env, ['ACTIONS_RESULTS_URL'], 'artifacts can only be uploaded inside a GitHub Actions job');
    },
    async upload(name, files, rootDirectory) {
      const result = await client.uploadArtifact(name, files, rootDirectory);
      return { id: result.id ?? null, size: result.size ?? null };
    },
    async download({ artifactId, runId, owner, repo, token, path }) {
      await client.downloadArtifact(artifactId, {
        path,
        findBy: { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo },
      });
    },
  };
}
