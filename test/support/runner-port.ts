import type { RunnerPort } from '../../src/action/runner-port.js';

/**
 * A RunnerPort that records what the step said and lets a test send it a signal: what the
 * runner would see, without touching stdout or the test process's own signal handlers.
 */
export function recordingRunner() {
  const lines: Array<{ level: 'info' | 'warning'; message: string; title?: string }> = [];
  const handlers = new Map<NodeJS.Signals, Set<(name: NodeJS.Signals) => void>>();
  const runner: RunnerPort = {
    info: (message) => lines.push({ level: 'info', message }),
    warning: (message, annotation) =>
      lines.push({ level: 'warning', message, ...(annotation ? { title: annotation.title } : {}) }),
    onSignals(signals, handler) {
      for (const name of signals) {
        const set = handlers.get(name) ?? new Set();
        set.add(handler);
        handlers.set(name, set);
      }
      return () => {
        for (const name of signals) handlers.get(name)?.delete(handler);
      };
    },
  };
  return {
    runner,
    lines,
    infos: () => lines.filter((line) => line.level === 'info').map((line) => line.message),
    warnings: () => lines.filter((line) => line.level === 'warning').map((line) => line.message),
    /** Delivers a signal to the handlers listening now; returns how many there were. */
    signal(name: NodeJS.Signals): number {
      const listening = [...(handlers.get(name) ?? [])];
      for (const handler of listening) handler(name);
      return listening.length;
    },
  };
}
