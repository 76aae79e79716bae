import { escapeMarkdown } from './escape.js';
import type { GateReport } from './types.js';
import { safeLink } from './view.js';

/**
 * The lines under the headline that say what this verdict rests on: who accepted a failure,
 * and where the baseline came from (run, commit, date, age) or why there is none. The gate's
 * own links (run and release pages) are links; every other value is escaped text.
 */
export function provenanceLines(report: GateReport): string[] {
  return [acceptedLine(report), baselineLine(report)].filter((line): line is string => line !== null);
}

function acceptedLine(report: GateReport): string | null {
  const accepted = report.accepted;
  if (!accepted) return null;
  const when = accepted.at.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
  return (
    `☑️ **Regression accepted**: ${escapeMarkdown(accepted.by)} applied the label ` +
    `“${escapeMarkdown(accepted.label)}” to PR ${escapeMarkdown(`#${accepted.pullRequest}`)} on ` +
    `${escapeMarkdown(when)}. The failed rules stay listed below.`
  );
}

function link(text: string, url: string | null): string {
  const target = safeLink(url);
  return target ? `[${escapeMarkdown(text)}](${target})` : escapeMarkdown(text);
}

function dated(createdAt: string | null, ageDays: number | null): string {
  if (!createdAt) return '';
  const age = ageDays === null ? '' : ageDays === 0 ? ', today' : `, ${ageDays} day${ageDays === 1 ? '' : 's'} old`;
  return ` (${escapeMarkdown(createdAt.slice(0, 10))}${age})`;
}

function baselineLine(report: GateReport): string | null {
  const { status, source, reason, ageDays } = report.baselineSource;
  const why = reason ? ` ${escapeMarkdown(reason)}` : '';
  if (source?.kind === 'run') {
    const commit = source.commit ? `, commit ${escapeMarkdown(source.commit.slice(0, 7))}` : '';
    return (
      `Baseline: the snapshot of ${link(`run ${source.runId}`, source.runUrl)} on ` +
      `${escapeMarkdown(source.branch)}${commit}${dated(source.createdAt, ageDays)}.${why}`
    );
  }
  if (source?.kind === 'release') {
    const skipped =
      source.skippedReleases > 0
        ? ` ${source.skippedReleases} newer release${source.skippedReleases === 1 ? '' : 's'} without the snapshot skipped.`
        : '';
    return `Baseline: the snapshot attached to release ${link(source.tag, source.url)}${dated(source.createdAt, ageDays)}.${skipped}${why}`;
  }
  if (source?.kind === 'file') return `Baseline: ${escapeMarkdown(source.path)}.${why}`;
  if (source?.kind === 'model') return `Baseline: the config's baseline model, run on the same examples.${why}`;
  // Found with nothing more to say about where (a report built outside the pipeline).
  if (status === 'found') return null;
  if (status === 'first-run' || status === 'none') return `No baseline yet:${why || ' nothing to compare with'}.`;
  return `⚠️ No baseline (${status}):${why}.`;
}
