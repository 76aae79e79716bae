import type { GateStatus, Verdict } from '../gate/types.js';

/**
 * The data every report template gets (the built-in one and a user's `report.template`).
 * A public contract: README "Report templates" documents it. Adding a field is compatible;
 * renaming or removing one bumps TEMPLATE_DATA_VERSION.
 *
 * Every string is final Markdown: numbers formatted with their units, untrusted text (labels,
 * ids, inputs, outputs, model and slice names) already escaped. Templates are compiled with
 * Handlebars' HTML escaping off, so `{{x}}` inserts a field as it is; never build Markdown out
 * of raw report.json values in a template. A section that has nothing to say is null (or an
 * empty list), so `{{#if section}}` leaves it out.
 */
export const TEMPLATE_DATA_VERSION = 1;

export interface HeadlineRow {
  metric: string;
  baseline: string;
  candidate: string;
  /** Candidate − baseline with its unit ("−7.2 pts"). */
  change: string;
  interval: string;
  p: string;
  /** "❌ fail", "⚠️ warn", "✅ pass", or "not gated" for a row no rule judges. */
  status: string;
}

export interface RuleRow {
  icon: string;
  status: GateStatus;
  name: string;
  /** The rule's outcome in words, from its data (its message when it has no numbers). */
  reason: string;
  /** The value compared with the limit, with its unit; the rule's message when it has no number. */
  observed: string;
  limit: string;
  interval: string;
  p: string;
  decision: string;
}

export interface TableRow {
  [column: string]: string;
}

export interface TemplateData {
  templateDataVersion: typeof TEMPLATE_DATA_VERSION;
  verdict: Verdict;
  verdictIcon: string;
  /** "Pass", "Pass with warnings", "Fail", "Regression accepted". */
  verdictWord: string;
  /** The first line: icon, verdict and the one or two reasons that decide it. */
  title: string;
  reasons: string[];
  /** "2 of 6 rules failed, 1 warned, on 1,730 paired examples." */
  summary: string;
  /** Where the baseline came from (run, commit, date, age), or why there is none; who accepted a regression. */
  provenance: string;
  warnings: string[];
  headline: { confidenceLabel: string; rows: HeadlineRow[]; notes: string[] };
  /** Latency, tokens and cost of each side; '' when no endpoint reported them. */
  usage: string;
  /** `flagged`: every failed or warned rule, once; `passed`: the rest. */
  rules: { flagged: RuleRow[]; passed: RuleRow[]; passedTitle: string };
  /** Histogram of output lengths; null when both releases' lengths are the same. */
  lengths: { unit: string; chart: string; bins: TableRow[]; stats: TableRow[]; tests: string } | null;
  /** Accuracy change per slice (worst first); null without slices or without a change. */
  slices: { chart: string; rows: TableRow[]; total: number; more: string } | null;
  /** Confusion cells whose count changed: which label moved to which. */
  confusion: { rows: TableRow[]; more: string } | null;
  perClass: { rows: TableRow[]; onlyPredicted: string; predictionShift: string; more: string } | null;
  /** Outputs that map to no label, most frequent first; null when there are none. */
  invalid: { title: string; rows: TableRow[] } | null;
  /** `scoreLabel`: generation's score column, named by the scorer (`token F1`, `judge score`…). */
  regressions: { title: string; generation: boolean; scoreLabel: string; rows: TableRow[]; more: string } | null;
  /** Anomalous outputs, resource use and the trend across releases (report/monitoring.ts); '' when none applies. */
  monitoring: string;
  notes: string[];
  /** Set when parts were left out to fit a size limit. */
  trimmed: string;
  footer: string;
}
