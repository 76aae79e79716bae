import { number } from '../format.js';
import type { LengthDistribution } from './distribution.js';
import { escapeHtml, truncate } from './escape.js';

/**
 * Inline SVG charts for report.html: drawn here, as markup, so the file needs no script and no
 * chart library to show them and opens offline. Hand-written because every charting library
 * we could bundle draws with script at view time, in a file that must work with none allowed
 * to load. Each mark carries its value in data-* attributes (and a <title> tooltip).
 */

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 28, right: 16, bottom: 40, left: 52 };
const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;

export const seriesColors = { baseline: '#8c959f', candidate: '#0969da' } as const;

function svgOpen(label: string): string {
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" ` +
    `aria-label="${escapeHtml(label)}">`
  );
}

function legend(entries: { name: string; color: string }[]): string {
  return entries
    .map((entry, index) => {
      const x = MARGIN.left + index * 120;
      return (
        `<g class="legend"><rect x="${x}" y="8" width="12" height="12" fill="${entry.color}"/><text ` +
        `x="${x + 16}" y="18">${escapeHtml(entry.name)}</text></g>`
      );
    })
    .join('');
}

function yAxis(max: number, format: (value: number) => string, min = 0): string {
  const ticks = 4;
  const parts: string[] = [];
  for (let i = 0; i <= ticks; i++) {
    const value = min + ((max - min) * i) / ticks;
    const y = MARGIN.top + plotHeight - (plotHeight * i) / ticks;
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y}" y2="${y}"/>`);
    parts.push(
      `<text class="tick" x="${MARGIN.left - 6}" y="${y + 4}" text-anchor="end">${escapeHtml(format(value))}</text>`,
    );
  }
  return parts.join('');
}

function axisLabel(text: string): string {
  return `<text class="axis-label" x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 6}" text-anchor="middle">${escapeHtml(text)}</text>`;
}

function binLabel(bin: { low: number; high: number | null }): string {
  if (bin.high === null) return `≥${number(bin.low)}`;
  return bin.high - bin.low === 1 ? number(bin.low) : `${number(bin.low)}–${number(bin.high - 1)}`;
}

/** Side-by-side bars per length bin: baseline grey, candidate blue. */
export function lengthHistogram(distribution: LengthDistribution, hasBaseline: boolean): string {
  const bins = distribution.bins;
  const max = Math.max(1, ...bins.map((bin) => Math.max(bin.baseline, bin.candidate)));
  const band = plotWidth / Math.max(1, bins.length);
  const series = hasBaseline ? (['baseline', 'candidate'] as const) : (['candidate'] as const);
  const barWidth = (band * 0.8) / series.length;
  const bars = bins.flatMap((bin, index) =>
    series.map((side, position) => {
      const value = bin[side];
      const height = (plotHeight * value) / max;
      const x = MARGIN.left + index * band + band * 0.1 + position * barWidth;
      const y = MARGIN.top + plotHeight - height;
      return (
        `<rect class="bar" data-series="${side}" data-bin="${escapeHtml(binLabel(bin))}" ` +
        `data-value="${value}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" ` +
        `height="${height.toFixed(1)}" fill="${seriesColors[side]}"><title>${side}, ` +
        `${escapeHtml(binLabel(bin))} ${distribution.unit}: ${value}</title></rect>`
      );
    }),
  );
  const labels = bins.map(
    (bin, index) =>
      `<text class="tick" x="${(MARGIN.left + index * band + band / 2).toFixed(1)}" ` +
      `y="${MARGIN.top + plotHeight + 14}" text-anchor="middle">${escapeHtml(binLabel(bin))}</text>`,
  );
  return [
    svgOpen(`Histogram of output length in ${distribution.unit}`),
    legend(series.map((side) => ({ name: side, color: seriesColors[side] }))),
    yAxis(max, (value) => number(Math.round(value))),
    ...bars,
    ...labels,
    axisLabel(`output length (${distribution.unit}) · examples per bin`),
    '</svg>',
  ].join('');
}

