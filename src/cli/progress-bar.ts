import type { Logger } from '../log.js';

export interface Terminal {
  write(text: string): void;
  columns?: number;
}

/**
 * Wraps the CLI's logger for an interactive terminal: progress redraws one bar line in place,
 * and any other message first clears it, so log lines and the bar never mix.
 */
export function withProgressBar(logger: Logger, terminal: Terminal): Logger {
  let barShown = false;
  const clear = () => {
    if (barShown) terminal.write('\r\x1b[2K');
    barShown = false;
  };
  return {
    info: (message) => {
      clear();
      logger.info(message);
    },
    warn: (message) => {
      clear();
      logger.warn(message);
    },
    debug: (message) => {
      clear();
      logger.debug(message);
    },
    progress: (done, total, line) => {
      const width = 24;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
      const text = `${bar} ${line}`;
      const columns = terminal.columns ?? 120;
      terminal.write(`\r\x1b[2K${text.length > columns - 1 ? `${text.slice(0, columns - 2)}…` : text}`);
      barShown = true;
    },
  };
}
