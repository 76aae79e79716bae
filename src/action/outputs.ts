import type { GateReport } from '../report/types.js';
import type { FailOn } from './inputs.js';

export interface OutputPaths {
  reportPath: string;
  reportJsonPath: string;
  resultsPath: string;
  commentUrl: string | null;
}

/** The step's outputs (action.yml `outputs`); numbers as plain decimals, '' when not applicable. */
export function gateOutputs(report: GateReport, paths: OutputPaths): Record<string, string> {
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    verdict: report.verdict,
    passed: String(report.verdict !== 'fail'),
    'baseline-status': report.baselineSource.status,
    'report-path': paths.reportPath,
    'report-json-path': paths.reportJsonPath,
    'results-path': paths.resultsPath,
    accuracy: number(report.candidate.accuracy),
    'macro-f1': number(report.candidate.macroF1),
    'baseline-accuracy': number(report.baseline?.accuracy),
    'accuracy-delta': number(report.comparison?.accuracy.delta),
    'negative-flip-rate': number(report.comparison?.flips.negativeFlipRate),
    'comment-url': paths.commentUrl ?? '',
  };
}

/**
 * The one line the step fails with, or null when `fail-on` lets this verdict pass:
 * `fail` fails on a failed gate, `warn` on a warning too, `never` not at all. An accepted
 * failure passes the step: a reviewer's label said so.
 */
export function stepFailure(report: GateReport, failOn: FailOn): string | null {
  const failsStep =
    failOn === 'fail'
      ? report.verdict === 'fail'
      : failOn === 'warn'
        ? report.verdict === 'fail' || report.verdict === 'warn'
        : false;
  if (!failsStep) return null;
  const reasons = report.gates
    .filter((gate) => gate.status === 'fail' || (failOn === 'warn' && gate.status === 'warn'))
    .map((gate) => gate.message.replace(/\s*\n\s*/g, ' '));
  const verdict = report.verdict === 'fail' ? 'failed' : 'warned';
  return reasons.length > 0
    ? `Model gate ${verdict}: ${reasons.join('; ')}`
    : `Model gate ${verdict} (see the job summary)`;
}
