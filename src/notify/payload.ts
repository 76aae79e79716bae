import type { GateReport } from '../report/types.js';

export type AlertFormat = 'slack' | 'json';

/** The plain JSON body: what a script or an alerting system reads. */
export interface AlertBody {
  verdict: GateReport['verdict'];
  candidate: string;
  baseline: string | null;
  dataset: string;
  gitSha: string | null;
  /** The rules that did not pass, worst first. */
  reasons: { name: string; status: 'warn' | 'fail'; message: string }[];
  runUrl: string | null;
}

const shownReasons = 10;

export function alertBody(report: GateReport, runUrl: string | null): AlertBody {
  const reasons = report.gates
    .filter((gate): gate is typeof gate & { status: 'warn' | 'fail' } => gate.status !== 'pass')
    .sort((x, y) => (x.status === y.status ? 0 : x.status === 'fail' ? -1 : 1))
    .slice(0, shownReasons)
    .map(({ name, status, message }) => ({ name, status, message }));
  return {
    verdict: report.verdict,
    candidate: report.candidate.model.name,
    baseline: report.baseline?.model.name ?? null,
    dataset: report.dataset.path,
    gitSha: report.gitSha,
    reasons,
    runUrl,
  };
}

/** Slack's mrkdwn: &, < and > are its only control characters (links are `<url|text>`). */
function slackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const icons = { pass: '✅', warn: '⚠️', fail: '❌', accepted: '🟡' } as const;

/** A Slack incoming-webhook body (`text`, mrkdwn); also what Mattermost and Discord's /slack endpoint take. */
export function slackBody(body: AlertBody): { text: string } {
  const lines = [
    `${icons[body.verdict]} *Model gate: ${body.verdict}* — ` +
      `${slackText(body.candidate)}${body.baseline ? ` vs ${slackText(body.baseline)}` : ''} on ${slackText(body.dataset)}`,
  ];
  for (const reason of body.reasons) lines.push(`• ${reason.status}: ${slackText(reason.message)}`);
  // Only an http(s) run link becomes a Slack link; it comes from the runner, not the PR.
  if (body.runUrl && /^https?:\/\/[^\s|<>]+$/.test(body.runUrl)) lines.push(`<${body.runUrl}|Workflow run>`);
  return { text: lines.join('\n') };
}

export function alertPayload(report: GateReport, format: AlertFormat, runUrl: string | null): unknown {
  const body = alertBody(report, runUrl);
  return format === 'slack' ? slackBody(body) : body;
}
