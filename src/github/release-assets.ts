import { inputError } from '../errors.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient } from './octokit.js';

/** Name of the snapshot asset on a release: `<artifact-name>-results.jsonl`. */
export function snapshotAssetName(artifactName: string): string {
  return `${artifactName}-results.jsonl`;
}

/** The snapshot asset a release holds: this gate's name, or `<artifact-name>-results.json` of gates before schema 2. */
export function snapshotAssetNameIn(release: { assets: readonly { name: string }[] }, artifactName: string): string {
  const current = snapshotAssetName(artifactName);
  const legacy = `${artifactName}-results.json`;
  const names = new Set(release.assets.map((asset) => asset.name));
  return !names.has(current) && names.has(legacy) ? legacy : current;
}

interface ReleaseRef {
  octokit: GitHubClient;
  owner: string;
  repo: string;
}

interface ReleaseAsset {
  id: number;
  name: string;
}
interface Release {
  id: number;
  tag_name: string;
  assets: ReleaseAsset[];
}

/**
 * The release a `release:…` baseline names. `latest` skips `excludeReleaseId` (the release
 * this very run was triggered by, which is "latest" already but is the candidate) and
 * answers null when the repository has no other published release yet.
 */
export async function findBaselineRelease(
  ref: ReleaseRef & { tag: string; excludeReleaseId: number | null },
): Promise<Release | null> {
  const { octokit, owner, repo, tag, excludeReleaseId } = ref;
  if (tag !== 'latest') {
    try {
      return (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
    } catch (error) {
      if (httpStatus(error) === 404) throw inputError(`baseline release:${tag}`, `no release with that tag in ${owner}/${repo}`);
      throw error;
    }
  }
  try {
    const { data: latest } = await octokit.rest.repos.getLatestRelease({ owner, repo });
    if (latest.id !== excludeReleaseId) return latest;
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
    return null;
  }
  for await (const page of octokit.paginate.iterator(octokit.rest.repos.listReleases, { owner, repo, per_page: 50 })) {
    const previous = page.data.find((release) => !release.draft && !release.prerelease && release.id !== excludeReleaseId);
    if (previous) return previous;
  }
  return null;
}

/** Downloads the snapshot asset of `release`; a release without it is an input error. */
export async function downloadSnapshotAsset(
  ref: ReleaseRef & { release: Release; assetName: string },
): Promise<Buffer> {
  const { octokit, owner, repo, release, assetName } = ref;
  const asset = release.assets.find((candidate) => candidate.name === assetName);
  if (!asset) {
    const names = release.assets.map((candidate) => candidate.name).join(', ') || 'none';
    throw inputError(`release ${release.tag_name}`, `has no asset "${assetName}" (its assets: ${names})`);
  }
  // The API answers 302 to a signed download URL; fetch follows it.
  const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    owner,
    repo,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
  });
  return Buffer.from(response.data as unknown as ArrayBuffer);
}

/**
 * Attaches the snapshot to the release (`publish`), replacing an asset of the same name left
 * by an earlier attempt of this run.
 */
export async function publishSnapshotAsset(
  ref: ReleaseRef & { releaseId: number; uploadUrl: string; assetName: string; content: string },
): Promise<{ url: string }> {
  const { octokit, owner, repo, releaseId, uploadUrl, assetName, content } = ref;
  const existing = await octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: releaseId, per_page: 100 });
  for (const asset of existing.filter((candidate) => candidate.name === assetName)) {
    await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id });
  }
  const { data } = await octokit.request(`POST ${uploadUrl}`, {
    name: assetName,
    data: content,
    headers: { 'content-type': 'application/x-ndjson' }, // results.jsonl: JSON Lines
  });
  return { url: (data as { browser_download_url: string }).browser_download_url };
}
