import { comparableBody } from './comment-body.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient } from './octokit.js';

export const COMMENT_MODES = ['always', 'on-change', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/**
 * Whose comments the gate may update. A user token (PAT) knows its login through
 * `GET /user`; an installation token (GITHUB_TOKEN, GitHub Apps) cannot call it, and its
 * comments are written by a Bot account (`github-actions[bot]`, `<app>[bot]`). Matching the
 * author as well as the marker keeps anyone from planting a comment the gate then rewrites.
 */
export type CommentAuthor = { kind: 'user'; login: string } | { kind: 'bot' };

export async function resolveCommentAuthor(octokit: GitHubClient): Promise<CommentAuthor> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { kind: 'user', login: data.login };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403) return { kind: 'bot' };
    throw error;
  }
}

function isOwnComment(author: CommentAuthor, user: { login: string; type: string } | null | undefined): boolean {
  if (!user) return false;
  return author.kind === 'user' ? user.login === author.login : user.type === 'Bot';
}

export interface StickyCommentOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  body: string;
  mode: Exclude<CommentMode, 'never'>;
  author: CommentAuthor;
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
  const existing = comments.find((comment) => comment.body?.includes(marker) && isOwnComment(author, comment.user));
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
