import type { Logger } from '../log.js';

export interface ProgressOptions {
  label: string;
  total: number;
  logger: Logger;
  intervalMs?: number;
  now?: () => number;
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/** A log line every few seconds: done/total, rate, ETA, errors. Cached answers count as done, not toward the rate. */
export class Progress {
  private done = 0;
  private fresh = 0;
  private errors = 0;
  private readonly startedAt: number;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.startedAt = this.now();
  }

  start(): void {
    const { logger, total } = this.options;
    const tick = logger.progress
      ? () => logger.progress?.(this.done, total, this.line())
      : () => logger.info(this.line());
    // A bar redraws often; a log (the Action's, CI's) gets a line every few seconds.
    this.timer = setInterval(tick, logger.progress ? 200 : (this.options.intervalMs ?? 5_000));
    this.timer.unref();
  }

  record(outcome: { error?: string; cached?: boolean }): void {
    this.done += 1;
    if (outcome.error !== undefined) this.errors += 1;
    if (outcome.cached !== true) this.fresh += 1;
  }

  stop(): void {
    clearInterval(this.timer);
    this.options.logger.info(this.line());
  }

  line(): string {
    const { label, total } = this.options;
    const elapsedMs = this.now() - this.startedAt;
    const perSecond = elapsedMs > 0 ? (this.fresh * 1000) / elapsedMs : 0;
    const percent = total === 0 ? 100 : Math.floor((this.done * 100) / total);
    const remaining = total - this.done;
    const eta =
      remaining === 0 ? 'done' : perSecond > 0 ? `ETA ${duration((remaining / perSecond) * 1000)}` : 'ETA unknown';
    const errors = `${this.errors} error${this.errors === 1 ? '' : 's'}`;
    return `${label}: ${this.done}/${total} (${percent}%), ${perSecond.toFixed(1)}/s, ${eta}, ${errors}`;
  }
}
