import { inputError } from '../errors.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient } from './octokit.js';

/** Name of the snapshot asset on a release: `<artifact-name>-results.jsonl`. */
export function snapshotAssetName(artifactName: string): string {
  return `${artifactName}-results.jsonl`;
}

/** The release asset of gates before schema 2: `<artifact-name>-results.json`. */
export function legacySnapshotAssetName(artifactName: string): string {
  return `${artifactName}-results.json`;
}

/** The snapshot asset a release holds: this gate's name, or `<artifact-name>-results.json` of gates before schema 2. */
export function snapshotAssetNameIn(release: { assets: readonly { name: string }[] }, artifactName: string): string {
  const current = snapshotAssetName(artifactName);
  const legacy = legacySnapshotAssetName(artifactName);
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
  html_url?: string;
  created_at?: string;
  published_at?: string | null;
  assets: ReleaseAsset[];
}

export type FoundRelease = { kind: 'found'; release: Release; skipped: number } | { kind: 'none'; skipped: number };

/**
 * The release a `release:…` baseline names. A tag is that release (its asset checked on
 * download). `latest` walks back from the newest published release (never `excludeReleaseId`,
 * the release this run gates) to the first that carries one of `assetNames` (this gate's asset
 * name, or an older gate's), counting the ones it skipped: releases from before the gate, or
 * whose gate failed (publish attaches nothing then).
 */
export async function findBaselineRelease(
  ref: ReleaseRef & { tag: string; assetNames: readonly string[]; excludeReleaseId: number | null },
): Promise<FoundRelease> {
  const { octokit, owner, repo, tag, assetNames, excludeReleaseId } = ref;
  if (tag !== 'latest') {
    try {
      return {
        kind: 'found',
        release: (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data,
        skipped: 0,
      };
    } catch (error) {
      if (httpStatus(error) === 404)
        throw inputError(`baseline release:${tag}`, `no release with that tag in ${owner}/${repo}`);
      throw error;
    }
  }
  let skipped = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.repos.listReleases, { owner, repo, per_page: 50 })) {
    for (const release of page.data) {
      if (release.draft || release.prerelease || release.id === excludeReleaseId) continue;
      if (release.assets.some((asset) => assetNames.includes(asset.name))) return { kind: 'found', release, skipped };
      skipped += 1;
    }
  }
  return { kind: 'none', skipped };
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
  const existing = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
    owner,
    repo,
    release_id: releaseId,
    per_page: 100,
  });
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
