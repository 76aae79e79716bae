/**
 * Mermaid `xychart-beta` charts, which GitHub draws in comments with no image hosted anywhere.
 * xychart draws no legend: every chart states in its title which series is which, and the
 * template puts a table beside it.
 *
 * Untrusted text (slice names) goes into the chart source, where Markdown escaping does not
 * apply: labels are reduced to a small safe alphabet, so nothing can close the quoted string,
 * the code fence or start a Mermaid directive.
 */

/** Letters, digits, space and `=._-/+(),:≥–`: enough to recognise a slice, nothing Mermaid reads as syntax. */
export function chartLabel(text: string, maxChars = 24): string {
  const safe = Array.from(text.normalize('NFKC'))
    .map((character) => (/[\p{L}\p{N} =._\-/+(),:≥–]/u.test(character) ? character : '_'))
    .join('')
    .trim();
  const characters = Array.from(safe);
  const shown = characters.length > maxChars ? `${characters.slice(0, maxChars - 1).join('')}…` : safe;
  return shown === '' ? '_' : shown;
}

export interface Series {
  kind: 'bar' | 'line';
  values: number[];
}

function number(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A fenced `mermaid` block with one x axis of categories and bar/line series on one y axis. */
export function xyChart(options: {
  title: string;
  xLabel: string;
  categories: string[];
  yLabel: string;
  series: Series[];
}): string {
  const values = options.series.flatMap((series) => series.values);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  // A little headroom, and a non-empty range when every value is 0.
  const pad = (high - low) * 0.05 || 1;
  const yMin = low < 0 ? Math.floor(low - pad) : 0;
  const yMax = Math.ceil(high + pad);
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "${chartLabel(options.title, 80)}"`,
    `    x-axis "${chartLabel(options.xLabel, 40)}" [${options.categories.map((category) => `"${chartLabel(category)}"`).join(', ')}]`,
    `    y-axis "${chartLabel(options.yLabel, 40)}" ${yMin} --> ${yMax}`,
    ...options.series.map((series) => `    ${series.kind} [${series.values.map(number).join(', ')}]`),
    '```',
  ];
  return lines.join('\n');
}
