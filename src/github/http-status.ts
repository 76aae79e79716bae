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
