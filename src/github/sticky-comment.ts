import { comparableBody } from './comment-body.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient } from './octokit.js';

export const COMMENT_MODES = ['always', 'on-change', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Who writes the comments of the default GITHUB_TOKEN (an installation token). */
export const GITHUB_TOKEN_COMMENT_AUTHOR = 'github-actions[bot]';

/**
 * The login whose comments the gate may update: the one configured, else the token's own.
 * A user token (PAT) knows its login through `GET /user`; an installation token cannot call
 * it, and the GITHUB_TOKEN's comments are written by `github-actions[bot]` (another app's
 * token needs its `<app>[bot]` login configured). Matching one login, not "any bot", keeps
 * the gate off comments other apps (dependabot, other[bot]) write, whatever they quote.
 */
export async function resolveCommentAuthor(octokit: GitHubClient, configured: string | null): Promise<string> {
  if (configured) return configured;
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403) return GITHUB_TOKEN_COMMENT_AUTHOR;
    throw error;
  }
}

/**
 * The gate's own comment: by its author, and starting with the marker (the gate always writes
 * it first), so a comment that quotes someone's text holding the marker is not taken for it.
 */
function isGateComment(
  comment: { body?: string; user: { login: string } | null },
  marker: string,
  author: string,
): boolean {
  return (comment.body ?? '').startsWith(marker) && comment.user?.login.toLowerCase() === author.toLowerCase();
}

export interface StickyCommentOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  body: string;
  mode: Exclude<CommentMode, 'never'>;
  /** Login whose comments with the marker are the gate's (see resolveCommentAuthor). */
  author: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  url: string;
  id: number;
}

/** Creates the gate's comment on the first run and updates that same comment afterwards. */
export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  const { octokit, owner, repo, issueNumber, marker, body, mode, author } = options;
  // Every page: on a long PR the gate's comment is easily past the first 100.
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const existing = comments.find((comment) => isGateComment(comment, marker, author));
  if (!existing) {
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', url: data.html_url, id: data.id };
  }
  if (mode === 'on-change' && comparableBody(existing.body ?? '') === comparableBody(body)) {
    return { action: 'unchanged', url: existing.html_url, id: existing.id };
  }
  const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
  return { action: 'updated', url: data.html_url, id: data.id };
}
