import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';

/** The one GitHub client type the Action passes around (REST methods + paginate + retry). */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST root, from GITHUB_API_URL on a runner (GitHub Enterprise and tests differ from api.github.com). */
  apiUrl: string;
  /** Retries of a 5xx or rate-limited request (default 3, with growing waits). */
  retries?: number;
}

/**
 * Builds the client once; everything that talks to GitHub takes it as a parameter.
 * Retries cover 5xx and rate limits; 4xx (permissions, missing things) fail at once.
 */
export function createGitHubClient({ token, apiUrl, retries = 3 }: GitHubClientOptions): GitHubClient {
  return getOctokit(
    token,
    { baseUrl: apiUrl, retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451] } },
    retry,
  );
}
