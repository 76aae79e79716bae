import { errorMessage } from '../errors.js';

/** The HTTP status of an Octokit RequestError (or anything shaped like one), else null. */
export function httpStatus(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === 'number' ? status : null;
  }
  return null;
}

/** Statuses GitHub answers when the token lacks a permission (or cannot see the thing). */
export function isPermissionStatus(status: number | null): boolean {
  return status === 401 || status === 403 || status === 404 || status === 422;
}

/** The first line of an error's message: what a one-line warning or failure shows. */
export function firstLine(error: unknown): string {
  return errorMessage(error).split('\n')[0] ?? '';
}
