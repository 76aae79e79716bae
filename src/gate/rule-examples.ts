import type { GATE_RULES } from './registry.js';

/** One rule's example in the README: a config value (flow YAML) at a config path, and what it does there. */
export interface RuleExample {
  /** Where it goes in the config: `gates.accuracy`, `baseline.onMissing`. */
  at: string;
  /** The value at that path, as flow YAML (it must parse with the config schema; a test checks). */
  yaml: string;
  /** What the gate then does, in one sentence. */
  says: string;
}

type RuleKey = (typeof GATE_RULES)[number]['key'];

/**
 * An example for every rule of the registry (and the one outside `gates:`), rendered under the
 * README's rule table by scripts/readme-rules.mjs. Keyed by the registry's keys, so a new rule
 * without an example does not compile (and test/gate/readme-rules.test.ts fails).
 */
export const RULE_EXAMPLES: { [Key in RuleKey | 'baseline.onMissing']: RuleExample } = {
  'baseline.onMissing': {
    at: 'baseline.onMissing',
    yaml: 'fail',
    says: 'a release workflow whose baseline artifact expired fails instead of warning, so nothing ships uncompared',
  },
  accuracy: {
    at: 'gates.accuracy',
    yaml: '{ min: 0.9, maxDrop: 0.01, decision: interval }',
    says: 'fails below 90%, and unless the paired interval shows the drop is under 1 point (non-inferiority, for releases)',
  },
  exactMatch: {
    at: 'gates.exactMatch',
    yaml: '{ maxDrop: 0.03 }',
    says: 'generation, scorer `exact`: fails when exact match falls more than 3 points and McNemar says it is no accident',
  },
  tokenF1: {
    at: 'gates.tokenF1',
    yaml: '{ maxDrop: 0.05, severity: fail }',
    says: 'fails when mean token F1 falls more than 5 points (paired t), for a task where partial answers matter',
  },
  tokenF1Pass: {
    at: 'gates.tokenF1Pass',
    yaml: '{ min: 0.7 }',
    says:
      'scorer `{ type: tokenF1, threshold: 0.5 }`: fails when fewer than 70% of answers reach F1 0.5 ' +
      '(and, by default, when 2 points fewer do than before, significantly)',
  },
  contains: {
    at: 'gates.contains',
    yaml: '{ min: 0.8, maxDrop: 0.02 }',
    says:
      'scorer `contains`: fails when fewer than 80% of answers contain a reference, or significantly 2 ' +
      'points fewer than the baseline’s did',
  },
  regex: {
    at: 'gates.regex',
    yaml: '{ maxDrop: 0.01, decision: point }',
    says: 'scorer `regex` (say, an ISO date format): fails on any observed drop over 1 point, for a format a parser downstream needs',
  },
  json: {
    at: 'gates.json',
    yaml: '{ min: 0.99, maxDrop: 0.01 }',
    says:
      'scorer `json` with a schema: fails when more than 1 answer in 100 is not schema-valid JSON, or ' +
      'significantly 1 point more than before',
  },
  numeric: {
    at: 'gates.numeric',
    yaml: '{ maxDrop: 0.01, decision: interval }',
    says:
      'scorer `{ type: numeric, absTol: 0.01 }`: fails unless the interval shows that at most 1 point ' +
      'fewer answers end in the right number (to a cent)',
  },
  judge: {
    at: 'gates.judge',
    yaml: '{ maxDrop: 0.05 }',
    says: 'scorer `judge`: fails when the judge passes 5 points fewer answers, significantly (a judge is noisier than a string match)',
  },
  judgeScore: {
    at: 'gates.judgeScore',
    yaml: '{ maxDrop: 0.05, severity: fail }',
    says:
      'scorer `judge`: fails when the mean grade falls by more than 5% of the scale (0.2 of a grade on ' +
      '1–5), significantly by the paired t',
  },
  macroF1: {
    at: 'gates.macroF1',
    yaml: '{ maxRelativeDrop: 0.05 }',
    says:
      'fails also when macro-F1 loses more than 5% of its value (beside the default 2-point `maxDrop`), ' +
      'significantly by the paired bootstrap',
  },
  perClassF1: {
    at: 'gates.perClassF1',
    yaml: '{ maxDrop: 0.1, severity: fail }',
    says: 'fails when any one class loses more than 10 points of F1, Holm-adjusted over the classes',
  },
  slices: {
    at: 'gates.slices',
    yaml: '{ minExamples: 50, overrides: { lang: { de: { severity: fail, maxDrop: 0.03 } } } }',
    says: 'warns on any slice of 50 or more that drops 5 points (significantly, Holm over the slices), and fails when German drops 3',
  },
  negativeFlipRate: {
    at: 'gates.negativeFlipRate',
    yaml: '{ max: 0, decision: beyond-noise, severity: fail }',
    says:
      'with `repeats: 3` (or `--baseline-repeat`): fails when the candidate breaks more answers than the ' +
      'model breaks by re-running itself',
  },
  invalidRate: {
    at: 'gates.invalidRate',
    yaml: '{ max: 0.01, maxIncrease: null }',
    says:
      'fails when significantly more than 1% of outputs are no label (the Wilson interval’s low end above ' +
      '1%); the change against the baseline is not judged',
  },
  outputLength: {
    at: 'gates.outputLength',
    yaml: '{ maxRelativeShift: 0.1, severity: fail }',
    says: 'fails when the median answer grows or shrinks by more than 10% of the baseline median',
  },
  latency: {
    at: 'gates.latency',
    yaml: '{ p95MaxIncrease: 0.2, p95Max: 1500 }',
    says: 'warns when p95 latency is 20% slower and the paired bootstrap interval excludes no change, or when p95 is above 1.5 s',
  },
  cost: {
    at: 'gates.cost',
    yaml: '{ perExampleMaxIncrease: 0.1, totalMax: 5, severity: fail }',
    says: 'with the model’s `pricing`: fails when an answer costs 10% more than the baseline’s, or the run more than 5',
  },
  anomalyRate: {
    at: 'gates.anomalyRate',
    yaml: '{ maxIncrease: 0.05, severity: fail }',
    says: 'fails when significantly 5 points more of the outputs look unlike the baseline’s (empty, looping, far longer)',
  },
  resources: {
    at: 'gates.resources',
    yaml: '{ peakMemoryMaxIncrease: 0.2, cpuMaxIncrease: null, severity: fail }',
    says: 'a command model: fails when its peak memory grows by a fifth; CPU time not judged',
  },
  cumulativeDrop: {
    at: 'gates.cumulativeDrop',
    yaml: '{ against: anchor, anchor: release:v1.0.0, maxDrop: 0.03 }',
    says: 'warns when accuracy (or macro-F1) is significantly more than 3 points under release v1.0.0’s, however small each step since was',
  },
};
