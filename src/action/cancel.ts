import type { RunnerPort } from './runner-port.js';

/**
 * A cancelled job or a step past its `timeout-minutes` gets SIGINT, then SIGTERM 7.5 s later,
 * then SIGKILL 2.5 s after that. The first signal aborts the run, which keeps the answers so
 * far; later ones are ignored so that saving them (the response cache) can finish.
 */
export function abortOnCancel(runner: RunnerPort): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const dispose = runner.onSignals(['SIGINT', 'SIGTERM'], (name) => {
    if (controller.signal.aborted) return;
    runner.info(`${name} received (the job was cancelled or timed out): stopping the run, keeping the answers so far.`);
    controller.abort();
  });
  return { signal: controller.signal, dispose };
}
