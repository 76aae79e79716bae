/**
 * An error in what the user gave us (a file, a flag, a config key): it is shown as one line
 * and ends the CLI with exit status 2 (the Action fails the step with the same line).
 * Everything else is a bug and keeps its stack trace at debug level.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** `where: what` — e.g. `data.jsonl line 3: field "expected" is missing`. */
export function inputError(where: string, what: string): InputError {
  return new InputError(`${where}: ${what}`);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The run was stopped (Ctrl-C, a cancelled job): what was computed is kept and named. */
export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
}
