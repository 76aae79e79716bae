/**
 * Where the pipeline and adapters write what they have to say. The CLI prints to stderr,
 * the Action maps it to @actions/core; tests collect lines.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** An interactive terminal redraws one progress bar; without it, progress is logged as lines. */
  progress?(done: number, total: number, line: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };
