import type { Terminal } from './progress-bar.js';

/** What the CLI reads and writes: the process's in bin/, strings in tests. */
export interface CliIo {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Set when stderr is an interactive terminal: progress is then a bar redrawn in place. */
  terminal?: Terminal;
  signal?: AbortSignal;
}
