import { interval, pClause, percent, signedPoints } from '../format.js';
import { PASS_LABELS } from '../metrics/scorers.js';
import type { GateRun } from '../pipeline.js';
import { usageLine } from '../report/view.js';

const marks = { pass: '✔', warn: '⚠', fail: '✖', accepted: '✔' } as const;

/** What the terminal shows after a run: the verdict, the headline numbers, the failing rules. */
export function terminalSummary(run: GateRun): string {
  const { report, paths } = run;
  const lines = [
    `${marks[report.verdict]} Model release gate: ${report.verdict.toUpperCase()} (${report.candidate.n} ` +
      `examples, ${report.candidate.model.name})`,
  ];
  const { comparison, candidate } = report;
  // Generation names its scorer's pass rate (`exact match`, `contains`…), never "accuracy".
  const passLabel = candidate.scorer ? PASS_LABELS[candidate.scorer] : 'accuracy';
  if (comparison) {
    const accuracy = comparison.accuracy;
    const ci = interval(accuracy.ciLow, accuracy.ciHigh, comparison.confidence);
    lines.push(
      `  ${passLabel}  ${percent(accuracy.baseline)} → ${percent(accuracy.candidate)}  ` +
        `(${signedPoints(accuracy.delta)} points, ${ci}, McNemar ${accuracy.pValue === null ? 'p n/a' : pClause(accuracy.pValue)})`,
    );
    if (comparison.macroF1) {
      const f1 = comparison.macroF1;
      lines.push(
        `  macro-F1  ${percent(f1.baseline)} → ${percent(f1.candidate)}  (${signedPoints(f1.delta)} points, ` +
          `${interval(f1.ciLow, f1.ciHigh, comparison.confidence)})`,
      );
    }
    lines.push(
      `  negative flips  ${comparison.flips.negative} of ${comparison.flips.n} ` +
        `(${percent(comparison.flips.negativeFlipRate)}), positive flips ${comparison.flips.positive}`,
    );
  } else {
    lines.push(
      `  ${passLabel}  ${percent(candidate.accuracy)}${candidate.macroF1 === null ? '' : `, macro-F1 ${percent(candidate.macroF1)}`} (no baseline)`,
    );
  }
  const usage = usageLine(report);
  if (usage) lines.push(`  ${usage}`);
  for (const warning of report.warnings) lines.push(`  ⚠ ${warning}`);
  for (const gate of report.gates.filter((entry) => entry.status !== 'pass'))
    lines.push(`  ${marks[gate.status]} ${gate.name}: ${gate.message}`);
  lines.push(`Report: ${paths.reportMarkdown} (and report.json); results: ${paths.results}`);
  return lines.join('\n');
}
