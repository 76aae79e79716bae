import Handlebars from 'handlebars';
import type { TemplateData } from './template-data.js';
import confusion from './templates/partials/confusion.hbs';
import footer from './templates/partials/footer.hbs';
import headline from './templates/partials/headline.hbs';
import invalid from './templates/partials/invalid.hbs';
import lengths from './templates/partials/lengths.hbs';
import monitoring from './templates/partials/monitoring.hbs';
import notes from './templates/partials/notes.hbs';
import perClass from './templates/partials/perClass.hbs';
import provenance from './templates/partials/provenance.hbs';
import regressions from './templates/partials/regressions.hbs';
import rules from './templates/partials/rules.hbs';
import slices from './templates/partials/slices.hbs';
import warnings from './templates/partials/warnings.hbs';
import defaultTemplate from './templates/report.md.hbs';
import type { GateReport } from './types.js';
import { type Detail, markdownView, safeLink } from './view.js';

/**
 * One partial per section, so a user's template can reorder or drop them (`{{> rules}}`) and a
 * new section is one file plus one line in report.md.hbs. Each is precompiled (hbs.d.ts).
 */
export const sectionPartials: Readonly<Record<string, TemplateSpecification>> = {
  provenance,
  warnings,
  headline,
  rules,
  lengths,
  slices,
  confusion,
  perClass,
  invalid,
  regressions,
  monitoring,
  notes,
  footer,
};

// Every value reaches the template already formatted and escaped (see view.ts), so the
// template only lays out; Handlebars' HTML escaping would mangle Markdown.
const handlebars = Handlebars.create();
for (const [name, partial] of Object.entries(sectionPartials))
  handlebars.registerPartial(name, handlebars.template(partial));

export type CompiledTemplate = (data: TemplateData) => string;

/**
 * Compiles a user's report template with the options the built-in ones were precompiled with
 * (scripts/handlebars-precompile.mjs); `strict` makes a misspelt field an error, not an empty string.
 */
export function compileReportTemplate(source: string): CompiledTemplate {
  // compile() is lazy: parse now, so a syntax error shows before the model runs.
  handlebars.parse(source);
  return handlebars.compile<TemplateData>(source, { noEscape: true, strict: true });
}

const builtIn: CompiledTemplate = handlebars.template<TemplateData>(defaultTemplate);

export interface RenderOptions {
  /** GitHub comment bodies stop at 65,536 characters; the caller subtracts its own header. */
  maxLength?: number;
  /** Where the full report lives (the workflow run). */
  runUrl?: string | null;
  maxRegressions?: number;
  /** A user's template (`report.template`), compiled with compileReportTemplate. */
  template?: CompiledTemplate;
}

/** Least important first: long example texts, then table rows, then the list of regressions. */
function trimSteps(maxRegressions: number): { detail: Detail; cut: string }[] {
  return [
    { detail: { exampleChars: 160, inputChars: 240, maxRegressions, maxRows: 30 }, cut: '' },
    { detail: { exampleChars: 60, inputChars: 80, maxRegressions, maxRows: 30 }, cut: 'example texts shortened' },
    {
      detail: { exampleChars: 40, inputChars: 40, maxRegressions: Math.min(maxRegressions, 5), maxRows: 10 },
      cut: 'example texts shortened, only the 5 worst regressions and 10 rows per table shown',
    },
    {
      detail: { exampleChars: 40, inputChars: 40, maxRegressions: 0, maxRows: 5 },
      cut: 'the list of regressions left out, 5 rows per table shown',
    },
  ];
}

/** The report as Markdown for the PR comment, the job summary and report.md. */
export function renderMarkdown(report: GateReport, options: RenderOptions = {}): string {
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const runUrl = options.runUrl ?? null;
  const render = options.template ?? builtIn;
  const link = safeLink(runUrl);
  const where = link ? `the [full report](${link})` : 'the full report in report.html and report.json';
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
