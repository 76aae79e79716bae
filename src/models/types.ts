import type { Example } from '../dataset/types.js';
import type { ResourceUse } from '../resources/types.js';

/** Token usage reported by an endpoint for one request. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

/** What a model adapter answers for one example. */
export interface Prediction {
  output: string;
  usage?: Usage;
  /**
   * The adapter's own timing of this answer (a local process times answers itself, without
   * start-up and queueing); null: not timed (a process's first answer is its start-up);
   * absent: the runner times the request.
   */
  latencyMs?: number | null;
}

/**
 * A model behind any transport. The runner owns concurrency, retries, caching and
 * progress; an adapter only turns one example into one output (or throws).
 */
export interface ModelAdapter {
  /** Stable description of the model for the snapshot (never holds secrets). */
  readonly identity: { type: string; name: string };
  /** Optional cheap check before the long run (reachability, credentials). */
  preflight?(signal: AbortSignal): Promise<void>;
  predict(example: Example, signal: AbortSignal): Promise<Prediction>;
  /**
   * Called once every example has been handed to predict (a streaming process closes its
   * input here, so that it can finish). A retry after this point may fail.
   */
  inputEnd?(): void;
  /** Tokens one request will count against a tokens-per-minute limit, before it is sent. */
  estimateTokens?(example: Example): number;
  /** A local process's CPU, peak memory and start-up, after close(); null when not measured. */
  resources?(): Promise<ResourceUse | null>;
  /** Frees processes/sockets; called once when the run ends, also after a failure. */
  close?(): Promise<void>;
}

/** One example's outcome after the runner: an output, or an error after retries. */
export type RunOutcome =
  | { id: string; output: string; latencyMs?: number; usage?: Usage; attempts?: number; cached?: boolean }
  | { id: string; error: string; latencyMs?: number; attempts?: number };
