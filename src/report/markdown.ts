import Handlebars from 'handlebars';
import template from './templates/report.md.hbs';
import type { GateReport } from './types.js';
import { markdownView, safeLink, type Detail } from './view.js';

// Every value reaches the template already formatted and escaped (see view.ts), so the
// template only lays out; Handlebars' HTML escaping would mangle Markdown.
const render = Handlebars.compile(template, { noEscape: true, strict: true });

export interface RenderOptions {
  /** GitHub comment bodies stop at 65,536 characters; the caller subtracts its own header. */
  maxLength?: number;
  /** Where the full report lives (the workflow run). */
  runUrl?: string | null;
  maxRegressions?: number;
}

/** Least important first: long example texts, then the list of regressions, then per-class rows. */
function trimSteps(maxRegressions: number): { detail: Detail; cut: string }[] {
  return [
    { detail: { exampleChars: 160, maxRegressions, perClass: true }, cut: '' },
    { detail: { exampleChars: 40, maxRegressions, perClass: true }, cut: 'example texts shortened' },
    { detail: { exampleChars: 40, maxRegressions: 0, perClass: true }, cut: 'example texts shortened and the list of regressions left out' },
    { detail: { exampleChars: 40, maxRegressions: 0, perClass: false }, cut: 'the list of regressions and the per-class table left out' },
  ];
}

/** The report as Markdown for the PR comment, the job summary and report.md. */
export function renderMarkdown(report: GateReport, options: RenderOptions = {}): string {
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const runUrl = options.runUrl ?? null;
  const link = safeLink(runUrl);
  const where = link ? `the [full report](${link})` : 'the full report in report.md and report.json';
  let body = '';
  for (const step of trimSteps(options.maxRegressions ?? 20)) {
    const view = markdownView(report, step.detail, runUrl);
    if (step.cut) view.trimmed = `✂️ Trimmed to fit: ${step.cut}. See ${where}.`;
    body = render(view);
    if (body.length <= maxLength) return body;
  }
  const notice = `\n\n> ✂️ Cut at ${maxLength} characters. See ${where}.\n`;
  // Cut at a line end, so no table row or surrogate pair is left half-way.
  const kept = body.slice(0, Math.max(0, maxLength - notice.length));
  return kept.slice(0, Math.max(0, kept.lastIndexOf('\n'))) + notice;
}
