import * as core from '@actions/core';

/**
 * A cancelled job or a step past its `timeout-minutes` gets SIGINT, then SIGTERM 7.5 s later,
 * then SIGKILL 2.5 s after that. The first signal aborts the run, which keeps the answers so
 * far; later ones are ignored so that saving them (the response cache) can finish.
 */
export function abortOnCancel(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    core.info(`${name} received (the job was cancelled or timed out): stopping the run, keeping the answers so far.`);
    controller.abort();
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  for (const name of signals) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of signals) process.off(name, onSignal);
    },
  };
}
