/**
 * 0 pass (or only warnings), 1 a gate failed, 2 bad usage or input, 3 an internal error (a bug:
 * scripts must not read it as "the model regressed"), 130 interrupted (Ctrl-C or SIGTERM).
 */
export const exitCodes = { passed: 0, gateFailed: 1, badInput: 2, internalError: 3, interrupted: 130 } as const;
