/**
 * The sticky comment's body: a hidden marker that identifies the gate, the report, and a
 * footer with the run and commit. Pure: no I/O.
 */

/** GitHub refuses comment bodies longer than this (we count UTF-16 units, which is never fewer). */
export const MAX_COMMENT_LENGTH = 65_536;

const FOOTER_PREFIX = '<sub>model-release-gate';

/**
 * `<!-- model-release-gate:KEY -->`. The key tells two gates in one repository apart; it is
 * reduced to characters that cannot end or break the HTML comment.
 */
export function commentMarker(key: string): string {
  const safeKey = key.replace(/[^\w.:/@-]/g, '-').replace(/-{2,}/g, '-');
  return `<!-- model-release-gate:${safeKey} -->`;
}

export interface CommentBodyOptions {
  marker: string;
  /** Renders the report within a character budget (the renderer trims its least important parts). */
  render: (maxLength: number) => string;
  runUrl: string | null;
  sha: string | null;
}

export function buildCommentBody({ marker, render, runUrl, sha }: CommentBodyOptions): string {
  const footer = footerLine(runUrl, sha);
  const budget = MAX_COMMENT_LENGTH - marker.length - footer.length - 4;
  const report = hardLimit(render(budget), budget, runUrl);
  return `${marker}\n${report}\n\n${footer}`;
}

function footerLine(runUrl: string | null, sha: string | null): string {
  const run = runUrl ? ` · [workflow run](${runUrl})` : '';
  const commit = sha ? ` · commit ${sha.slice(0, 7)}` : '';
  return `${FOOTER_PREFIX}${run}${commit}</sub>`;
}

/**
 * Last line of defence if the rendered report still exceeds the budget: cut at a line
 * boundary and say so, with the link to the run whose summary has the whole report.
 */
function hardLimit(report: string, budget: number, runUrl: string | null): string {
  if (report.length <= budget) return report;
  const note = `\n\n> The report was cut to fit GitHub's comment limit; the full report is in the ${
    runUrl ? `[run summary](${runUrl})` : 'run summary'
  }.`;
  const room = Math.max(0, budget - note.length);
  const cut = report.lastIndexOf('\n', room);
  return `${report.slice(0, cut > 0 ? cut : room)}${note}`;
}

/**
 * The part of a body that matters for `comment: on-change`: without the footer (run, commit)
 * and with run ids blanked, so a re-run with the same result does not count as a change.
 */
export function comparableBody(body: string): string {
  return body
    .split('\n')
    .filter((line) => !line.startsWith(FOOTER_PREFIX))
    .join('\n')
    .replace(/\/actions\/runs\/\d+(\/attempts\/\d+)?/g, '/actions/runs/RUN')
    .trimEnd();
}
