import * as core from '@actions/core';

/**
 * What the Action's steps say to the runner and hear from it: log lines and annotations
 * (`@actions/core`) and the cancel signals (`process`). One port passed in through `run(deps)`,
 * so those steps are tested with a recording port (test/support/runner-port.ts), not a spy on stdout.
 */
export interface RunnerPort {
  info(message: string): void;
  warning(message: string, annotation?: { title: string }): void;
  /** Calls `handler` on each of these signals until the returned function is called. */
  onSignals(signals: readonly NodeJS.Signals[], handler: (name: NodeJS.Signals) => void): () => void;
}

/** The port on a runner. */
export const actionsRunner: RunnerPort = {
  info: (message) => core.info(message),
  warning: (message, annotation) => core.warning(message, annotation),
  onSignals(signals, handler) {
    for (const name of signals) process.on(name, handler);
    return () => {
      for (const name of signals) process.off(name, handler);
    };
  },
};
