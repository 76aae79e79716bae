import type { RecordTable } from '../snapshot/table.js';
import type { OutputObservation } from './features.js';

/**
 * One row's output as the detector sees it, read from the table's columns; null for an error
 * (no output). The observation holds the output string the table already pools.
 */
export function observationOfRow(table: RecordTable, row: number): OutputObservation | null {
  const output = table.outputOf(row);
  const length = table.lengthOf(row);
  if (output === null || length === null || table.errorOf(row) !== undefined) return null;
  return {
    id: table.id(row),
    output,
    chars: length.chars,
    words: length.words,
    // Token counts exist only in a tokens run (metrics/lengths.ts): words stand in for them otherwise.
    tokens: length.tokens ?? length.words,
    latencyMs: table.latencyOf(row),
    completionTokens: table.usageOf(row)?.completionTokens,
    score: table.scoreOf(row),
  };
}
