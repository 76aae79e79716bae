/**
 * Size limits on what comes from outside (README "Limits"). A model's answer (an HTTP body, a
 * command's line) is kilobytes; 16 MB leaves room for logprobs and long generations while
 * keeping `concurrency` bodies in flight far below the heap (4 × 16 MB by default), where an
 * unbounded body of 600 MB ended the run with ERR_STRING_TOO_LONG and five of 300 MB with a
 * V8 fatal error.
 */
export const defaultMaxResponseMB = 16;
export const defaultMaxLineMB = 16;

/**
 * The most a baseline artifact may inflate to: a snapshot of a million examples is a few
 * hundred MB, and a zip bomb is stopped long before it fills the runner's disk.
 */
export const defaultMaxArtifactMB = 1024;

/** MB as the config says it: 2^20 bytes. */
export function megabytes(mb: number): number {
  return Math.floor(mb * 1024 * 1024);
}
