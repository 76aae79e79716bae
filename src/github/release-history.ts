import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage, inputError } from '../errors.js';
import type { HistoricalSnapshot, ReleaseHistory } from '../history/trend.js';
import type { Logger } from '../log.js';
import { readSnapshot } from '../snapshot/io.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient } from './octokit.js';
import { downloadSnapshotAsset, snapshotAssetNameIn } from './release-assets.js';

export interface ReleaseHistoryOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The artifact name: the asset is `<name>-results.jsonl`, or an older gate's `<name>-results.json`. */
  artifactName: string;
  /** How many accepted releases to take (`history`). */
  count: number;
  /** `gates.cumulativeDrop.anchor` as `release:<tag>`, or null. */
  anchor: string | null;
  /** The release this run gates: not its own history. */
  excludeReleaseId: number | null;
  downloadDir: string;
  /** Snapshots already on disk by release tag (the baseline's): read, not downloaded again. */
  downloaded?: ReadonlyMap<string, string>;
  logger: Logger;
}

type Release = Parameters<typeof downloadSnapshotAsset>[0]['release'];

/**
 * The snapshots of the last `count` accepted releases (those carrying the gate's snapshot asset:
 * publish attaches it only when the gate passed or was accepted), newest first, and the anchor's.
 * An unreadable snapshot is skipped with a warning: the trend is context, not the verdict.
 */
export async function fetchReleaseHistory(options: ReleaseHistoryOptions): Promise<ReleaseHistory> {
  try {
    return await walkReleases(options);
  } catch (error) {
    const status = httpStatus(error);
    const why =
      status === 403 || status === 404
        ? `HTTP ${status}: the token needs contents: read`
        : errorMessage(error).split('\n')[0];
    options.logger.warn(
      `history: cannot list the releases of ${options.owner}/${options.repo} (${why}); no trend this run`,
    );
    return { recent: [], anchor: null, unavailable: `the earlier releases could not be read (${why})` };
  }
}

async function walkReleases(options: ReleaseHistoryOptions): Promise<ReleaseHistory> {
  const { octokit, owner, repo, artifactName, count, excludeReleaseId, logger } = options;
  await mkdir(options.downloadDir, { recursive: true });
  const load = async (release: Release): Promise<HistoricalSnapshot | null> => {
    const local = options.downloaded?.get(release.tag_name);
    const path = local ?? join(options.downloadDir, `release-${release.id}.json`);
    try {
      if (!local)
        await writeFile(
          path,
          await downloadSnapshotAsset({
            octokit,
            owner,
            repo,
            release,
            assetName: snapshotAssetNameIn(release, artifactName),
          }),
        );
      const snapshot = await readSnapshot(path);
      return {
        ref: `release:${release.tag_name}`,
        createdAt: release.published_at ?? release.created_at ?? snapshot.header.createdAt,
        snapshot,
      };
    } catch (error) {
      logger.warn(`history: the snapshot of release ${release.tag_name} is left out (${errorMessage(error)})`);
      return null;
    }
  };

  const recent: HistoricalSnapshot[] = [];
  if (count > 0) {
    // Newest first; a page of 50 covers the default five with room for skipped releases.
    walk: for await (const page of octokit.paginate.iterator(octokit.rest.repos.listReleases, {
      owner,
      repo,
      per_page: 50,
    })) {
      for (const release of page.data) {
        if (release.draft || release.prerelease || release.id === excludeReleaseId) continue;
        if (!release.assets.some((asset) => asset.name === snapshotAssetNameIn(release, artifactName))) continue;
        const loaded = await load(release);
        if (loaded) recent.push(loaded);
        if (recent.length >= count) break walk;
      }
    }
  }

  let anchor: HistoricalSnapshot | null = null;
  if (options.anchor !== null) {
    anchor = recent.find((entry) => entry.ref === options.anchor) ?? null;
    if (!anchor) {
      const tag = options.anchor.replace(/^release:/, '');
      try {
        anchor = await load((await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data);
      } catch (error) {
        if (httpStatus(error) !== 404) throw error;
        logger.warn(
          inputError(`gates.cumulativeDrop.anchor ${options.anchor}`, `no release with that tag in ${owner}/${repo}`)
            .message,
        );
      }
    }
  }
  return { recent, anchor };
}
