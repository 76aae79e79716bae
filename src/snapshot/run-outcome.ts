/** Token usage reported by an endpoint for one request. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

/**
 * One example's outcome after the runner: an output, or an error after retries. What the
 * snapshot's records are built from (models/ produces it; the snapshot owns its shape).
 */
export type RunOutcome =
  | { id: string; output: string; latencyMs?: number; usage?: Usage; attempts?: number; cached?: boolean }
  | { id: string; error: string; latencyMs?: number; attempts?: number };
