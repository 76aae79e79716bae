import type { ExampleRecord } from '../snapshot/schema.js';
import type { OutputObservation } from './features.js';

/** A snapshot's outputs as the detector sees them; errors have no output and are left out. */
export function observationsOf(records: readonly ExampleRecord[]): OutputObservation[] {
  const observations: OutputObservation[] = [];
  for (const record of records) {
    if (record.output === null || record.length === null || record.error !== undefined) continue;
    observations.push({
      id: record.id,
      output: record.output,
      chars: record.length.chars,
      words: record.length.words,
      // Token counts exist only in a tokens run (metrics/lengths.ts): words stand in for them otherwise.
      tokens: record.length.tokens ?? record.length.words,
      latencyMs: record.latencyMs,
      completionTokens: record.usage?.completionTokens,
      score: record.score,
    });
  }
  return observations;
}
