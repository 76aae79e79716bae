import type { RecordTable } from '../snapshot/table.js';
import type { OutputObservation } from './features.js';

/**
 * A snapshot's outputs as the detector sees them, read row by row from its columns; errors have
 * no output and are left out. The observations hold the output strings the table already pools.
 */
export function observationsOf(table: RecordTable): OutputObservation[] {
  const observations: OutputObservation[] = [];
  for (let row = 0; row < table.size; row++) {
    const output = table.outputOf(row);
    const length = table.lengthOf(row);
    if (output === null || length === null || table.errorOf(row) !== undefined) continue;
    observations.push({
      id: table.id(row),
      output,
      chars: length.chars,
      words: length.words,
      // Token counts exist only in a tokens run (metrics/lengths.ts): words stand in for them otherwise.
      tokens: length.tokens ?? length.words,
      latencyMs: table.latencyOf(row),
      completionTokens: table.usageOf(row)?.completionTokens,
      score: table.scoreOf(row),
    });
  }
  return observations;
}
