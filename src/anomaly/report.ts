import type { AnomalousExample, AnomalySummary } from './detect.js';

/** report.json `anomalies`: the summary, with each listed example's input and output (clipped, raw: escaped where shown). */
export interface AnomalyReport extends Omit<AnomalySummary, 'top'> {
  top: (AnomalousExample & { input: string; output: string })[];
}

const keptChars = 500;

function clip(text: string): string {
  const characters = Array.from(text);
  return characters.length <= keptChars ? text : `${characters.slice(0, keptChars - 1).join('')}…`;
}

export function anomalyReport(
  summary: AnomalySummary,
  inputs: ReadonlyMap<string, string>,
  outputs: ReadonlyMap<string, string>,
): AnomalyReport {
  return {
    ...summary,
    top: summary.top.map((example) => ({
      ...example,
      input: clip(inputs.get(example.id) ?? ''),
      output: clip(outputs.get(example.id) ?? ''),
    })),
  };
}
