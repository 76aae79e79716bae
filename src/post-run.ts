// What a run needs only once the candidate's answers are in: the comparison, the anomaly and
// history checks and the reports. pipeline.ts imports this module on demand and starts loading it
// while the model answers, so it is not read, parsed and run before the first request
// (bench/runner.bench.ts, the whole CLI run); in the CLI's bundle it is a file of its own,
// dist/cli-post-run.js (scripts/bundle.mjs).
export { snapshotAnomalies } from './anomaly/run.js';
export { compareTables } from './compare/compare.js';
export { cumulativeReference, trendOf } from './history/trend.js';
export { buildReport } from './report/build.js';
export { flipRows, MAX_HTML_FLIPS } from './report/flips.js';
export { renderHtml } from './report/html.js';
export { compileReportTemplate, renderMarkdown } from './report/markdown.js';
