import { errorMessage } from '../errors.js';

/**
 * The HTTP status of an Octokit RequestError (or anything shaped like one), else null. Octokit
 * reports a request that got no answer at all (connection reset, DNS, timeout) as status 500
 * without a response: that is null here too, so no one reads it as GitHub's answer.
 */
export function httpStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('status' in error)) return null;
  const { status } = error as { status: unknown };
  if (typeof status !== 'number') return null;
  if ('request' in error && (error as { response?: unknown }).response === undefined) return null;
  return status;
}

/** Statuses GitHub answers when the token lacks a permission (or cannot see the thing). */
export function isPermissionStatus(status: number | null): boolean {
  return status === 401 || status === 403 || status === 404 || status === 422;
}

/** The first line of an error's message: what a one-line warning or failure shows. */
export function firstLine(error: unknown): string {
  return errorMessage(error).split('\n')[0] ?? '';
}