/** Empirical CDFs as step lines: the share of outputs at most x long. */
export function lengthCdf(distribution: LengthDistribution, hasBaseline: boolean): string {
  const sides = hasBaseline ? (['baseline', 'candidate'] as const) : (['candidate'] as const);
  const all = sides.flatMap((side) => distribution.cdf[side]);
  const low = Math.min(...all.map(([x]) => x));
  const high = Math.max(low + 1, ...all.map(([x]) => x));
  const xOf = (value: number) => MARGIN.left + ((value - low) / (high - low)) * plotWidth;
  const yOf = (share: number) => MARGIN.top + plotHeight - share * plotHeight;
  const lines = sides.map((side) => {
    const points = distribution.cdf[side];
    let path = `M${xOf(low).toFixed(1)},${yOf(0).toFixed(1)}`;
    let previous = 0;
    for (const [x, share] of points) {
      path += ` H${xOf(x).toFixed(1)} V${yOf(share).toFixed(1)}`;
      previous = share;
    }
    path += ` H${xOf(high).toFixed(1)} V${yOf(previous).toFixed(1)}`;
    return (
      `<path class="cdf" data-series="${side}" data-points="${points.length}" d="${path}" fill="none" ` +
      `stroke="${seriesColors[side]}" stroke-width="2"><title>${side}</title></path>`
    );
  });
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => {
    const value = low + fraction * (high - low);
    return (
      `<text class="tick" x="${xOf(value).toFixed(1)}" y="${MARGIN.top + plotHeight + 14}" ` +
      `text-anchor="middle">${escapeHtml(number(Math.round(value * 10) / 10))}</text>`
    );
  });
  return [
    svgOpen(`Cumulative distribution of output length in ${distribution.unit}`),
    legend(sides.map((side) => ({ name: side, color: seriesColors[side] }))),
    yAxis(1, (value) => `${Math.round(value * 100)}%`),
    ...lines,
    ...xTicks,
    axisLabel(`output length (${distribution.unit}) · share of outputs at most this long`),
    '</svg>',
  ].join('');
}

/** Horizontal bars of each slice's accuracy change in points, worst first. */
export function sliceDeltaChart(slices: { name: string; delta: number }[]): string {
  const rowHeight = 22;
  const height = MARGIN.top + slices.length * rowHeight + 24;
  const labelWidth = 200;
  const width = WIDTH;
  const span = Math.max(0.01, ...slices.map((slice) => Math.abs(slice.delta)));
  const zero = labelWidth + (width - labelWidth - 20) / 2;
  const scale = (width - labelWidth - 20) / 2 / span;
  const rows = slices.map((slice, index) => {
    const y = MARGIN.top + index * rowHeight;
    const length = Math.abs(slice.delta) * scale;
    const x = slice.delta < 0 ? zero - length : zero;
    const shown = `${slice.delta < 0 ? '−' : slice.delta > 0 ? '+' : '±'}${(Math.abs(slice.delta) * 100).toFixed(1)} pts`;
    return (
      `<text class="tick" x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(truncate(slice.name, 32))}</text>` +
      `<rect class="bar" data-series="slice" data-slice="${escapeHtml(slice.name)}" ` +
      `data-value="${slice.delta}" x="${x.toFixed(1)}" y="${y + 3}" ` +
      `width="${Math.max(1, length).toFixed(1)}" height="${rowHeight - 6}" ` +
      `fill="${slice.delta < 0 ? '#cf222e' : '#1a7f37'}"><title>${escapeHtml(slice.name)}: ${shown}</title></rect>` +
      `<text class="tick" x="${slice.delta < 0 ? x - 4 : x + length + 4}" y="${y + 15}" ` +
      `text-anchor="${slice.delta < 0 ? 'end' : 'start'}">${shown}</text>`
    );
  });
  return [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ` +
      `aria-label="Accuracy change by slice">`,
    `<line class="axis" x1="${zero}" x2="${zero}" y1="${MARGIN.top - 4}" y2="${height - 20}"/>`,
    `<text class="axis-label" x="${zero}" y="${MARGIN.top - 10}" text-anchor="middle">accuracy change, points (0 at the line)</text>`,
    ...rows,
    '</svg>',
  ].join('');
}
